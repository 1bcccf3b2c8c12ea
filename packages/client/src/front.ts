import createClient from "openapi-fetch";
import type { paths } from "@woox-sdk/types";
import type { Send } from "./transport.js";
import type { Cancel, WireResponse } from "./wire.js";
import type { PreparedCall } from "./prepare-call.js";
import type { fillPath, serializeQuery } from "./url-text.js";

// openapi-fetch as the client's front, for the calls that carry the caller's own headers or openapi-fetch
// options (see PreparedCall.direct): it writes the URL and merges the headers, and the client signs and
// sends what it built. The engine imports this module on the first such call, so that an app that never
// makes one never loads openapi-fetch (a browser bundle keeps both in a chunk of their own).

/** Sends one call through openapi-fetch and resolves to the answer. */
export type Front = (call: PreparedCall, cancel: Cancel) => Promise<WireResponse>;

/** Keys under which the prepared call and its attempt's cancellation ride through openapi-fetch to `fetch`. */
const CALL = Symbol("woox-sdk call");
const CANCEL = Symbol("woox-sdk cancel");

// Per-call openapi-fetch options that change how the URL is written: then the transport parses it.
const URL_OPTIONS = ["baseUrl", "querySerializer", "pathSerializer"];

/**
 * What openapi-fetch builds for a call, in place of a `Request`: building a real Request, and cloning
 * it to read the body back for signing, costs more than the rest of a call together. The call it
 * carries was prepared once (operation, body text) and is read as it is.
 */
class PreparedRequest {
  readonly url: string;
  readonly method: string;
  /** The headers openapi-fetch merged; read only when the caller passed headers of their own. */
  readonly headers: Headers | undefined;
  readonly call: PreparedCall;
  readonly cancel: Cancel;

  constructor(url: string, init: RequestInit & { [CALL]: PreparedCall; [CANCEL]: Cancel }) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers as Headers | undefined;
    this.call = init[CALL];
    this.cancel = init[CANCEL];
  }
}

type Client = Record<PreparedCall["method"], (url: string, init: object) => Promise<{ response: unknown }>>;

/**
 * What the front is built on, handed in by the engine rather than imported, so that this module (a chunk
 * of its own in a browser bundle, a file of its own in the published package) imports nothing the call's
 * machinery imports.
 */
export interface FrontParts {
  baseUrl: string;
  send: Send;
  serializeQuery: typeof serializeQuery;
  fillPath: typeof fillPath;
  /** The headers the transport sets alone: a caller's header of the same name is dropped, never sent twice. */
  signingHeaders: readonly string[];
}

export function createFront({ baseUrl, send, serializeQuery, fillPath, signingHeaders }: FrontParts): Front {
  const signing: ReadonlySet<string> = new Set(signingHeaders);
  const client = createClient<paths>({
    baseUrl,
    // openapi-fetch types these as the DOM's fetch and Request; PreparedRequest carries what it builds.
    fetch: ((req: PreparedRequest) => {
      const { call } = req;
      const headers: string[] = [];
      if (call.userHeaders) for (const [k, v] of req.headers ?? []) if (!signing.has(k)) headers.push(k, v);
      return send({
        url: req.url,
        exact: call.fromTemplate && !URL_OPTIONS.some((o) => call.options?.[o] !== undefined),
        method: req.method,
        headers,
        body: call.body,
        auth: call.auth,
        cancel: req.cancel,
      });
    }) as unknown as (input: Request) => Promise<Response>,
    Request: PreparedRequest as unknown as typeof Request,
    querySerializer: serializeQuery,
    pathSerializer: fillPath,
  }) as unknown as Client;
  return async (call, cancel) => {
    const init = { params: call.params, parseAs: "stream", [CALL]: call, [CANCEL]: cancel };
    const res = await client[call.method](call.url, call.options ? { ...call.options, ...init } : init);
    return res.response as WireResponse;
  };
}
