import type {
  BboData,
  BookLevel,
  EstFundingRateData,
  KlineData,
  OpenInterestData,
  Orderbook10Data,
  PriceData,
  StreamKlineInterval,
  TickerData,
  TradeData,
} from "@woox-sdk/types/streams";
import { Side } from "@woox-sdk/types/enums";
import type { TradeRecord } from "../account/ledger.js";
import { fmt } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { BookLevel as EngineLevel } from "../market/depth.js";
import { candleStart, KlineSeries, stats24h } from "../market/klines.js";
import { restView } from "./rest-views.js";
import { indexSource, klineType } from "./topics.js";

/** The `data` of each public topic, from the engine's state at `ts` (the sandbox clock). */

const level = (l: EngineLevel): BookLevel => [fmt(l.price), fmt(l.quantity)];

export function bboData(ex: Exchange, symbol: string, ts: number): BboData | undefined {
  const [ask] = ex.book(symbol, "asks", 1);
  const [bid] = ex.book(symbol, "bids", 1);
  if (ask === undefined || bid === undefined) return undefined;
  return { s: symbol, ap: fmt(ask.price), aq: fmt(ask.quantity), bp: fmt(bid.price), bq: fmt(bid.quantity), ts };
}

export function orderbook10Data(ex: Exchange, symbol: string, ts: number): Orderbook10Data {
  return {
    s: symbol,
    ts,
    asks: ex.book(symbol, "asks", 10).map(level),
    bids: ex.book(symbol, "bids", 10).map(level),
  };
}

/** A fill as the public sees it; `sd` is the taker's side (the other side of a resting order's fill). */
export function tradeData(t: TradeRecord): TradeData {
  const taker = t.isMaker ? (t.side === Side.BUY ? Side.SELL : Side.BUY) : t.side;
  return { s: t.symbol, px: fmt(t.price), sx: fmt(t.quantity), sd: taker, src: 0, rpi: false, ts: t.time };
}

/** The time of the last public trade of a symbol, if there was one. */
function lastTradeTime(ex: Exchange, symbol: string, since = 0): number | undefined {
  for (let i = ex.ledger.trades.length - 1; i >= 0; i--) {
    const t = ex.ledger.trades[i]!;
    if (t.time < since) return undefined;
    if (t.symbol === symbol) return t.time;
  }
  return undefined;
}

/** The 24 h statistics GET /v3/public/futures reports (the same series for spot symbols). */
export function tickerData(ex: Exchange, symbol: string, ts: number): TickerData {
  const s = stats24h(ex.instrument(symbol), ts);
  const out: TickerData = {
    s: symbol,
    o: fmt(s.open),
    c: fmt(s.close),
    h: fmt(s.high),
    l: fmt(s.low),
    v: fmt(s.volume),
    a: fmt(s.amount),
    ts,
  };
  const tts = lastTradeTime(ex, symbol);
  if (tts !== undefined) out.tts = tts;
  return out;
}

/** The candle containing `at` (default: the current one), as GET /v3/public/kline reports it. */
export function klineData(ex: Exchange, symbol: string, interval: string, ts: number, at = ts): KlineData {
  const type = klineType(interval)!;
  const c = new KlineSeries(ex.instrument(symbol), type, ts).candle(candleStart(type, at));
  const out: KlineData = {
    s: symbol,
    t: interval as StreamKlineInterval,
    o: fmt(c.open),
    c: fmt(c.close),
    h: fmt(c.high),
    l: fmt(c.low),
    v: fmt(c.volume),
    a: fmt(c.amount),
    st: c.start,
    et: c.end,
    ts,
  };
  const tts = lastTradeTime(ex, symbol, c.start);
  if (tts !== undefined && tts < c.end) out.tts = tts;
  return out;
}

function futures(ex: Exchange, symbol: string) {
  return restView(ex, "getFutures", "", { symbol }).rows[0]!;
}

/** A field the REST view always fills for a listed perpetual. */
function field<T>(v: T | undefined, name: string): T {
  if (v === undefined) throw new Error(`GET /v3/public/futures left out ${name}`);
  return v;
}

export function markPriceData(ex: Exchange, symbol: string, ts: number): PriceData {
  return { s: symbol, px: field(futures(ex, symbol).markPrice, "markPrice"), ts };
}

export function indexPriceData(ex: Exchange, spotSymbol: string, ts: number): PriceData {
  return { s: spotSymbol, px: field(futures(ex, indexSource(ex, spotSymbol)!).indexPrice, "indexPrice"), ts };
}

export function estFundingRateData(ex: Exchange, symbol: string, ts: number): EstFundingRateData {
  const row = futures(ex, symbol);
  return {
    s: symbol,
    r: field(row.estFundingRate, "estFundingRate"),
    ft: Number(field(row.nextFundingTime, "nextFundingTime")),
    ts,
  };
}

export function openInterestData(ex: Exchange, symbol: string, ts: number): OpenInterestData {
  return { s: symbol, oi: field(futures(ex, symbol).openInterest, "openInterest"), ts };
}
