import { authHeaders, operations } from "./operations.gen.js";
import { operationAt } from "./routes.js";
import { createSigner, stringToSign, type Signer } from "./sign.js";
import { fetchWire, nodeWire, type FetchLike, type Wire } from "./wire.js";

export type { FetchLike } from "./wire.js";

/**
 * What openapi-fetch builds for each call. It stands in for `Request`: building a real Request (and
 * cloning it to read the body back for signing) costs more than the rest of a call together, while this
 * keeps the body as the exact string that is signed and sent.
 */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  signal: AbortSignal | null = null;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    if (init.body !== undefined && init.body !== null && typeof init.body !== "string") {
      throw new TypeError("woox-sdk sends JSON text bodies only");
    }
    this.body = init.body ?? undefined;
    this.signal = init.signal ?? null;
  }
}

/** What the transport hands back to openapi-fetch: the status and headers, and the body read once as text. */
export class ReceivedResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  /** openapi-fetch returns `body` as data for parseAs "stream"; here it is the text, parsed by the client. */
  readonly body: string;
  readonly raw: Response;
  /** Path and query as signed and sent, for error reports. */
  readonly target: string;

  constructor(raw: Response, text: string, target: string) {
    this.raw = raw;
    this.target = target;
    this.status = raw.status;
    this.ok = raw.ok;
    this.headers = raw.headers;
    this.body = text;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }
}

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

export interface TransportOptions {
  baseUrl: string;
  credentials: Credentials | undefined;
  /** The user's fetch. Without one: node:http in Node, the global fetch elsewhere (see wire.ts). */
  fetch: FetchLike | undefined;
  /** Current time in ms, as the server sees it (the client applies its clock offset here). */
  now: () => number;
}

/** Thrown before anything is sent when a signed operation is called without credentials. */
export class MissingCredentialsError extends Error {
  override readonly name = "MissingCredentialsError";
}

/**
 * Signs and sends one prepared request. The signed path is the URL's path and query after the base URL's
 * own path, taken from the parsed URL so that it is exactly what goes on the wire.
 */
export function createTransport(opts: TransportOptions): (req: PreparedRequest) => Promise<ReceivedResponse> {
  const basePath = new URL(opts.baseUrl).pathname.replace(/\/+$/, "");
  // The secret lives only inside the signer's closure: nothing the client returns or throws can reach it.
  const sign: Signer | undefined = opts.credentials ? createSigner(opts.credentials.apiSecret) : undefined;
  const apiKey = opts.credentials?.apiKey;
  // The global fetch is looked up per call, so that it can be replaced after the client is made.
  const wire: Wire = opts.fetch
    ? fetchWire(opts.fetch)
    : (nodeWire() ?? fetchWire((input, init) => globalThis.fetch(input, init)));

  return async function send(req: PreparedRequest): Promise<ReceivedResponse> {
    const url = new URL(req.url);
    const path = url.pathname.slice(basePath.length);
    const target = path + url.search;
    const id = operationAt(req.method, path);
    const needsAuth = id === undefined ? true : operations[id].auth;
    if (needsAuth) {
      if (!sign || apiKey === undefined) {
        throw new MissingCredentialsError(
          `${req.method} ${path} is a private endpoint: pass apiKey and apiSecret to createWooxClient`,
        );
      }
      const timestamp = String(Math.round(opts.now()));
      const signed = sign(stringToSign(timestamp, req.method, target, req.body ?? ""));
      const signature = typeof signed === "string" ? signed : await signed;
      req.headers.set(authHeaders.apiKey, apiKey);
      req.headers.set(authHeaders.apiTimestamp, timestamp);
      req.headers.set(authHeaders.apiSignature, signature);
    }
    const { raw, text } = await wire(url, req);
    return new ReceivedResponse(raw, text, target);
  };
}
