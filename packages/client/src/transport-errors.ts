import { WooxError, type ErrorRequestInfo, type WooxErrorKind } from "@woox-sdk/errors/base";
import type { PreparedCall } from "./prepare-call.js";

export type TransportErrorKind = Exclude<WooxErrorKind, "api" | "stream">;

/**
 * No answer from the API: the connection failed, the call timed out, or the caller aborted it. A
 * WooxError like WooxApiError (`kind` tells them apart), so one `catch` handles both.
 * `status` is 0, as there was no HTTP response. `outcomeUnknown` says whether the request may have
 * reached the exchange (so a write may or may not have happened); the message then says how to check.
 */
export class WooxTransportError extends WooxError {
  override readonly name: string = "WooxTransportError";
  readonly kind: TransportErrorKind;
  readonly status = 0;
  declare readonly request: ErrorRequestInfo;
  readonly outcomeUnknown: boolean;
  /** How many attempts were made before giving up. */
  readonly attempts: number;

  constructor(
    kind: TransportErrorKind,
    message: string,
    init: { request: ErrorRequestInfo; outcomeUnknown: boolean; attempts: number; cause?: unknown },
  ) {
    super(message, { request: init.request, cause: init.cause });
    this.kind = kind;
    this.outcomeUnknown = init.outcomeUnknown;
    this.attempts = init.attempts;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      status: 0,
      message: this.message,
      request: this.request,
      outcomeUnknown: this.outcomeUnknown,
      attempts: this.attempts,
    };
  }
}

/** The connection failed or dropped (DNS, refused, reset, closed before the answer was read). */
export class WooxNetworkError extends WooxTransportError {
  override readonly name = "WooxNetworkError";
}

/** No complete answer within the call's timeout. */
export class WooxTimeoutError extends WooxTransportError {
  override readonly name = "WooxTimeoutError";
}

/** The caller's AbortSignal fired. */
export class WooxAbortError extends WooxTransportError {
  override readonly name = "WooxAbortError";
}

// Failures that happen before any byte reaches the server: the request was certainly not processed.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Whether a fetch failure happened before the request was sent (then any request can be retried). */
function failedBeforeSending(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
  }
  return false;
}

/** The transport error for an attempt that got no answer: aborted by the caller, timed out, or a network failure. */
export function transportErrorOf(
  call: PreparedCall,
  n: number,
  cause: Error,
  timedOut: boolean,
  timeoutMs: number,
): WooxTransportError {
  const { method, path, operationId } = call;
  const info = { request: { operationId, method, path }, attempts: n, cause };
  if (call.signal?.aborted) {
    return new WooxAbortError("aborted", `${method} ${path} was aborted by the caller`, {
      ...info,
      outcomeUnknown: method !== "GET",
    });
  }
  if (timedOut) {
    return new WooxTimeoutError("timeout", `${method} ${path} got no answer within ${timeoutMs} ms`, {
      ...info,
      outcomeUnknown: true,
    });
  }
  return new WooxNetworkError("network", `${method} ${path} failed: ${cause.message}`, {
    ...info,
    outcomeUnknown: !failedBeforeSending(cause),
  });
}
