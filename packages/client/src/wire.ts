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
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly signal: AbortSignal | null;
}

/** The slice of `Headers` that readers of an answer need. */
export interface HeaderReader {
  get(name: string): string | null;
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
    const raw = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: req.signal });
    return new FetchWireResponse(raw, await raw.text());
  };
}
