import type { paths } from "@woox-sdk/types";
import { operations, type OperationId } from "./operations.gen.js";
import { Clock } from "./clock.js";
import { RateLimiter, sleep as realSleep } from "./limiter.js";
import { checkOptions, DEFAULT_BASE_URL, retryPolicy, type WooxClientOptions } from "./options.js";
import { createTransport, PreparedRequest } from "./transport.js";
import { Router, type OperationRow, type OperationTable } from "./routes.js";
import { fillPath, serializeQuery } from "./url-text.js";
import { prepareCall, type CallInput, type Method, type PrepareSettings } from "./prepare-call.js";
import { attemptOnce, type AttemptSettings, type FetchFront, type Outcome } from "./attempt.js";
import { runWithRetries, type RunSettings } from "./run-call.js";
import { reconcileByClientId } from "./reconcile.js";
import { createHelpers } from "./helpers.js";
import type { CallOperation } from "./operation-types.js";
import type { WooxClient } from "./client-types.js";

/** A success answer: `{ success: true, data, timestamp }`. */
type Envelope = { data: unknown; timestamp?: number };

/**
 * What a call by operationId resolves to: the envelope's `data` (undefined when a write answers none), or,
 * for an operation whose spec puts its answer beside `success`, the envelope without `success` and `timestamp`.
 */
function answerOf(op: OperationRow, envelope: Record<string, unknown>): unknown {
  if (op.topLevel !== true) return envelope.data;
  const fields: Record<string, unknown> = { ...envelope };
  delete fields.success;
  delete fields.timestamp;
  return fields;
}

/** The operation whose top-level `timestamp` is the exchange's clock. */
const SERVER_TIME: OperationId = "getSystemInfo";

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

/** The base URL in the form a URL parser writes it, so that URLs built on it need no parsing again. */
function canonicalBase(baseUrl: string): string {
  const url = new URL(baseUrl);
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/** `{ data, response }` or `{ error, response }`, the `Response` built only if the caller reads it. */
function result(out: Exclude<Outcome, { transportError: unknown }>): object {
  const source = out.source;
  let response: Response | undefined;
  if (out.error) {
    return {
      error: out.error,
      get response() {
        return (response ??= source.toResponse());
      },
    };
  }
  return {
    data: out.data,
    get response() {
      return (response ??= source.toResponse());
    },
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
  return createClientOver(operations, options);
}

/** The client over a given operation table: the generated one, or an edited copy in tests. */
export function createClientOver<Throw extends boolean = false>(
  table: OperationTable,
  options: WooxClientOptions<Throw> = {},
): WooxClient<Throw> {
  checkOptions(options);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const wireBase = canonicalBase(baseUrl);
  const credentials =
    options.apiKey !== undefined && options.apiSecret !== undefined
      ? { apiKey: options.apiKey, apiSecret: options.apiSecret }
      : undefined;
  const clock = new Clock(options.now ?? Date.now);
  const transport = createTransport({ baseUrl: wireBase, credentials, fetch: options.fetch, now: () => clock.now() });
  // openapi-fetch writes the calls that carry the caller's own headers or openapi-fetch options; the client
  // writes every other one itself (see PreparedCall.direct). It is imported on the first such call, so that
  // an app that never makes one never loads it (a browser bundle keeps it in a chunk of its own).
  let front: FetchFront | Promise<FetchFront> | undefined;
  const openapiFetch = () =>
    (front ??= import("openapi-fetch").then(
      ({ default: createClient }) =>
        (front = createClient<paths>({
          baseUrl: wireBase,
          // openapi-fetch types these as the DOM's fetch and Request; PreparedRequest carries what it builds.
          fetch: transport as unknown as (input: Request) => Promise<Response>,
          Request: PreparedRequest as unknown as typeof Request,
          querySerializer: serializeQuery,
          pathSerializer: fillPath,
        }) as unknown as FetchFront),
      (err: unknown) => {
        front = undefined;
        throw err;
      },
    ));
  const router = new Router(table);
  const wait = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const limiter =
    options.rateLimit === false
      ? undefined
      : new RateLimiter({
          marginMs: typeof options.rateLimit === "object" ? options.rateLimit.marginMs : undefined,
          sleep: wait,
        });
  const prepare: PrepareSettings = {
    autoClientIds: options.autoClientIds === true,
    nextClientId: clientIdFactory(random),
    paced: limiter !== undefined,
  };
  const attempt: AttemptSettings = {
    send: transport,
    baseUrl: wireBase,
    front: openapiFetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    docsBaseUrl: options.docsBaseUrl,
  };
  let clockSynced = false;

  const routeById = (id: string) => {
    const route = router.byId(id);
    if (!route) throw new Error(`operation ${id} is not in the client's operation table`);
    return route;
  };

  // One attempt of the server-time operation, unpaced and without retries: the clock must be read now.
  const syncClock = () =>
    clock.sync(async () => {
      const route = routeById(SERVER_TIME);
      const out = await attemptOnce(
        attempt,
        prepareCall(route, route.op.method as Method, route.op.path, {}, prepare),
        1,
      );
      if ("transportError" in out) throw out.transportError;
      if (out.error) throw out.error;
      const ts = (out.data as { timestamp?: unknown }).timestamp;
      if (typeof ts !== "number") throw new TypeError(`${SERVER_TIME} answered without a numeric timestamp`);
      clockSynced = true;
      return ts;
    });

  /** A call by operationId, resolving to the success envelope (or its `data`); throws on any failure. */
  async function callById(id: string, input: CallInput | undefined, whole: true): Promise<Envelope>;
  async function callById(id: string, input: CallInput | undefined, whole: false): Promise<unknown>;
  async function callById(id: string, input: CallInput | undefined, whole: boolean): Promise<unknown> {
    const route = routeById(id);
    const out = await runWithRetries(run, prepareCall(route, route.op.method as Method, route.op.path, input, prepare));
    if ("transportError" in out) throw out.transportError;
    if (out.error) throw out.error;
    return whole ? out.data : answerOf(route.op, out.data as Record<string, unknown>);
  }

  const run: RunSettings = {
    attempt,
    retry: retryPolicy(options.retry),
    limiter,
    hooks: options.hooks ?? {},
    wait,
    random,
    syncClock,
    clockSynced: () => clockSynced,
    syncClockOnStart: options.syncClockOnStart === true,
    reconcile: (call) =>
      reconcileByClientId(call.route!.op.clientId!, call.clientId, (id, query) =>
        callById(id, { params: { query } }, true),
      ),
  };

  const callOperation = ((id: string, init: CallInput, opts?: CallInput) =>
    callById(id, opts ? { ...init, ...opts } : init, false)) as CallOperation;

  /** A raw call: GET/POST/PUT/DELETE on a path of the spec, typed by openapi-fetch. */
  const raw = (method: Method) => async (url: string, input?: CallInput) => {
    const out = await runWithRetries(run, prepareCall(router.find(method, url), method, url, input, prepare));
    if ("transportError" in out) throw out.transportError;
    if (out.error && options.throwOnError === true) throw out.error;
    return result(out);
  };

  return Object.freeze({
    ...createHelpers(callOperation),
    call: callOperation,
    GET: raw("GET"),
    POST: raw("POST"),
    PUT: raw("PUT"),
    DELETE: raw("DELETE"),
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
