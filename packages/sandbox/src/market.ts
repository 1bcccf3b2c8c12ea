import { decOf, type Dec } from "./decimal.js";

/** An instrument the sandbox trades, with the trading rules V3 lists in /v3/public/instruments. */
export interface InstrumentConfig {
  symbol: string;
  /** Starting price (move it with POST /sandbox/price). */
  price: string;
  /** Price increment: prices off this grid get -1103 PRICE_FILTER. */
  quoteTick: string;
  /** Quantity increment: quantities off this grid get -1104 SIZE_FILTER. */
  baseTick: string;
  /** Smallest quantity (-1104 below it). */
  baseMin: string;
  /** Smallest price × quantity (-1102 MIN_NOTIONAL below it). */
  minNotional: string;
}

/** A handful of SPOT_ and PERP_ instruments with plausible rules; pass `instruments` to use others. */
export const DEFAULT_INSTRUMENTS: readonly InstrumentConfig[] = [
  { symbol: "SPOT_BTC_USDT", price: "60000", quoteTick: "0.01", baseTick: "0.000001", baseMin: "0.00001", minNotional: "10" },
  { symbol: "SPOT_ETH_USDT", price: "3000", quoteTick: "0.01", baseTick: "0.0001", baseMin: "0.001", minNotional: "10" },
  { symbol: "SPOT_WOO_USDT", price: "0.2", quoteTick: "0.00001", baseTick: "1", baseMin: "1", minNotional: "1" },
  { symbol: "SPOT_BAL_USDT", price: "70", quoteTick: "0.001", baseTick: "0.01", baseMin: "0.01", minNotional: "1" },
  { symbol: "PERP_BTC_USDT", price: "60000", quoteTick: "0.1", baseTick: "0.0001", baseMin: "0.0001", minNotional: "10" },
  { symbol: "PERP_ETH_USDT", price: "3000", quoteTick: "0.01", baseTick: "0.001", baseMin: "0.001", minNotional: "10" },
];

export interface Instrument {
  symbol: string;
  quoteAsset: string;
  price: Dec;
  quoteTick: Dec;
  baseTick: Dec;
  baseMin: Dec;
  minNotional: Dec;
}

export function toInstrument(c: InstrumentConfig): Instrument {
  return {
    symbol: c.symbol,
    quoteAsset: c.symbol.split("_")[2] ?? "USDT",
    price: decOf(c.price),
    quoteTick: decOf(c.quoteTick),
    baseTick: decOf(c.baseTick),
    baseMin: decOf(c.baseMin),
    minNotional: decOf(c.minNotional),
  };
}
