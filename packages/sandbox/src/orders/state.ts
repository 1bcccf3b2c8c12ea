import type { MarginMode, OrderType, PositionSide, Side } from "@woox-sdk/types/enums";
import type { Dec } from "../decimal.js";
import { OPEN_STATUSES, type OrderStatus } from "../engine/status.js";

/**
 * An ordinary order (POST/GET/PUT/DELETE /v3/trade/order and friends) as the engine holds it. There is no
 * matching between accounts and no depth: the instrument's price is "the market", and an order trades
 * against it.
 *
 * - MARKET fills at once, in full, at the current price (taker). `amount` buys or sells that much quote.
 * - LIMIT, ASK and BID that cross the current price fill at once at the current price (taker); the others
 *   rest (NEW) and fill at their own price (maker) when `POST /sandbox/price` moves the price onto or
 *   through them. A price move with a `quantity` trades only that much, in price-then-time priority, so
 *   orders can end up PARTIAL_FILLED.
 * - IOC and FOK fill at once if they cross, else are CANCELLED (without depth the two behave alike).
 * - POST_ONLY that would cross is accepted and then CANCELLED without executing (as WOO X documents it);
 *   otherwise it rests like LIMIT.
 * - ASK / BID are priced at the `bidAskLevel`-th best ask / bid of GET /v3/public/orderbook.
 */
export interface OrderState {
  orderId: bigint;
  clientOrderId: bigint;
  account: string;
  symbol: string;
  tag: string;
  side: Side;
  /** PERP_ only: BOTH in one-way mode, LONG or SHORT in hedge mode. */
  positionSide: PositionSide | undefined;
  type: OrderType;
  /** The limit price (ASK/BID: the level's price); undefined for MARKET. */
  price: Dec | undefined;
  /** The base quantity: as sent, or worked out from `amount` at placement. */
  quantity: Dec;
  /** Whether `quantity` was sent (false for orders placed by `amount`). */
  quantitySent: boolean;
  amount: Dec | undefined;
  visibleQuantity: Dec | undefined;
  reduceOnly: boolean;
  marginMode: MarginMode | undefined;
  bidAskLevel: number | undefined;
  status: OrderStatus;
  executed: Dec;
  executedValue: Dec;
  fee: Dec;
  feeAsset: string;
  realizedPnl: Dec | undefined;
  createdTime: number;
  updatedTime: number;
  /** Arrival order, for time priority. */
  seq: number;
}

export interface OrderRef {
  orderId?: bigint;
  clientOrderId?: bigint;
}

export const isOpenOrder = (o: OrderState): boolean => OPEN_STATUSES.has(o.status);
export const remaining = (o: OrderState): Dec => o.quantity - o.executed;
