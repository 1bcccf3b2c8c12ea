import type { AlgoOrder, Instrument as InstrumentRow, MarketTrade, Order, Trade } from "@woox-sdk/types";
import { PositionSide, Side } from "@woox-sdk/types/enums";
import type { TradeRecord } from "./account/ledger.js";
import { rootOf, type AlgoNode } from "./algo/node.js";
import { div, fmt, ZERO } from "./decimal.js";
import type { Instrument } from "./market/instruments.js";
import type { OrderState } from "./orders/state.js";

// The engine's records as V3 returns them, typed by the spec's response schemas.

/**
 * An algo order as V3 returns it (spec schema AlgoOrder). Decimals go out as strings and ids as exact
 * integers; `tagField` is `orderTag` for GET algoOrder and `algoOrderTag` for the list, as the official
 * examples name it.
 */
export function algoOrderView(
  n: AlgoNode,
  quoteAsset: string,
  tagField: "orderTag" | "algoOrderTag" = "orderTag",
): AlgoOrder {
  const root = rootOf(n);
  const out: AlgoOrder = {
    algoOrderId: n.algoOrderId,
    clientAlgoOrderId: n.clientAlgoOrderId,
    rootAlgoOrderId: root.algoOrderId,
    parentAlgoOrderId: n.parent?.algoOrderId ?? 0n,
    symbol: n.symbol,
    [tagField]: n.tag,
    algoType: n.algoType,
    side: n.side,
    positionSide: n.positionSide,
    quantity: fmt(n.quantity ?? ZERO),
    isTriggered: n.isTriggered,
    // USELESS while nothing has fired (as in the official example of an untriggered order), SUCCESS after.
    triggerStatus: n.isTriggered ? "SUCCESS" : "USELESS",
    type: n.type,
    rootAlgoStatus: root.status,
    algoStatus: n.status,
    triggerPriceType: n.triggerPriceType,
    triggerTime: String(n.triggerTime),
    totalExecutedQuantity: fmt(n.executed),
    averageExecutedPrice: fmt(n.averagePrice),
    totalFee: fmt(n.fee),
    feeAsset: n.executed > ZERO ? quoteAsset : "",
    totalRebate: "0",
    rebateCurrency: quoteAsset,
    reduceOnly: n.reduceOnly,
    createdTime: n.createdTime,
    updatedTime: n.updatedTime,
    isActivated: n.isActivated,
  };
  if (n.triggerPrice !== undefined) out.triggerPrice = fmt(n.triggerPrice);
  if (n.price !== undefined) out.price = fmt(n.price);
  if (n.visibleQuantity !== undefined) out.visibleQuantity = fmt(n.visibleQuantity);
  if (n.callbackRate !== undefined) out.callbackRate = fmt(n.callbackRate);
  if (n.callbackValue !== undefined) out.callbackValue = fmt(n.callbackValue);
  if (n.activatedPrice !== undefined) out.activatedPrice = fmt(n.activatedPrice);
  if (n.marginMode !== undefined) out.marginMode = n.marginMode;
  if (n.children.length > 0) out.childOrders = n.children.map((c) => algoOrderView(c, quoteAsset, tagField));
  return out;
}

/** An ordinary order as V3 returns it (spec schema Order). */
export function orderView(o: OrderState, withPnl = false): Order {
  const out: Order = {
    orderId: o.orderId,
    clientOrderId: o.clientOrderId,
    symbol: o.symbol,
    orderTag: o.tag,
    side: o.side,
    type: o.type,
    status: o.status,
    price: o.price === undefined ? null : fmt(o.price),
    quantity: o.quantitySent ? fmt(o.quantity) : null,
    amount: o.amount === undefined ? null : fmt(o.amount),
    visibleQuantity: fmt(o.visibleQuantity ?? o.quantity),
    totalExecutedQuantity: fmt(o.executed),
    averageExecutedPrice: o.executed > ZERO ? fmt(div(o.executedValue, o.executed)) : null,
    totalFee: fmt(o.fee),
    feeAsset: o.feeAsset,
    totalRebate: "0",
    rebateAsset: o.feeAsset,
    reduceOnly: o.reduceOnly,
    createdTime: o.createdTime,
    updatedTime: o.updatedTime,
  };
  if (o.positionSide !== undefined) out.positionSide = o.positionSide;
  if (o.marginMode !== undefined) out.marginMode = o.marginMode;
  if (withPnl) out.realizedPnl = o.realizedPnl === undefined ? null : fmt(o.realizedPnl);
  return out;
}

/**
 * A fill's `side` as the trade endpoints print it: BUY/SELL in one-way mode, `OPEN LONG`, `CLOSE LONG`,
 * `OPEN SHORT` or `CLOSE SHORT` in hedge mode (the official get_transaction example says so).
 */
export function tradeSide(t: Pick<TradeRecord, "side" | "positionSide">): string {
  if (t.positionSide === PositionSide.BOTH) return t.side;
  const opens = (t.positionSide === PositionSide.LONG) === (t.side === Side.BUY);
  return `${opens ? "OPEN" : "CLOSE"} ${t.positionSide}`;
}

/** One of your executions (spec schema Trade). */
export function tradeView(t: TradeRecord): Trade {
  return {
    id: t.id,
    symbol: t.symbol,
    orderId: t.orderId,
    orderTag: t.orderTag,
    side: tradeSide(t),
    executedPrice: fmt(t.price),
    executedQuantity: fmt(t.quantity),
    fee: fmt(t.fee),
    feeAsset: t.feeAsset,
    isMaker: t.isMaker ? 1 : 0,
    // The sandbox has no retail-price-improvement orders.
    isMatchRpi: false,
    realizedPnl: t.realizedPnl === undefined ? null : fmt(t.realizedPnl),
    executedTimestamp: t.time,
  };
}

/** A public trade (spec schema MarketTrade): every account's fills, without who made them. */
export function marketTradeView(t: TradeRecord): MarketTrade {
  return {
    symbol: t.symbol,
    side: t.side,
    executedPrice: fmt(t.price),
    executedQuantity: fmt(t.quantity),
    executedTimestamp: t.time,
  };
}

/** An instrument's trading rules (spec schema Instrument), exactly those the sandbox checks orders against. */
export function instrumentView(i: Instrument): InstrumentRow {
  return {
    symbol: i.symbol,
    status: "TRADING",
    baseAsset: i.baseAsset,
    quoteAsset: i.quoteAsset,
    baseMin: fmt(i.baseMin),
    baseMax: fmt(i.baseMax),
    baseTick: fmt(i.baseTick),
    quoteMin: fmt(i.quoteMin),
    quoteMax: fmt(i.quoteMax),
    quoteTick: fmt(i.quoteTick),
    minNotional: fmt(i.minNotional),
    createdTime: i.createdTime,
    updatedTime: i.createdTime,
  };
}
