import { operations } from "./operations.gen.js";
import type { WooxClientOptions } from "./options.js";
import { Router, type OperationTable } from "./routes.js";
import { prepareCall, type CallInput, type Method } from "./prepare-call.js";
import type { Outcome } from "./attempt.js";
import { runWithRetries } from "./run-call.js";
import { createEngine } from "./engine.js";
import { createHelpers } from "./helpers.js";
import type { CallOperation } from "./operation-types.js";
import type { WooxClient } from "./client-types.js";

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
  const router = new Router(table);
  const engine = createEngine(options, (id) => router.byId(id), "createWooxClient");
  const { prepare, run } = engine;

  const callOperation = (async (id: string, init: CallInput, opts?: CallInput) =>
    engine.callRoute(engine.routeOfId(id), opts ? { ...init, ...opts } : init, false)) as CallOperation;

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
    baseUrl: engine.baseUrl,
    hasCredentials: engine.hasCredentials,
    clock: engine.clock,
  }) as unknown as WooxClient<Throw>;
}
