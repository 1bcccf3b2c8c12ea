import type { WooxErrorName } from "@woox-sdk/errors";
import { lookupErrorByName, type CatalogEntry } from "@woox-sdk/errors/text";

/**
 * An error the sandbox answers with. Code, HTTP status and message all come from the @woox-sdk/errors
 * catalog entry: the message is the catalog's (with its {placeholders} filled in) or one of the texts
 * the catalog records as observed live. Only the generic "something about this request" codes below
 * carry a specific text instead, because the live API does the same ("symbol must not be blank" under
 * -1005) and a bot author needs to know which field or rule it was.
 */
export class SandboxError extends Error {
  readonly entry: CatalogEntry;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(
    entry: CatalogEntry,
    message: string,
    options: { status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "SandboxError";
    this.entry = entry;
    this.status = options.status ?? entry.httpStatus;
    this.headers = options.headers ?? {};
  }

  /** The V3 error envelope (the server adds its own `timestamp`). */
  get body(): { success: false; code: number; message: string } {
    return { success: false, code: this.entry.code, message: this.message };
  }
}

/** The catalog entries whose published message is generic, so that a specific text may replace it. */
export const DETAILED_ERRORS = [
  "INVALID_PARAM",
  "UNKNOWN_PARAM",
  "RPC_REJECT",
  "RESOURCE_NOT_FOUND",
  "TOO_MANY_REQUEST",
  "INVALID_SIGNATURE",
  "UNAUTHORIZED",
  "UNKNOWN",
] as const;
export type DetailedErrorName = (typeof DETAILED_ERRORS)[number];

export function entryOf(name: WooxErrorName): CatalogEntry {
  const entry = lookupErrorByName(name);
  // Only reachable if the catalog renames an entry the sandbox uses; the tests cover every name used.
  if (entry === undefined) throw new Error(`@woox-sdk/errors has no entry named ${name}`);
  return entry;
}

export interface ErrorOptions {
  /** Values for the catalog message's {placeholders}. */
  vars?: Record<string, string>;
  /** One of the entry's `observedMessages`, used instead of the published message. */
  observed?: string;
  /** Overrides the catalog's status, only where the spec documents another one (404/405 routing). */
  status?: number;
  headers?: Record<string, string>;
}

export interface DetailedErrorOptions extends ErrorOptions {
  /** A specific text in place of the generic catalog message (only for DETAILED_ERRORS). */
  detail?: string;
}

/** The catalog message of an entry with its {placeholders} filled in. */
export function catalogMessage(entry: CatalogEntry, vars: Record<string, string> = {}): string {
  return (entry.message ?? entry.name).replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

export function sandboxError(name: DetailedErrorName, options?: DetailedErrorOptions): SandboxError;
export function sandboxError(name: WooxErrorName, options?: ErrorOptions): SandboxError;
export function sandboxError(name: WooxErrorName, options: DetailedErrorOptions = {}): SandboxError {
  const entry = entryOf(name);
  if (options.observed !== undefined && !(entry.observedMessages ?? []).includes(options.observed)) {
    throw new Error(`"${options.observed}" is not an observed message of ${name} in the catalog`);
  }
  const message = options.detail ?? options.observed ?? catalogMessage(entry, options.vars);
  return new SandboxError(entry, message, { status: options.status, headers: options.headers });
}

/** Throws the catalog error `name`. */
export function reject(name: DetailedErrorName, options?: DetailedErrorOptions): never;
export function reject(name: WooxErrorName, options?: ErrorOptions): never;
export function reject(name: WooxErrorName, options: DetailedErrorOptions = {}): never {
  throw sandboxError(name as DetailedErrorName, options);
}

/** The -1006 answer to acting on an order that is unknown, of another symbol, or already completed. */
export const ORDER_GONE = "Your order and symbol are not valid or already canceled.";
