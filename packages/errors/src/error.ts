import type { Api, ErrorCategory, ErrorRule, ErrorText, Recovery } from "./types.gen.js";
import { normalizeCode, type ErrorCatalog } from "./catalog.js";
import { woox } from "./rules-woox.gen.js";
import { docsUrlFor } from "./docs-url.js";
import { WooxError, type ErrorRequestInfo } from "./base.js";
import { keptHeaders, retryAfterMs, type HeadersLike } from "./headers.js";

export interface WooxApiErrorInit {
  /** HTTP status of the response; 200 when the body said `success: false` on a 200. */
  status: number;
  /** The response body: the parsed JSON envelope, or the raw text when it was not JSON. */
  body: unknown;
  /**
   * The table to look the code up in: the V3 catalog (api.woox.io) unless given; `wooxPro` from
   * `@woox-sdk/errors/woox-pro` for the WOO X Pro API.
   */
  catalog?: ErrorCatalog;
  request?: ErrorRequestInfo;
  /** The response headers; the error keeps Retry-After and rate-limit headers only. */
  headers?: HeadersLike;
  cause?: unknown;
  /** Base URL of the docs site for `docsUrl`; default from `setDocsBaseUrl`. */
  docsBaseUrl?: string;
  /** Wait before retrying; default: read from a Retry-After header. */
  retryAfterMs?: number;
}

/** What `explain()` tells about an error: what to do, where to read more, and the catalog's prose. */
export interface ErrorExplanation {
  /** The catalog's hint for the code, or advice for a code the catalog lacks. */
  readonly hint: string;
  readonly docsUrl: string;
  /** The catalog's prose (message as published, note, observed messages, …); undefined for an unknown code. */
  readonly text: ErrorText | undefined;
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

/** Advice for a code the catalog does not hold, or an answer without an error envelope. */
function adviceWithoutEntry(code: string | null, status: number): string {
  return code === null
    ? `HTTP ${status} without a WOO X error envelope; check the base URL and any proxy in between.`
    : `Code ${code} is not in the woox-sdk error catalog; the server's message is the best guide.`;
}

function readEnvelope(body: unknown): { code: unknown; message: string | null } {
  if (body !== null && typeof body === "object") {
    const b = body as { code?: unknown; message?: unknown };
    return { code: b.code, message: typeof b.message === "string" ? b.message : null };
  }
  return { code: undefined, message: typeof body === "string" && body.length > 0 ? body.slice(0, 500) : null };
}

/**
 * An error answered by the WOO X API (non-2xx, or `success: false`), enriched from the catalog's
 * run-time rules: the stable code name, category, whether and how to retry, and a docs link. The prose
 * (hint, message as published, notes) is loaded when asked, with `await error.explain()`. One class for
 * all codes: branch on `category`, `codeName` or `retryable`, not on subclasses.
 */
export class WooxApiError extends WooxError {
  override readonly name = "WooxApiError";
  readonly kind = "api" as const;
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
  /** The docs page for this code (`/errors/<api>/<code>`), or the api's index for an unknown code. */
  readonly docsUrl: string;
  /** The message the server sent, verbatim. */
  readonly wooMessage: string | null;
  /** The raw response body. */
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;
  /** Retry-After and rate-limit headers of the response, by lower-case name (no other header is kept). */
  readonly headers: Readonly<Record<string, string>>;
  /** The catalog's rule for the code, when the code is known. */
  readonly rule: ErrorRule | undefined;
  readonly #catalog: ErrorCatalog;

  constructor(init: WooxApiErrorInit) {
    const catalog = init.catalog ?? woox;
    const api = catalog.api;
    const { code: rawCode, message: wooMessage } = readEnvelope(init.body);
    const code =
      normalizeCode(rawCode) ??
      (rawCode == null ? null : typeof rawCode === "string" ? rawCode : JSON.stringify(rawCode));
    const rule = code === null ? undefined : catalog.lookup(code);
    const codeName = rule?.name ?? null;
    const docsUrl = docsUrlFor(api, rule ? rule.code : "", init.docsBaseUrl);
    const label = [api === "woox" ? "WOO X" : "WOO X Pro", code ?? `HTTP ${init.status}`, codeName]
      .filter(Boolean)
      .join(" ");
    const where = init.request ? `, ${init.request.method} ${init.request.path}` : "";
    const advice = rule ? "" : ` ${adviceWithoutEntry(code, init.status)}`;
    super(`${label}: ${wooMessage ?? "request failed"} (HTTP ${init.status}${where}).${advice} ${docsUrl}`, {
      request: init.request,
      cause: init.cause,
    });
    this.#catalog = catalog;
    this.api = api;
    this.code = code;
    this.codeName = codeName;
    this.known = rule !== undefined;
    this.httpStatus = init.status;
    this.category = rule?.category ?? fallbackCategory(init.status);
    this.retryable = rule ? rule.retryable : init.status === 429 || init.status === 503;
    this.recovery = rule?.recovery ?? fallbackRecovery(init.status);
    // A 429 is refused before processing whatever its code; otherwise only the catalog can say "no".
    this.processed = rule?.processed ?? (init.status === 429 ? "no" : "unknown");
    this.onResend = rule?.onResend;
    this.docsUrl = docsUrl;
    this.wooMessage = wooMessage;
    this.body = init.body;
    this.headers = keptHeaders(init.headers);
    this.retryAfterMs = init.retryAfterMs ?? retryAfterMs(this.headers["retry-after"]);
    this.rule = rule;
  }

  /** The error for an HTTP status and body (the factory the client uses). */
  static from(init: WooxApiErrorInit): WooxApiError {
    return new WooxApiError(init);
  }

  /**
   * The catalog's hint and prose for this code. The prose is loaded on the first call (in a browser
   * bundle, a chunk of its own); code that needs it synchronously imports `explainError` from
   * `@woox-sdk/errors/text` instead.
   */
  async explain(): Promise<ErrorExplanation> {
    const text = this.code !== null && this.known ? (await this.#catalog.loadText())[this.code] : undefined;
    return explanationOf(this, text);
  }

  /** Plain data for logs: everything above except the rule object and the cause. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
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
      docsUrl: this.docsUrl,
      wooMessage: this.wooMessage,
      request: this.request,
      retryAfterMs: this.retryAfterMs,
      headers: this.headers,
    };
  }
}

/** The explanation of an error, given the catalog's prose for its code (undefined when unknown). */
export function explanationOf(error: WooxApiError, text: ErrorText | undefined): ErrorExplanation {
  return { hint: text?.hint ?? adviceWithoutEntry(error.code, error.httpStatus), docsUrl: error.docsUrl, text };
}
