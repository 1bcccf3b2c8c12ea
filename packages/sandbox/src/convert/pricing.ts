import { decOf, div, mul, ONE, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";

/**
 * What the sandbox converts and at which price: every asset of its spot instruments, priced from the
 * instruments' current prices (the sandbox's mid): the pair itself, its inverse, or a cross through USDT.
 */

/** The conversion step of a token that is no spot instrument's base (the official sample's USDT tick). */
export const QUOTE_TOKEN_TICK = "0.01";

/** Every token a quote may sell or buy, sorted. */
export function convertibleTokens(ex: Exchange): string[] {
  const set = new Set<string>();
  for (const i of ex.instruments.values())
    if (i.kind === "SPOT") {
      set.add(i.baseAsset);
      set.add(i.quoteAsset);
    }
  return [...set].sort();
}

/** The quantity step of a token in conversions: the finest base step of its spot instruments. */
export function convertTick(ex: Exchange, token: string): Dec {
  let tick: Dec | undefined;
  for (const i of ex.instruments.values())
    if (i.kind === "SPOT" && i.baseAsset === token && (tick === undefined || i.baseTick < tick)) tick = i.baseTick;
  return tick ?? decOf(QUOTE_TOKEN_TICK);
}

/** A price as an exact ratio, `num / den` units of the buy token per unit of the sell token. */
export interface Ratio {
  num: Dec;
  den: Dec;
}

const spot = (ex: Exchange, base: string, quote: string): Dec | undefined => {
  const inst = ex.instruments.get(`SPOT_${base}_${quote}`);
  return inst?.kind === "SPOT" && inst.price > ZERO ? inst.price : undefined;
};

/**
 * Units of `buy` per unit of `sell` at the sandbox mid, or undefined when no pair connects them. Kept as a
 * ratio so an inverse or cross price loses nothing before the quantity is rounded to its tick.
 */
export function midPrice(ex: Exchange, sell: string, buy: string): Ratio | undefined {
  const direct = spot(ex, sell, buy);
  if (direct !== undefined) return { num: direct, den: ONE };
  const inverse = spot(ex, buy, sell);
  if (inverse !== undefined) return { num: ONE, den: inverse };
  if (sell === "USDT" || buy === "USDT") return undefined;
  const a = midPrice(ex, sell, "USDT");
  const b = midPrice(ex, "USDT", buy);
  return a === undefined || b === undefined ? undefined : { num: mul(a.num, b.num), den: mul(a.den, b.den) };
}

/** `quantity` × the ratio (truncated to the decimal's precision). */
export const times = (quantity: Dec, r: Ratio): Dec => div(mul(quantity, r.num), r.den);
