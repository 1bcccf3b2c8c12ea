import { authHeaders, type OperationId } from "./operations.gen.js";
import { fillPath, serializeQuery } from "./url-text.js";
import { Clock } from "./clock.js";
import { RateLimiter, sleep as realSleep } from "./limiter.js";
import { checkOptions, DEFAULT_BASE_URL, type WooxClientOptions } from "./options.js";
import { createTransport } from "./transport.js";
import type { OperationRow, Route } from "./routes.js";
import { prepareCall, type CallInput, type Method, type PrepareSettings } from "./prepare-call.js";
import { attemptOnce, type AttemptSettings } from "./attempt.js";
import type { Front } from "./front.js";
import { runWithRetries, type RunSettings } from "./run-call.js";

// What both clients are made of: options checked, transport, clock, pacing, retries and reconciliation.
// The full client (create-client.ts) adds the operation table, raw calls by path and the helpers; the core
// (core.ts) calls the rows an app imports, so that a bundle carries nothing else.

/** A success answer: `{ success: true, data, timestamp }`. */
export type Envelope = { data: unknown; timestamp?: number };

/** The operation whose top-level `timestamp` is the exchange's clock. */
const SERVER_TIME: OperationId = "getSystemInfo";

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

export interface Engine {
  readonly baseUrl: string;
  readonly hasCredentials: boolean;
  readonly clock: { readonly offsetMs: number; sync(): Promise<number> };
  readonly prepare: PrepareSettings;
  readonly run: RunSettings;
  /** The route of an operation the client has, by id; throws for one it does not have. */
  routeOfId(id: string): Route;
  /** A call of one operation, resolving to the success envelope (`whole`) or its answer; throws on any failure. */
  callRoute(route: Route, input: CallInput | undefined, whole: boolean): Promise<unknown>;
}

/**
 * The machinery under a client. `routeById` finds the operations the engine calls by itself: the server
 * time (clock sync) and the lookups that reconcile a placement of unknown outcome.
 */
export function createEngine(
  options: WooxClientOptions<boolean>,
  routeById: (id: string) => Route | undefined,
  /** The function that made the client, named in the errors about its options. */
  factory: string,
): Engine {
  checkOptions(options, factory);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const wireBase = canonicalBase(baseUrl);
  const credentials =
    options.apiKey !== undefined && options.apiSecret !== undefined
      ? { apiKey: options.apiKey, apiSecret: options.apiSecret }
      : undefined;
  const clock = new Clock(options.now ?? Date.now);
  const transport = createTransport({
    baseUrl: wireBase,
    credentials,
    fetch: options.fetch,
    now: () => clock.now(),
    factory,
  });
  // openapi-fetch writes the calls that carry the caller's own headers or openapi-fetch options; the client
  // writes every other one itself (see PreparedCall.direct). It is imported on the first such call, so that
  // an app that never makes one never loads it (a browser bundle keeps it in a chunk of its own).
  let front: Front | Promise<Front> | undefined;
  const openapiFetch = () =>
    (front ??= import("./front.js").then(
      (m) =>
        (front = m.createFront({
          baseUrl: wireBase,
          send: transport,
          serializeQuery,
          fillPath,
          signingHeaders: Object.values(authHeaders),
        })),
      (err: unknown) => {
        front = undefined;
        throw err;
      },
    ));
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

  const routeOfId = (id: string) => {
    const route = routeById(id);
    if (!route) throw new Error(`operation ${id} is not in the client's operation table`);
    return route;
  };

  // One attempt of the server-time operation, unpaced and without retries: the clock must be read now.
  const syncClock = () =>
    clock.sync(async () => {
      const route = routeOfId(SERVER_TIME);
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

  async function callRoute(route: Route, input: CallInput | undefined, whole: boolean): Promise<unknown> {
    const out = await runWithRetries(run, prepareCall(route, route.op.method as Method, route.op.path, input, prepare));
    if ("transportError" in out) throw out.transportError;
    if (out.error) throw out.error;
    return whole ? out.data : answerOf(route.op, out.data as Record<string, unknown>);
  }

  const run: RunSettings = {
    attempt,
    retry: options.retry,
    limiter,
    hooks: options.hooks ?? {},
    wait,
    random,
    syncClock,
    clockSynced: () => clockSynced,
    syncClockOnStart: options.syncClockOnStart === true,
    lookUp: (id, query) => callRoute(routeOfId(id), { params: { query } }, true) as Promise<Envelope>,
  };

  return {
    baseUrl,
    hasCredentials: credentials !== undefined,
    clock: Object.freeze({
      get offsetMs() {
        return clock.offsetMs;
      },
      sync: syncClock,
    }),
    prepare,
    run,
    routeOfId,
    callRoute,
  };
}
