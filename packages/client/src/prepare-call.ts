import { RateLimiter } from "./limiter.js";
import { Outgoing } from "./ids.js";
import { stringifyJson } from "./json.js";
import type { Route } from "./routes.js";
import { checkPathParams, fillPath, serializeQuery } from "./url-text.js";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

type Fields = Record<string, unknown>;
interface Params {
  query?: Fields;
  path?: Fields;
  header?: unknown;
}

/** What a call was given: openapi-fetch's request options plus the client's per-call options. */
export interface CallInput {
  params?: Params;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  [option: string]: unknown;
}

/** What preparing a call needs from the client. */
export interface PrepareSettings {
  autoClientIds: boolean;
  nextClientId: () => bigint;
  /** Whether calls are paced (then each gets its rate-limit bucket). */
  paced: boolean;
}

// Options the client reads itself; any other is an openapi-fetch option and is handed on as given.
const OWN = new Set(["params", "body", "signal", "timeoutMs"]);

/**
 * One call, prepared once before its first attempt: the operation it is for, its ids checked and its
 * body written, its client id and rate-limit bucket. Every attempt, and openapi-fetch's adapter
 * (front.ts), reads it as it is.
 */
export interface PreparedCall {
  readonly route: Route | undefined;
  readonly operationId: string | undefined;
  readonly method: Method;
  /** The path as the caller gave it, usually the spec's template. */
  readonly url: string;
  /** Whether `url` is its operation's template, which the client's serializers fill as a URL parser would. */
  readonly fromTemplate: boolean;
  /** Whether the call is signed: its operation's rule, and always for a path outside the spec. */
  readonly auth: boolean;
  /**
   * Path and query string, e.g. "/v3/trade/algoOrder?algoOrderId=1": what a direct call sends after the
   * base URL, and what hooks and errors report.
   */
  readonly path: string;
  readonly params: Params | undefined;
  /** The exact JSON text that is signed and sent. */
  readonly body: string | undefined;
  /** The placement's client id, when the operation has a client-id rule and the body carries one. */
  readonly clientId: unknown;
  /** Whether that client id is set (not empty, not 0). */
  readonly hasClientId: boolean;
  readonly bucket: string | undefined;
  /** Whether the caller passed headers of their own (they then go out too). */
  readonly userHeaders: boolean;
  /** Other openapi-fetch options the caller passed. */
  readonly options: Fields | undefined;
  /**
   * Whether the client sends the call itself, without openapi-fetch: the caller passed no headers and no
   * openapi-fetch option, so openapi-fetch would only write `path` after the base URL with the client's
   * own serializers.
   */
  readonly direct: boolean;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
}

/**
 * Checks and converts what the caller passed (ids, path parameters), gives a placement its client id
 * when asked to, writes the body and finds the rate-limit bucket. Throws WooxRequestError, before
 * anything is sent, for a value that cannot be sent as the spec requires.
 */
export function prepareCall(
  route: Route | undefined,
  method: Method,
  url: string,
  input: CallInput | undefined,
  settings: PrepareSettings,
): PreparedCall {
  let options: Fields | undefined;
  if (input) for (const k in input) if (!OWN.has(k)) (options ??= {})[k] = input[k];
  const out = new Outgoing();
  let params = input?.params;
  const query = params?.query === undefined ? undefined : (out.prepare(params.query, "query") as Fields);
  // A template needs its parameters; a concrete path that matched one already holds them.
  if (route && route.pathParams.length > 0 && url === route.op.path) checkPathParams(route.pathParams, params?.path);
  const path = params?.path === undefined ? undefined : (out.prepare(params.path, "path") as Fields);
  if (query !== params?.query || path !== params?.path) params = { ...params, query, path };

  let body = input?.body === undefined ? undefined : (out.prepare(input.body, "body") as Fields);
  const rule = route?.op.clientId;
  if (rule && body && settings.autoClientIds && (body[rule.field] === undefined || body[rule.field] === 0)) {
    body = { ...body, [rule.field]: settings.nextClientId() };
    out.hasBigint = true;
  }
  let text: string | undefined;
  if (body !== undefined) {
    const serialize = options?.bodySerializer as ((b: unknown) => unknown) | undefined;
    const written = serialize ? serialize(body) : stringifyJson(body, out.hasBigint);
    if (typeof written !== "string") throw new TypeError("woox-sdk sends JSON text bodies only");
    text = written;
  }

  const limit = route?.op.rateLimit;
  const key = limit?.key;
  const bucket =
    settings.paced && route && limit
      ? RateLimiter.bucketKey(route.id, limit, key?.scope === "field" ? (key.in === "query" ? query : body) : undefined)
      : undefined;
  const userHeaders = options?.headers !== undefined || params?.header !== undefined;
  // Written here, before anything is sent: a query value that cannot be written throws now.
  const search = query === undefined ? "" : serializeQuery(query);
  const filled = fillPath(url, path);
  const clientId = rule && body ? body[rule.field] : undefined;
  return {
    route,
    operationId: route?.id,
    method,
    url,
    fromTemplate: route?.op.path === url,
    auth: route?.op.auth ?? true,
    path: search === "" ? filled : `${filled}?${search}`,
    params,
    body: text,
    clientId,
    hasClientId: clientId !== undefined && clientId !== null && clientId !== 0 && clientId !== 0n,
    bucket,
    userHeaders,
    options,
    direct: !userHeaders && options === undefined,
    signal: input?.signal,
    timeoutMs: input?.timeoutMs,
  };
}
