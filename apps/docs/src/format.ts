// Wording shared by the generated pages and the in-browser lookup, so both describe an entry the same way.

import type { CatalogEntry, Recovery } from "@woox-sdk/errors";

/** What a client does for each recovery, in a few words. */
export const recoveryText: Record<Recovery, string> = {
  none: "fix the request; retrying it unchanged will fail again",
  backoff: "wait (exponential backoff with jitter, or Retry-After), then retry",
  resync: "resync the clock with the server, then retry once",
  reconcile: "the outcome is unknown: look the order up by client order id before any retry",
};

/** "Yes" or "No" plus what to do, e.g. "Yes: wait …, then retry". */
export function retryText(e: Pick<CatalogEntry, "retryable" | "recovery">): string {
  return `${e.retryable ? "Yes" : "No"}: ${recoveryText[e.recovery]}`;
}

/** The one-line label used for an entry everywhere: "-1003 TOO_MANY_REQUEST". */
export function entryLabel(e: Pick<CatalogEntry, "code" | "name">): string {
  return `${e.code} ${e.name}`;
}

/** Human form of a rate-limit window, e.g. 1000 → "1 second". */
export function windowText(perMs: number): string {
  if (perMs % 60_000 === 0) return perMs === 60_000 ? "1 minute" : `${perMs / 60_000} minutes`;
  if (perMs % 1000 === 0) return perMs === 1000 ? "1 second" : `${perMs / 1000} seconds`;
  return `${perMs} ms`;
}

/** "2 requests per 1 second per symbol" from an `x-rate-limit`. */
export function rateLimitText(rl: { requests: number; perMs: number; key: string }): string {
  const who = rl.key === "account" ? "per account" : rl.key === "ip" ? "per IP address" : `per ${rl.key}`;
  return `${rl.requests} request${rl.requests === 1 ? "" : "s"} per ${windowText(rl.perMs)} ${who}`;
}

/** "camelCaseKey" → "Camel case key", for showing `x-` extension objects. */
export function humanize(key: string): string {
  const words = key
    .replace(/^x-/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
