/** A stop-market sell of 0.01 PERP_BTC_USDT at 59000: the algo placement the client's tests send. */
export const STOP_ORDER = {
  symbol: "PERP_BTC_USDT",
  algoType: "STOP",
  side: "SELL",
  type: "MARKET",
  quantity: "0.01",
  triggerPrice: "59000",
} as const;
