import { attemptOnce, type AttemptSettings, type Outcome } from "./attempt.js";
import type { RateLimiter } from "./limiter.js";
import type { Hooks } from "./options.js";
import type { PreparedCall } from "./prepare-call.js";
import type { RetryOptions } from "./retry.js";
import type { LookUp } from "./reconcile.js";
import { loadFailureKit } from "./failure-kit.js";

export interface RunSettings {
  readonly attempt: AttemptSettings;
  /** The retry option as given: the failure kit reads it (retryPolicy) on the first failure. */
  readonly retry: RetryOptions | false | undefined;
  readonly limiter: RateLimiter | undefined;
  readonly hooks: Hooks;
  readonly wait: (ms: number) => Promise<void>;
  readonly random: () => number;
  /** Measures the clock offset (once for concurrent callers); `clockSynced` says whether it has been. */
  readonly syncClock: () => Promise<unknown>;
  readonly clockSynced: () => boolean;
  readonly syncClockOnStart: boolean;
  /** Calls a lookup operation (reconciliation's: by a placement's client id) and resolves to its envelope. */
  readonly lookUp: LookUp;
}

/**
 * Attempt `n` of a call: paced to its rate limit, sent, and reported to the hooks. Not an async function:
 * a call that finds its window open and has no onResponse hook adds no promise of its own.
 */
export function attemptPaced(s: RunSettings, call: PreparedCall, n: number): Promise<Outcome> {
  const { limiter } = s;
  const rule = call.route?.op.rateLimit;
  if (call.bucket !== undefined && limiter && rule && !limiter.tryAcquire(call.bucket, rule))
    return limiter.acquire(call.bucket, rule).then(() => attemptReported(s, call, n));
  return attemptReported(s, call, n);
}

function attemptReported(s: RunSettings, call: PreparedCall, n: number): Promise<Outcome> {
  const { hooks } = s;
  hooks.onRequest?.({ operationId: call.operationId, method: call.method, path: call.path, attempt: n });
  const onResponse = hooks.onResponse;
  if (!onResponse) return attemptOnce(s.attempt, call, n);
  const started = Date.now();
  return attemptOnce(s.attempt, call, n).then((out) => {
    const apiError = "transportError" in out ? undefined : out.error;
    const failure = "transportError" in out ? out.transportError : apiError;
    onResponse({
      operationId: call.operationId,
      method: call.method,
      path: call.path,
      attempt: n,
      durationMs: Date.now() - started,
      status: "transportError" in out ? 0 : out.source.status,
      ...(failure ? { error: failure, code: apiError?.code } : {}),
    });
    return out;
  });
}

/**
 * Runs one call to its end: the first attempt here, and after a failure what the failure kit decides
 * (retry, resync, reconcile, or stop: recover.ts). Resolves to the last outcome.
 */
export async function runWithRetries(s: RunSettings, call: PreparedCall): Promise<Outcome> {
  if (call.route?.op.auth && s.syncClockOnStart && !s.clockSynced()) await s.syncClock();
  const first = await attemptPaced(s, call, 1);
  if (!("transportError" in first) && !first.error) return first;
  return (await loadFailureKit()).recover(s, call, first, (n) => attemptPaced(s, call, n));
}
