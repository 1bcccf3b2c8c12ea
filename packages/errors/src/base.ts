// "@woox-sdk/errors/base": the base class and the checks, without the catalog, so that code which only
// tells errors apart (and the client's transport errors) never loads the rules. The root re-exports them.

import type { WooxApiError } from "./error.js";

/** What an error keeps of the request: never headers, so never a key, signature or secret. */
export interface ErrorRequestInfo {
  /** The spec's operationId, e.g. "placeAlgoOrder", when the call matched an operation. */
  readonly operationId?: string;
  readonly method: string;
  /** Path and query string as sent, e.g. "/v3/trade/algoOrder?algoOrderId=1". */
  readonly path: string;
}

/**
 * `api`: the exchange answered and said no (WooxApiError). `network` (the connection failed), `timeout`,
 * `aborted` (the caller's signal): no answer came (the client's transport errors). `stream`: a WebSocket
 * stream or one of its subscriptions failed (WooxStreamError of @woox-sdk/streams, whose `code` says how).
 */
export type WooxErrorKind = "api" | "network" | "timeout" | "aborted" | "stream";

// A registered symbol, so that an error from another copy of this package is recognised too.
const BRAND: unique symbol = /* @__PURE__ */ Symbol.for("@woox-sdk/errors.WooxError") as never;

/**
 * The base of every error woox-sdk throws or returns for a call: `kind` tells an answer from the
 * exchange (`"api"`) from no answer (`"network"`, `"timeout"`, `"aborted"`), and every one carries the
 * operation, method and path of the call. Check with `isWooxError`, which works across package copies.
 */
export abstract class WooxError extends Error {
  abstract readonly kind: WooxErrorKind;
  readonly request: ErrorRequestInfo | undefined;

  /** The brand `isWooxError` checks; on the prototype, so that logs of an error do not show it. */
  get [BRAND](): true {
    return true;
  }

  constructor(message: string, options: { request?: ErrorRequestInfo; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.request = options.request;
  }

  /** The operationId of the call, e.g. "placeAlgoOrder"; undefined when unknown. */
  get operationId(): string | undefined {
    return this.request?.operationId;
  }

  get method(): string | undefined {
    return this.request?.method;
  }

  /** Path and query string as sent. */
  get path(): string | undefined {
    return this.request?.path;
  }
}

/** True for any woox-sdk call error (WooxApiError or a transport error), also across copies of this package. */
export function isWooxError(value: unknown): value is WooxError {
  return (
    value instanceof WooxError ||
    (typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true)
  );
}

/**
 * True for a WooxApiError, also across copies of this package. It reads the brand and `kind` only, so it
 * needs nothing of the error class (which holds the catalog's rules) and sits here with the base.
 */
export function isWooxApiError(value: unknown): value is WooxApiError {
  return isWooxError(value) && value.kind === "api";
}
