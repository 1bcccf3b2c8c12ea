import { OrderStatusFilter, OrderType, PositionSide, Side } from "@woox-sdk/types/enums";
import { fmt, min, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { Instrument } from "../market/instruments.js";
import { isOpenOrder, remaining, type OrderState } from "./state.js";

/**
 * How ordinary orders trade against the instrument's price: on arrival (placement or edit) and when a
 * price move reaches resting orders. Fills are booked through the ledger; every change is emitted as an
 * OrderEvent.
 */

const crosses = (o: OrderState, p: Dec): boolean =>
  o.price !== undefined && (o.side === Side.BUY ? o.price >= p : o.price <= p);

/** What happens on arrival: immediate fills, cancels, or rest. */
export function execute(ex: Exchange, o: OrderState, inst: Instrument): void {
  const p = inst.price;
  if (o.type === OrderType.MARKET) {
    fill(ex, o, p, remaining(o), false);
    if (isOpenOrder(o)) cancelOrder(ex, o);
    return;
  }
  const crossing = crosses(o, p);
  if (o.type === OrderType.POST_ONLY) {
    if (crossing) cancelOrder(ex, o);
    return;
  }
  if (crossing) fill(ex, o, p, remaining(o), false);
  if ((o.type === OrderType.IOC || o.type === OrderType.FOK) && isOpenOrder(o)) cancelOrder(ex, o);
}

/** A price move: resting orders the price reached fill at their own price, best price first, then oldest. */
export function onPrice(ex: Exchange, inst: Instrument, volume?: Dec): void {
  const p = inst.price;
  const hit = ex.orders
    .openOn(inst.symbol)
    .filter((o) => o.type !== OrderType.MARKET && crosses(o, p))
    .sort((a, b) =>
      a.price === b.price ? a.seq - b.seq : (a.side === Side.BUY ? a.price! > b.price! : a.price! < b.price!) ? -1 : 1,
    );
  let left = volume;
  for (const o of hit) {
    if (left !== undefined && left <= ZERO) break;
    const want = left === undefined ? remaining(o) : min(remaining(o), left);
    const done = fill(ex, o, o.price!, want, true);
    if (left !== undefined) left -= done;
  }
}

/** Ends an open order as CANCELLED. */
export function cancelOrder(ex: Exchange, o: OrderState): void {
  o.status = OrderStatusFilter.CANCELLED;
  o.updatedTime = ex.now();
  ex.events.emit(o.account, {
    event: "CANCELLED",
    orderId: o.orderId,
    type: o.type,
    symbol: o.symbol,
    price: fmt(o.price ?? ex.price(o.symbol)),
  });
}

function fill(ex: Exchange, o: OrderState, p: Dec, wanted: Dec, isMaker: boolean): Dec {
  let qty = wanted;
  // A reduce-only order never opens or flips a position, even if the position shrank since it was placed.
  if (o.reduceOnly) qty = min(qty, ex.ledger.closable(o.account, o.symbol, o.side, o.positionSide));
  if (qty <= ZERO) {
    cancelOrder(ex, o);
    return ZERO;
  }
  const trade = ex.ledger.applyFill(o.account, {
    symbol: o.symbol,
    side: o.side,
    positionSide: o.positionSide ?? PositionSide.BOTH,
    marginMode: o.marginMode,
    quantity: qty,
    price: p,
    isMaker,
    orderId: o.orderId,
    orderTag: o.tag,
  });
  o.executed += qty;
  o.executedValue += mul(qty, p);
  o.fee += trade.fee;
  if (o.realizedPnl !== undefined) o.realizedPnl += trade.realizedPnl ?? ZERO;
  o.status = o.executed >= o.quantity ? OrderStatusFilter.FILLED : OrderStatusFilter.PARTIAL_FILLED;
  o.updatedTime = ex.now();
  ex.events.emit(o.account, {
    event: o.status === OrderStatusFilter.FILLED ? "FILLED" : "PARTIAL_FILLED",
    orderId: o.orderId,
    type: o.type,
    symbol: o.symbol,
    price: fmt(p),
    quantity: fmt(qty),
  });
  return qty;
}
