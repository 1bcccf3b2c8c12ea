import type { AlgoType, OrderType } from "@woox-sdk/types/enums";
import type { AlgoNodeType } from "../algo/node.js";

/**
 * What the exchange did, as it happened. Every change of an order's state is emitted here, and only
 * here, so that whoever needs to know (the price-move control route today, a WebSocket stream server
 * tomorrow) subscribes instead of each engine module reporting to each consumer.
 */

/** What happened to an algo order (or one node of its tree). */
export interface AlgoEvent {
  event: "ACTIVATED" | "TRIGGERED" | "FILLED" | "CANCELLED";
  algoOrderId: bigint;
  algoType: AlgoType | AlgoNodeType;
  symbol: string;
  price: string;
  quantity?: string;
}

/** What happened to an ordinary order. */
export interface OrderEvent {
  event: "FILLED" | "PARTIAL_FILLED" | "CANCELLED";
  orderId: bigint;
  type: OrderType;
  symbol: string;
  price: string;
  quantity?: string;
}

/** A token balance of an account changed outside a fill (convert, interest, …): its row is worth reading again. */
export interface BalanceEvent {
  kind: "balance";
  account: string;
  token: string;
}

/**
 * Algo-order events carry `algoOrderId` and `algoType`, ordinary-order ones `orderId` and `type`, balance
 * events `kind: "balance"`.
 */
export type EngineEvent = AlgoEvent | OrderEvent | BalanceEvent;

export const isAlgoEvent = (e: EngineEvent): e is AlgoEvent => "algoOrderId" in e;

/** Receives every event with the API key of the account it concerns. */
export type EngineListener = (account: string, event: EngineEvent) => void;

export class EngineEvents {
  private readonly listeners = new Set<EngineListener>();

  /** Calls `listener` for every event from now on; returns the function that stops it. */
  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(account: string, event: EngineEvent): void {
    for (const listener of this.listeners) listener(account, event);
  }

  /** Runs `action` and returns the events it caused, in order (of every account). */
  collect(action: () => void): EngineEvent[] {
    const seen: EngineEvent[] = [];
    const stop = this.subscribe((_account, event) => seen.push(event));
    try {
      action();
    } finally {
      stop();
    }
    return seen;
  }
}
