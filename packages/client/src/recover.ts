import type { AnswerSource, Outcome } from "./attempt.js";
import type { RunSettings } from "./run-call.js";
import type { PreparedCall } from "./prepare-call.js";
import { backoffDelay, decide, retryPolicy } from "./retry.js";
import { reconcileByClientId } from "./reconcile.js";

/** A placement found by reconciliation: it answers 200, and says where the answer came from. */
const RECONCILED: AnswerSource = {
  status: 200,
  toResponse: () => new Response(null, { status: 200, headers: { "x-woox-sdk-reconciled": "true" } }),
};

/**
 * What follows a failed first attempt: retried, resynced or reconciled as the failure's catalog entry
 * allows (see retry.ts), each further attempt paced and reported to the hooks, and each retry to
 * `onRetry`. Part of the failure kit: a call that succeeds at once never loads it. Resolves to the last
 * outcome; never resends what may duplicate an order.
 */
export async function recover(
  s: RunSettings,
  call: PreparedCall,
  first: Outcome,
  /**
   * Attempt `n` of the call, paced and reported to the hooks (run-call.ts); passed in, so that the
   * failure kit imports none of the call's machinery.
   */
  attempt: (n: number) => Promise<Outcome>,
): Promise<Outcome> {
  const { hooks, limiter } = s;
  const retry = retryPolicy(s.retry);
  let resynced = false;
  let last = first;
  for (let n = 1; ; n++) {
    if (n > 1) {
      last = await attempt(n);
      if (!("transportError" in last) && !last.error) break;
    }
    const apiError = "transportError" in last ? undefined : last.error;
    const failure = "transportError" in last ? last.transportError : apiError!;
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
        found = await reconcileByClientId(call.route!.op.clientId!, call.clientId, s.lookUp);
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
