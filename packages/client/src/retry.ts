import type { WooxApiError } from "@woox-sdk/errors";
import { WooxTransportError } from "./transport-errors.js";

export interface RetryOptions {
  /** Further attempts after the first; default 3. */
  retries?: number;
  /** First backoff delay; doubles each attempt. Default 250 ms. */
  baseDelayMs?: number;
  /** Cap of one backoff delay. Default 8000 ms. */
  maxDelayMs?: number;
}

/** Delay before attempt `attempt` (2, 3, …): exponential with full jitter, and never less than Retry-After. */
export function backoffDelay(
  attempt: number,
  opts: Required<RetryOptions>,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempt - 2));
  const jittered = Math.round(random() * cap);
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered;
}

/** The retry policy the options ask for, with its defaults filled in. */
export function retryPolicy(retry: RetryOptions | false | undefined): Required<RetryOptions> {
  if (retry === false) return { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };
  return {
    retries: retry?.retries ?? 3,
    baseDelayMs: retry?.baseDelayMs ?? 250,
    maxDelayMs: retry?.maxDelayMs ?? 8000,
  };
}

export type Decision = "fail" | "retry" | "resync" | "reconcile";

export interface CallShape {
  method: string;
  /** The order-creating call carries a client id, so its outcome can be checked by looking it up. */
  hasClientId: boolean;
}

/**
 * What to do after a failed attempt. The rule: a request the exchange certainly did not process may be
 * sent again; one that it may have processed is sent again only if it is a read, or an order placement
 * that can first be looked up by its client id. Everything else fails and says so.
 */
export function decide(error: WooxApiError | WooxTransportError, call: CallShape): Decision {
  const isRead = call.method === "GET";
  const ambiguous = (): Decision =>
    isRead ? "retry" : call.method === "POST" && call.hasClientId ? "reconcile" : "fail";
  if (error instanceof WooxTransportError) {
    if (error.kind === "aborted") return "fail";
    return error.outcomeUnknown ? ambiguous() : "retry";
  }
  // Final answers, and "already exists" codes (302117), which mean "placed" only when they answer a
  // resend of our own placement (the catalog's onResend); the client handles that case itself.
  if (!error.retryable) return "fail";
  if (error.recovery === "resync") return "resync";
  // Refused before processing (rate limits): the very same request may go again, whatever it is.
  if (error.processed === "no") return "retry";
  switch (error.recovery) {
    case "backoff":
      // Maintenance and "try later" answers: reads and idempotent edits/cancels go again; a placement
      // only after checking it did not land.
      return call.method === "POST" ? (call.hasClientId ? "reconcile" : "fail") : "retry";
    case "reconcile":
      return ambiguous();
    default:
      return "fail";
  }
}
