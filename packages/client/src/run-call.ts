import { attemptOnce, type AnswerSource, type AttemptSettings, type Outcome } from "./attempt.js";
import type { RateLimiter } from "./limiter.js";
import type { Hooks } from "./options.js";
import type { PreparedCall } from "./prepare-call.js";
import type { RetryOptions } from "./retry.js";
import { loadFailureKit } from "./failure-kit.js";

export interface RunSettings {
  readonly attempt: AttemptSettings;
  readonly retry: Required<RetryOptions>;
  readonly limiter: RateLimiter | undefined;
  readonly hooks: Hooks;
  readonly wait: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** Measures the clock offset (once for concurrent callers); `clockSynced` says whether it has been. */
  readonly syncClock: () => Promise<unknown>;
  readonly clockSynced: () => boolean;
  readonly syncClockOnStart: boolean;
  /**
   * Looks a placement up by its client id: the success envelope it would have answered when the
   * order exists, undefined when it does not; throws when the outcome stays unknown.
   */
  readonly reconcile: (call: PreparedCall) => Promise<unknown>;
}

/** A placement found by reconciliation: it answers 200, and says where the answer came from. */
const RECONCILED: AnswerSource = {
  status: 200,
  toResponse: () => new Response(null, { status: 200, headers: { "x-woox-sdk-reconciled": "true" } }),
};

/**
 * Runs one call to its end: paced to its rate limit, attempted, and after a failure retried, resynced
 * or reconciled as the failure's catalog entry allows (see retry.ts), with the hooks told each step.
 * Resolves to the last outcome; never resends what may duplicate an order.
 */
export async function runWithRetries(s: RunSettings, call: PreparedCall): Promise<Outcome> {
  const { hooks, limiter, retry } = s;
  const rule = call.route?.op.rateLimit;
  if (call.route?.op.auth && s.syncClockOnStart && !s.clockSynced()) await s.syncClock();
  let resynced = false;
  let last: Outcome;
  for (let n = 1; ; n++) {
    if (call.bucket !== undefined && limiter && rule && !limiter.tryAcquire(call.bucket, rule))
      await limiter.acquire(call.bucket, rule);
    hooks.onRequest?.({ operationId: call.operationId, method: call.method, path: call.path, attempt: n });
    const started = hooks.onResponse ? Date.now() : 0;
    last = await attemptOnce(s.attempt, call, n);
    const apiError = "transportError" in last ? undefined : last.error;
    const failure = "transportError" in last ? last.transportError : apiError;
    hooks.onResponse?.({
      operationId: call.operationId,
      method: call.method,
      path: call.path,
      attempt: n,
      durationMs: Date.now() - started,
      status: "transportError" in last ? 0 : last.source.status,
      ...(failure ? { error: failure, code: apiError?.code } : {}),
    });
    if (!failure) break;
    const { backoffDelay, decide } = await loadFailureKit();
    // A resend of this very placement: a code whose catalog entry says onResend "placed" (the client
    // id is taken) then means our earlier attempt landed.
    const duplicate = n > 1 && call.hasClientId && apiError?.onResend === "placed";
    let decision = duplicate ? "reconcile" : decide(failure, { method: call.method, hasClientId: call.hasClientId });
    if (decision === "resync" && resynced) decision = "fail";
    // A duplicate answer only leads to a lookup, but bound even that, whatever the server says.
    if (decision === "fail" || (n > retry.retries && !duplicate) || n > retry.retries + 2) break;
    if (apiError?.httpStatus === 429 && call.bucket !== undefined && limiter)
      limiter.block(call.bucket, apiError.retryAfterMs ?? 1000);
    const delayMs = decision === "resync" ? 0 : backoffDelay(n + 1, retry, s.random, apiError?.retryAfterMs);
    hooks.onRetry?.({
      operationId: call.operationId,
      method: call.method,
      path: call.path,
      attempt: n,
      delayMs,
      strategy: decision,
      error: failure,
    });
    if (delayMs > 0) await s.wait(delayMs);
    if (call.signal?.aborted) break;
    if (decision === "resync") {
      resynced = true;
      await s.syncClock().catch(() => undefined);
    } else if (decision === "reconcile") {
      // If the lookup itself fails, the outcome stays unknown: stop and report the original failure.
      let found: unknown;
      try {
        found = await s.reconcile(call);
      } catch {
        break;
      }
      if (found) {
        last = { data: found, source: RECONCILED };
        break;
      }
    }
  }
  return last;
}
