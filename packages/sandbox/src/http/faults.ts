/**
 * Seeded, reproducible fault injection: with the same seed and the same sequence of requests, the same
 * requests fail in the same way, so a flaky-looking bot failure can be replayed exactly.
 */

export interface FaultOptions {
  /** Seed of the pseudo-random sequence (default 1). */
  seed?: number;
  /** Fraction of /v3 requests answered 429 with -1003 TOO_MANY_REQUEST. */
  rateLimit?: number;
  /**
   * Fraction answered -1011 "The system is under maintenance." with HTTP 400, the status the official
   * error table gives -1011 (the one maintenance answer on record did not keep its status).
   */
  maintenance?: number;
  /**
   * Fraction answered HTTP 503 with 317158 PERP_TRADING_SUSPENDED ("Trading with BTC-PERP is temporarily
   * suspended."), a code the catalog files under 503: the 503-class fault.
   */
  unavailable?: number;
  /** Fraction whose connection is destroyed without a response. */
  drop?: number;
  /** Fraction delayed by `delayMs` before being handled normally. */
  delay?: number;
  /** Delay for the `delay` fraction, in ms (default 200). */
  delayMs?: number;
}

export type Fault =
  | { kind: "none" }
  | { kind: "rateLimit" }
  | { kind: "maintenance" }
  | { kind: "unavailable" }
  | { kind: "drop" }
  | { kind: "delay"; ms: number };

/** The fractions, in the order a draw is matched against them. */
const KINDS = ["rateLimit", "maintenance", "unavailable", "drop", "delay"] as const;
const total = (o: FaultOptions) => KINDS.reduce((sum, k) => sum + (o[k] ?? 0), 0);

/** mulberry32: tiny, fast, and good enough to spread faults evenly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private random: () => number = mulberry32(1);
  private options: FaultOptions = {};

  constructor(options: FaultOptions = {}) {
    this.configure(options);
  }

  configure(options: FaultOptions): void {
    for (const k of KINDS) {
      const v = options[k];
      if (v !== undefined && !(v >= 0 && v <= 1))
        throw new RangeError(`faults.${k} must be a fraction between 0 and 1`);
    }
    if (total(options) > 1) throw new RangeError("the fault fractions add up to more than 1");
    this.options = { ...options };
    this.random = mulberry32(options.seed ?? 1);
  }

  get active(): boolean {
    return total(this.options) > 0;
  }

  /** Draws the fate of the next request. One draw per request keeps the sequence reproducible. */
  next(): Fault {
    if (!this.active) return { kind: "none" };
    const r = this.random();
    const o = this.options;
    let edge = 0;
    for (const kind of KINDS) {
      edge += o[kind] ?? 0;
      if (r < edge) return kind === "delay" ? { kind, ms: o.delayMs ?? 200 } : { kind };
    }
    return { kind: "none" };
  }
}
