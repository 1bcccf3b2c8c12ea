import {
  AlgoParentOrderType,
  AlgoType,
  OrderStatusFilter,
  PositionSide,
  Side,
  TriggerPriceType,
  type MarginMode,
} from "@woox-sdk/types/enums";
import { ZERO } from "../decimal.js";
import { decimal, flag, objects, text } from "../engine/fields.js";
import type { Instrument } from "../market/instruments.js";
import { BRACKETS, isLeg, type AlgoNode, type AlgoNodeOrderType, type AlgoNodeType } from "./node.js";

/** What building a tree needs from the store: fresh ids, the clock and the placing account. */
export interface BuildContext {
  nextAlgoOrderId(): bigint;
  now(): number;
  account: string;
  inst: Instrument;
}

/**
 * Turns a placement body (validated against the spec) into a tree of nodes: the order and, recursively,
 * its `childOrders`. Fields a leg leaves out come from its parent, as the API documents for quantity,
 * side, tag and trigger price type.
 */
export function buildTree(
  ctx: BuildContext,
  body: object,
  parent: AlgoNode | undefined,
  clientAlgoOrderId: bigint,
): AlgoNode {
  const t = ctx.now();
  const algoType = text<AlgoNodeType>(body, "algoType")!;
  const legs = objects(body, "childOrders");
  const side =
    text<Side>(body, "side") ?? (legs[0] ? text<Side>(legs[0], "side") : undefined) ?? parent?.side ?? Side.BUY;
  const leg = isLeg({ algoType });
  const node: AlgoNode = {
    algoOrderId: ctx.nextAlgoOrderId(),
    clientAlgoOrderId: parent ? 0n : clientAlgoOrderId,
    account: ctx.account,
    symbol: ctx.inst.symbol,
    tag: text(body, "algoOrderTag") ?? parent?.tag ?? "default",
    algoType,
    side,
    positionSide: text<PositionSide>(body, "positionSide") ?? parent?.positionSide ?? PositionSide.BOTH,
    type:
      text<AlgoNodeOrderType>(body, "type") ??
      (algoType === AlgoType.POSITIONAL_TP_SL ? "CLOSE_POSITION" : AlgoParentOrderType.MARKET),
    // Legs without their own quantity act on the parent's (OCO stop leg, TP_SL legs, a bracket's TP_SL).
    // A POSITIONAL_TP_SL may carry a quantity (the one type where it is optional): its CLOSE_POSITION
    // legs then close at most that much; without one they close the whole position.
    quantity:
      decimal(body, "quantity") ?? (parent && algoType !== AlgoType.POSITIONAL_TP_SL ? parent.quantity : undefined),
    price: decimal(body, "price"),
    triggerPrice: decimal(body, "triggerPrice"),
    triggerPriceType:
      text<TriggerPriceType>(body, "triggerPriceType") ?? parent?.triggerPriceType ?? TriggerPriceType.MARKET_PRICE,
    reduceOnly: flag(body, "reduceOnly") ?? leg,
    visibleQuantity: decimal(body, "visibleQuantity"),
    marginMode: text<MarginMode>(body, "marginMode") ?? parent?.marginMode,
    callbackRate: decimal(body, "callbackRate"),
    callbackValue: decimal(body, "callbackValue"),
    activatedPrice: decimal(body, "activatedPrice"),
    extreme: undefined,
    direction: undefined,
    working: false,
    status: OrderStatusFilter.NEW,
    isTriggered: false,
    triggerTime: 0,
    isActivated: true,
    executed: ZERO,
    averagePrice: ZERO,
    fee: ZERO,
    createdTime: t,
    updatedTime: t,
    parent,
    children: [],
  };

  if (node.triggerPrice !== undefined) {
    // TP/SL legs: a take-profit closing a long (side SELL) fires on the way up, a stop-loss on the way
    // down, and the reverse for BUY. Stops and stop entries: BUY above the market, SELL below it.
    if (leg) node.direction = (algoType === "TAKE_PROFIT") === (side === Side.SELL) ? "up" : "down";
    else node.direction = side === Side.BUY ? "up" : "down";
  }
  // Limit entries without a trigger rest in the book from the start (OCO's limit, BRACKET's entry).
  if (node.type === AlgoParentOrderType.LIMIT && node.triggerPrice === undefined && !leg) node.working = true;
  // Without activatedPrice a trailing stop trails at once (placement settles it at the current price).
  if (algoType === AlgoType.TRAILING_STOP) node.isActivated = node.activatedPrice === undefined;
  // The TP/SL of a bracket waits for the entry to fill.
  if (parent && BRACKETS.has(parent.algoType)) node.isActivated = false;
  if (parent && !parent.isActivated) node.isActivated = false;

  for (const child of legs) node.children.push(buildTree(ctx, child, node, 0n));
  return node;
}
