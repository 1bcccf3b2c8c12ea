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
  /** Send times inside the current window, oldest first. */
  sent: number[];
  /** Callers waiting for a slot; an idle bucket has none and no promise. */
  queued: number;
  /** Settles after the last waiting caller's turn; the next one queues behind it. */
  tail: Promise<void> | undefined;
  blockedUntil: number;
}

const RESOLVED = Promise.resolve();

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

  /**
   * Takes a slot at once if the window has one and nobody is waiting: the common case, with no promise
   * made. Returns false when the caller must `acquire` instead.
   */
  tryAcquire(bucketKey: string, rule: RateLimitRule): boolean {
    const bucket = this.bucket(bucketKey);
    return bucket.queued === 0 && this.take(bucket, rule, this.now());
  }

  /** Resolves when one more call fits in the window; callers of one bucket are served in order. */
  acquire(bucketKey: string, rule: RateLimitRule): Promise<void> {
    if (this.tryAcquire(bucketKey, rule)) return RESOLVED;
    const bucket = this.bucket(bucketKey);
    bucket.queued++;
    const turn = (bucket.tail ?? RESOLVED).then(() => this.waitForSlot(bucket, rule));
    const done = () => {
      if (--bucket.queued === 0) bucket.tail = undefined;
    };
    bucket.tail = turn.then(done, done);
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
      b = { sent: [], queued: 0, tail: undefined, blockedUntil: 0 };
      this.buckets.set(key, b);
    }
    return b;
  }

  /** Counts a send now if the bucket is not blocked and its window has room. */
  private take(bucket: Bucket, rule: RateLimitRule, now: number): boolean {
    if (bucket.blockedUntil > now) return false;
    const window = rule.perMs + this.marginMs;
    while (bucket.sent.length > 0 && bucket.sent[0]! <= now - window) bucket.sent.shift();
    if (bucket.sent.length >= rule.requests) return false;
    bucket.sent.push(now);
    return true;
  }

  private async waitForSlot(bucket: Bucket, rule: RateLimitRule): Promise<void> {
    for (;;) {
      const now = this.now();
      if (this.take(bucket, rule, now)) return;
      const until = bucket.blockedUntil > now ? bucket.blockedUntil : bucket.sent[0]! + rule.perMs + this.marginMs;
      await this.sleep(until - now);
    }
  }
}
