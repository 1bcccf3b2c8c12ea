/**
 * Client-side pacing from the spec's x-rate-limit: each operation has its own window of `requests`
 * per `perMs`, counted per account, per IP, or per value of a request field (e.g. one window per
 * symbol). Calls beyond the limit wait their turn in order instead of drawing a 429.
 */
export interface RateLimitRule {
  requests: number;
  perMs: number;
  /** The spec's x-rate-limit key, resolved by codegen (see @woox-sdk/types' RateLimitKey). */
  key: { scope: "account" } | { scope: "ip" } | { scope: "field"; name: string; in: "query" | "body" };
}

export interface LimiterOptions {
  /** Added to every window, so that network jitter cannot squeeze N+1 requests into the server's window. Default 25 ms. */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Bucket {
  sent: number[];
  tail: Promise<void>;
  blockedUntil: number;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly marginMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: LimiterOptions = {}) {
    this.marginMs = opts.marginMs ?? 25;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? sleep;
  }

  /** The bucket a call counts against: the operation, plus the value of the rule's key field if it names one. */
  static bucketKey(operationId: string, rule: RateLimitRule, fields: Record<string, unknown> | undefined): string {
    if (rule.key.scope !== "field") return operationId;
    const v = fields?.[rule.key.name];
    return `${operationId}:${typeof v === "string" || typeof v === "number" ? v : ""}`;
  }

  /** Resolves when one more call fits in the window; callers of one bucket are served in order. */
  acquire(bucketKey: string, rule: RateLimitRule): Promise<void> {
    const bucket = this.bucket(bucketKey);
    const turn = bucket.tail.then(() => this.waitForSlot(bucket, rule));
    bucket.tail = turn.catch(() => undefined);
    return turn;
  }

  /** After a 429: nothing more goes out on this bucket until `ms` from now. */
  block(bucketKey: string, ms: number): void {
    const bucket = this.bucket(bucketKey);
    bucket.blockedUntil = Math.max(bucket.blockedUntil, this.now() + ms);
  }

  private bucket(key: string): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { sent: [], tail: Promise.resolve(), blockedUntil: 0 };
      this.buckets.set(key, b);
    }
    return b;
  }

  private async waitForSlot(bucket: Bucket, rule: RateLimitRule): Promise<void> {
    const window = rule.perMs + this.marginMs;
    for (;;) {
      const now = this.now();
      if (bucket.blockedUntil > now) {
        await this.sleep(bucket.blockedUntil - now);
        continue;
      }
      while (bucket.sent.length > 0 && bucket.sent[0]! <= now - window) bucket.sent.shift();
      if (bucket.sent.length < rule.requests) {
        bucket.sent.push(now);
        return;
      }
      await this.sleep(bucket.sent[0]! + window - now);
    }
  }
}
