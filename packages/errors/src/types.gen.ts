// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

/**
 * Schema of the hand-maintained error table. Cross-entry rules (unique (api, code), unique (api, name), group
 * exists with the same api, sort order) cannot be expressed here and are checked by the generator. The
 * generator also reads it to write the TypeScript types of @woox-sdk/errors: x-ts-type names the type of a
 * definition, x-ts-values a runtime list of an enum, and every field of an entry says with x-part where it
 * ships (rule: the run-time table WooxApiError and the client decide with; text: the prose loaded on demand)
 * and with x-change what a change to its value means for a release (breaking, additive or docs).
 */
export interface ErrorTableDocument {
  /** Format version of this file. */
  readonly version: 1;
  /** The API families. Codes are unique only within one api. */
  readonly apis: {
    readonly woox: ApiInfo;
    readonly "woox-pro": ApiInfo;
  };
  /** Groups of codes, in display order. */
  readonly groups: readonly ErrorGroup[];
  /** The error entries, sorted by api, group order, then code. */
  readonly errors: readonly CatalogEntry[];
}

/** woox = api.woox.io V3; woox-pro = the separate, BitMart-derived WOO X Pro API. */
export type Api = "woox" | "woox-pro";

export interface ApiInfo {
  readonly title: string;
  readonly description: string;
}

export interface ErrorGroup {
  /** kebab-case, unique. */
  readonly id: string;
  readonly api: Api;
  readonly title: string;
  readonly description: string;
}

/** Every ErrorCategory, in schema order. */
export const categories = [
  "success",
  "authentication",
  "permission",
  "clock",
  "rate_limit",
  "validation",
  "not_found",
  "conflict",
  "insufficient_funds",
  "position",
  "order_rejected",
  "symbol",
  "account",
  "maintenance",
  "server",
  "unknown",
] as const;

/** What kind of problem an error code reports. */
export type ErrorCategory = (typeof categories)[number];

/** Every Recovery, in schema order. */
export const recoveries = ["none", "backoff", "resync", "reconcile"] as const;

/**
 * What a client should do: backoff (wait and retry), resync (resync the clock, retry once), reconcile (look
 * the order up by client id before any retry), none.
 */
export type Recovery = (typeof recoveries)[number];

/** Every EntrySource, in schema order. */
export const sources = ["documented", "observed"] as const;

/**
 * documented = an official WOO X / WOO X Pro page; observed = seen from the live API, catalogued by third
 * parties.
 */
export type EntrySource = (typeof sources)[number];

/** The rule part of CatalogEntry (the fields with x-part: rule). */
export interface ErrorRule {
  readonly api: Api;
  /**
   * The code exactly as the API sends it (the API may send it as a numeric string; it is stored as an
   * integer).
   */
  readonly code: number;
  /** UPPER_SNAKE_CASE, unique within its api, never renamed once published. */
  readonly name: string;
  /** The HTTP status the code comes with (inferred where note says so). */
  readonly httpStatus: number;
  readonly category: ErrorCategory;
  /** True only where the very same request can succeed later unchanged. */
  readonly retryable: boolean;
  /** What a client does about it. */
  readonly recovery: Recovery;
  /**
   * Whether the exchange acted on the request that drew this answer: no (rejected before processing, so the
   * very same request may be sent again after recovering, even a placement without a client id) or unknown
   * (it may have acted: a write is resent only after a lookup shows it did not land). Absent means unknown.
   */
  readonly processed?: "no" | "unknown";
  /**
   * What this answer means when it comes back to a resend of a placement that carries the same client id:
   * placed (the earlier attempt landed, so the client looks the order up instead of failing).
   */
  readonly onResend?: "placed";
}

/** The text part of CatalogEntry (the fields with x-part: text). */
export interface ErrorText {
  /** The id of a group whose api is the same as this entry's. */
  readonly group: string;
  /** The message exactly as published or seen; null only when no text is known (then note is required). */
  readonly message: string | null;
  /** One line telling the developer what to do. */
  readonly hint: string;
  readonly source: EntrySource;
  /** Other message texts seen live for the same code. */
  readonly observedMessages?: readonly string[];
  /** Caveats: inferred HTTP status, legacy differences, placeholders, missing message. */
  readonly note?: string;
  /** Present only when the code is known to be retired; say in note since when and what replaced it. */
  readonly deprecated?: true;
}

/** One entry of the table. */
export interface CatalogEntry extends ErrorRule, ErrorText {}
