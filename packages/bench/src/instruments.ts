import { DEFAULT_INSTRUMENTS } from "@woox-sdk/sandbox";

/**
 * The sandbox's instruments as rows of GET /v3/public/instruments. The minimal server answers with
 * these, and ccxt is seeded with them when the sandbox does not serve that endpoint.
 */
export function instrumentRows(): Record<string, string | number>[] {
  return DEFAULT_INSTRUMENTS.map((i) => {
    const [, baseAsset = "", quoteAsset = ""] = i.symbol.split("_");
    return {
      symbol: i.symbol,
      status: "TRADING",
      baseAsset,
      quoteAsset,
      baseMin: i.baseMin,
      baseMax: "100000",
      baseTick: i.baseTick,
      quoteMin: "0",
      quoteMax: "10000000",
      quoteTick: i.quoteTick,
      minNotional: i.minNotional,
      createdTime: "1571824137.000",
      updatedTime: "1571824137.000",
    };
  });
}

/** The order every contender places: a SELL STOP on PERP_BTC_USDT (ccxt's name for it: BTC/USDT:USDT). */
export const SYMBOL = "PERP_BTC_USDT";
export const CCXT_SYMBOL = "BTC/USDT:USDT";
/** Below the sandbox's starting price, so a SELL STOP is accepted. */
export const TRIGGER_PRICE = "59000";
export const QUANTITY = "0.01";
/** Moving the price here triggers (and so closes) every open STOP SELL above, freeing the open-order limit. */
export const TRIGGERING_PRICE = "50000";
export const START_PRICE = DEFAULT_INSTRUMENTS.find((i) => i.symbol === SYMBOL)?.price ?? "60000";
