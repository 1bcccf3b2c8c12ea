import type { RateLimitSpec } from "./spec.js";

/**
 * Sliding-window limits from each operation's x-rate-limit: at most `requests` in any `perMs`, counted
 * per `key` (the account, the client IP, or the value of a request field such as `symbol`).
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  /** Records a request; returns how long to wait when it is over the limit, else undefined. */
  hit(bucket: string, limit: RateLimitSpec, now: number): number | undefined {
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
