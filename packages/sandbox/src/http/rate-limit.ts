import type { RateLimit, RateLimitKey } from "@woox-sdk/types";
import { stringifyJsonLossless, type Json } from "../json.js";

/**
 * Sliding-window limits from each operation's x-rate-limit (as the operation table gives it): at most
 * `requests` in any `perMs`, counted per key (the account, the client IP, or the value of a request
 * field such as `symbol` within the account).
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  /** Records a request; returns how long to wait when it is over the limit, else undefined. */
  hit(bucket: string, limit: RateLimit, now: number): number | undefined {
    const since = now - limit.perMs;
    const times = (this.windows.get(bucket) ?? []).filter((t) => t > since);
    if (times.length >= limit.requests) {
      this.windows.set(bucket, times);
      return times[0]! + limit.perMs - now;
    }
    times.push(now);
    this.windows.set(bucket, times);
    return undefined;
  }

  reset(): void {
    this.windows.clear();
  }
}

export interface Caller {
  /** The API key of a signed request. */
  account: string | undefined;
  ip: string;
  query: URLSearchParams;
  body: Json | undefined;
}

/** Who a request is counted for under `key`; requests that are not signed count per IP. */
export function limitBucket(key: RateLimitKey, caller: Caller): string {
  const who = `account:${caller.account ?? caller.ip}`;
  switch (key.scope) {
    case "ip":
      return `ip:${caller.ip}`;
    case "account":
      return who;
    case "field": {
      const body = caller.body;
      const value =
        key.in === "body"
          ? body !== null && typeof body === "object" && !Array.isArray(body)
            ? body[key.name]
            : undefined
          : caller.query.get(key.name);
      return `${who}|${key.name}:${stringifyJsonLossless(value ?? "")}`;
    }
  }
}

/** How the limit reads in an error message, e.g. "per symbol". */
export const describeKey = (key: RateLimitKey): string => (key.scope === "field" ? key.name : key.scope);
