import type { PositionalTpSlLeg, TpSlLeg } from "@woox-sdk/types";
import {
  AlgoType,
  type AlgoParentOrderType,
  type MarginMode,
  type PositionSide,
  type Side,
  type TriggerPriceType,
} from "@woox-sdk/types/enums";
import type { Dec } from "../decimal.js";
import { OPEN_STATUSES, type OrderStatus } from "../engine/status.js";

/**
 * One algo order as the engine holds it: a tree whose root is what the client placed (a STOP, an OCO, a
 * BRACKET, …) and whose children are its legs (the OCO's stop, a TP_SL and its TAKE_PROFIT/STOP_LOSS).
 * Every node has its own id, status and fills, as the API reports them.
 */

/** A parent algo type, or the type of a take-profit / stop-loss leg. */
export type AlgoNodeType = AlgoType | TpSlLeg["algoType"];
/** LIMIT or MARKET, or CLOSE_POSITION for the legs of a positional TP/SL. */
export type AlgoNodeOrderType = AlgoParentOrderType | PositionalTpSlLeg["type"];

export interface AlgoNode {
  algoOrderId: bigint;
  clientAlgoOrderId: bigint;
  account: string;
  symbol: string;
  tag: string;
  algoType: AlgoNodeType;
  side: Side;
  positionSide: PositionSide;
  type: AlgoNodeOrderType;
  quantity: Dec | undefined;
  price: Dec | undefined;
  triggerPrice: Dec | undefined;
  triggerPriceType: TriggerPriceType;
  reduceOnly: boolean;
  visibleQuantity: Dec | undefined;
  marginMode: MarginMode | undefined;
  callbackRate: Dec | undefined;
  callbackValue: Dec | undefined;
  activatedPrice: Dec | undefined;
  /** Trailing stops: best price since activation (highest for SELL, lowest for BUY). */
  extreme: Dec | undefined;
  /** Which way the price must cross triggerPrice: "up" means price >= trigger. */
  direction: "up" | "down" | undefined;
  /** A limit order resting in the book (an entry, or a stop-limit after its trigger). */
  working: boolean;
  status: OrderStatus;
  isTriggered: boolean;
  triggerTime: number;
  isActivated: boolean;
  executed: Dec;
  averagePrice: Dec;
  /** Fees of its fills, in the quote asset. */
  fee: Dec;
  createdTime: number;
  updatedTime: number;
  parent: AlgoNode | undefined;
  children: AlgoNode[];
}

/** The containers whose TAKE_PROFIT / STOP_LOSS legs cancel each other. */
export const TP_SL_CONTAINERS: ReadonlySet<AlgoNodeType> = new Set([AlgoType.POSITIONAL_TP_SL, AlgoType.TP_SL]);
/** The algo types whose TP/SL waits for an entry to fill. */
export const BRACKETS: ReadonlySet<AlgoNodeType> = new Set([AlgoType.BRACKET, AlgoType.STOP_BRACKET]);

const LEG_TYPES: ReadonlySet<AlgoNodeType> = new Set<TpSlLeg["algoType"]>(["TAKE_PROFIT", "STOP_LOSS"]);

/** A TAKE_PROFIT or STOP_LOSS leg. */
export const isLeg = (n: { algoType: AlgoNodeType }): boolean => LEG_TYPES.has(n.algoType);

export function isOpenNode(n: AlgoNode): boolean {
  return OPEN_STATUSES.has(n.status);
}

/** An algo order is open while anything in its tree (entry, TP/SL legs, …) can still act. */
export function isOpenTree(root: AlgoNode): boolean {
  return isOpenNode(root) || root.children.some(isOpenTree);
}

/** The node and everything under it, parents before children. */
export function* walk(n: AlgoNode): Generator<AlgoNode> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

export function rootOf(n: AlgoNode): AlgoNode {
  let r = n;
  while (r.parent) r = r.parent;
  return r;
}

/** Whether the node sits under a BRACKET or STOP_BRACKET. */
export function inBracket(n: AlgoNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (BRACKETS.has(p.algoType)) return true;
  return false;
}
