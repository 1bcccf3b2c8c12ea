import type { WooxApiError } from "@woox-sdk/errors";
import { parseJson, parseJsonOrText } from "./json.js";
import { normalizeIncoming } from "./ids.js";
import type { Send } from "./transport.js";
import type { Front } from "./front.js";
import { Cancel, type WireResponse } from "./wire.js";
import type { PreparedCall } from "./prepare-call.js";
import type { WooxTransportError } from "./transport-errors.js";
import { loadFailureKit } from "./failure-kit.js";

/** The answer's status, and the `Response` callers get, built only if one of them reads it. */
export interface AnswerSource {
  readonly status: number;
  toResponse(): Response;
}

/** How one attempt ended: an answer (data, or the API's error), or no answer at all. */
export type Outcome =
  { data?: unknown; error?: WooxApiError; source: AnswerSource } | { transportError: WooxTransportError };

export interface AttemptSettings {
  /** Signs and sends a request the client wrote itself (a `direct` call). */
  readonly send: Send;
  /** The base URL `send` writes a direct call's path after. */
  readonly baseUrl: string;
  /** openapi-fetch, for every other call; loaded on the first such call (front.ts). */
  readonly front: () => Front | Promise<Front>;
  readonly timeoutMs: number;
  readonly docsBaseUrl: string | undefined;
}

/**
 * One attempt on the wire, sent by the client itself or through openapi-fetch: timeout and abort, the
 * answer parsed losslessly, and every failure mapped to a typed error. `n` is the attempt's number, for
 * the error reports.
 */
export async function attemptOnce(settings: AttemptSettings, call: PreparedCall, n: number): Promise<Outcome> {
  // Before anything is sent or timed: a failure to load openapi-fetch is not a failure on the wire.
  const front = call.direct ? undefined : await settings.front();
  const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
  // Called off by a plain timer or by the caller's signal. Cheaper on the hot path than an
  // AbortController per attempt, or AbortSignal.timeout plus AbortSignal.any.
  const cancel = new Cancel();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancel.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  const userSignal = call.signal;
  const onUserAbort = userSignal && (() => cancel.abort(userSignal.reason));
  if (userSignal?.aborted) cancel.abort(userSignal.reason);
  else if (onUserAbort) userSignal?.addEventListener("abort", onUserAbort, { once: true });
  let received: WireResponse;
  // Read before the failure kit is loaded: the timer may still fire while it loads.
  let failure: { cause: Error; timedOut: boolean } | undefined;
  try {
    received = await (front
      ? front(call, cancel)
      : settings.send({
          url: settings.baseUrl + call.path,
          exact: call.fromTemplate,
          method: call.method,
          headers: [],
          body: call.body,
          auth: call.auth,
          cancel,
        }));
  } catch (cause) {
    // Not a transport failure: a private call without credentials is the caller's to fix.
    if (!(cause instanceof Error) || cause.name === "MissingCredentialsError") throw cause;
    failure = { cause, timedOut };
  } finally {
    clearTimeout(timer);
    if (onUserAbort) userSignal?.removeEventListener("abort", onUserAbort);
  }
  if (failure) {
    const kit = await loadFailureKit();
    return { transportError: kit.transportErrorOf(call, n, failure.cause, failure.timedOut, timeoutMs) };
  }
  return read(settings, call, received!);
}

/** The answer read: data, or a WooxApiError for a non-2xx status, a body that is not JSON, or `success: false`. */
function read(settings: AttemptSettings, call: PreparedCall, received: WireResponse): Outcome | Promise<Outcome> {
  const failed = async (body: unknown, extra?: { cause?: unknown }): Promise<Outcome> => ({
    error: (await loadFailureKit()).WooxApiError.from({
      status: received.status,
      body,
      // Retry-After and rate-limit headers are kept by the error, which reads its retryAfterMs from them.
      headers: received.headers,
      request: { operationId: call.operationId, method: call.method, path: call.path },
      docsBaseUrl: settings.docsBaseUrl,
      ...extra,
    }),
    source: received,
  });
  if (!received.ok) {
    // Not openapi-fetch's error: it reads error bodies with JSON.parse, which rounds 64-bit ids.
    return failed(parseJsonOrText(received.body));
  }
  if (received.body === "") return { data: undefined, source: received };
  let data: unknown;
  try {
    data = parseJson(received.body);
    normalizeIncoming(data);
  } catch (cause) {
    return failed(received.body, { cause });
  }
  if (data !== null && typeof data === "object" && (data as { success?: unknown }).success === false) {
    return failed(data);
  }
  return { data, source: received };
}
