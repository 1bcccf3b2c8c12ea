import { abs, ceilTo, dec, div, floorTo, fmt, isMultiple, min, mul, ZERO, type Dec } from "./decimal.js";
import type { Exchange } from "./engine.js";
import { ORDER_GONE, reject } from "./errors.js";
import type { Json } from "./json.js";
import type { Side } from "./ledger.js";
import type { Instrument } from "./market.js";

/**
 * Ordinary orders (POST/GET/PUT/DELETE /v3/trade/order and friends). There is no matching between
 * accounts and no depth: the instrument's price is "the market", and an order trades against it.
 *
 * - MARKET fills at once, in full, at the current price (taker). `amount` buys or sells that much quote.
 * - LIMIT, ASK and BID that cross the current price fill at once at the current price (taker); the others
 *   rest (NEW) and fill at their own price (maker) when `POST /sandbox/price` moves the price onto or
 *   through them. A price move with a `quantity` trades only that much, in price-then-time priority, so
 *   orders can end up PARTIAL_FILLED.
 * - IOC and FOK fill at once if they cross, else are CANCELLED (without depth the two behave alike).
 * - POST_ONLY that would cross is accepted and then CANCELLED without executing (as WOO X documents it);
 *   otherwise it rests like LIMIT.
 * - ASK / BID are priced at the `bidAskLevel`-th best ask / bid of GET /v3/public/orderbook.
 */

export type OrderStatus = "NEW" | "PARTIAL_FILLED" | "FILLED" | "CANCELLED" | "REJECTED";

export interface OrderState {
  orderId: bigint;
  clientOrderId: bigint;
  account: string;
  symbol: string;
  tag: string;
  side: Side;
  /** PERP_ only: BOTH in one-way mode, LONG or SHORT in hedge mode. */
  positionSide: string | undefined;
  type: string;
  /** The limit price (ASK/BID: the level's price); undefined for MARKET. */
  price: Dec | undefined;
  /** The base quantity: as sent, or worked out from `amount` at placement. */
  quantity: Dec;
  /** Whether `quantity` was sent (false for orders placed by `amount`). */
  quantitySent: boolean;
  amount: Dec | undefined;
  visibleQuantity: Dec | undefined;
  reduceOnly: boolean;
  marginMode: string | undefined;
  bidAskLevel: number | undefined;
  status: OrderStatus;
  executed: Dec;
  executedValue: Dec;
  fee: Dec;
  feeAsset: string;
  realizedPnl: Dec | undefined;
  createdTime: number;
  updatedTime: number;
  /** Arrival order, for time priority. */
  seq: number;
}

/** What happened to an ordinary order during a request or a price move. */
export interface OrderEvent {
  event: "FILLED" | "PARTIAL_FILLED" | "CANCELLED";
  orderId: bigint;
  type: string;
  symbol: string;
  price: string;
  quantity?: string;
}

export interface OrderFilter {
  symbol?: string;
  side?: string;
  orderType?: string;
  status?: string;
  orderTag?: string;
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}

type Body = Record<string, Json>;

const LIMIT_TYPES = new Set(["LIMIT", "IOC", "FOK", "POST_ONLY"]);
const OPEN: ReadonlySet<OrderStatus> = new Set(["NEW", "PARTIAL_FILLED"]);

export const isOpenOrder = (o: OrderState): boolean => OPEN.has(o.status);
export const remaining = (o: OrderState): Dec => o.quantity - o.executed;

const text = (b: Body, k: string): string | undefined => (typeof b[k] === "string" ? b[k] : undefined);
const bigId = (v: Json | undefined): bigint | undefined =>
  typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : undefined;

function amountOf(b: Body, k: string): Dec | undefined {
  const s = text(b, k);
  if (s === undefined) return undefined;
  const v = dec(s);
  if (v === undefined) reject(k === "price" ? "PRICE_FILTER" : "SIZE_FILTER");
  return v;
}

export interface OrderRef {
  orderId?: bigint;
  clientOrderId?: bigint;
}

export class OrderBook {
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

  // ---------------------------------------------------------------- placing

  place(account: string, b: Body, events: OrderEvent[] = []): OrderState {
    const inst = this.ex.instrument(text(b, "symbol")!, "SYMBOL_NOT_EXISTS");
    const type = text(b, "type")!;
    const side = text(b, "side") as Side;
    const list = this.orders(account);

    const clientOrderId = bigId(b.clientOrderId) ?? 0n;
    // Unique among open orders only; ordinary orders and algo orders have separate namespaces.
    if (clientOrderId !== 0n && list.some((o) => o.clientOrderId === clientOrderId && isOpenOrder(o)))
      reject("DUPLICATE_CLIENT_ORDER_ID");

    const positionSide = this.positionSideOf(account, inst, text(b, "positionSide"));
    let price = amountOf(b, "price");
    let quantity = amountOf(b, "quantity");
    const amount = amountOf(b, "amount");
    const visibleQuantity = amountOf(b, "visibleQuantity");
    const isBidAsk = type === "ASK" || type === "BID";
    const byAmount = type === "MARKET" || isBidAsk;

    if (LIMIT_TYPES.has(type) && price === undefined)
      reject("INVALID_PARAM", { detail: `price is required for ${type} orders` });
    if (amount !== undefined && !byAmount)
      reject("INVALID_PARAM", { detail: "amount is only for MARKET, ASK and BID orders; send quantity" });
    if (amount !== undefined && quantity !== undefined)
      reject("INVALID_PARAM", { detail: "send either quantity or amount, not both" });
    if (amount === undefined && quantity === undefined)
      reject("INVALID_PARAM", { detail: byAmount ? "quantity or amount is required" : "quantity is required" });
    if (type === "MARKET") price = undefined; // a MARKET order has no price; one sent is ignored
    let bidAskLevel: number | undefined;
    if (isBidAsk) {
      bidAskLevel = typeof b.bidAskLevel === "number" ? b.bidAskLevel : 1;
      price = this.ex.bookPrice(inst, type === "ASK" ? "asks" : "bids", bidAskLevel);
    }

    const at = price ?? inst.price;
    if (amount !== undefined) {
      if (amount <= ZERO) reject("INVALID_PARAM", { detail: "amount must be greater than 0" });
      if (amount < inst.minNotional) reject("MIN_NOTIONAL");
      quantity = floorTo(div(amount, at), inst.baseTick);
    }
    this.checkRules(inst, price, quantity!, visibleQuantity, amount === undefined);

    const t = this.ex.now();
    const o: OrderState = {
      orderId: this.nextId,
      clientOrderId,
      account,
      symbol: inst.symbol,
      tag: text(b, "orderTag") ?? "default",
      side,
      positionSide,
      type,
      price,
      quantity: quantity!,
      quantitySent: amount === undefined,
      amount,
      visibleQuantity,
      reduceOnly: b.reduceOnly === true && inst.kind === "PERP",
      marginMode: inst.kind === "PERP" ? (text(b, "marginMode") ?? "CROSS") : undefined,
      bidAskLevel,
      status: "NEW",
      executed: ZERO,
      executedValue: ZERO,
      fee: ZERO,
      feeAsset: inst.quoteAsset,
      realizedPnl: inst.kind === "PERP" ? ZERO : undefined,
      createdTime: t,
      updatedTime: t,
      seq: this.seq++,
    };
    this.checkPosition(o, inst);
    this.ex.checkFunds(o, inst);

    // Committed: register, then let the current price act on it.
    this.nextId++;
    list.push(o);
    this.execute(o, inst, events);
    return o;
  }

  /** BOTH on one-way perpetuals, LONG/SHORT on hedge-mode ones; undefined for spot. */
  private positionSideOf(account: string, inst: Instrument, sent: string | undefined): string | undefined {
    if (inst.kind !== "PERP") return undefined;
    const mode = this.ex.ledger.account(account).positionMode;
    if (mode === "ONE_WAY") {
      if (sent !== undefined && sent !== "BOTH") reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
      return "BOTH";
    }
    if (sent === undefined || sent === "BOTH") reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
    return sent;
  }

  /** Tick, step, range and notional rules, with the catalog's codes. */
  checkRules(
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
    if (!isMultiple(quantity, inst.baseTick) || quantity < inst.baseMin || quantity > inst.baseMax)
      reject("SIZE_FILTER");
    if (visibleQuantity !== undefined) {
      if (visibleQuantity !== ZERO && !isMultiple(visibleQuantity, inst.baseTick)) reject("SIZE_FILTER");
      if (visibleQuantity > quantity) reject("INVALID_PARAM", { detail: "visibleQuantity must not exceed quantity" });
    }
    if (checkNotional && mul(price ?? inst.price, quantity) < inst.minNotional) reject("MIN_NOTIONAL");
  }

  /** Reduce-only orders, and closing orders in hedge mode, may not exceed the position they close. */
  private checkPosition(o: OrderState, inst: Instrument, was: OrderState = o): void {
    if (inst.kind !== "PERP") return;
    const hedgeClosing =
      (o.positionSide === "LONG" && o.side === "SELL") || (o.positionSide === "SHORT" && o.side === "BUY");
    if (!o.reduceOnly && !hedgeClosing) return;
    const pending = this.orders(o.account)
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
    const room = this.ex.ledger.closable(o.account, o.symbol, o.side, o.positionSide) - pending;
    if (remaining(o) > room)
      reject(o.reduceOnly ? "INSUFFICIENT_POSITION_FOR_REDUCE_ONLY" : "QUANTITY_EXCEEDS_POSITION");
  }

  private crosses(o: OrderState, p: Dec): boolean {
    return o.price !== undefined && (o.side === "BUY" ? o.price >= p : o.price <= p);
  }

  /** What happens on arrival (placement or an edit): immediate fills, cancels, or rest. */
  private execute(o: OrderState, inst: Instrument, events: OrderEvent[]): void {
    const p = inst.price;
    if (o.type === "MARKET") {
      this.fill(o, p, remaining(o), false, events);
      if (isOpenOrder(o)) this.finish(o, "CANCELLED", events);
      return;
    }
    const crossing = this.crosses(o, p);
    if (o.type === "POST_ONLY") {
      if (crossing) this.finish(o, "CANCELLED", events);
      return;
    }
    if (crossing) this.fill(o, p, remaining(o), false, events);
    if ((o.type === "IOC" || o.type === "FOK") && isOpenOrder(o)) this.finish(o, "CANCELLED", events);
  }

  private fill(o: OrderState, p: Dec, wanted: Dec, isMaker: boolean, events: OrderEvent[]): Dec {
    let qty = wanted;
    // A reduce-only order never opens or flips a position, even if the position shrank since it was placed.
    if (o.reduceOnly) qty = min(qty, this.ex.ledger.closable(o.account, o.symbol, o.side, o.positionSide));
    if (qty <= ZERO) {
      this.finish(o, "CANCELLED", events);
      return ZERO;
    }
    const trade = this.ex.ledger.applyFill(o.account, {
      symbol: o.symbol,
      side: o.side,
      positionSide: o.positionSide ?? "BOTH",
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
    o.status = o.executed >= o.quantity ? "FILLED" : "PARTIAL_FILLED";
    o.updatedTime = this.ex.now();
    events.push({
      event: o.status === "FILLED" ? "FILLED" : "PARTIAL_FILLED",
      orderId: o.orderId,
      type: o.type,
      symbol: o.symbol,
      price: fmt(p),
      quantity: fmt(qty),
    });
    return qty;
  }

  private finish(o: OrderState, status: OrderStatus, events: OrderEvent[]): void {
    o.status = status;
    o.updatedTime = this.ex.now();
    events.push({
      event: "CANCELLED",
      orderId: o.orderId,
      type: o.type,
      symbol: o.symbol,
      price: fmt(o.price ?? this.ex.price(o.symbol)),
    });
  }

  /** A price move: resting orders the price reached fill at their own price, best price first, then oldest. */
  onPrice(inst: Instrument, events: OrderEvent[], volume?: Dec): void {
    const p = inst.price;
    const hit = this.openOn(inst.symbol)
      .filter((o) => o.type !== "MARKET" && this.crosses(o, p))
      .sort((a, b) =>
        a.price === b.price ? a.seq - b.seq : (a.side === "BUY" ? a.price! > b.price! : a.price! < b.price!) ? -1 : 1,
      );
    let left = volume;
    for (const o of hit) {
      if (left !== undefined && left <= ZERO) break;
      const want = left === undefined ? remaining(o) : min(remaining(o), left);
      const done = this.fill(o, o.price!, want, true, events);
      if (left !== undefined) left -= done;
    }
  }

  // ---------------------------------------------------------------- reading, editing, cancelling

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

  /** Changes price and/or quantity of an open order; the order then acts as if it had just arrived. */
  edit(account: string, b: Body, events: OrderEvent[] = []): OrderState {
    const o = this.find(account, { orderId: bigId(b.orderId), clientOrderId: bigId(b.clientOrderId) });
    if (o === undefined || !isOpenOrder(o)) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
    const inst = this.ex.instrument(o.symbol);
    const price = amountOf(b, "price");
    const quantity = amountOf(b, "quantity");
    if (price === undefined && quantity === undefined)
      reject("INVALID_PARAM", { detail: "send price and/or quantity to edit" });
    if (price !== undefined && o.price === undefined)
      reject("INVALID_PARAM", { detail: "a MARKET order has no price to edit" });
    const next = { ...o, price: price ?? o.price, quantity: quantity ?? o.quantity };
    if (quantity !== undefined && quantity <= o.executed) reject("ORDER_QUANTITY_BELOW_EXECUTED_2");
    this.checkRules(inst, next.price, next.quantity, undefined);
    this.checkPosition(next, inst, o);
    this.ex.checkFunds(next, inst, o);
    o.price = next.price;
    o.quantity = next.quantity;
    if (quantity !== undefined) o.quantitySent = true;
    if (o.visibleQuantity !== undefined && o.visibleQuantity > o.quantity) o.visibleQuantity = o.quantity;
    o.updatedTime = this.ex.now();
    o.seq = this.seq++; // an edit loses time priority, as on any exchange
    this.execute(o, inst, events);
    return o;
  }

  cancel(account: string, symbol: string, ref: OrderRef, events: OrderEvent[] = []): OrderState {
    this.ex.instrument(symbol, "SYMBOL_NOT_EXISTS");
    const o = this.find(account, ref);
    // Unknown, on another symbol, or already completed: the catalog's -1006 with the text seen live.
    if (o === undefined || o.symbol !== symbol || !isOpenOrder(o))
      reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
    this.finish(o, "CANCELLED", events);
    return o;
  }

  /** Cancels every open order of the account, on one symbol or all; returns how many. */
  cancelAll(account: string, symbol: string | undefined, events: OrderEvent[] = []): number {
    let n = 0;
    for (const o of this.orders(account)) {
      if (!isOpenOrder(o) || (symbol !== undefined && o.symbol !== symbol)) continue;
      this.finish(o, "CANCELLED", events);
      n++;
    }
    return n;
  }

  list(account: string, f: OrderFilter): { rows: OrderState[]; total: number; page: number; size: number } {
    const page = f.page ?? 1;
    const size = f.size ?? 25;
    const rows = [...this.orders(account)].reverse().filter((o) => {
      if (f.symbol !== undefined && o.symbol !== f.symbol) return false;
      if (f.side !== undefined && o.side !== f.side) return false;
      if (f.orderType !== undefined && o.type !== f.orderType) return false;
      if (f.orderTag !== undefined && o.tag !== f.orderTag) return false;
      if (f.startTime !== undefined && o.createdTime < f.startTime) return false;
      if (f.endTime !== undefined && o.createdTime > f.endTime) return false;
      if (f.status === "INCOMPLETE") return isOpenOrder(o);
      if (f.status === "COMPLETED") return !isOpenOrder(o);
      return f.status === undefined || o.status === f.status;
    });
    return { rows: rows.slice((page - 1) * size, page * size), total: rows.length, page, size };
  }

  // ---------------------------------------------------------------- reservations

  /** What open spot orders hold back of a token: quote for buys, base for sells. */
  frozen(account: string, token: string, except?: OrderState): Dec {
    let total = ZERO;
    for (const o of this.orders(account)) {
      if (o === except || !isOpenOrder(o)) continue;
      const inst = this.ex.instrument(o.symbol);
      if (inst.kind !== "SPOT") continue;
      if (o.side === "BUY" && inst.quoteAsset === token)
        total += ceilTo(mul(remaining(o), o.price ?? inst.price), inst.quoteTick);
      if (o.side === "SELL" && inst.baseAsset === token) total += remaining(o);
    }
    return total;
  }

  /** Pending long and short quantity of open orders, per base token (spot) or symbol (perpetuals). */
  pending(account: string, match: (inst: Instrument) => boolean): { long: Dec; short: Dec } {
    let long = ZERO;
    let short = ZERO;
    for (const o of this.orders(account)) {
      if (!isOpenOrder(o) || !match(this.ex.instrument(o.symbol))) continue;
      if (o.side === "BUY") long += remaining(o);
      else short += remaining(o);
    }
    return { long, short };
  }

  /** Initial margin that open perpetual orders need (the part that would add to a position). */
  orderMargin(account: string, except?: OrderState): { margin: Dec; notional: Dec } {
    let margin = ZERO;
    let notional = ZERO;
    for (const o of this.orders(account)) {
      if (o === except || !isOpenOrder(o) || o.reduceOnly) continue;
      const inst = this.ex.instrument(o.symbol);
      if (inst.kind !== "PERP") continue;
      const value = mul(remaining(o), o.price ?? inst.price);
      notional += value;
      margin += value / BigInt(this.ex.ledger.leverage(account, o.symbol, o.marginMode, o.positionSide));
    }
    return { margin, notional: abs(notional) };
  }
}
