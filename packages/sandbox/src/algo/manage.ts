import type { AlgoType, OrderStatusFilter, PositionSide, Side } from "@woox-sdk/types/enums";
import type { Exchange } from "../engine/exchange.js";
import { isAlgoEvent, type AlgoEvent } from "../engine/events.js";
import { paginate, type Page } from "../engine/page.js";
import { matchesStatus } from "../engine/status.js";
import { ORDER_GONE, reject } from "../errors.js";
import { isOpenTree, type AlgoNode, type AlgoNodeOrderType } from "./node.js";
import { cancelTree } from "./triggers.js";

/** Finding, cancelling and listing algo orders (GET/DELETE algoOrder, GET/DELETE algoOrders). */

export interface AlgoOrderRef {
  algoOrderId?: bigint;
  clientAlgoOrderId?: bigint;
}

export interface ListFilter {
  symbol?: string;
  side?: Side;
  positionSide?: PositionSide;
  algoType?: AlgoType;
  orderType?: AlgoNodeOrderType;
  algoOrderTag?: string;
  isTriggered?: boolean;
  status?: OrderStatusFilter;
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}

/** Finds by algoOrderId, else clientAlgoOrderId; `algoOrderId` wins when both are given (S3). */
export function lookup(ex: Exchange, account: string, ref: AlgoOrderRef): AlgoNode {
  if (ref.algoOrderId !== undefined) {
    const n = ex.algos.find(account, ref.algoOrderId);
    if (n === undefined) reject("ORDER_NOT_FOUND", { vars: { orderId: String(ref.algoOrderId) } });
    return n;
  }
  if (ref.clientAlgoOrderId !== undefined) {
    const n = ex.algos.findByClientId(account, ref.clientAlgoOrderId);
    if (n === undefined)
      reject("RESOURCE_NOT_FOUND", { detail: `No algo order with clientAlgoOrderId ${ref.clientAlgoOrderId}.` });
    return n;
  }
  return reject("INVALID_PARAM", { detail: "Either algoOrderId or clientAlgoOrderId is required" });
}

/**
 * Cancels one algo order (with everything under it). The real API answers CANCEL_SENT and finishes
 * asynchronously; the sandbox finishes at once, so a read right after already shows CANCELLED.
 */
export function cancelAlgoOrder(ex: Exchange, account: string, ref: AlgoOrderRef, symbol?: string): AlgoEvent[] {
  const n = lookup(ex, account, ref);
  if (symbol !== undefined && n.symbol !== symbol) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
  let cancelled = false;
  const events = ex.events.collect(() => void (cancelled = cancelTree(ex, n)));
  // The catalog's own example for -1006: cancelling an order that is already CANCELLED.
  if (!cancelled) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
  return events.filter(isAlgoEvent);
}

/** Cancels every open algo order of the account, on one symbol or all. */
export function cancelAlgoOrders(ex: Exchange, account: string, symbol?: string): AlgoEvent[] {
  if (symbol !== undefined) ex.instrument(symbol);
  const events = ex.events.collect(() => {
    for (const r of ex.algos.roots(account)) if (symbol === undefined || r.symbol === symbol) cancelTree(ex, r);
  });
  return events.filter(isAlgoEvent);
}

/** GET /v3/trade/algoOrders: root orders, newest first, filtered and paginated. */
export function listAlgoOrders(ex: Exchange, account: string, f: ListFilter): Page<AlgoNode> {
  const rows = [...ex.algos.roots(account)].reverse().filter((r) => {
    if (f.symbol !== undefined && r.symbol !== f.symbol) return false;
    if (f.side !== undefined && r.side !== f.side) return false;
    if (f.positionSide !== undefined && r.positionSide !== f.positionSide) return false;
    if (f.algoType !== undefined && r.algoType !== f.algoType) return false;
    if (f.orderType !== undefined && r.type !== f.orderType) return false;
    if (f.algoOrderTag !== undefined && r.tag !== f.algoOrderTag) return false;
    if (f.isTriggered !== undefined && r.isTriggered !== f.isTriggered) return false;
    if (f.startTime !== undefined && r.createdTime < f.startTime) return false;
    if (f.endTime !== undefined && r.createdTime > f.endTime) return false;
    // INCOMPLETE = NEW + PARTIAL_FILLED, COMPLETED = CANCELLED + FILLED + REJECTED (S4); for a bracket
    // whose entry filled, its still-open TP/SL keeps the order incomplete.
    return matchesStatus(r.status, isOpenTree(r), f.status);
  });
  return paginate(rows, f.page, f.size);
}
