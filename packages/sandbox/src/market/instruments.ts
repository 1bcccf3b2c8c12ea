import { decOf, type Dec } from "../decimal.js";

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
  /** Largest quantity of one order (-1104 above it); default 1000000000. */
  baseMax?: string;
  /** Lowest and highest order price (-1103 outside); default one tick and 100 000 000. */
  quoteMin?: string;
  quoteMax?: string;
  /** Fee rates as fractions of the traded value; default taker 0.0005, maker 0.0002. */
  takerFee?: string;
  makerFee?: string;
  /** PERP_ only: the highest leverage PUT /v3/futures/leverage accepts (default 100). */
  maxLeverage?: number;
}

/** A handful of SPOT_ and PERP_ instruments with plausible rules; pass `instruments` to use others. */
export const DEFAULT_INSTRUMENTS: readonly InstrumentConfig[] = [
  {
    symbol: "SPOT_BTC_USDT",
    price: "60000",
    quoteTick: "0.01",
    baseTick: "0.000001",
    baseMin: "0.00001",
    minNotional: "10",
    baseMax: "100",
  },
  {
    symbol: "SPOT_ETH_USDT",
    price: "3000",
    quoteTick: "0.01",
    baseTick: "0.0001",
    baseMin: "0.001",
    minNotional: "10",
    baseMax: "2000",
  },
  {
    symbol: "SPOT_WOO_USDT",
    price: "0.2",
    quoteTick: "0.00001",
    baseTick: "1",
    baseMin: "1",
    minNotional: "1",
    baseMax: "10000000",
  },
  {
    symbol: "SPOT_BAL_USDT",
    price: "70",
    quoteTick: "0.001",
    baseTick: "0.01",
    baseMin: "0.01",
    minNotional: "1",
    baseMax: "100000",
  },
  {
    symbol: "PERP_BTC_USDT",
    price: "60000",
    quoteTick: "0.1",
    baseTick: "0.0001",
    baseMin: "0.0001",
    minNotional: "10",
    baseMax: "100",
    maxLeverage: 100,
  },
  {
    symbol: "PERP_ETH_USDT",
    price: "3000",
    quoteTick: "0.01",
    baseTick: "0.001",
    baseMin: "0.001",
    minNotional: "10",
    baseMax: "2000",
    maxLeverage: 50,
  },
];

export interface Instrument {
  symbol: string;
  kind: "SPOT" | "PERP";
  baseAsset: string;
  quoteAsset: string;
  price: Dec;
  quoteTick: Dec;
  baseTick: Dec;
  baseMin: Dec;
  baseMax: Dec;
  quoteMin: Dec;
  quoteMax: Dec;
  minNotional: Dec;
  takerFee: Dec;
  makerFee: Dec;
  maxLeverage: number;
  /** When the instrument was listed (the sandbox's start). */
  createdTime: number;
}

export function toInstrument(c: InstrumentConfig, createdTime = 0): Instrument {
  const [kind, base, quote] = c.symbol.split("_");
  return {
    symbol: c.symbol,
    kind: kind === "PERP" ? "PERP" : "SPOT",
    baseAsset: base ?? c.symbol,
    quoteAsset: quote ?? "USDT",
    price: decOf(c.price),
    quoteTick: decOf(c.quoteTick),
    baseTick: decOf(c.baseTick),
    baseMin: decOf(c.baseMin),
    baseMax: decOf(c.baseMax ?? "1000000000"),
    quoteMin: decOf(c.quoteMin ?? c.quoteTick),
    quoteMax: decOf(c.quoteMax ?? "100000000"),
    minNotional: decOf(c.minNotional),
    takerFee: decOf(c.takerFee ?? "0.0005"),
    makerFee: decOf(c.makerFee ?? "0.0002"),
    maxLeverage: c.maxLeverage ?? 100,
    createdTime,
  };
}
