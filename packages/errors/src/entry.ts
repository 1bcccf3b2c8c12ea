import type { categories, recoveries, sources } from "./meta.gen.js";

/** The APIs whose error codes the catalog holds: `woox` is api.woox.io V3, `woox-pro` the separate WOO X Pro API. */
export type Api = "woox" | "woox-pro";
/** What kind of problem an error code reports (spec/errors.schema.json). */
export type ErrorCategory = (typeof categories)[number];
/** What a client should do about it: nothing, wait and retry, resync the clock and retry, or look the order up first. */
export type Recovery = (typeof recoveries)[number];
/** `documented` on an official page, or `observed` from the live API. */
export type EntrySource = (typeof sources)[number];

/** One row of the error table (spec/errors.yaml). */
export interface CatalogEntry {
  readonly api: Api;
  /** The code as the API sends it, e.g. -1003 or 40035. */
  readonly code: number;
  /** A stable UPPER_SNAKE name, unique within its api. */
  readonly name: string;
  readonly group: string;
  readonly httpStatus: number;
  readonly category: ErrorCategory;
  /** True only where the very same request can succeed later (see `recovery` for how). */
  readonly retryable: boolean;
  readonly recovery: Recovery;
  /** Whether the exchange acted on the request: `no` means the very same request may be sent again; absent means unknown. */
  readonly processed?: "no" | "unknown";
  /** `placed`: answering a resend of a placement with the same client id, this code means the first attempt landed. */
  readonly onResend?: "placed";
  /** The message exactly as published (typos included); null where none was ever catalogued. */
  readonly message: string | null;
  readonly hint: string;
  readonly source: EntrySource;
  readonly observedMessages?: readonly string[];
  readonly note?: string;
  readonly deprecated?: boolean;
}

export interface ApiInfo {
  readonly title: string;
  readonly description: string;
}

export interface ErrorGroup {
  readonly id: string;
  readonly api: Api;
  readonly title: string;
  readonly description?: string;
}
