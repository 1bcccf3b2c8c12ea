import type { KlineInterval } from "@woox-sdk/types/enums";
import { parseTopic, topics, type TopicFamily } from "@woox-sdk/types/streams";
import type { Exchange } from "../engine/exchange.js";
import { KLINE_INTERVALS } from "../market/klines.js";

/**
 * Which topics the sandbox serves. A topic is served when it is spelled as the spec's topic table says,
 * belongs to the socket's scope, names a listed instrument, and the engine has the state to back it.
 * Anything else is left out of the SUBSCRIBE reply's `data`, which is how the exchange answers topics it
 * does not serve (spec: channel `connection`); nothing is ever accepted and then left silent.
 */

export type Scope = "public" | "private";

export interface ServedTopic {
  topic: string;
  family: TopicFamily;
  params: Readonly<Record<string, string>>;
}

/**
 * The REST kline series of a stream candle interval: the WebSocket names one month `1M` where REST says
 * `1mon`; the other names are shared, and an interval REST has no series for (`3d`) has none.
 */
export function klineType(interval: string): KlineInterval | undefined {
  const t = interval === "1M" ? "1mon" : interval;
  return Object.hasOwn(KLINE_INTERVALS, t) ? (t as KlineInterval) : undefined;
}

/**
 * What the engine cannot back, by family: served topics of these are refused (left out of the ack).
 * Read by the README's list and the tests.
 */
export const UNSERVED_TOPICS: Readonly<Partial<Record<TopicFamily, string>>> = {
  orderbookupdaterpi:
    "its book can only be seeded from GET /v3/public/orderbook with rpi=true, which the REST spec does not have yet",
};

/** Why a topic is not served, or undefined when it is (then `served` returns it). */
export function refusal(ex: Exchange, scope: Scope, topic: string): string | undefined {
  const parsed = parseTopic(topic);
  if (parsed === undefined) return "not a topic of the spec";
  const { family, params } = parsed;
  if (topics[family].scope !== scope) return `a ${topics[family].scope} topic`;
  const unserved = UNSERVED_TOPICS[family];
  if (unserved !== undefined) return unserved;
  const symbol = params.symbol;
  if (symbol === undefined) return undefined;
  const inst = ex.instruments.get(symbol);
  if (inst === undefined) return `${symbol} is not listed`;
  if (family === "kline" && klineType(params.interval ?? "") === undefined)
    return `no ${params.interval} candles: the REST kline series has no such interval`;
  if (family === "markprice" && inst.kind !== "PERP") return "mark prices exist for perpetuals only";
  if (family === "indexprice" && indexSource(ex, symbol) === undefined)
    return `no perpetual indexes ${symbol}'s pair (the index is what GET /v3/public/futures reports as indexPrice)`;
  return undefined;
}

export function served(ex: Exchange, scope: Scope, topic: string): ServedTopic | undefined {
  if (refusal(ex, scope, topic) !== undefined) return undefined;
  const { family, params } = parseTopic(topic)!;
  return { topic, family, params };
}

/** The perpetual whose `indexPrice` (GET /v3/public/futures) is the index of a spot pair. */
export function indexSource(ex: Exchange, spotSymbol: string): string | undefined {
  const perp = spotSymbol.replace(/^SPOT_/, "PERP_");
  return ex.instruments.get(perp)?.kind === "PERP" ? perp : undefined;
}
