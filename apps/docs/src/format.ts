// Wording shared by the generated pages and the in-browser lookup, so both describe an entry the same way.

import type { CatalogEntry, Recovery } from "@woox-sdk/errors/text";
import type { RateLimit, RateLimitKey } from "@woox-sdk/types";

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

/**
 * Whom a limit is counted for, from the key codegen resolved: "per account", "per value of symbol in the
 * request body". `field` formats a field's name (e.g. as HTML code); the other words need no escaping.
 */
export function rateLimitKeyText(key: RateLimitKey, field: (name: string) => string = (name) => name): string {
  switch (key.scope) {
    case "account":
      return "per account";
    case "ip":
      return "per IP address";
    case "field":
      return `per value of ${field(key.name)} in the ${key.in === "body" ? "request body" : "query string"}`;
  }
}

/** "2 requests per 1 second per value of symbol in the request body", from the table's `rateLimit`. */
export function rateLimitText(
  rl: Pick<RateLimit, "requests" | "perMs" | "key">,
  field?: (name: string) => string,
): string {
  const n = `${rl.requests} request${rl.requests === 1 ? "" : "s"}`;
  return `${n} per ${windowText(rl.perMs)} ${rateLimitKeyText(rl.key, field)}`;
}

/** Where a rate limit's figure comes from, in words. */
export const rateLimitSourceText: Record<RateLimit["source"], string> = {
  documented: "documented by WOO X",
  reported: "reported by independent clients, not documented by WOO X",
};

/** The catalog's `processed`, in words: may the very same request go again? */
export const processedText: Record<NonNullable<CatalogEntry["processed"]>, string> = {
  no: "the exchange refused the request before acting on it, so the very same request may be sent again once recovered, even an order placement without a client order id",
  unknown: "the exchange may have acted on it, so a write is sent again only after a lookup shows that it did not land",
};

/** The catalog's `onResend`, in words: what the code means when it answers a resend of a placement. */
export const onResendText: Record<NonNullable<CatalogEntry["onResend"]>, string> = {
  placed:
    "answering a resend of an order placement with the same client order id, this code means the earlier attempt landed: the client then looks the order up by that id and returns it instead of failing (on a first attempt it only means the id is already taken)",
};

/** "camelCaseKey" → "Camel case key", for showing `x-` extension objects. */
export function humanize(key: string): string {
  const words = key
    .replace(/^x-/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
