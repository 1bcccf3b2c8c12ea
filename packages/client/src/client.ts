import createClient, { createQuerySerializer, type MaybeOptionalInit } from "openapi-fetch";
import type {
  HttpMethod,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import type { paths } from "@woox-sdk/types";
import { WooxApiError } from "@woox-sdk/errors";
import { parseJson, parseJsonOrText, stringifyJson } from "./json.js";
import { normalizeIncoming, prepareOutgoing } from "./ids.js";
import { createHelpers, type Helpers } from "./helpers.js";
import { createTransport, PreparedRequest, type FetchLike, type ReceivedResponse } from "./transport.js";
import { operations } from "./operations.gen.js";
import { operationAt } from "./routes.js";
import { RateLimiter, sleep as realSleep } from "./limiter.js";
import { backoffDelay, decide, type RetryOptions } from "./retry.js";
import { Clock } from "./clock.js";
import {
  failedBeforeSending,
  WooxAbortError,
  WooxNetworkError,
  WooxTimeoutError,
  type WooxTransportError,
} from "./transport-errors.js";
import { reconcileByClientId } from "./reconcile.js";

export const DEFAULT_BASE_URL = "https://api.woox.io";

/** What observability hooks see: never headers, keys or signatures. */
export interface RequestEvent {
  operationId: string | undefined;
  method: string;
  /** Path and query string, e.g. "/v3/trade/algoOrder?algoOrderId=1". */
  path: string;
  attempt: number;
}
export interface ResponseEvent extends RequestEvent {
  /** HTTP status, or 0 when there was no response. */
  status: number;
  durationMs: number;
  /** The WOO X error code, for failures that carried one. */
  code?: string | null;
  error?: Error;
}
export interface RetryEvent extends RequestEvent {
  delayMs: number;
  /** "retry", "resync" (clock resynced first) or "reconcile" (looked the order up first). */
  strategy: "retry" | "resync" | "reconcile";
  error: Error;
}
export interface Hooks {
  onRequest?: (e: RequestEvent) => void;
  onResponse?: (e: ResponseEvent) => void;
  onRetry?: (e: RetryEvent) => void;
}

export interface WooxClientOptions<Throw extends boolean = false> {
  /** API key; with `apiSecret`, enables private endpoints. Omit both for public data only. */
  apiKey?: string;
  /** API secret. Kept inside the signer; it never appears on the client, its errors or its results. */
  apiSecret?: string;
  /** Default `https://api.woox.io`; `https://api.staging.woox.io` for staging, or a sandbox URL. */
  baseUrl?: string;
  /**
   * Custom fetch `(url, init) => Promise<Response>`. Without it, requests go over node:http with a
   * keep-alive Agent in Node, and over `globalThis.fetch` in browsers and other runtimes.
   */
  fetch?: FetchLike;
  /** Throw `WooxApiError` instead of returning `{ error }`. */
  throwOnError?: Throw;
  /** Base URL of the docs site that `WooxApiError.docsUrl` points into. */
  docsBaseUrl?: string;
  /** Local time in ms; default `Date.now`. The client adds the measured clock offset to it. */
  now?: () => number;
  /** Pace calls to the spec's x-rate-limit (default true); `false` sends at once. */
  rateLimit?: boolean | { marginMs?: number };
  /** Retries with exponential backoff and jitter (default `{ retries: 3 }`); `false` for none. */
  retry?: false | RetryOptions;
  /** Per-attempt timeout in ms (default 10000); each call may pass its own `timeoutMs`. */
  timeoutMs?: number;
  /** Give order placements without a client id one, so they can be retried safely (default false). */
  autoClientIds?: boolean;
  /** Measure the clock offset before the first private call (default false; it is always resynced after a timestamp rejection). */
  syncClockOnStart?: boolean;
  hooks?: Hooks;
  /** For tests: how to wait (default setTimeout) and where randomness comes from. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

type JsonMedia = `${string}/${string}`;
/** The success body of an operation, as the spec describes it. */
export type SuccessBody<Op> =
  Op extends Record<string | number, unknown> ? SuccessResponse<ResponseObjectMap<Op>, JsonMedia> : never;

/** openapi-fetch's `{ data, error, response }`, with `error` always a WooxApiError. */
export type WooxResult<Op> =
  | { data: SuccessBody<Op>; error?: never; response: Response }
  | { data?: never; error: WooxApiError; response: Response };

type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }];

/** Per-call options accepted by every method. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

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
  /** The exchange's clock: `offsetMs` (server minus local) and `sync()` to measure it now. */
  readonly clock: { readonly offsetMs: number; sync(): Promise<number> };
}

function checkOptions(opts: WooxClientOptions<boolean>): void {
  for (const name of ["apiKey", "apiSecret"] as const) {
    const v = opts[name];
    if (v !== undefined && (typeof v !== "string" || v.trim() === "")) {
      throw new TypeError(`createWooxClient: ${name} must be a non-empty string`);
    }
  }
  if ((opts.apiKey === undefined) !== (opts.apiSecret === undefined)) {
    throw new TypeError(
      `createWooxClient: pass both apiKey and apiSecret, or neither (got only ${opts.apiKey === undefined ? "apiSecret" : "apiKey"})`,
    );
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
  if (opts.timeoutMs !== undefined && !(opts.timeoutMs > 0))
    throw new TypeError("createWooxClient: timeoutMs must be a positive number");
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

// The serializer openapi-fetch puts on the wire, so that error reports and hooks show the same query.
const serializeQuery = createQuerySerializer();

/** A client id that is unique per process and, with 20 random bits under the millisecond, across processes. */
function clientIdFactory(random: () => number): () => bigint {
  let last = 0n;
  return () => {
    let id = (BigInt(Date.now()) << 20n) | BigInt(Math.floor(random() * 2 ** 20));
    if (id <= last) id = last + 1n;
    last = id;
    return id;
  };
}

/**
 * A typed client for the WOO X V3 API: `client.GET("/v3/trade/algoOrder", { params: { query } })`,
 * `client.POST("/v3/trade/algoOrder", { body })`, or the task-shaped `client.algoOrders.place(body)`.
 * Paths, parameters, bodies and results are typed from spec/openapi.yaml; private calls are signed;
 * calls are paced to the documented limits and retried only where that cannot duplicate an order.
 */
export function createWooxClient<Throw extends boolean = false>(
  options: WooxClientOptions<Throw> = {},
): WooxClient<Throw> {
  checkOptions(options);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const credentials =
    options.apiKey !== undefined && options.apiSecret !== undefined
      ? { apiKey: options.apiKey, apiSecret: options.apiSecret }
      : undefined;
  const clock = new Clock(options.now ?? Date.now);
  const transport = createTransport({ baseUrl, credentials, fetch: options.fetch, now: () => clock.now() });
  const { docsBaseUrl, hooks = {} } = options;
  const throwOnError = options.throwOnError === true;
  const wait = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const limiter =
    options.rateLimit === false
      ? undefined
      : new RateLimiter({
          marginMs: typeof options.rateLimit === "object" ? options.rateLimit.marginMs : undefined,
          sleep: wait,
        });
  const retry: Required<RetryOptions> =
    options.retry === false
      ? { retries: 0, baseDelayMs: 0, maxDelayMs: 0 }
      : {
          retries: options.retry?.retries ?? 3,
          baseDelayMs: options.retry?.baseDelayMs ?? 250,
          maxDelayMs: options.retry?.maxDelayMs ?? 8000,
        };
  const defaultTimeout = options.timeoutMs ?? 10_000;
  const nextClientId = clientIdFactory(random);
  let clockSynced = false;

  const inner = createClient<paths>({
    baseUrl,
    // openapi-fetch types these as the DOM's fetch and Request; PreparedRequest carries what it builds.
    fetch: transport as unknown as (input: Request) => Promise<Response>,
    Request: PreparedRequest as unknown as typeof Request,
    bodySerializer: stringifyJson,
  });

  const syncClock = () =>
    clock.sync(async () => {
      const res = await attempt(
        "GET",
        "/v3/public/systemInfo",
        {},
        { method: "GET", path: "/v3/public/systemInfo" },
        1,
        undefined,
      );
      if ("transportError" in res) throw res.transportError;
      if (res.error) throw res.error;
      const ts = (res.data as { timestamp?: unknown }).timestamp;
      if (typeof ts !== "number") throw new TypeError("systemInfo answered without a numeric timestamp");
      clockSynced = true;
      return ts;
    });

  type Attempt = { data?: unknown; error?: WooxApiError; response: Response } | { transportError: WooxTransportError };

  /** One attempt on the wire: timeout, abort, parse, and the mapping of every failure to a typed error. */
  async function attempt(
    method: string,
    url: string,
    prepared: Record<string, unknown>,
    reqInfo: { operationId?: string; method: string; path: string },
    n: number,
    call: CallOptions | undefined,
  ): Promise<Attempt> {
    const timeoutMs = call?.timeoutMs ?? defaultTimeout;
    // One controller per attempt, fired by a plain timer or by the caller's signal: cheaper on the hot
    // path than AbortSignal.timeout plus AbortSignal.any, which Node tracks with weak references.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
    const userSignal = call?.signal;
    const onUserAbort = () => controller.abort(userSignal?.reason);
    if (userSignal?.aborted) onUserAbort();
    else userSignal?.addEventListener("abort", onUserAbort, { once: true });
    const signal = controller.signal;
    let received: ReceivedResponse;
    try {
      const res = await inner.request(
        method.toLowerCase() as HttpMethod,
        url as never,
        { ...prepared, signal } as never,
      );
      received = res.response as unknown as ReceivedResponse;
      if (!received.ok) {
        const error = WooxApiError.from({
          status: received.status,
          // Not res.error: openapi-fetch reads error bodies with JSON.parse, which rounds 64-bit ids.
          body: parseJsonOrText(received.body),
          request: { operationId: reqInfo.operationId, method, path: received.target },
          headers: received.headers,
          docsBaseUrl,
          retryAfterMs: retryAfterMs(received.headers),
        });
        return { error, response: received.raw };
      }
    } catch (cause) {
      // Not a transport failure: a private call without credentials is the caller's to fix.
      if (!(cause instanceof Error) || cause.name === "MissingCredentialsError") throw cause;
      const info = {
        request: { operationId: reqInfo.operationId, method: reqInfo.method, path: reqInfo.path },
        attempts: n,
        cause,
      };
      if (call?.signal?.aborted)
        return {
          transportError: new WooxAbortError("aborted", `${reqInfo.method} ${reqInfo.path} was aborted by the caller`, {
            ...info,
            outcomeUnknown: method !== "GET",
          }),
        };
      if (timedOut)
        return {
          transportError: new WooxTimeoutError(
            "timeout",
            `${reqInfo.method} ${reqInfo.path} got no answer within ${timeoutMs} ms`,
            { ...info, outcomeUnknown: true },
          ),
        };
      const notSent = failedBeforeSending(cause);
      return {
        transportError: new WooxNetworkError("network", `${reqInfo.method} ${reqInfo.path} failed: ${cause.message}`, {
          ...info,
          outcomeUnknown: !notSent,
        }),
      };
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener("abort", onUserAbort);
    }
    if (received.body === "") return { data: undefined, response: received.raw };
    let data: unknown;
    try {
      data = parseJson(received.body);
      normalizeIncoming(data);
    } catch (cause) {
      return {
        error: WooxApiError.from({
          status: received.status,
          body: received.body,
          request: { operationId: reqInfo.operationId, method, path: received.target },
          docsBaseUrl,
          cause,
        }),
        response: received.raw,
      };
    }
    if (data !== null && typeof data === "object" && (data as { success?: unknown }).success === false) {
      return {
        error: WooxApiError.from({
          status: received.status,
          body: data,
          request: { operationId: reqInfo.operationId, method, path: received.target },
          docsBaseUrl,
        }),
        response: received.raw,
      };
    }
    return { data, response: received.raw };
  }

  async function call(
    method: Uppercase<HttpMethod>,
    url: string,
    init: (Record<string, unknown> & CallOptions) | undefined,
    throwing = throwOnError,
  ): Promise<unknown> {
    const operationId = operationAt(method, url);
    const op = operationId ? operations[operationId] : undefined;
    const { signal, timeoutMs, ...rest } = init ?? {};
    const callOpts: CallOptions = { signal, timeoutMs };
    const prepared: Record<string, unknown> = { ...rest, parseAs: "stream" };
    // Ids may come in as bigint or digit strings; check them here so a bad one fails before sending.
    let body = rest.body === undefined ? undefined : (prepareOutgoing(rest.body, "body") as Record<string, unknown>);
    const clientIdField = op && "clientId" in op ? op.clientId : undefined;
    if (
      clientIdField &&
      body &&
      options.autoClientIds &&
      (body[clientIdField.field] === undefined || body[clientIdField.field] === 0)
    ) {
      body = { ...body, [clientIdField.field]: nextClientId() };
    }
    if (body !== undefined) prepared.body = body;
    const params = rest.params as { query?: Record<string, unknown> } | undefined;
    const query =
      params?.query === undefined ? undefined : (prepareOutgoing(params.query, "query") as Record<string, unknown>);
    if (query !== undefined) prepared.params = { ...params, query };
    const clientId = clientIdField && body ? body[clientIdField.field] : undefined;
    const hasClientId = clientId !== undefined && clientId !== 0 && clientId !== 0n;
    // Only hooks and failure reports need the path with its query: serialise it on first use.
    let fullPath: string | undefined;
    const pathOf = () => {
      if (fullPath === undefined) {
        const search = query === undefined ? "" : serializeQuery(query);
        fullPath = search === "" ? url : `${url}?${search}`;
      }
      return fullPath;
    };
    const reqInfo = {
      operationId,
      method,
      get path() {
        return pathOf();
      },
    };

    if (op?.auth && options.syncClockOnStart && !clockSynced) await syncClock();
    const bucket = op && limiter ? RateLimiter.bucketKey(operationId!, op.rateLimit, { ...query, ...body }) : undefined;
    let resynced = false;
    let last: Attempt | undefined;
    for (let n = 1; ; n++) {
      if (bucket && limiter) await limiter.acquire(bucket, op!.rateLimit);
      hooks.onRequest?.({ operationId, method, path: pathOf(), attempt: n });
      const started = Date.now();
      last = await attempt(method, url, prepared, reqInfo, n, callOpts);
      const failure = "transportError" in last ? last.transportError : last.error;
      hooks.onResponse?.({
        operationId,
        method,
        path: pathOf(),
        attempt: n,
        durationMs: Date.now() - started,
        status: "transportError" in last ? 0 : last.response.status,
        ...(failure ? { error: failure, code: failure instanceof WooxApiError ? failure.code : undefined } : {}),
      });
      if (!failure) break;
      // A resend of this very placement: a code whose catalog entry says onResend "placed" (302117,
      // client id repeated) then means our earlier attempt landed.
      const duplicate = n > 1 && hasClientId && failure instanceof WooxApiError && failure.onResend === "placed";
      let decision = duplicate ? "reconcile" : decide(failure, { method, hasClientId });
      if (decision === "resync" && resynced) decision = "fail";
      // A duplicate answer only leads to a lookup, but bound even that, whatever the server says.
      if (decision === "fail" || (n > retry.retries && !duplicate) || n > retry.retries + 2) break;
      if (failure instanceof WooxApiError && failure.httpStatus === 429 && bucket && limiter)
        limiter.block(bucket, failure.retryAfterMs ?? 1000);
      const delayMs =
        decision === "resync"
          ? 0
          : backoffDelay(n + 1, retry, random, failure instanceof WooxApiError ? failure.retryAfterMs : undefined);
      hooks.onRetry?.({ operationId, method, path: pathOf(), attempt: n, delayMs, strategy: decision, error: failure });
      if (delayMs > 0) await wait(delayMs);
      if (callOpts.signal?.aborted) break;
      if (decision === "resync") {
        resynced = true;
        await syncClock().catch(() => undefined);
      } else if (decision === "reconcile" && clientIdField) {
        // If the lookup itself fails, the outcome stays unknown: stop and report the original failure.
        let found: unknown;
        try {
          found = await reconcileByClientId(
            clientIdField.lookup,
            clientIdField.field,
            clientId,
            (m, p, i) => call(m, p, i, true) as Promise<{ data: unknown }>,
          );
        } catch {
          break;
        }
        if (found) {
          last = {
            data: found,
            response: new Response(null, { status: 200, headers: { "x-woox-sdk-reconciled": "true" } }),
          };
          break;
        }
      }
    }
    if ("transportError" in last) throw last.transportError;
    if (last.error) {
      if (throwing) throw last.error;
      return { error: last.error, response: last.response };
    }
    return { data: last.data, response: last.response };
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
    clock: Object.freeze({
      get offsetMs() {
        return clock.offsetMs;
      },
      sync: syncClock,
    }),
  }) as unknown as WooxClient<Throw>;
}
