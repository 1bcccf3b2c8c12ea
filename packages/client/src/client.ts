import createClient, { type MaybeOptionalInit } from "openapi-fetch";
import type { HttpMethod, PathsWithMethod, RequiredKeysOf, ResponseObjectMap, SuccessResponse } from "openapi-typescript-helpers";
import type { paths } from "@woox-sdk/types";
import { WooxApiError } from "@woox-sdk/errors";
import { parseJson, stringifyJson } from "./json.js";
import { normalizeIncoming, prepareOutgoing } from "./ids.js";
import { createHelpers, type Helpers } from "./helpers.js";
import { createTransport, PreparedRequest, type FetchLike, type ReceivedResponse } from "./transport.js";

export const DEFAULT_BASE_URL = "https://api.woox.io";

export interface WooxClientOptions<Throw extends boolean = false> {
  /** API key; with `apiSecret`, enables private endpoints. Omit both for public data only. */
  apiKey?: string;
  /** API secret. Kept inside the signer; it never appears on the client, its errors or its results. */
  apiSecret?: string;
  /** Default `https://api.woox.io`; `https://api.staging.woox.io` for staging, or a sandbox URL. */
  baseUrl?: string;
  /** Custom fetch `(url, init) => Promise<Response>`; default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Throw `WooxApiError` instead of returning `{ error }`. */
  throwOnError?: Throw;
  /** Base URL of the docs site that `WooxApiError.docsUrl` points into. */
  docsBaseUrl?: string;
  /** Current time in ms for `x-api-timestamp`; default `Date.now`. */
  now?: () => number;
}

type JsonMedia = `${string}/${string}`;
/** The success body of an operation, as the spec describes it. */
export type SuccessBody<Op> = Op extends Record<string | number, unknown> ? SuccessResponse<ResponseObjectMap<Op>, JsonMedia> : never;

/** openapi-fetch's `{ data, error, response }`, with `error` always a WooxApiError. */
export type WooxResult<Op> =
  | { data: SuccessBody<Op>; error?: never; response: Response }
  | { data?: never; error: WooxApiError; response: Response };

type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

export type WooxMethod<M extends HttpMethod, Throw extends boolean> = <
  P extends PathsWithMethod<paths, M>,
  I extends MaybeOptionalInit<paths[P], M>,
>(
  url: P,
  ...init: InitParam<I>
) => Promise<Throw extends true ? { data: SuccessBody<paths[P][M]>; response: Response } : WooxResult<paths[P][M]>>;

export interface WooxClient<Throw extends boolean = false> extends Helpers {
  GET: WooxMethod<"get", Throw>;
  POST: WooxMethod<"post", Throw>;
  PUT: WooxMethod<"put", Throw>;
  DELETE: WooxMethod<"delete", Throw>;
  readonly baseUrl: string;
  /** Whether private endpoints can be called. */
  readonly hasCredentials: boolean;
}

function checkOptions(opts: WooxClientOptions<boolean>): void {
  for (const name of ["apiKey", "apiSecret"] as const) {
    const v = opts[name];
    if (v !== undefined && (typeof v !== "string" || v.trim() === "")) {
      throw new TypeError(`createWooxClient: ${name} must be a non-empty string`);
    }
  }
  if ((opts.apiKey === undefined) !== (opts.apiSecret === undefined)) {
    throw new TypeError(`createWooxClient: pass both apiKey and apiSecret, or neither (got only ${opts.apiKey === undefined ? "apiSecret" : "apiKey"})`);
  }
  if (opts.baseUrl !== undefined) {
    let ok: boolean;
    try {
      ok = /^https?:$/.test(new URL(opts.baseUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new TypeError(`createWooxClient: baseUrl must be an absolute http(s) URL, got "${opts.baseUrl}"`);
  }
  if (opts.fetch === undefined && typeof globalThis.fetch !== "function") {
    throw new TypeError("createWooxClient: no global fetch in this runtime; pass the fetch option");
  }
}

function retryAfterMs(headers: Headers): number | undefined {
  const v = headers.get("retry-after");
  if (v === null) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * A typed client for the WOO X V3 API: `client.GET("/v3/trade/algoOrder", { params: { query } })`,
 * `client.POST("/v3/trade/algoOrder", { body })`. Paths, parameters, bodies and results are typed from
 * spec/openapi.yaml; private calls are signed; API errors come back as `WooxApiError`.
 */
export function createWooxClient<Throw extends boolean = false>(options: WooxClientOptions<Throw> = {}): WooxClient<Throw> {
  checkOptions(options);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const credentials =
    options.apiKey !== undefined && options.apiSecret !== undefined ? { apiKey: options.apiKey, apiSecret: options.apiSecret } : undefined;
  const userFetch = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const transport = createTransport({ baseUrl, credentials, fetch: userFetch, now: options.now ?? Date.now });
  const docsBaseUrl = options.docsBaseUrl;
  const throwOnError = options.throwOnError === true;

  const inner = createClient<paths>({
    baseUrl,
    // openapi-fetch types these as the DOM's fetch and Request; PreparedRequest carries what it builds.
    fetch: transport as unknown as (input: Request) => Promise<Response>,
    Request: PreparedRequest as unknown as typeof Request,
    bodySerializer: stringifyJson,
  });

  async function call(method: Uppercase<HttpMethod>, url: string, init: Record<string, unknown> | undefined, throwing = throwOnError): Promise<unknown> {
    const prepared: Record<string, unknown> = { ...init, parseAs: "stream" };
    // Ids may come in as bigint or digit strings; check them here so a bad one fails before sending.
    if (init?.body !== undefined) prepared.body = prepareOutgoing(init.body, "body");
    const params = init?.params as { query?: unknown } | undefined;
    if (params?.query !== undefined) prepared.params = { ...params, query: prepareOutgoing(params.query, "query") };
    const res = await inner.request(method.toLowerCase() as HttpMethod, url as never, prepared as never);
    const received = res.response as unknown as ReceivedResponse;
    const response = received.raw;
    const request = { method, path: received.target };
    let error: WooxApiError | undefined;
    let data: unknown;
    if (!received.ok) {
      error = WooxApiError.from({ status: received.status, body: res.error, request, docsBaseUrl, retryAfterMs: retryAfterMs(received.headers) });
    } else if (received.body !== "") {
      try {
        data = parseJson(received.body);
        normalizeIncoming(data);
      } catch (cause) {
        error = WooxApiError.from({ status: received.status, body: received.body, request, docsBaseUrl, cause });
      }
      if (data !== null && typeof data === "object" && (data as { success?: unknown }).success === false) {
        error = WooxApiError.from({ status: received.status, body: data, request, docsBaseUrl });
        data = undefined;
      }
    }
    if (error) {
      if (throwing) throw error;
      return { error, response };
    }
    return { data, response };
  }

  const method = (m: Uppercase<HttpMethod>) => (url: string, init?: Record<string, unknown>) => call(m, url, init);
  return Object.freeze({
    ...createHelpers((m, path, init) => call(m, path, init, true) as Promise<{ data: unknown }>),
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    DELETE: method("DELETE"),
    baseUrl,
    hasCredentials: credentials !== undefined,
  }) as unknown as WooxClient<Throw>;
}
