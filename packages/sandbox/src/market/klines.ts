import type { Kline } from "@woox-sdk/types";
import type { KlineInterval } from "@woox-sdk/types/enums";
import { floorTo, fmt, fromNumber, max, min, mul, toNumber, ZERO, type Dec } from "../decimal.js";
import type { Instrument } from "./instruments.js";
import { unit } from "./noise.js";

/** Candles made up from an instrument's current price, deterministically (see KlineSeries). */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Nominal length of each interval of the spec's KlineInterval. */
export const KLINE_INTERVALS: Readonly<Record<KlineInterval, number>> = Object.freeze({
  "1m": MINUTE,
  "3m": 3 * MINUTE,
  "5m": 5 * MINUTE,
  "15m": 15 * MINUTE,
  "30m": 30 * MINUTE,
  "1h": 60 * MINUTE,
  "2h": 120 * MINUTE,
  "4h": 240 * MINUTE,
  "6h": 360 * MINUTE,
  "12h": 720 * MINUTE,
  "1d": DAY,
  "1w": 7 * DAY,
  "1mon": 30 * DAY,
  "1y": 365 * DAY,
});
const MONDAY = 4 * DAY; // 1970-01-05, the first Monday after the epoch: weeks start on Mondays (UTC)

/** Start of the candle containing `t`; months and years follow the UTC calendar. */
export function candleStart(type: KlineInterval, t: number): number {
  const d = new Date(t);
  if (type === "1mon") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (type === "1y") return Date.UTC(d.getUTCFullYear(), 0, 1);
  const ms = KLINE_INTERVALS[type];
  const offset = type === "1w" ? MONDAY : 0;
  return Math.floor((t - offset) / ms) * ms + offset;
}

function shift(type: KlineInterval, start: number, by: number): number {
  const d = new Date(start);
  if (type === "1mon") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + by, 1);
  if (type === "1y") return Date.UTC(d.getUTCFullYear() + by, 0, 1);
  return start + by * KLINE_INTERVALS[type];
}

function index(type: KlineInterval, start: number): number {
  const d = new Date(start);
  if (type === "1mon") return d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (type === "1y") return d.getUTCFullYear();
  return Math.round(start / KLINE_INTERVALS[type]);
}

export interface Candle {
  start: number;
  end: number;
  open: Dec;
  close: Dec;
  high: Dec;
  low: Dec;
  volume: Dec;
  amount: Dec;
}

/**
 * A deterministic candle series that ends at the current price: the close of candle i is
 * price · exp(a·(g(i) − g(now))), with g a fixed mix of slow waves and hashed noise per symbol and
 * interval, and a (the swing) growing with the interval. Moving the price re-scales the whole history.
 */
export class KlineSeries {
  private readonly amp: number;
  private readonly nowIndex: number;
  private readonly p: number;

  constructor(
    private readonly inst: Instrument,
    private readonly type: KlineInterval,
    private readonly now: number,
  ) {
    this.amp = Math.min(0.25, 0.0015 * Math.sqrt(KLINE_INTERVALS[type] / MINUTE));
    this.nowIndex = index(type, candleStart(type, now));
    this.p = toNumber(inst.price);
  }

  private g(i: number): number {
    const h = unit(this.inst.symbol, this.type) * 6.283;
    return (
      0.5 * Math.sin(i / 7.3 + h) +
      0.35 * Math.sin(i / 23.9 + 2 * h) +
      0.3 * (unit(this.inst.symbol, this.type, i) - 0.5)
    );
  }

  private closeAt(i: number): Dec {
    if (i === this.nowIndex) return this.inst.price;
    return max(
      this.inst.quoteTick,
      fromNumber(this.p * Math.exp(this.amp * (this.g(i) - this.g(this.nowIndex))), this.inst.quoteTick),
    );
  }

  candle(start: number): Candle {
    const i = index(this.type, start);
    const open = this.closeAt(i - 1);
    const close = this.closeAt(i);
    const wick = (salt: string) => 1 + this.amp * 0.25 * unit(this.inst.symbol, this.type, i, salt);
    const high = max(max(open, close), fromNumber(toNumber(max(open, close)) * wick("h"), this.inst.quoteTick));
    const low = max(
      this.inst.quoteTick,
      min(min(open, close), fromNumber(toNumber(min(open, close)) / wick("l"), this.inst.quoteTick)),
    );
    const base = (toNumber(this.inst.minNotional) * 200 * Math.sqrt(KLINE_INTERVALS[this.type] / MINUTE)) / this.p;
    const volume = max(
      this.inst.baseTick,
      fromNumber(base * (0.5 + unit(this.inst.symbol, this.type, i, "v")), this.inst.baseTick),
    );
    const amount = floorTo(mul(volume, (open + close) / 2n), this.inst.quoteTick);
    return { start, end: shift(this.type, start, 1), open, close, high, low, volume, amount };
  }

  /** Up to `limit` candles, newest first, that start before `before` (default: up to now) and after `after`. */
  range(limit: number, before?: number, after?: number): Candle[] {
    const last = candleStart(this.type, this.now);
    let s = before === undefined ? last : Math.min(last, candleStart(this.type, before - 1));
    const out: Candle[] = [];
    while (out.length < limit && (after === undefined || s > after)) {
      out.push(this.candle(s));
      s = shift(this.type, s, -1);
    }
    return out;
  }
}

export function klineRow(inst: Instrument, type: KlineInterval, c: Candle): Kline {
  return {
    symbol: inst.symbol,
    type,
    open: fmt(c.open),
    close: fmt(c.close),
    high: fmt(c.high),
    low: fmt(c.low),
    volume: fmt(c.volume),
    amount: fmt(c.amount),
    startTimestamp: c.start,
    endTimestamp: c.end,
  };
}

/** 24-hour statistics from the hourly series (GET /v3/public/futures). */
export function stats24h(
  inst: Instrument,
  now: number,
): { open: Dec; close: Dec; high: Dec; low: Dec; volume: Dec; amount: Dec } {
  const candles = new KlineSeries(inst, "1h", now).range(24);
  const oldest = candles.at(-1)!;
  return {
    open: oldest.open,
    close: inst.price,
    high: candles.reduce((m, c) => max(m, c.high), inst.price),
    low: candles.reduce((m, c) => min(m, c.low), inst.price),
    volume: candles.reduce((s, c) => s + c.volume, ZERO),
    amount: candles.reduce((s, c) => s + c.amount, ZERO),
  };
}
