import { AlgoParentOrderType, AlgoType, OrderStatusFilter, Side } from "@woox-sdk/types/enums";
import { fmt, max, min, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { AlgoEvent } from "../engine/events.js";
import type { OrderStatus } from "../engine/status.js";
import type { Instrument } from "../market/instruments.js";
import { BRACKETS, isOpenNode, isOpenTree, TP_SL_CONTAINERS, walk, type AlgoNode } from "./node.js";

/**
 * What a price does to algo orders: activation of trailing stops and of a bracket's TP/SL, triggers,
 * fills (booked through the ledger like any other fill) and the cancels one leg firing causes in its
 * siblings. Every change of state is emitted as an AlgoEvent.
 */

/** Lets the current price act on every open algo order of the symbol; repeats until nothing changes, since a
 *  fill can activate a TP/SL that the same price already triggers. */
export function settle(ex: Exchange, inst: Instrument): void {
  for (let round = 0; round < 16; round++) {
    let changed = false;
    for (const root of ex.algos.rootsOn(inst.symbol)) {
      if (!isOpenTree(root)) continue;
      for (const n of [...walk(root)]) if (step(ex, n, inst)) changed = true;
    }
    if (!changed) return;
  }
}

/** Cancels every open node of an algo order's tree. Returns false when nothing was open. */
export function cancelTree(ex: Exchange, root: AlgoNode): boolean {
  let any = false;
  for (const n of walk(root)) {
    if (!isOpenNode(n)) continue;
    setStatus(ex, n, OrderStatusFilter.CANCELLED);
    any = true;
  }
  return any;
}

/** Lets the current price act on one node; true when it changed anything. */
function step(ex: Exchange, n: AlgoNode, inst: Instrument): boolean {
  if (!isOpenNode(n) || TP_SL_CONTAINERS.has(n.algoType) || n.parent?.isActivated === false) return false;
  const p = inst.price;
  // A bracket's TP/SL legs wait for their container to activate.
  if (!n.isActivated && n.algoType !== AlgoType.TRAILING_STOP) return false;

  if (n.algoType === AlgoType.TRAILING_STOP && !n.isTriggered) return trail(ex, n, p);

  let changed = false;
  if (n.triggerPrice !== undefined && !n.isTriggered) {
    const hit = n.direction === "up" ? p >= n.triggerPrice : p <= n.triggerPrice;
    if (!hit) return false;
    trigger(ex, n, p);
    changed = true;
    if (n.type !== AlgoParentOrderType.LIMIT) {
      fill(ex, n, p, fillQuantity(ex, n));
      return true;
    }
    n.working = true; // a stop-limit rests at its price once triggered
  }

  if (n.working && n.type === AlgoParentOrderType.LIMIT && n.price !== undefined) {
    const crossed = n.side === Side.BUY ? p <= n.price : p >= n.price;
    if (!crossed) return changed;
    fill(ex, n, n.side === Side.BUY ? min(p, n.price) : max(p, n.price), fillQuantity(ex, n));
    return true;
  }

  if (n.algoType === AlgoType.BRACKET && n.type === AlgoParentOrderType.MARKET) {
    fill(ex, n, p, n.quantity ?? ZERO);
    return true;
  }
  return changed;
}

/** A trailing stop: activates at its activatedPrice, then follows the best price and fires on the callback. */
function trail(ex: Exchange, n: AlgoNode, p: Dec): boolean {
  if (!n.isActivated) {
    const reached = n.side === Side.SELL ? p >= n.activatedPrice! : p <= n.activatedPrice!;
    if (!reached) return false;
    n.isActivated = true;
    n.extreme = p;
    touch(ex, n);
    emit(ex, "ACTIVATED", n, p);
    return true;
  }
  const prev = n.extreme ?? p;
  n.extreme = n.side === Side.SELL ? max(prev, p) : min(prev, p);
  const distance = n.callbackValue ?? mul(n.extreme, n.callbackRate ?? ZERO);
  const stop = n.side === Side.SELL ? n.extreme - distance : n.extreme + distance;
  const hit = n.side === Side.SELL ? p <= stop : p >= stop;
  if (!hit) return n.extreme !== prev;
  trigger(ex, n, p);
  fill(ex, n, p, n.quantity ?? ZERO);
  return true;
}

function fillQuantity(ex: Exchange, n: AlgoNode): Dec {
  if (n.type !== "CLOSE_POSITION") return n.quantity ?? ZERO;
  // Closes whatever position the closing side can reduce, at most the quantity of a POSITIONAL_TP_SL that has one.
  const closable = ex.ledger.closable(n.account, n.symbol, n.side, n.positionSide);
  return n.quantity !== undefined && n.quantity < closable ? n.quantity : closable;
}

function trigger(ex: Exchange, n: AlgoNode, p: Dec): void {
  n.isTriggered = true;
  n.triggerTime = ex.now();
  touch(ex, n);
  emit(ex, "TRIGGERED", n, p);
  const parent = n.parent;
  if (!parent) return;
  // One leg firing ends the others: TP vs SL of a TP/SL, or the stop leg vs the limit of an OCO.
  if (TP_SL_CONTAINERS.has(parent.algoType)) {
    for (const s of parent.children) if (s !== n && isOpenNode(s)) setStatus(ex, s, OrderStatusFilter.CANCELLED);
  }
  if (parent.algoType === AlgoType.OCO) {
    parent.working = false;
    parent.isTriggered = true;
    parent.triggerTime = n.triggerTime;
  }
}

function fill(ex: Exchange, n: AlgoNode, p: Dec, qty: Dec): void {
  if (qty === ZERO) {
    // A CLOSE_POSITION leg with no position to close has nothing to do.
    setStatus(ex, n, OrderStatusFilter.CANCELLED);
    if (n.parent && TP_SL_CONTAINERS.has(n.parent.algoType)) setStatus(ex, n.parent, OrderStatusFilter.CANCELLED);
    return;
  }
  const trade = ex.ledger.applyFill(n.account, {
    symbol: n.symbol,
    side: n.side,
    positionSide: n.positionSide,
    marginMode: n.marginMode,
    quantity: qty,
    price: p,
    // A limit order resting in the book made the market; everything else took it.
    isMaker: n.working && n.type === AlgoParentOrderType.LIMIT,
    orderId: n.algoOrderId,
    orderTag: n.tag,
  });
  n.executed = qty;
  n.averagePrice = p;
  n.fee += trade.fee;
  n.working = false;
  setStatus(ex, n, OrderStatusFilter.FILLED, p, qty);

  const parent = n.parent;
  // A TP/SL is filled by its leg; an OCO by either of its two orders.
  if (parent && (TP_SL_CONTAINERS.has(parent.algoType) || (parent.algoType === AlgoType.OCO && isOpenNode(parent)))) {
    parent.executed = qty;
    parent.averagePrice = p;
    parent.fee += trade.fee;
    setStatus(ex, parent, OrderStatusFilter.FILLED, p, qty);
  }
  if (n.algoType === AlgoType.OCO) {
    for (const c of n.children) if (isOpenNode(c)) setStatus(ex, c, OrderStatusFilter.CANCELLED);
  }
  if (BRACKETS.has(n.algoType)) {
    for (const c of n.children) activate(ex, c, p);
  }
}

/** A bracket's TP/SL goes live when the entry fills; a positional one replaces the previous one. */
function activate(ex: Exchange, container: AlgoNode, p: Dec): void {
  if (container.algoType === AlgoType.POSITIONAL_TP_SL) {
    for (const r of ex.algos.roots(container.account)) {
      for (const x of walk(r)) {
        if (
          x !== container &&
          x.algoType === AlgoType.POSITIONAL_TP_SL &&
          x.symbol === container.symbol &&
          x.side === container.side &&
          x.isActivated &&
          isOpenNode(x)
        ) {
          cancelTree(ex, x);
        }
      }
    }
  }
  for (const x of walk(container)) {
    x.isActivated = true;
    touch(ex, x);
  }
  emit(ex, "ACTIVATED", container, p);
}

function setStatus(ex: Exchange, n: AlgoNode, status: OrderStatus, p?: Dec, qty?: Dec): void {
  n.status = status;
  n.working = false;
  touch(ex, n);
  emit(ex, status === OrderStatusFilter.FILLED ? "FILLED" : "CANCELLED", n, p ?? ex.price(n.symbol), qty);
}

function touch(ex: Exchange, n: AlgoNode): void {
  n.updatedTime = ex.now();
}

function emit(ex: Exchange, event: AlgoEvent["event"], n: AlgoNode, p: Dec, qty?: Dec): void {
  const e: AlgoEvent = { event, algoOrderId: n.algoOrderId, algoType: n.algoType, symbol: n.symbol, price: fmt(p) };
  if (qty !== undefined) e.quantity = fmt(qty);
  ex.events.emit(n.account, e);
}
