import { authHeaders } from "./operations.gen.js";
import { createSigner, stringToSign, type Signer } from "./sign.js";
import {
  fetchWire,
  hasHeader,
  type Cancel,
  type FetchLike,
  type Origin,
  type Wire,
  type WireRequest,
  type WireResponse,
} from "./wire.js";
import { isNode } from "./runtime.js";
import type { PreparedCall } from "./prepare-call.js";

export type { FetchLike } from "./wire.js";

/** Keys under which the prepared call and its attempt's cancellation ride through openapi-fetch to the transport. */
export const CALL = Symbol("woox-sdk call");
export const CANCEL = Symbol("woox-sdk cancel");

/**
 * One request to send: what openapi-fetch builds for a call (it stands in for `Request`: building a real
 * Request, and cloning it to read the body back for signing, costs more than the rest of a call
 * together), or what the client builds itself for a direct call. The call it carries was prepared once
 * (operation, body text) and is read here as it is.
 */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  /** The headers openapi-fetch merged; read only when the caller passed headers of their own. */
  readonly headers: Headers | undefined;
  readonly call: PreparedCall | undefined;
  readonly cancel: Cancel | null;

  constructor(url: string, init: RequestInit & { [CALL]?: PreparedCall; [CANCEL]?: Cancel }) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers as Headers | undefined;
    this.call = init[CALL];
    this.cancel = init[CANCEL] ?? null;
  }
}

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

export interface TransportOptions {
  /** The base URL that openapi-fetch puts in front of every path, without a trailing slash. */
  baseUrl: string;
  credentials: Credentials | undefined;
  /** The user's fetch. Without one: node:http in Node, the global fetch elsewhere (see wire.ts). */
  fetch: FetchLike | undefined;
  /** Current time in ms, as the server sees it (the client applies its clock offset here). */
  now: () => number;
  /** The function that made the client, named in the error for a private call without credentials. */
  factory: string;
}

// Set by the transport alone: a caller's header of the same name is dropped, never sent twice.
const SIGNING_HEADERS: ReadonlySet<string> = new Set(Object.values(authHeaders));

/** Thrown before anything is sent when a signed operation is called without credentials. */
export class MissingCredentialsError extends Error {
  override readonly name = "MissingCredentialsError";
}

/**
 * The node:http wire (node-wire.ts), imported as the client is made, so that browser bundles leave it in
 * a chunk of its own that never loads. A request sent before the import has finished waits for it.
 */
function nodeWireLoading(fallback: Wire): Wire {
  let wire: Wire | undefined;
  const loaded = import("./node-wire.js").then(
    (m) => (wire = m.nodeWire() ?? fallback),
    () => (wire = fallback),
  );
  return (req) => (wire ? wire(req) : loaded.then((w) => w(req)));
}

/**
 * Signs and sends one prepared request. The signed text is the path and query after the base URL's own
 * path. When the call's URL was written from the spec's template by the client's serializers it is
 * already what a URL parser would make of it, and is cut from the URL as is; any other URL (a path
 * outside the spec, per-call serializers) is parsed so that what is signed is what goes on the wire.
 */
export function createTransport(opts: TransportOptions): (req: PreparedRequest) => Promise<WireResponse> {
  const base = new URL(opts.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const origin: Origin = { protocol: base.protocol, host: base.host, hostname: base.hostname, port: base.port };
  // The secret lives only inside the signer's closure: nothing the client returns or throws can reach it.
  const sign: Signer | undefined = opts.credentials ? createSigner(opts.credentials.apiSecret) : undefined;
  const apiKey = opts.credentials?.apiKey;
  // The global fetch is looked up per call, so that it can be replaced after the client is made.
  const globalFetch = fetchWire((input, init) => globalThis.fetch(input, init));
  const wire: Wire = opts.fetch ? fetchWire(opts.fetch) : isNode() ? nodeWireLoading(globalFetch) : globalFetch;

  return function send(req: PreparedRequest): Promise<WireResponse> {
    const call = req.call;
    let url = req.url;
    let to = origin;
    let target: string;
    if (call?.exactUrl && url.startsWith(opts.baseUrl)) {
      target = url.slice(opts.baseUrl.length);
    } else {
      const parsed = new URL(url);
      url = parsed.href;
      to = parsed;
      target = parsed.pathname.slice(basePath.length) + parsed.search;
    }
    const headers: string[] = [];
    // The caller's own headers, if any: openapi-fetch merged them once into req.headers.
    if (call === undefined || call.userHeaders) {
      for (const [k, v] of req.headers ?? []) if (!SIGNING_HEADERS.has(k)) headers.push(k, v);
    }
    const body = call?.body;
    if (body !== undefined && !hasHeader(headers, "content-type")) headers.push("content-type", "application/json");
    const request: WireRequest = {
      url,
      origin: to,
      path: basePath + target,
      method: req.method,
      headers,
      body,
      cancel: req.cancel,
    };
    if (!(call?.route?.op.auth ?? true)) return wire(request);
    if (!sign || apiKey === undefined) {
      throw new MissingCredentialsError(
        `${req.method} ${target.split("?")[0]} is a private endpoint: pass apiKey and apiSecret to ${opts.factory}`,
      );
    }
    const timestamp = String(Math.round(opts.now()));
    const signed = sign(stringToSign(timestamp, req.method, target, body ?? ""));
    headers.push(authHeaders.apiKey, apiKey, authHeaders.apiTimestamp, timestamp, authHeaders.apiSignature);
    // node:crypto signs at once; WebCrypto answers with a promise.
    if (typeof signed !== "string") return signed.then((signature) => (headers.push(signature), wire(request)));
    headers.push(signed);
    return wire(request);
  };
}
