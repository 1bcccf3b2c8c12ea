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

export type { FetchLike } from "./wire.js";

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

export interface TransportOptions {
  /** The base URL in front of every path, as a URL parser writes it, without a trailing slash. */
  baseUrl: string;
  credentials: Credentials | undefined;
  /** The user's fetch. Without one: node:http in Node, the global fetch elsewhere (see wire.ts). */
  fetch: FetchLike | undefined;
  /** Current time in ms, as the server sees it (the client applies its clock offset here). */
  now: () => number;
  /** The function that made the client, named in the error for a private call without credentials. */
  factory: string;
}

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

/** One request as the client wrote it, before it is signed. */
export interface UnsignedRequest {
  /** The whole URL. */
  url: string;
  /** Whether `url` is the base URL and a path the client's serializers wrote from the spec's template. */
  exact: boolean;
  method: string;
  /** The caller's own headers, if any: names (lowercase) and values, one after the other. */
  headers: string[];
  /** The exact JSON text to send and sign. */
  body: string | undefined;
  /** Whether the operation is signed (a path outside the spec is). */
  auth: boolean;
  cancel: Cancel | null;
}

export type Send = (req: UnsignedRequest) => Promise<WireResponse>;

/**
 * Signs and sends one request. The signed text is the path and query after the base URL's own path.
 * An exact URL (see UnsignedRequest) is already what a URL parser would make of it, and is cut as it
 * is; any other (a path outside the spec, per-call serializers) is parsed, so that what is signed is
 * what goes on the wire.
 */
export function createTransport(opts: TransportOptions): Send {
  const base = new URL(opts.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const origin: Origin = { protocol: base.protocol, host: base.host, hostname: base.hostname, port: base.port };
  // The secret lives only inside the signer's closure: nothing the client returns or throws can reach it.
  const sign: Signer | undefined = opts.credentials ? createSigner(opts.credentials.apiSecret) : undefined;
  const apiKey = opts.credentials?.apiKey;
  // The global fetch is looked up per call, so that it can be replaced after the client is made.
  const globalFetch = fetchWire((input, init) => globalThis.fetch(input, init));
  const wire: Wire = opts.fetch ? fetchWire(opts.fetch) : isNode() ? nodeWireLoading(globalFetch) : globalFetch;

  return function send(req: UnsignedRequest): Promise<WireResponse> {
    const { method, headers, body } = req;
    let url = req.url;
    let to = origin;
    let target: string;
    if (req.exact && url.startsWith(opts.baseUrl)) {
      target = url.slice(opts.baseUrl.length);
    } else {
      const parsed = new URL(url);
      url = parsed.href;
      to = parsed;
      target = parsed.pathname.slice(basePath.length) + parsed.search;
    }
    if (body !== undefined && !hasHeader(headers, "content-type")) headers.push("content-type", "application/json");
    const request: WireRequest = {
      url,
      origin: to,
      path: basePath + target,
      method,
      headers,
      body,
      cancel: req.cancel,
    };
    if (!req.auth) return wire(request);
    if (!sign || apiKey === undefined) {
      throw new MissingCredentialsError(
        `${method} ${target.split("?")[0]} is a private endpoint: pass apiKey and apiSecret to ${opts.factory}`,
      );
    }
    const timestamp = String(Math.round(opts.now()));
    const signed = sign(stringToSign(timestamp, method, target, body ?? ""));
    headers.push(authHeaders.apiKey, apiKey, authHeaders.apiTimestamp, timestamp, authHeaders.apiSignature);
    // node:crypto signs at once; WebCrypto answers with a promise.
    if (typeof signed !== "string") return signed.then((signature) => (headers.push(signature), wire(request)));
    headers.push(signed);
    return wire(request);
  };
}
