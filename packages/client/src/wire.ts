/**
 * The wire: what puts one signed request on the network and reads the whole answer as text.
 *
 * - With a user's `fetch`, in browsers, and in Bun, Deno and edge runtimes, it is `fetch` (below).
 * - In Node it is node:http / node:https over a keep-alive Agent (node-wire.ts).
 */

/** A `fetch` with the standard signature; inject one to test, to proxy, or to use another HTTP stack. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Where a request goes: a parsed URL has these, and so has the client's own base URL, parsed once. */
export interface Origin {
  readonly protocol: string;
  /** Host name and port, as the Host header carries them. */
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
}

export interface WireRequest {
  /** The whole URL, as fetch takes it. */
  readonly url: string;
  readonly origin: Origin;
  /** Path and query after the origin, exactly as signed (base path included). */
  readonly path: string;
  readonly method: string;
  /** Header names (lowercase) and values, one after the other: node:http writes such a list as it is. */
  readonly headers: string[];
  readonly body: string | undefined;
  readonly cancel: Cancel | null;
}

/**
 * How an attempt is called off, by its timeout or by the caller's signal: a plain object where an
 * AbortController (an EventTarget, with its listeners) would cost more than the rest of a call's setup.
 * The fetch wire, which needs a real AbortSignal, makes one from it.
 */
export class Cancel {
  aborted = false;
  reason: unknown = undefined;
  private listener: (() => void) | undefined;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listener = this.listener;
    this.listener = undefined;
    listener?.();
  }

  /** Calls `fn` once when the attempt is called off; one listener at a time, `undefined` removes it. */
  onAbort(fn: (() => void) | undefined): void {
    this.listener = fn;
  }
}

/** Whether a flat header list (see WireRequest.headers) names this header. */
export function hasHeader(list: readonly string[], name: string): boolean {
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return true;
  return false;
}

/** The slice of `Headers` that readers of an answer need. */
export interface HeaderReader {
  get(name: string): string | null;
  /** As `Headers#forEach`: WooxApiError keeps the headers that matter to a caller (Retry-After, rate limits). */
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * The answer, read to the end. It stands in for the `Response` openapi-fetch reads (status, headers,
 * body); a real `Response`, which callers get as `response`, is built only when one of them asks.
 */
export interface WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: HeaderReader;
  /** The whole body as text. openapi-fetch hands `body` back as data for parseAs "stream". */
  readonly body: string;
  text(): Promise<string>;
  /** A Response with the status and headers, its body already consumed. */
  toResponse(): Response;
}

export type Wire = (req: WireRequest) => Promise<WireResponse>;

class FetchWireResponse implements WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;

  constructor(
    private readonly raw: Response,
    readonly body: string,
  ) {
    this.status = raw.status;
    this.ok = raw.ok;
    this.headers = raw.headers;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  toResponse(): Response {
    return this.raw;
  }
}

/** The wire over any `fetch`. */
export function fetchWire(fetch: FetchLike): Wire {
  return async (req) => {
    const controller = new AbortController();
    const cancel = req.cancel;
    if (cancel?.aborted) controller.abort(cancel.reason);
    else cancel?.onAbort(() => controller.abort(cancel.reason));
    try {
      const headers: Record<string, string> = {};
      for (let i = 0; i < req.headers.length; i += 2) headers[req.headers[i]!] = req.headers[i + 1]!;
      const init = { method: req.method, headers, body: req.body, signal: controller.signal };
      const raw = await fetch(req.url, init);
      return new FetchWireResponse(raw, await raw.text());
    } finally {
      cancel?.onAbort(undefined);
    }
  };
}
