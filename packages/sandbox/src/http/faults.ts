/**
 * Seeded, reproducible fault injection: with the same seed and the same sequence of requests, the same
 * requests fail in the same way, so a flaky-looking bot failure can be replayed exactly. Stream faults
 * (`streams`) draw from their own sequence of the same seed, so that pushes never shift which requests fail.
 */

/** Faults of the WebSocket streams (/v3/public, /v3/private): fractions between 0 and 1. */
export interface StreamFaultOptions {
  /** Fraction of pushes at which the socket is dropped instead (closed without a close frame). */
  drop?: number;
  /** Fraction of pushes sent `delayMs` late (later pushes may overtake them). */
  delay?: number;
  /** Delay for the `delay` fraction, in ms (default 200). */
  delayMs?: number;
  /** Fraction of pushes held back and sent after the next push on the same socket. */
  reorder?: number;
  /** Fraction of client PING commands answered with nothing (a missed heartbeat). */
  skipPong?: number;
  /** Fraction of `orderbookupdate` deltas never sent, so the next one's `prevTs` leaves a gap. */
  bookGap?: number;
}

export type StreamFault = { kind: "none" } | { kind: "drop" } | { kind: "delay"; ms: number } | { kind: "reorder" };

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
  /** Faults of the WebSocket streams. */
  streams?: StreamFaultOptions;
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
  private streamRandom: () => number = mulberry32(streamSeed(1));
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
    const st = options.streams ?? {};
    if (typeof st !== "object" || st === null || Array.isArray(st))
      throw new RangeError("faults.streams must be an object");
    for (const k of ["drop", "delay", "reorder", "skipPong", "bookGap"] as const) {
      const v = st[k];
      if (v !== undefined && !(typeof v === "number" && v >= 0 && v <= 1))
        throw new RangeError(`faults.streams.${k} must be a fraction between 0 and 1`);
    }
    if (st.delayMs !== undefined && !(typeof st.delayMs === "number" && st.delayMs >= 0))
      throw new RangeError("faults.streams.delayMs must be a number of ms >= 0");
    if ((st.drop ?? 0) + (st.delay ?? 0) + (st.reorder ?? 0) > 1)
      throw new RangeError("faults.streams: drop + delay + reorder add up to more than 1");
    this.options = { ...options, streams: { ...st } };
    this.random = mulberry32(options.seed ?? 1);
    this.streamRandom = mulberry32(streamSeed(options.seed ?? 1));
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

  /** Draws the fate of the next push of a stream (one draw per push while any push fault is set). */
  nextPush(): StreamFault {
    const o = this.options.streams ?? {};
    if ((o.drop ?? 0) + (o.delay ?? 0) + (o.reorder ?? 0) === 0) return { kind: "none" };
    const r = this.streamRandom();
    let edge = o.drop ?? 0;
    if (r < edge) return { kind: "drop" };
    edge += o.delay ?? 0;
    if (r < edge) return { kind: "delay", ms: o.delayMs ?? 200 };
    edge += o.reorder ?? 0;
    if (r < edge) return { kind: "reorder" };
    return { kind: "none" };
  }

  /** Whether to leave the next client PING unanswered. */
  skipPong(): boolean {
    return this.chance(this.options.streams?.skipPong);
  }

  /** Whether to withhold the next order book delta. */
  bookGap(): boolean {
    return this.chance(this.options.streams?.bookGap);
  }

  private chance(p: number | undefined): boolean {
    return p !== undefined && p > 0 && this.streamRandom() < p;
  }
}

/** The stream faults' own seed, derived from the common one. */
const streamSeed = (seed: number): number => (seed ^ 0x5eed5eed) >>> 0;
