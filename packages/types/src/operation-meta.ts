/**
 * The shape of one row of the generated operation table (`operations.gen.ts`). Codegen validates every
 * vendor extension before it writes a row, so readers can trust these types.
 */

/** Who a rate limit is counted for: the account, the caller's IP, or each value of one request field. */
export type RateLimitKey =
  | { readonly scope: "account" }
  | { readonly scope: "ip" }
  | { readonly scope: "field"; readonly name: string; readonly in: "query" | "body" };

/** `x-rate-limit`: at most `requests` per `perMs`, counted per `key`. */
export interface RateLimit {
  readonly requests: number;
  readonly perMs: number;
  readonly key: RateLimitKey;
  /** `documented` on an official page, `reported` by independent clients only. */
  readonly source: "documented" | "reported";
}

/** `x-client-id`: the body field that holds a placement's client id, and the operation that finds an order by it. */
export interface ClientIdRule {
  readonly field: string;
  readonly lookup: string;
}

export interface QueryParam {
  readonly name: string;
  readonly required: boolean;
}

export interface OperationMeta {
  readonly method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  /** The path template as the spec writes it, e.g. "/v3/asset/wallet/withdraw/{withdrawId}". */
  readonly path: string;
  /**
   * `x-alternative-paths`: other paths the operation has been documented under (same method, same
   * placeholders), e.g. "/v3/trade/order/cancelAllAfter" beside "/v3/trade/cancelAllAfter".
   */
  readonly alternativePaths?: readonly string[];
  /** Names of the `{placeholders}` of `path`, in order. */
  readonly pathParams: readonly string[];
  readonly queryParams: readonly QueryParam[];
  /** Whether the operation takes a JSON body, and whether it must. */
  readonly body: "none" | "optional" | "required";
  readonly tags: readonly string[];
  readonly summary: string;
  /** Names of the security schemes a call must satisfy (all of them); empty for public operations. */
  readonly security: readonly string[];
  /** Whether the operation is signed (non-empty `security`). */
  readonly auth: boolean;
  readonly rateLimit: RateLimit;
  /** `x-open-order-limits`: caps on open orders that a placement counts against. */
  readonly openOrderLimits?: Readonly<Record<string, number>>;
  readonly clientId?: ClientIdRule;
  /** `x-error-codes`: the api.woox.io codes the operation is documented or observed to answer. */
  readonly errorCodes: readonly number[];
}

/** A security scheme of the spec that is sent as a request header. */
export interface HeaderScheme {
  readonly in: "header";
  readonly name: string;
}
