import type { Api, CatalogEntry, ErrorCategory, Recovery } from "./entry.js";
import { lookupError, normalizeCode } from "./lookup.js";
import { docsUrlFor } from "./docs-url.js";

/** What an error keeps of the request: never headers, so never a key, signature or secret. */
export interface ErrorRequestInfo {
  readonly method: string;
  /** Path and query string as sent, e.g. "/v3/trade/algoOrder?algoOrderId=1". */
  readonly path: string;
}

export interface WooxApiErrorInit {
  /** HTTP status of the response; 200 when the body said `success: false` on a 200. */
  status: number;
  /** The response body: the parsed JSON envelope, or the raw text when it was not JSON. */
  body: unknown;
  /** Which table to look the code up in; default "woox" (api.woox.io V3). */
  api?: Api;
  request?: ErrorRequestInfo;
  cause?: unknown;
  /** Base URL of the docs site for `docsUrl`; default from `setDocsBaseUrl`. */
  docsBaseUrl?: string;
  /** From a Retry-After header, when the server sent one. */
  retryAfterMs?: number;
}

// Used only when the code is missing or not in the catalog: the HTTP status is then the best evidence.
const CATEGORY_BY_STATUS: Record<number, ErrorCategory> = {
  400: "validation",
  401: "authentication",
  403: "permission",
  404: "not_found",
  409: "conflict",
  429: "rate_limit",
  503: "maintenance",
};

function fallbackCategory(status: number): ErrorCategory {
  return CATEGORY_BY_STATUS[status] ?? (status >= 500 ? "server" : "unknown");
}

function fallbackRecovery(status: number): Recovery {
  if (status === 429 || status === 503) return "backoff";
  if (status >= 500) return "reconcile";
  return "none";
}

function readEnvelope(body: unknown): { code: unknown; message: string | null } {
  if (body !== null && typeof body === "object") {
    const b = body as { code?: unknown; message?: unknown };
    return { code: b.code, message: typeof b.message === "string" ? b.message : null };
  }
  return { code: undefined, message: typeof body === "string" && body.length > 0 ? body.slice(0, 500) : null };
}

/**
 * An error answered by the WOO X API (non-2xx, or `success: false`), enriched from the error catalog:
 * the stable code name, category, whether and how to retry, a hint and a docs link. One class for all of
 * them; branch on `category`, `codeName` or `retryable`, not on subclasses.
 */
export class WooxApiError extends Error {
  override readonly name = "WooxApiError";
  readonly api: Api;
  /** The code as sent, normalised to a string ("-1003"); null when the body carried none. */
  readonly code: string | null;
  /** The catalog's stable name for the code (e.g. "TOO_MANY_REQUEST"); null for a code the catalog lacks. */
  readonly codeName: string | null;
  /** Whether the catalog knows this code. */
  readonly known: boolean;
  readonly httpStatus: number;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly recovery: Recovery;
  /** Whether the exchange acted on the request: "no" (safe to send the very same request again) or "unknown". */
  readonly processed: "no" | "unknown";
  /** "placed" when this answer, to a resend of a placement with the same client id, means the first attempt landed. */
  readonly onResend: "placed" | undefined;
  readonly hint: string;
  /** The docs page for this code (`/errors/<api>/<code>`), or the api's index for an unknown code. */
  readonly docsUrl: string;
  /** The message the server sent, verbatim. */
  readonly wooMessage: string | null;
  /** The raw response body. */
  readonly body: unknown;
  readonly request: ErrorRequestInfo | undefined;
  readonly retryAfterMs: number | undefined;
  /** The catalog entry, when the code is known. */
  readonly entry: CatalogEntry | undefined;

  constructor(init: WooxApiErrorInit) {
    const api = init.api ?? "woox";
    const { code: rawCode, message: wooMessage } = readEnvelope(init.body);
    const code =
      normalizeCode(rawCode) ??
      (rawCode == null ? null : typeof rawCode === "string" ? rawCode : JSON.stringify(rawCode));
    const entry = code === null ? undefined : lookupError(code, api);
    const codeName = entry?.name ?? null;
    const hint =
      entry?.hint ??
      (code === null
        ? `HTTP ${init.status} without a WOO X error envelope; check the base URL and any proxy in between.`
        : `Code ${code} is not in the woox-sdk error catalog; the server's message is the best guide.`);
    const base = init.docsBaseUrl;
    const docsUrl = entry ? docsUrlFor(api, entry.code, base) : docsUrlFor(api, "", base);
    const label = [api === "woox" ? "WOO X" : "WOO X Pro", code ?? `HTTP ${init.status}`, codeName]
      .filter(Boolean)
      .join(" ");
    const text = wooMessage ?? entry?.message ?? "request failed";
    super(
      `${label}: ${text} (HTTP ${init.status}${init.request ? `, ${init.request.method} ${init.request.path}` : ""}). ${hint} ${docsUrl}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.api = api;
    this.code = code;
    this.codeName = codeName;
    this.known = entry !== undefined;
    this.httpStatus = init.status;
    this.category = entry?.category ?? fallbackCategory(init.status);
    this.retryable = entry ? entry.retryable : init.status === 429 || init.status === 503;
    this.recovery = entry?.recovery ?? fallbackRecovery(init.status);
    // A 429 is refused before processing whatever its code; otherwise only the catalog can say "no".
    this.processed = entry?.processed ?? (init.status === 429 ? "no" : "unknown");
    this.onResend = entry?.onResend;
    this.hint = hint;
    this.docsUrl = docsUrl;
    this.wooMessage = wooMessage;
    this.body = init.body;
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
    this.entry = entry;
  }

  /** The most specific error for an HTTP status and body (the factory the client uses). */
  static from(init: WooxApiErrorInit): WooxApiError {
    return new WooxApiError(init);
  }

  /** Plain data for logs: everything above except the catalog entry object and the cause. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      api: this.api,
      code: this.code,
      codeName: this.codeName,
      known: this.known,
      httpStatus: this.httpStatus,
      category: this.category,
      retryable: this.retryable,
      recovery: this.recovery,
      processed: this.processed,
      onResend: this.onResend,
      hint: this.hint,
      docsUrl: this.docsUrl,
      wooMessage: this.wooMessage,
      request: this.request,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** True for a WooxApiError, also across copies of this package. */
export function isWooxApiError(value: unknown): value is WooxApiError {
  return (
    value instanceof WooxApiError || (value instanceof Error && value.name === "WooxApiError" && "codeName" in value)
  );
}
