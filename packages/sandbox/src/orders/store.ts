import type { EditOrderRequest, OrderRequest } from "@woox-sdk/types";
import type { OrderStatusFilter, OrderType, PositionSide, Side } from "@woox-sdk/types/enums";
import type { Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { paginate, type Page } from "../engine/page.js";
import { matchesStatus } from "../engine/status.js";
import { ORDER_GONE, reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { cancelOrder, onPrice } from "./execution.js";
import { editOrder, placeOrder } from "./placement.js";
import { frozen, orderMargin, pending } from "./reservations.js";
import { isOpenOrder, type OrderRef, type OrderState } from "./state.js";

export interface OrderFilter {
  symbol?: string;
  side?: Side;
  positionSide?: PositionSide;
  orderType?: OrderType;
  status?: OrderStatusFilter;
  orderTag?: string;
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}

/**
 * Every ordinary order of every account, and the operations on them. Placement and edits live in
 * placement.ts, trading in execution.ts, reservations (frozen balances, margin) in reservations.ts.
 */
export class OrderStore {
  private readonly byAccount = new Map<string, OrderState[]>();
  private nextId: bigint;
  private seq = 0;

  constructor(
    private readonly ex: Exchange,
    firstOrderId: bigint,
  ) {
    this.nextId = firstOrderId;
  }

  /** Every order of an account, oldest first. */
  orders(account: string): OrderState[] {
    let list = this.byAccount.get(account);
    if (list === undefined) {
      list = [];
      this.byAccount.set(account, list);
    }
    return list;
  }

  /** Open orders of every account on one symbol (for the order book and price moves). */
  openOn(symbol: string): OrderState[] {
    const out: OrderState[] = [];
    for (const list of this.byAccount.values())
      for (const o of list) if (o.symbol === symbol && isOpenOrder(o)) out.push(o);
    return out;
  }

  /** The orderId the next accepted order gets (a refused one does not use it up). */
  peekOrderId(): bigint {
    return this.nextId;
  }

  /** A fresh arrival number, for time priority. */
  nextSeq(): number {
    return this.seq++;
  }

  /** Registers an accepted order under the id peekOrderId() gave it. */
  add(o: OrderState): void {
    this.nextId++;
    this.orders(o.account).push(o);
  }

  place(account: string, body: OrderRequest): OrderState {
    return placeOrder(this.ex, account, body);
  }

  edit(account: string, body: EditOrderRequest): OrderState {
    return editOrder(this.ex, account, body);
  }

  /** By orderId, else clientOrderId (the open one, else the latest); undefined when there is none. */
  find(account: string, ref: OrderRef): OrderState | undefined {
    const list = this.orders(account);
    if (ref.orderId !== undefined) return list.find((o) => o.orderId === ref.orderId);
    if (ref.clientOrderId !== undefined) {
      const same = list.filter((o) => o.clientOrderId === ref.clientOrderId);
      return same.find(isOpenOrder) ?? same.at(-1);
    }
    return reject("INVALID_PARAM", { detail: "Either orderId or clientOrderId is required" });
  }

  get(account: string, ref: OrderRef): OrderState {
    return this.find(account, ref) ?? reject("ORDER_NOT_EXIST");
  }

  cancel(account: string, symbol: string, ref: OrderRef): OrderState {
    this.ex.instrument(symbol, "SYMBOL_NOT_EXISTS");
    const o = this.find(account, ref);
    // Unknown, on another symbol, or already completed: the catalog's -1006 with the text seen live.
    if (o === undefined || o.symbol !== symbol || !isOpenOrder(o))
      reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
    cancelOrder(this.ex, o);
    return o;
  }

  /** Cancels every open order of the account, on one symbol or all; returns how many. */
  cancelAll(account: string, symbol?: string): number {
    let n = 0;
    for (const o of this.orders(account)) {
      if (!isOpenOrder(o) || (symbol !== undefined && o.symbol !== symbol)) continue;
      cancelOrder(this.ex, o);
      n++;
    }
    return n;
  }

  list(account: string, f: OrderFilter): Page<OrderState> {
    const rows = [...this.orders(account)].reverse().filter((o) => {
      if (f.symbol !== undefined && o.symbol !== f.symbol) return false;
      if (f.side !== undefined && o.side !== f.side) return false;
      // Spot orders have no position side, so a positionSide filter leaves them out.
      if (f.positionSide !== undefined && o.positionSide !== f.positionSide) return false;
      if (f.orderType !== undefined && o.type !== f.orderType) return false;
      if (f.orderTag !== undefined && o.tag !== f.orderTag) return false;
      if (f.startTime !== undefined && o.createdTime < f.startTime) return false;
      if (f.endTime !== undefined && o.createdTime > f.endTime) return false;
      return matchesStatus(o.status, isOpenOrder(o), f.status);
    });
    return paginate(rows, f.page, f.size);
  }

  /** A price move reached this instrument: resting orders trade, up to `volume` when given. */
  onPrice(inst: Instrument, volume?: Dec): void {
    onPrice(this.ex, inst, volume);
  }

  frozen(account: string, token: string, except?: OrderState): Dec {
    return frozen(this.ex, account, token, except);
  }

  pending(account: string, match: (inst: Instrument) => boolean): { long: Dec; short: Dec } {
    return pending(this.ex, account, match);
  }

  orderMargin(account: string, except?: OrderState): { margin: Dec; notional: Dec } {
    return orderMargin(this.ex, account, except);
  }
}
