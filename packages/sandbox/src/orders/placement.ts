import type { EditOrderRequest, OrderRequest } from "@woox-sdk/types";
import { OrderStatusFilter, OrderType, PositionMode, PositionSide, Side, type MarginMode } from "@woox-sdk/types/enums";
import { div, floorTo, isMultiple, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { decimal, flag, idField, integer, text } from "../engine/fields.js";
import { ORDER_GONE, reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { execute } from "./execution.js";
import { isOpenOrder, remaining, type OrderState } from "./state.js";

/** Placing and editing ordinary orders: the rules they must pass, then their arrival at the market. */

const LIMIT_TYPES: ReadonlySet<OrderType> = new Set([
  OrderType.LIMIT,
  OrderType.IOC,
  OrderType.FOK,
  OrderType.POST_ONLY,
]);

/** POST /v3/trade/order. Nothing is registered when a rule refuses the order. */
export function placeOrder(ex: Exchange, account: string, body: OrderRequest): OrderState {
  const inst = ex.instrument(text(body, "symbol")!, "SYMBOL_NOT_EXISTS");
  const type = text<OrderType>(body, "type")!;
  const side = text<Side>(body, "side")!;
  const list = ex.orders.orders(account);

  const clientOrderId = idField(body, "clientOrderId") ?? 0n;
  // Unique among open orders only; ordinary orders and algo orders have separate namespaces.
  if (clientOrderId !== 0n && list.some((o) => o.clientOrderId === clientOrderId && isOpenOrder(o)))
    reject("DUPLICATE_CLIENT_ORDER_ID");

  const positionSide = positionSideOf(ex, account, inst, text<PositionSide>(body, "positionSide"));
  let price = decimal(body, "price");
  let quantity = decimal(body, "quantity");
  const amount = decimal(body, "amount");
  const visibleQuantity = decimal(body, "visibleQuantity");
  const isBidAsk = type === OrderType.ASK || type === OrderType.BID;
  const byAmount = type === OrderType.MARKET || isBidAsk;

  if (LIMIT_TYPES.has(type) && price === undefined)
    reject("INVALID_PARAM", { detail: `price is required for ${type} orders` });
  if (amount !== undefined && !byAmount)
    reject("INVALID_PARAM", { detail: "amount is only for MARKET, ASK and BID orders; send quantity" });
  if (amount !== undefined && quantity !== undefined)
    reject("INVALID_PARAM", { detail: "send either quantity or amount, not both" });
  if (amount === undefined && quantity === undefined)
    reject("INVALID_PARAM", { detail: byAmount ? "quantity or amount is required" : "quantity is required" });
  if (type === OrderType.MARKET) price = undefined; // a MARKET order has no price; one sent is ignored
  let bidAskLevel: number | undefined;
  if (isBidAsk) {
    bidAskLevel = integer(body, "bidAskLevel") ?? 1;
    price = ex.bookPrice(inst, type === OrderType.ASK ? "asks" : "bids", bidAskLevel);
  }

  const at = price ?? inst.price;
  if (amount !== undefined) {
    if (amount <= ZERO) reject("INVALID_PARAM", { detail: "amount must be greater than 0" });
    if (amount < inst.minNotional) reject("MIN_NOTIONAL");
    quantity = floorTo(div(amount, at), inst.baseTick);
  }
  checkOrderRules(inst, price, quantity!, visibleQuantity, amount === undefined);

  const t = ex.now();
  const o: OrderState = {
    orderId: ex.orders.peekOrderId(),
    clientOrderId,
    account,
    symbol: inst.symbol,
    tag: text(body, "orderTag") ?? "default",
    side,
    positionSide,
    type,
    price,
    quantity: quantity!,
    quantitySent: amount === undefined,
    amount,
    visibleQuantity,
    reduceOnly: flag(body, "reduceOnly") === true && inst.kind === "PERP",
    marginMode:
      inst.kind === "PERP"
        ? ex.futures.marginModeFor(account, inst.symbol, text<MarginMode>(body, "marginMode"))
        : undefined,
    bidAskLevel,
    status: OrderStatusFilter.NEW,
    executed: ZERO,
    executedValue: ZERO,
    fee: ZERO,
    feeAsset: inst.quoteAsset,
    realizedPnl: inst.kind === "PERP" ? ZERO : undefined,
    createdTime: t,
    updatedTime: t,
    seq: ex.orders.nextSeq(),
  };
  ex.accounts.checkOrder(o, inst);
  checkPosition(ex, o, inst);
  ex.checkFunds(o, inst);

  // Committed: register, then let the current price act on it.
  ex.orders.add(o);
  ex.events.change(account, { kind: "order", orderId: o.orderId });
  execute(ex, o, inst);
  return o;
}

/** PUT /v3/trade/order: changes price and/or quantity; the order then acts as if it had just arrived. */
export function editOrder(ex: Exchange, account: string, body: EditOrderRequest): OrderState {
  const o = ex.orders.find(account, {
    orderId: idField(body, "orderId"),
    clientOrderId: idField(body, "clientOrderId"),
  });
  if (o === undefined || !isOpenOrder(o)) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
  const inst = ex.instrument(o.symbol);
  const price = decimal(body, "price");
  const quantity = decimal(body, "quantity");
  if (price === undefined && quantity === undefined)
    reject("INVALID_PARAM", { detail: "send price and/or quantity to edit" });
  if (price !== undefined && o.price === undefined)
    reject("INVALID_PARAM", { detail: "a MARKET order has no price to edit" });
  const next = { ...o, price: price ?? o.price, quantity: quantity ?? o.quantity };
  if (quantity !== undefined && quantity <= o.executed) reject("ORDER_QUANTITY_BELOW_EXECUTED_2");
  checkOrderRules(inst, next.price, next.quantity, undefined);
  ex.accounts.checkOrder(next, inst, o);
  checkPosition(ex, next, inst, o);
  ex.checkFunds(next, inst, o);
  o.price = next.price;
  o.quantity = next.quantity;
  if (quantity !== undefined) o.quantitySent = true;
  if (o.visibleQuantity !== undefined && o.visibleQuantity > o.quantity) o.visibleQuantity = o.quantity;
  o.updatedTime = ex.now();
  o.seq = ex.orders.nextSeq(); // an edit loses time priority, as on any exchange
  ex.events.change(account, { kind: "order", orderId: o.orderId });
  execute(ex, o, inst);
  return o;
}

/** BOTH on one-way perpetuals, LONG/SHORT on hedge-mode ones; undefined for spot. */
function positionSideOf(
  ex: Exchange,
  account: string,
  inst: Instrument,
  sent: PositionSide | undefined,
): PositionSide | undefined {
  if (inst.kind !== "PERP") return undefined;
  const mode = ex.ledger.account(account).positionMode;
  if (mode === PositionMode.ONE_WAY) {
    if (sent !== undefined && sent !== PositionSide.BOTH) reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
    return PositionSide.BOTH;
  }
  if (sent === undefined || sent === PositionSide.BOTH) reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
  return sent;
}

/** Tick, step, range and notional rules, with the catalog's codes. */
export function checkOrderRules(
  inst: Instrument,
  price: Dec | undefined,
  quantity: Dec,
  visibleQuantity: Dec | undefined,
  checkNotional = true,
): void {
  if (price !== undefined) {
    if (price <= ZERO) reject("INVALID_PARAM", { detail: "price must be greater than 0" });
    if (!isMultiple(price, inst.quoteTick) || price < inst.quoteMin || price > inst.quoteMax) reject("PRICE_FILTER");
  }
  if (quantity <= ZERO && checkNotional) reject("INVALID_PARAM", { detail: "quantity must be greater than 0" });
  if (!isMultiple(quantity, inst.baseTick) || quantity < inst.baseMin || quantity > inst.baseMax) reject("SIZE_FILTER");
  if (visibleQuantity !== undefined) {
    if (visibleQuantity !== ZERO && !isMultiple(visibleQuantity, inst.baseTick)) reject("SIZE_FILTER");
    if (visibleQuantity > quantity) reject("INVALID_PARAM", { detail: "visibleQuantity must not exceed quantity" });
  }
  if (checkNotional && mul(price ?? inst.price, quantity) < inst.minNotional) reject("MIN_NOTIONAL");
}

/** Reduce-only orders, and closing orders in hedge mode, may not exceed the position they close. */
function checkPosition(ex: Exchange, o: OrderState, inst: Instrument, was: OrderState = o): void {
  if (inst.kind !== "PERP") return;
  const hedgeClosing =
    (o.positionSide === PositionSide.LONG && o.side === Side.SELL) ||
    (o.positionSide === PositionSide.SHORT && o.side === Side.BUY);
  if (!o.reduceOnly && !hedgeClosing) return;
  const pending = ex.orders
    .orders(o.account)
    .filter(
      (x) =>
        x !== was &&
        isOpenOrder(x) &&
        x.symbol === o.symbol &&
        x.side === o.side &&
        x.positionSide === o.positionSide &&
        (x.reduceOnly || hedgeClosing),
    )
    .reduce((s, x) => s + remaining(x), ZERO);
  const room = ex.ledger.closable(o.account, o.symbol, o.side, o.positionSide) - pending;
  if (remaining(o) > room) reject(o.reduceOnly ? "INSUFFICIENT_POSITION_FOR_REDUCE_ONLY" : "QUANTITY_EXCEEDS_POSITION");
}
