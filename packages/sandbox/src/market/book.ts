import { Side } from "@woox-sdk/types/enums";
import { min, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { isOpenNode, walk } from "../algo/node.js";
import { remaining } from "../orders/state.js";
import { synthLevels, type BookLevel } from "./depth.js";
import type { Instrument } from "./instruments.js";

export type BookSide = "asks" | "bids";

/**
 * The book of one side: synthetic levels around the price (depth.ts) plus the open limit orders, ordinary
 * and algo, of every account at their visible quantity. Best level first.
 */
export function bookSide(ex: Exchange, symbol: string, side: BookSide, levels: number): BookLevel[] {
  const inst = ex.instrument(symbol, "SYMBOL_NOT_EXISTS");
  const merged = new Map<Dec, Dec>();
  for (const l of synthLevels(inst, side, levels)) merged.set(l.price, l.quantity);
  const add = (price: Dec, q: Dec) => merged.set(price, (merged.get(price) ?? ZERO) + q);
  const wantSide = side === "asks" ? Side.SELL : Side.BUY;
  for (const o of ex.orders.openOn(symbol)) {
    if (o.side !== wantSide || o.price === undefined) continue;
    const q = o.visibleQuantity === undefined ? remaining(o) : min(o.visibleQuantity, remaining(o));
    if (q > ZERO) add(o.price, q);
  }
  for (const r of ex.algos.rootsOn(symbol)) {
    for (const n of walk(r)) {
      if (!n.working || !isOpenNode(n) || n.side !== wantSide || n.price === undefined) continue;
      const q = (n.quantity ?? ZERO) - n.executed;
      const shown = n.visibleQuantity === undefined ? q : min(n.visibleQuantity, q);
      if (shown > ZERO) add(n.price, shown);
    }
  }
  return [...merged.entries()]
    .map(([price, quantity]) => ({ price, quantity }))
    .sort((x, y) => (side === "asks" ? (x.price < y.price ? -1 : 1) : x.price > y.price ? -1 : 1))
    .slice(0, levels);
}

/** The price of the `level`-th best ask or bid (ASK and BID orders are priced there). */
export function bookPrice(ex: Exchange, inst: Instrument, side: BookSide, level: number): Dec {
  const levels = bookSide(ex, inst.symbol, side, level);
  return (levels[level - 1] ?? levels.at(-1))?.price ?? inst.price;
}
