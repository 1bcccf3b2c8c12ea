/**
 * The private socket's listen key: fetched through REST (`listenKey.create` of the spec: the
 * `createListenKey` operation), kept while it is valid, and fetched again only when needed, since a new
 * key ends the old one. Calls are paced to the operation's limit (5 per 10 s per account).
 */
import { isWooxApiError, operations, RateLimiter, type WooxClient } from "@woox-sdk/client";
import { listenKey } from "@woox-sdk/types/streams";
import { WooxStreamError } from "./errors.js";

export interface ListenKey {
  key: string;
  /** When the key expires (epoch ms); default: the documented lifetime (24 h) from now. */
  expiresAt?: number;
}

/** Fetches a new listen key. Each call makes a new one (and ends the previous one). */
export type ListenKeyProvider = (options: { signal?: AbortSignal }) => Promise<ListenKey>;

/** Reads `{ data: { authKey | listenKey, expiredTime } }`: the spec lists the field names to try. */
export function readListenKey(body: unknown): ListenKey {
  const at = (path: string): unknown =>
    path
      .split(".")
      .reduce<unknown>(
        (v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined),
        body,
      );
  const key = listenKey.responseKeyFields.map(at).find((v): v is string => typeof v === "string" && v !== "");
  if (key === undefined)
    throw new WooxStreamError(
      "listen-key",
      `the listen-key answer has none of ${listenKey.responseKeyFields.join(", ")}`,
    );
  const expiry = at(listenKey.responseExpiryField);
  return typeof expiry === "number" || typeof expiry === "bigint" ? { key, expiresAt: Number(expiry) } : { key };
}

/**
 * The default provider: `createListenKey` (`POST /v3/account/listenKey` with `{"type":"WEBSOCKET"}`)
 * through the client's raw call, so it is signed, paced and retried like any REST call. Method and path
 * come from the client's operation table when it has the operation, else from the AsyncAPI spec's
 * `x-listen-key` (the same values; the REST spec gains the operation separately).
 */
export function restListenKey(woox: Pick<WooxClient<boolean>, "POST">): ListenKeyProvider {
  const { operationId, body } = listenKey.create;
  const op = (operations as Partial<Record<string, { method: string; path: string }>>)[operationId];
  const method = (op?.method ?? listenKey.create.method) as "POST";
  const path = op?.path ?? listenKey.create.path;
  const call = woox[method] as unknown as (
    path: string,
    init: { body: unknown; signal?: AbortSignal },
  ) => Promise<{ data?: unknown; error?: unknown }>;
  return async ({ signal }) => {
    const res = await call(path, { body, signal });
    if (res.error !== undefined) throw res.error instanceof Error ? res.error : new Error(JSON.stringify(res.error));
    return readListenKey(res.data);
  };
}

/** Errors that another attempt cannot fix: the exchange's final answers, no credentials, a bad answer. */
function isFinal(error: unknown): boolean {
  if (error instanceof WooxStreamError) return true;
  if (isWooxApiError(error)) return !error.retryable;
  return error instanceof Error && error.name === "MissingCredentialsError";
}

export class ListenKeySource {
  private current: Required<ListenKey> | undefined;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly provider: ListenKeyProvider,
    private readonly opts: { now: () => number; renewMarginMs: number; limiter?: RateLimiter },
  ) {
    this.limiter = opts.limiter ?? new RateLimiter({ now: opts.now });
  }

  /** When the key in use expires, if there is one. */
  get expiresAt(): number | undefined {
    return this.current?.expiresAt;
  }

  /** A key to connect with: the current one, unless `fresh` is asked for or it is about to expire. */
  async get(fresh: boolean): Promise<string> {
    const now = this.opts.now();
    if (!fresh && this.current && this.current.expiresAt - now > this.opts.renewMarginMs) return this.current.key;
    const { requests, perMs, key } = listenKey.create.rateLimit;
    await this.limiter.acquire(listenKey.create.operationId, { requests, perMs, key: { scope: key } });
    let got: ListenKey;
    try {
      got = await this.provider({});
    } catch (error) {
      if (!isFinal(error)) throw error;
      throw error instanceof WooxStreamError
        ? error
        : new WooxStreamError("listen-key", `the listen key could not be fetched: ${(error as Error).message}`, {
            cause: error,
          });
    }
    if (typeof got?.key !== "string" || got.key === "")
      throw new WooxStreamError("listen-key", "the listen-key provider returned no key");
    const at = this.opts.now();
    const expiresAt = got.expiresAt !== undefined && got.expiresAt > at ? got.expiresAt : at + listenKey.lifetimeMs;
    this.current = { key: got.key, expiresAt };
    return got.key;
  }
}
