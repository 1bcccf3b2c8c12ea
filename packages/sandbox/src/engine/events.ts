import type { AlgoType, OrderType } from "@woox-sdk/types/enums";
import type { PositionState, TradeRecord } from "../account/ledger.js";
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

/**
 * A balance of the account changed for a reason other than a fill (a transfer, a deposit credited, a
 * withdrawal frozen, processed or cancelled, …): which token; a stream reads the balance itself.
 */
export interface BalanceEvent {
  kind: "balance";
  account: string;
  token: string;
}

/** A position of the account changed other than by a fill (a funding payment, its isolated margin). */
export interface PositionEvent {
  kind: "position";
  account: string;
  symbol: string;
}

/**
 * Algo-order events carry `algoOrderId` and `algoType`, ordinary-order ones `orderId` and `type`;
 * balance and position events say only what to read again.
 */
export type EngineEvent = AlgoEvent | OrderEvent | BalanceEvent | PositionEvent;

export const isAlgoEvent = (e: EngineEvent): e is AlgoEvent => "algoOrderId" in e;
export const isBalanceEvent = (e: EngineEvent): e is BalanceEvent => "kind" in e && e.kind === "balance";

/** Receives every event with the API key of the account it concerns. */
export type EngineListener = (account: string, event: EngineEvent) => void;

/**
 * A change of an account that is not an order's trade state: a balance moved (every `Ledger.add`), a fill
 * was booked (every `Ledger.applyFill`, which also moves the position of a perpetual), or an order was
 * accepted or edited. The private streams build their pushes from the state at that moment.
 */
export type AccountChange =
  | { kind: "balance"; token: string }
  /** `position`: the perpetual position the fill moved (undefined for spot). */
  | { kind: "fill"; trade: TradeRecord; position: PositionState | undefined }
  | { kind: "order"; orderId: bigint }
  | { kind: "algoOrder"; algoOrderId: bigint };

/** Receives every account change with the API key of the account. */
export type ChangeListener = (account: string, change: AccountChange) => void;

export class EngineEvents {
  private readonly listeners = new Set<EngineListener>();
  private readonly changeListeners = new Set<ChangeListener>();

  /** Calls `listener` for every event from now on; returns the function that stops it. */
  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(account: string, event: EngineEvent): void {
    for (const listener of this.listeners) listener(account, event);
  }

  /** Calls `listener` for every account change from now on (kept apart from `collect`, which reports
   *  order events only); returns the function that stops it. */
  subscribeChanges(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  change(account: string, change: AccountChange): void {
    for (const listener of this.changeListeners) listener(account, change);
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
