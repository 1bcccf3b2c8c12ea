import type { FetchLike } from "./wire.js";
import type { RetryOptions } from "./retry.js";

export const DEFAULT_BASE_URL = "https://api.woox.io";

/** What observability hooks see: never headers, keys or signatures. */
export interface RequestEvent {
  operationId: string | undefined;
  method: string;
  /** Path and query string, e.g. "/v3/trade/algoOrder?algoOrderId=1". */
  path: string;
  attempt: number;
}
export interface ResponseEvent extends RequestEvent {
  /** HTTP status, or 0 when there was no response. */
  status: number;
  durationMs: number;
  /** The WOO X error code, for failures that carried one. */
  code?: string | null;
  error?: Error;
}
export interface RetryEvent extends RequestEvent {
  delayMs: number;
  /** "retry", "resync" (clock resynced first) or "reconcile" (looked the order up first). */
  strategy: "retry" | "resync" | "reconcile";
  error: Error;
}
export interface Hooks {
  onRequest?: (e: RequestEvent) => void;
  onResponse?: (e: ResponseEvent) => void;
  onRetry?: (e: RetryEvent) => void;
}

/** Per-call options accepted by every method. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface WooxClientOptions<Throw extends boolean = false> {
  /** API key; with `apiSecret`, enables private endpoints. Omit both for public data only. */
  apiKey?: string;
  /** API secret. Kept inside the signer; it never appears on the client, its errors or its results. */
  apiSecret?: string;
  /** Default `https://api.woox.io`; `https://api.staging.woox.io` for staging, or a sandbox URL. */
  baseUrl?: string;
  /**
   * Custom fetch `(url, init) => Promise<Response>`. Without it, requests go over node:http with a
   * keep-alive Agent in Node, and over `globalThis.fetch` in browsers and other runtimes.
   */
  fetch?: FetchLike;
  /** Throw `WooxApiError` instead of returning `{ error }`. */
  throwOnError?: Throw;
  /** Base URL of the docs site that `WooxApiError.docsUrl` points into. */
  docsBaseUrl?: string;
  /** Local time in ms; default `Date.now`. The client adds the measured clock offset to it. */
  now?: () => number;
  /** Pace calls to the spec's x-rate-limit (default true); `false` sends at once. */
  rateLimit?: boolean | { marginMs?: number };
  /** Retries with exponential backoff and jitter (default `{ retries: 3 }`); `false` for none. */
  retry?: false | RetryOptions;
  /** Per-attempt timeout in ms (default 10000); each call may pass its own `timeoutMs`. */
  timeoutMs?: number;
  /** Give order placements without a client id one, so they can be retried safely (default false). */
  autoClientIds?: boolean;
  /** Measure the clock offset before the first private call (default false; it is always resynced after a timestamp rejection). */
  syncClockOnStart?: boolean;
  hooks?: Hooks;
  /** For tests: how to wait (default setTimeout) and where randomness comes from. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Throws a TypeError naming the factory that was called and the first option that cannot work. */
export function checkOptions(opts: WooxClientOptions<boolean>, factory: string): void {
  for (const name of ["apiKey", "apiSecret"] as const) {
    const v = opts[name];
    if (v !== undefined && (typeof v !== "string" || v.trim() === "")) {
      throw new TypeError(`${factory}: ${name} must be a non-empty string`);
    }
  }
  if ((opts.apiKey === undefined) !== (opts.apiSecret === undefined)) {
    throw new TypeError(
      `${factory}: pass both apiKey and apiSecret, or neither (got only ${opts.apiKey === undefined ? "apiSecret" : "apiKey"})`,
    );
  }
  if (opts.baseUrl !== undefined) {
    let ok: boolean;
    try {
      ok = /^https?:$/.test(new URL(opts.baseUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new TypeError(`${factory}: baseUrl must be an absolute http(s) URL, got "${opts.baseUrl}"`);
  }
  if (opts.timeoutMs !== undefined && !(opts.timeoutMs > 0))
    throw new TypeError(`${factory}: timeoutMs must be a positive number`);
  if (opts.fetch === undefined && typeof globalThis.fetch !== "function") {
    throw new TypeError(`${factory}: no global fetch in this runtime; pass the fetch option`);
  }
}
