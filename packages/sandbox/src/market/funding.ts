import { decOf, floorTo, type Dec } from "../decimal.js";
import type { Instrument } from "./instruments.js";
import { unit } from "./noise.js";

export const FUNDING_INTERVAL_HOURS = 8;
const FUNDING_MS = FUNDING_INTERVAL_HOURS * 3_600_000;

/** Funding of a perpetual: a small fixed rate per symbol around 0.01% per 8 h, settled every 8 h (UTC). */
export function funding(inst: Instrument, now: number): { est: Dec; last: Dec; next: number; lastTime: number } {
  const rate = (salt: string) =>
    floorTo(decOf((0.0001 + (unit(inst.symbol, salt) - 0.5) * 0.0001).toFixed(8)), decOf("0.000001"));
  const next = (Math.floor(now / FUNDING_MS) + 1) * FUNDING_MS;
  return { est: rate("est"), last: rate("last"), next, lastTime: next - FUNDING_MS };
}
