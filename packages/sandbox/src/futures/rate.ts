import { decOf, div, max, min, ZERO, type Dec } from "../decimal.js";
import type { Instrument } from "../market/instruments.js";
import { unit } from "../market/noise.js";

/**
 * The funding rate of a perpetual for one funding round, made up deterministically from the sandbox's
 * prices: the premium of the perpetual (the mark price, i.e. its price) over its index (the price of the
 * spot instrument with the same base and quote, or the mark itself when there is none), plus a small
 * baseline around 0.01% per 8 h that varies with the round, capped at ±FUNDING_RATE_CAP. The same
 * symbol, prices and round always give the same rate, so a test can predict what a round charges.
 */

export const FUNDING_INTERVAL_HOURS = 8;
export const FUNDING_MS = FUNDING_INTERVAL_HOURS * 3_600_000;
/** The largest rate (either sign) one round can have; the sandbox's choice, no source states WOO X's. */
export const FUNDING_RATE_CAP = decOf("0.0075");
/** Rates have 8 decimal places, as the exchange prints them. */
const RATE_STEP = decOf("0.00000001");
const BASELINE = 0.0001;

/** The funding time at or before `now` (rounds are aligned to 00:00, 08:00 and 16:00 UTC). */
export const lastFundingTime = (now: number): number => Math.floor(now / FUNDING_MS) * FUNDING_MS;
/** The first funding time after `now`. */
export const nextFundingTime = (now: number): number => lastFundingTime(now) + FUNDING_MS;

/** The index price of a perpetual: the spot price of the same pair where the sandbox lists it. */
export function indexPrice(perp: Instrument, instruments: ReadonlyMap<string, Instrument>): Dec {
  return instruments.get(`SPOT_${perp.baseAsset}_${perp.quoteAsset}`)?.price ?? perp.price;
}

/** The rate of the round at `roundTime`, at the current prices. */
export function fundingRate(perp: Instrument, instruments: ReadonlyMap<string, Instrument>, roundTime: number): Dec {
  const index = indexPrice(perp, instruments);
  const premium = index > ZERO ? div(perp.price - index, index) : ZERO;
  const baseline = decOf((BASELINE + (unit(perp.symbol, "funding", roundTime) - 0.5) * BASELINE).toFixed(8));
  const capped = max(-FUNDING_RATE_CAP, min(FUNDING_RATE_CAP, premium + baseline));
  // bigint division truncates toward zero: a negative rate is cut the same way as a positive one.
  return (capped / RATE_STEP) * RATE_STEP;
}
