// "@woox-sdk/client/core": the client without its operation table, raw calls by path or helpers, for apps
// that count their bytes. An app imports the rows of the operations it calls (`placeAlgoOrder`, …) and
// calls them with `core.call(row, init)`; a bundler keeps those rows and drops the other operations. The
// call itself is the full client's: signed, paced, retried only where no order can be duplicated, ids
// kept exact, answers read losslessly. What only a failure needs (WooxApiError with the catalog's rules,
// the transport errors, the retry loop and its rules, reconciliation) is loaded on the first failure
// (failure.ts), and openapi-fetch with its adapter on the first call that needs it (front.ts).
import { getAlgoOrder, getOrder, getSystemInfo } from "./operations.gen.js";
import { routeOf, type OperationRow, type Route } from "./routes.js";
import { createEngine } from "./engine.js";
import type { CallInput } from "./prepare-call.js";
import type { DataOf, OperationInit, OpId } from "./operation-types.js";
import type { CallOptions, WooxClientOptions } from "./options.js";

/** A row of the operation table, as `@woox-sdk/client/core` exports one per operation. */
export type CoreOperation<K extends OpId = OpId> = OperationRow & { readonly id: K };

export type WooxCoreOptions = Omit<WooxClientOptions, "throwOnError">;

export interface WooxCore {
  /**
   * Calls one operation: `core.call(placeAlgoOrder, { body })`. Resolves to its answer (the envelope's
   * `data`, or the fields beside `success` where the spec puts them there); throws WooxApiError or a
   * transport error, as the full client's `call` does.
   */
  readonly call: <K extends OpId>(
    op: CoreOperation<K>,
    init: OperationInit<K>,
    opts?: CallOptions,
  ) => Promise<DataOf<K>>;
  readonly baseUrl: string;
  /** Whether private endpoints can be called. */
  readonly hasCredentials: boolean;
  /** The exchange's clock: `offsetMs` (server minus local) and `sync()` to measure it now. */
  readonly clock: { readonly offsetMs: number; sync(): Promise<number> };
}

/** The operations the client calls by itself: the server time, and the lookups of a placement's reconciliation. */
const OWN = [getSystemInfo, getAlgoOrder, getOrder];

/** A client that calls the operation rows it is given: see the module's comment. */
export function createWooxCore(options: WooxCoreOptions = {}): WooxCore {
  const routes = new WeakMap<OperationRow, Route>();
  const route = (op: CoreOperation) => {
    let r = routes.get(op);
    if (!r) routes.set(op, (r = routeOf(op.id, op)));
    return r;
  };
  const own = new Map(OWN.map((op) => [op.id as string, route(op)]));
  const engine = createEngine(options, (id) => own.get(id), "createWooxCore");
  return Object.freeze({
    call: (async (op: CoreOperation, init: CallInput, opts?: CallOptions) =>
      engine.callRoute(route(op), opts ? { ...init, ...opts } : init, false)) as WooxCore["call"],
    baseUrl: engine.baseUrl,
    hasCredentials: engine.hasCredentials,
    clock: engine.clock,
  });
}

// Every row, by its operationId; also the whole table (`operations`), which a bundle keeps only if named.
export * from "./operations.gen.js";
export type { OperationRow } from "./routes.js";
export type { DataOf, OperationInit } from "./operation-types.js";
export type { CallOptions, Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./options.js";
export { isWooxApiError, isWooxError, WooxError } from "@woox-sdk/errors/base";
export type { WooxApiError, ErrorExplanation } from "@woox-sdk/errors";
// Types only: the classes load with the failure kit on the first failure. Tell them apart by `kind`
// ("network", "timeout", "aborted"; "api" for WooxApiError), or import the classes from the package root.
export type { WooxAbortError, WooxNetworkError, WooxTimeoutError, WooxTransportError } from "./transport-errors.js";
export { WooxRequestError } from "./ids.js";
export { MissingCredentialsError } from "./transport.js";
