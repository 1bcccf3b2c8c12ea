import { ceilTo, div, floorTo, max, ZERO, type Dec } from "../decimal.js";
import type { Instrument } from "./instruments.js";
import { unit } from "./noise.js";

export interface BookLevel {
  price: Dec;
  quantity: Dec;
}

/** Spacing of synthetic book levels: one basis point of the price, at least one tick. */
export function levelStep(inst: Instrument): Dec {
  return max(inst.quoteTick, floorTo(inst.price / 10000n, inst.quoteTick));
}

/**
 * Synthetic depth around the price: asks at price + k·step, bids at price − k·step (k = 1, 2, …), each a
 * few times the minimum notional. The current price itself is the last trade, between the two sides.
 */
export function synthLevels(inst: Instrument, side: "asks" | "bids", levels: number): BookLevel[] {
  const step = levelStep(inst);
  const lot = max(inst.baseMin, ceilTo(div(inst.minNotional * 20n, inst.price), inst.baseTick));
  const out: BookLevel[] = [];
  for (let k = 1; k <= levels; k++) {
    const price = side === "asks" ? inst.price + step * BigInt(k) : inst.price - step * BigInt(k);
    if (price <= ZERO) break;
    out.push({ price, quantity: lot * BigInt(1 + Math.floor(unit(inst.symbol, side, k) * 8)) });
  }
  return out;
}
