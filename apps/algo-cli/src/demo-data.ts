import { parseJson, type WooxClient } from "@woox-sdk/client";
import type { AlgoOrderRequest } from "@woox-sdk/types";
import type { OrderSpec } from "./orders.js";

type Id = number | bigint;

/** One order per type, spread over instruments (POST algoOrder allows 2 requests/s per symbol). */
export const DEMO_ORDERS: readonly OrderSpec[] = [
  { algoType: "STOP", symbol: "PERP_BTC_USDT", side: "BUY", quantity: "0.01", triggerPrice: "61000" },
  { algoType: "POSITIONAL_TP_SL", symbol: "PERP_BTC_USDT", side: "SELL", tp: "62000", sl: "59000" },
  { algoType: "OCO", symbol: "PERP_ETH_USDT", side: "BUY", quantity: "0.1", price: "2900", triggerPrice: "3100" },
  {
    algoType: "TRAILING_STOP",
    symbol: "SPOT_ETH_USDT",
    side: "SELL",
    quantity: "0.1",
    activatedPrice: "3050",
    callbackRate: "0.01",
  },
  { algoType: "TP_SL", symbol: "SPOT_BTC_USDT", side: "SELL", quantity: "0.001", tp: "62000", sl: "58000" },
  { algoType: "BRACKET", symbol: "SPOT_BAL_USDT", side: "BUY", quantity: "1", price: "69", tp: "76", sl: "50" },
  {
    algoType: "STOP_BRACKET",
    symbol: "SPOT_WOO_USDT",
    side: "BUY",
    quantity: "100",
    triggerPrice: "0.21",
    tp: "0.25",
    sl: "0.18",
    bracketChild: "TP_SL",
  },
];

/** Price moves that walk every order above through its trigger, in order. */
export const DEMO_MOVES: readonly { symbol: string; price: string; why: string }[] = [
  {
    symbol: "PERP_BTC_USDT",
    price: "61000",
    why: "the STOP buys; the position it opens is what POSITIONAL_TP_SL will close",
  },
  { symbol: "PERP_BTC_USDT", price: "62000", why: "POSITIONAL_TP_SL take-profit closes the whole position" },
  { symbol: "PERP_ETH_USDT", price: "3100", why: "OCO: the stop leg fires, so the limit leg is cancelled" },
  { symbol: "SPOT_ETH_USDT", price: "3050", why: "TRAILING_STOP reaches its activation price" },
  { symbol: "SPOT_ETH_USDT", price: "3200", why: "the trail follows the new high (stop now 3168)" },
  { symbol: "SPOT_ETH_USDT", price: "3160", why: "a 1% pull-back from 3200 triggers the trailing stop" },
  { symbol: "SPOT_BTC_USDT", price: "62000", why: "TP_SL take-profit sells 0.001" },
  { symbol: "SPOT_BAL_USDT", price: "69", why: "BRACKET limit entry fills and activates its POSITIONAL_TP_SL" },
  { symbol: "SPOT_BAL_USDT", price: "76", why: "the bracket's take-profit closes the position" },
  { symbol: "SPOT_WOO_USDT", price: "0.21", why: "STOP_BRACKET entry triggers and fills, its TP_SL activates" },
  { symbol: "SPOT_WOO_USDT", price: "0.18", why: "the bracket's stop-loss sells" },
];

/** What POST /sandbox/price reports: algo-order events carry algoOrderId/algoType, ordinary ones orderId/type. */
export interface MoveEvent {
  event: string;
  algoOrderId?: Id;
  algoType?: string;
  orderId?: Id;
  type?: string;
  price: string;
  quantity?: string;
}

/**
 * Places one algo order with the raw typed call, which returns `{ data }` or `{ error }`. The client
 * paces placements to 2 per second per symbol and retries what is safe to retry by itself.
 */
export function placeOrder(client: WooxClient, body: AlgoOrderRequest) {
  return client.POST("/v3/trade/algoOrder", { body });
}

export async function movePrice(baseUrl: string, symbol: string, price: string): Promise<MoveEvent[]> {
  const res = await fetch(`${baseUrl}/sandbox/price`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ symbol, price }),
  });
  const body = parseJson(await res.text()) as { success: boolean; data?: { events: MoveEvent[] }; message?: string };
  if (!res.ok || !body.success || !body.data)
    throw new Error(`POST /sandbox/price failed: HTTP ${res.status} ${body.message ?? ""}`);
  return body.data.events;
}
