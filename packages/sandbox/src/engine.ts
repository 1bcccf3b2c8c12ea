import type { WooxErrorName } from "@woox-sdk/errors";
import { dec, fmt, isMultiple, max, min, mul, ONE, ZERO, type Dec } from "./decimal.js";
import { reject } from "./errors.js";
import type { Json } from "./json.js";
import { toInstrument, type Instrument, type InstrumentConfig } from "./market.js";

/**
 * The in-memory exchange behind the HTTP layer: algo orders per API key, instrument prices, and the
 * trigger/fill rules that run whenever a price moves. It never sees HTTP or JSON text; bodies reach it
 * already validated against the spec.
 */

export type Side = "BUY" | "SELL";
export type AlgoStatus = "NEW" | "PARTIAL_FILLED" | "FILLED" | "CANCELLED" | "REJECTED";

const OPEN: ReadonlySet<AlgoStatus> = new Set(["NEW", "PARTIAL_FILLED"]);
const TP_SL_CONTAINERS = new Set(["POSITIONAL_TP_SL", "TP_SL"]);

export interface AlgoNode {
  algoOrderId: bigint;
  clientAlgoOrderId: bigint;
  account: string;
  symbol: string;
  tag: string;
  algoType: string;
  side: Side;
  positionSide: string;
  /** LIMIT, MARKET, or CLOSE_POSITION for positional TP/SL legs. */
  type: string;
  quantity: Dec | undefined;
  price: Dec | undefined;
  triggerPrice: Dec | undefined;
  triggerPriceType: string;
  reduceOnly: boolean;
  visibleQuantity: Dec | undefined;
  marginMode: string | undefined;
  callbackRate: Dec | undefined;
  callbackValue: Dec | undefined;
  activatedPrice: Dec | undefined;
  /** Trailing stops: best price since activation (highest for SELL, lowest for BUY). */
  extreme: Dec | undefined;
  /** Which way the price must cross triggerPrice: "up" means price >= trigger. */
  direction: "up" | "down" | undefined;
  /** A limit order resting in the book (an entry, or a stop-limit after its trigger). */
  working: boolean;
  status: AlgoStatus;
  isTriggered: boolean;
  triggerTime: number;
  isActivated: boolean;
  executed: Dec;
  averagePrice: Dec;
  createdTime: number;
  updatedTime: number;
  parent: AlgoNode | undefined;
  children: AlgoNode[];
}

/** What a price move did, in order; returned by the control route so a demo can narrate it. */
export interface EngineEvent {
  event: "ACTIVATED" | "TRIGGERED" | "FILLED" | "CANCELLED";
  algoOrderId: bigint;
  algoType: string;
  symbol: string;
  price: string;
  quantity?: string;
}

export interface OpenOrderLimits {
  perInstrument?: number;
  tpSlPerInstrument?: number;
  positionalTpSlPerInstrumentSide?: number;
}

export interface ListFilter {
  symbol?: string;
  side?: string;
  algoType?: string;
  orderType?: string;
  algoOrderTag?: string;
  isTriggered?: boolean;
  status?: string;
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}

export interface PlacedRow {
  algoOrderId?: bigint;
  orderId?: bigint;
  clientAlgoOrderId: bigint;
  algoType: string;
  quantity: string;
}

type Body = Record<string, Json>;

interface Account {
  nodes: Map<bigint, AlgoNode>;
  roots: AlgoNode[];
  positions: Map<string, Dec>;
}

const str = (b: Body, k: string): string | undefined => (typeof b[k] === "string" ? (b[k]) : undefined);
const bool = (b: Body, k: string): boolean | undefined => (typeof b[k] === "boolean" ? (b[k]) : undefined);
const id = (v: Json | undefined): bigint => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : 0n);

function amount(b: Body, k: string): Dec | undefined {
  const s = str(b, k);
  if (s === undefined) return undefined;
  const v = dec(s);
  // The spec's pattern already admits only plain decimals; more than 12 places cannot be on any grid.
  if (v === undefined) reject(k === "quantity" || k === "visibleQuantity" ? "SIZE_FILTER" : "PRICE_FILTER", { detail: `${k} ${s} has more decimal places than the instrument allows` });
  return v;
}

export function isOpenNode(n: AlgoNode): boolean {
  return OPEN.has(n.status);
}

/** An algo order is open while anything in its tree (entry, TP/SL legs, …) can still act. */
export function isOpenTree(root: AlgoNode): boolean {
  return isOpenNode(root) || root.children.some(isOpenTree);
}

function* walk(n: AlgoNode): Generator<AlgoNode> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

export function rootOf(n: AlgoNode): AlgoNode {
  let r = n;
  while (r.parent) r = r.parent;
  return r;
}

export interface ExchangeOptions {
  instruments: readonly InstrumentConfig[];
  now: () => number;
  firstAlgoOrderId?: bigint;
}

export class Exchange {
  readonly instruments = new Map<string, Instrument>();
  private readonly accounts = new Map<string, Account>();
  private nextId: bigint;
  private readonly now: () => number;

  constructor(options: ExchangeOptions) {
    for (const c of options.instruments) this.instruments.set(c.symbol, toInstrument(c));
    this.now = options.now;
    this.nextId = options.firstAlgoOrderId ?? 1_000_001n;
  }

  private account(key: string): Account {
    let a = this.accounts.get(key);
    if (a === undefined) {
      a = { nodes: new Map(), roots: [], positions: new Map() };
      this.accounts.set(key, a);
    }
    return a;
  }

  instrument(symbol: string): Instrument {
    const inst = this.instruments.get(symbol);
    if (inst === undefined) reject("UNSUPPORTED_SYMBOL", { vars: { symbol } });
    return inst;
  }

  position(account: string, symbol: string): Dec {
    return this.account(account).positions.get(symbol) ?? ZERO;
  }

  /** Every root algo order of an account, oldest first. */
  roots(account: string): readonly AlgoNode[] {
    return this.account(account).roots;
  }

  find(account: string, algoOrderId: bigint): AlgoNode | undefined {
    return this.account(account).nodes.get(algoOrderId);
  }

  /** The open order with this client id, else the most recent one that had it. */
  findByClientId(account: string, clientAlgoOrderId: bigint): AlgoNode | undefined {
    const roots = this.account(account).roots.filter((r) => r.clientAlgoOrderId === clientAlgoOrderId);
    return roots.find(isOpenTree) ?? roots.at(-1);
  }

  // ---------------------------------------------------------------- placing

  place(account: string, body: Body, limits: OpenOrderLimits): PlacedRow[] {
    const inst = this.instrument(str(body, "symbol")!);
    const algoType = str(body, "algoType")!;
    const acct = this.account(account);
    const openRoots = acct.roots.filter((r) => r.symbol === inst.symbol && isOpenTree(r));

    const clientAlgoOrderId = id(body.clientAlgoOrderId);
    // Unique among *open* algo orders only: a completed order's id may be used again (S2).
    if (clientAlgoOrderId !== 0n && acct.roots.some((r) => r.clientAlgoOrderId === clientAlgoOrderId && isOpenTree(r))) {
      reject("DUPLICATE_CLIENT_ORDER_ID", { detail: `The client_order_id is repeated: clientAlgoOrderId ${clientAlgoOrderId} belongs to an open algo order.` });
    }

    const root = this.build(account, inst, body, undefined, clientAlgoOrderId);
    this.checkRules(inst, root);
    this.checkLimits(openRoots, root, limits);

    // Committed: register the tree, then let the current price act on it (a MARKET entry fills now).
    for (const n of walk(root)) acct.nodes.set(n.algoOrderId, n);
    acct.roots.push(root);
    this.settle(inst, []);

    return this.rows(root, algoType);
  }

  private build(account: string, inst: Instrument, b: Body, parent: AlgoNode | undefined, clientAlgoOrderId: bigint): AlgoNode {
    const t = this.now();
    const algoType = str(b, "algoType")!;
    const legs = Array.isArray(b.childOrders) ? (b.childOrders as Body[]) : [];
    const side = (str(b, "side") ?? (legs[0] ? str(legs[0], "side") : undefined) ?? parent?.side ?? "BUY") as Side;
    const isLeg = algoType === "TAKE_PROFIT" || algoType === "STOP_LOSS";
    const node: AlgoNode = {
      algoOrderId: this.nextId++,
      clientAlgoOrderId: parent ? 0n : clientAlgoOrderId,
      account,
      symbol: inst.symbol,
      tag: str(b, "algoOrderTag") ?? parent?.tag ?? "default",
      algoType,
      side,
      positionSide: str(b, "positionSide") ?? parent?.positionSide ?? "BOTH",
      type: str(b, "type") ?? (algoType === "POSITIONAL_TP_SL" ? "CLOSE_POSITION" : "MARKET"),
      // Legs without their own quantity act on the parent's (OCO stop leg, TP_SL legs, a bracket's TP_SL);
      // POSITIONAL_TP_SL and its CLOSE_POSITION legs have none: they close the whole position.
      quantity: amount(b, "quantity") ?? (parent && algoType !== "POSITIONAL_TP_SL" && parent.algoType !== "POSITIONAL_TP_SL" ? parent.quantity : undefined),
      price: amount(b, "price"),
      triggerPrice: amount(b, "triggerPrice"),
      triggerPriceType: str(b, "triggerPriceType") ?? parent?.triggerPriceType ?? "MARKET_PRICE",
      reduceOnly: bool(b, "reduceOnly") ?? isLeg,
      visibleQuantity: amount(b, "visibleQuantity"),
      marginMode: str(b, "marginMode") ?? parent?.marginMode,
      callbackRate: amount(b, "callbackRate"),
      callbackValue: amount(b, "callbackValue"),
      activatedPrice: amount(b, "activatedPrice"),
      extreme: undefined,
      direction: undefined,
      working: false,
      status: "NEW",
      isTriggered: false,
      triggerTime: 0,
      isActivated: true,
      executed: ZERO,
      averagePrice: ZERO,
      createdTime: t,
      updatedTime: t,
      parent,
      children: [],
    };

    if (node.triggerPrice !== undefined) {
      // TP/SL legs: a take-profit closing a long (side SELL) fires on the way up, a stop-loss on the way
      // down, and the reverse for BUY. Stops and stop entries: BUY above the market, SELL below it.
      if (isLeg) node.direction = (algoType === "TAKE_PROFIT") === (side === "SELL") ? "up" : "down";
      else node.direction = side === "BUY" ? "up" : "down";
    }
    // Limit entries without a trigger rest in the book from the start (OCO's limit, BRACKET's entry).
    if (node.type === "LIMIT" && node.triggerPrice === undefined && !isLeg) node.working = true;
    if (algoType === "TRAILING_STOP") node.isActivated = node.activatedPrice === undefined;
    // The TP/SL of a bracket waits for the entry to fill.
    if (parent && (parent.algoType === "BRACKET" || parent.algoType === "STOP_BRACKET")) node.isActivated = false;
    if (parent && !parent.isActivated) node.isActivated = false;

    for (const child of legs) node.children.push(this.build(account, inst, child, node, 0n));
    return node;
  }

  /** Tick, step, notional and trigger-side rules, with the catalog's codes. */
  private checkRules(inst: Instrument, root: AlgoNode, skipTriggerSide = false): void {
    for (const n of walk(root)) {
      for (const [k, v] of [["price", n.price], ["triggerPrice", n.triggerPrice], ["activatedPrice", n.activatedPrice], ["callbackValue", n.callbackValue]] as const) {
        if (v === undefined) continue;
        if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
        if (!isMultiple(v, inst.quoteTick)) reject("PRICE_FILTER", { detail: `${k} ${fmt(v)} does not follow the tick size ${fmt(inst.quoteTick)} of ${inst.symbol}` });
      }
      if (n.callbackRate !== undefined && (n.callbackRate <= ZERO || n.callbackRate >= ONE)) {
        reject("INVALID_PARAM", { detail: `callbackRate is a fraction (0.01 = 1%) and must be between 0 and 1, got ${fmt(n.callbackRate)}` });
      }
      for (const [k, v] of [["quantity", n.quantity], ["visibleQuantity", n.visibleQuantity]] as const) {
        if (v === undefined || (k === "visibleQuantity" && v === ZERO)) continue; // visibleQuantity 0 hides the order
        if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
        if (!isMultiple(v, inst.baseTick)) reject("SIZE_FILTER", { detail: `${k} ${fmt(v)} does not follow the step size ${fmt(inst.baseTick)} of ${inst.symbol}` });
        if (k === "quantity" && v < inst.baseMin) reject("SIZE_FILTER", { detail: `quantity ${fmt(v)} is below the minimum ${fmt(inst.baseMin)} of ${inst.symbol}` });
      }
      if (n.quantity !== undefined && n.quantity > ZERO) {
        const at = n.price ?? n.triggerPrice ?? inst.price;
        const notional = mul(at, n.quantity);
        if (notional < inst.minNotional) reject("MIN_NOTIONAL", { detail: `The order value ${fmt(notional)} is below the minimum notional ${fmt(inst.minNotional)} of ${inst.symbol}` });
      }
    }

    const legsOf = (c: AlgoNode): AlgoNode[] => c.children.filter((x) => x.algoType === "TAKE_PROFIT" || x.algoType === "STOP_LOSS");
    for (const c of walk(root)) {
      if (!TP_SL_CONTAINERS.has(c.algoType)) continue;
      const legs = legsOf(c);
      if (legs.length === 2 && legs[0]!.side !== legs[1]!.side) reject("TPSL_LEG_SIDE_MISMATCH");
      if (new Set(legs.map((l) => l.algoType)).size !== legs.length) reject("INVALID_PARAM", { detail: "childOrders must hold at most one TAKE_PROFIT and one STOP_LOSS" });
    }

    // Trigger prices must lie on the side of the reference price they fire from: the market for
    // orders armed now, the entry price for the TP/SL of a bracket.
    const entry = root.algoType === "BRACKET" || root.algoType === "STOP_BRACKET" ? (root.price ?? root.triggerPrice ?? inst.price) : undefined;
    for (const n of walk(root)) {
      if (skipTriggerSide || n.isTriggered) continue;
      if (n.triggerPrice === undefined || n.direction === undefined) continue;
      const inBracket = entry !== undefined && n !== root;
      const ref = inBracket ? entry : inst.price;
      const code: WooxErrorName = n.direction === "up" ? "TRIGGER_PRICE_TOO_LOW" : "TRIGGER_PRICE_TOO_HIGH";
      if (n.direction === "up" ? n.triggerPrice <= ref : n.triggerPrice >= ref) reject(code, { vars: { price: fmt(ref) } });
    }
  }

  private checkLimits(openRoots: AlgoNode[], root: AlgoNode, limits: OpenOrderLimits): void {
    const perInstrument = limits.perInstrument;
    if (perInstrument !== undefined && openRoots.length + 1 > perInstrument) {
      reject("RPC_REJECT", { detail: `At most ${perInstrument} open algo orders are allowed per instrument; ${root.symbol} has ${openRoots.length}.` });
    }
    const tpSl = limits.tpSlPerInstrument;
    if (tpSl !== undefined) {
      const count = (n: AlgoNode): number => [...walk(n)].filter((x) => x.algoType === "TP_SL" && isOpenNode(x)).length;
      const open = openRoots.reduce((s, r) => s + count(r), 0);
      const adding = count(root);
      if (adding > 0 && open + adding > tpSl) {
        reject("RPC_REJECT", { detail: `At most ${tpSl} open TP_SL orders are allowed per instrument, including those attached to brackets; ${root.symbol} has ${open}.` });
      }
    }
    const positional = limits.positionalTpSlPerInstrumentSide;
    // Only a standalone POSITIONAL_TP_SL is refused: one inside a bracket replaces the previous one when it activates.
    if (positional !== undefined && root.algoType === "POSITIONAL_TP_SL") {
      const open = openRoots.flatMap((r) => [...walk(r)]).filter((x) => x.algoType === "POSITIONAL_TP_SL" && isOpenNode(x) && x.isActivated && x.side === root.side).length;
      if (open + 1 > positional) {
        reject("RPC_REJECT", { detail: `At most ${positional} open POSITIONAL_TP_SL order is allowed per instrument and side; ${root.symbol} already has one for ${root.side}.` });
      }
    }
  }

  /** The response rows, in the documented order (S2 / spec description). */
  private rows(root: AlgoNode, algoType: string): PlacedRow[] {
    const row = (n: AlgoNode, key: "algoOrderId" | "orderId" = "algoOrderId"): PlacedRow => ({
      [key]: n.algoOrderId,
      clientAlgoOrderId: n.clientAlgoOrderId,
      algoType: n.algoType,
      quantity: fmt(n.quantity ?? ZERO),
    });
    const legRows = (c: AlgoNode): PlacedRow[] =>
      ["TAKE_PROFIT", "STOP_LOSS"].flatMap((t) => c.children.filter((x) => x.algoType === t)).map((x) => row(x));
    if (algoType === "POSITIONAL_TP_SL" || algoType === "TP_SL") return [...legRows(root), row(root)];
    if (algoType === "BRACKET" || algoType === "STOP_BRACKET") {
      const container = root.children[0]!;
      // The official BRACKET example keys the POSITIONAL_TP_SL row `orderId`; reproduce it so that
      // clients built against the sandbox tolerate it, as they must against the real API.
      return [...legRows(container), row(container, container.algoType === "POSITIONAL_TP_SL" ? "orderId" : "algoOrderId"), row(root)];
    }
    return [row(root)];
  }

  // ---------------------------------------------------------------- cancelling, editing, listing
  // The operations below wait for their V3 operations to enter the spec (PUT/DELETE algoOrder, GET/DELETE
  // algoOrders); handlers.ts maps them by route, and the engine tests cover them meanwhile.

  /** Finds by algoOrderId, else clientAlgoOrderId; `algoOrderId` wins when both are given (S3). */
  lookup(account: string, ids: { algoOrderId?: bigint; clientAlgoOrderId?: bigint }): AlgoNode {
    if (ids.algoOrderId !== undefined) {
      const n = this.find(account, ids.algoOrderId);
      if (n === undefined) reject("ORDER_NOT_FOUND", { vars: { orderId: String(ids.algoOrderId) } });
      return n;
    }
    if (ids.clientAlgoOrderId !== undefined) {
      const n = this.findByClientId(account, ids.clientAlgoOrderId);
      if (n === undefined) reject("RESOURCE_NOT_FOUND", { detail: `No algo order with clientAlgoOrderId ${ids.clientAlgoOrderId}.` });
      return n;
    }
    return reject("INVALID_PARAM", { detail: "Either algoOrderId or clientAlgoOrderId is required" });
  }

  /** Cancels every open node of an algo order's tree. Returns false when nothing was open. */
  cancelTree(root: AlgoNode, events: EngineEvent[] = []): boolean {
    let any = false;
    for (const n of walk(root)) {
      if (!isOpenNode(n)) continue;
      this.setStatus(n, "CANCELLED", events);
      any = true;
    }
    return any;
  }

  /**
   * Cancels one algo order (with everything under it). The real API answers CANCEL_SENT and finishes
   * asynchronously; the sandbox finishes at once, so a read right after already shows CANCELLED.
   */
  cancel(account: string, ids: { algoOrderId?: bigint; clientAlgoOrderId?: bigint }): EngineEvent[] {
    const n = this.lookup(account, ids);
    const events: EngineEvent[] = [];
    // The catalog's own example for -1006: cancelling an order that is already CANCELLED.
    if (!this.cancelTree(n, events)) reject("RESOURCE_NOT_FOUND", { detail: "Your order and symbol are not valid or already canceled." });
    return events;
  }

  /** Cancels every open algo order of the account, on one symbol or all. */
  cancelAll(account: string, symbol?: string): EngineEvent[] {
    if (symbol !== undefined) this.instrument(symbol);
    const events: EngineEvent[] = [];
    for (const r of this.account(account).roots) if (symbol === undefined || r.symbol === symbol) this.cancelTree(r, events);
    return events;
  }

  /** Edits an open order's quantity or prices; the same tick/step/notional rules apply as on placement. */
  edit(account: string, b: Body): void {
    const n = this.lookup(account, { algoOrderId: b.algoOrderId === undefined ? undefined : id(b.algoOrderId), clientAlgoOrderId: b.clientAlgoOrderId === undefined ? undefined : id(b.clientAlgoOrderId) });
    if (!isOpenNode(n)) reject("ORDER_COMPLETED");
    const inst = this.instrument(n.symbol);
    const next = { ...n };
    for (const k of ["quantity", "price", "triggerPrice", "visibleQuantity", "activatedPrice", "callbackRate", "callbackValue"] as const) {
      const v = amount(b, k);
      if (v !== undefined) next[k] = v;
    }
    if (typeof b.visibleQuantity === "number") next.visibleQuantity = dec(String(b.visibleQuantity));
    if (typeof b.triggerPriceType === "string") next.triggerPriceType = b.triggerPriceType;
    if (next.quantity !== undefined && next.quantity <= n.executed) reject("ORDER_QUANTITY_BELOW_EXECUTED");
    if (n.isTriggered && next.triggerPrice !== n.triggerPrice) reject("ORDER_PROCESSING", { detail: "The order has already triggered; its trigger price can no longer change." });
    // Check the edited copy in place of the original, then commit.
    const probe = { ...next, children: n.children, parent: n.parent };
    this.checkRules(inst, probe, n.isTriggered);
    Object.assign(n, next, { updatedTime: this.now() });
    this.settle(inst, []);
  }

  /** GET /v3/trade/algoOrders: root orders, newest first, filtered and paginated. */
  list(account: string, f: ListFilter): { rows: AlgoNode[]; total: number; page: number; size: number } {
    const page = f.page ?? 1;
    const size = f.size ?? 25;
    const rows = [...this.account(account).roots].reverse().filter((r) => {
      if (f.symbol !== undefined && r.symbol !== f.symbol) return false;
      if (f.side !== undefined && r.side !== f.side) return false;
      if (f.algoType !== undefined && r.algoType !== f.algoType) return false;
      if (f.orderType !== undefined && r.type !== f.orderType) return false;
      if (f.algoOrderTag !== undefined && r.tag !== f.algoOrderTag) return false;
      if (f.isTriggered !== undefined && r.isTriggered !== f.isTriggered) return false;
      if (f.startTime !== undefined && r.createdTime < f.startTime) return false;
      if (f.endTime !== undefined && r.createdTime > f.endTime) return false;
      // INCOMPLETE = NEW + PARTIAL_FILLED, COMPLETED = CANCELLED + FILLED + REJECTED (S4); for a bracket
      // whose entry filled, its still-open TP/SL keeps the order incomplete.
      if (f.status === "INCOMPLETE") return isOpenTree(r);
      if (f.status === "COMPLETED") return !isOpenTree(r);
      return f.status === undefined || r.status === f.status;
    });
    return { rows: rows.slice((page - 1) * size, page * size), total: rows.length, page, size };
  }

  // ---------------------------------------------------------------- prices

  price(symbol: string): Dec {
    return this.instrument(symbol).price;
  }

  priceText(symbol: string): string {
    return fmt(this.price(symbol));
  }

  /** Moves the price of one instrument and runs every trigger and fill it causes. */
  setPrice(symbol: string, price: Dec): EngineEvent[] {
    const inst = this.instrument(symbol);
    if (price <= ZERO) reject("INVALID_PARAM", { detail: "price must be greater than 0" });
    inst.price = price;
    const events: EngineEvent[] = [];
    this.settle(inst, events);
    return events;
  }

  /** Repeats until nothing changes: a fill can activate a TP/SL that the same price already triggers. */
  private settle(inst: Instrument, events: EngineEvent[]): void {
    for (let round = 0; round < 16; round++) {
      let changed = false;
      for (const acct of this.accounts.values()) {
        for (const root of acct.roots) {
          if (root.symbol !== inst.symbol || !isOpenTree(root)) continue;
          for (const n of [...walk(root)]) if (this.step(n, inst, events)) changed = true;
        }
      }
      if (!changed) return;
    }
  }

  /** Lets the current price act on one node; true when it changed anything. */
  private step(n: AlgoNode, inst: Instrument, events: EngineEvent[]): boolean {
    if (!isOpenNode(n) || TP_SL_CONTAINERS.has(n.algoType) || n.parent?.isActivated === false) return false;
    const p = inst.price;
    // A bracket's TP/SL legs wait for their container to activate.
    if (!n.isActivated && n.algoType !== "TRAILING_STOP") return false;

    if (n.algoType === "TRAILING_STOP" && !n.isTriggered) {
      if (!n.isActivated) {
        const reached = n.side === "SELL" ? p >= n.activatedPrice! : p <= n.activatedPrice!;
        if (!reached) return false;
        n.isActivated = true;
        n.extreme = p;
        this.touch(n);
        events.push(this.event("ACTIVATED", n, p));
        return true;
      }
      const prev = n.extreme ?? p;
      n.extreme = n.side === "SELL" ? max(prev, p) : min(prev, p);
      const distance = n.callbackValue ?? mul(n.extreme, n.callbackRate ?? ZERO);
      const stop = n.side === "SELL" ? n.extreme - distance : n.extreme + distance;
      const hit = n.side === "SELL" ? p <= stop : p >= stop;
      if (!hit) return n.extreme !== prev;
      this.trigger(n, p, events);
      this.fill(n, p, n.quantity ?? ZERO, events);
      return true;
    }

    let changed = false;
    if (n.triggerPrice !== undefined && !n.isTriggered) {
      const hit = n.direction === "up" ? p >= n.triggerPrice : p <= n.triggerPrice;
      if (!hit) return false;
      this.trigger(n, p, events);
      changed = true;
      if (n.type !== "LIMIT") {
        this.fill(n, p, this.fillQuantity(n), events);
        return true;
      }
      n.working = true; // a stop-limit rests at its price once triggered
    }

    if (n.working && n.type === "LIMIT" && n.price !== undefined) {
      const crossed = n.side === "BUY" ? p <= n.price : p >= n.price;
      if (!crossed) return changed;
      this.fill(n, n.side === "BUY" ? min(p, n.price) : max(p, n.price), this.fillQuantity(n), events);
      return true;
    }

    if (n.algoType === "BRACKET" && n.type === "MARKET") {
      this.fill(n, p, n.quantity ?? ZERO, events);
      return true;
    }
    return changed;
  }

  private fillQuantity(n: AlgoNode): Dec {
    if (n.type !== "CLOSE_POSITION") return n.quantity ?? ZERO;
    // Closes whatever position the closing side can reduce.
    const pos = this.position(n.account, n.symbol);
    return n.side === "SELL" ? max(pos, ZERO) : max(-pos, ZERO);
  }

  private trigger(n: AlgoNode, p: Dec, events: EngineEvent[]): void {
    n.isTriggered = true;
    n.triggerTime = this.now();
    this.touch(n);
    events.push(this.event("TRIGGERED", n, p));
    const parent = n.parent;
    if (!parent) return;
    // One leg firing ends the others: TP vs SL of a TP/SL, or the stop leg vs the limit of an OCO.
    if (TP_SL_CONTAINERS.has(parent.algoType)) {
      for (const s of parent.children) if (s !== n && isOpenNode(s)) this.setStatus(s, "CANCELLED", events);
    }
    if (parent.algoType === "OCO") {
      parent.working = false;
      parent.isTriggered = true;
      parent.triggerTime = n.triggerTime;
    }
  }

  private fill(n: AlgoNode, p: Dec, qty: Dec, events: EngineEvent[]): void {
    if (qty === ZERO) {
      // A CLOSE_POSITION leg with no position to close has nothing to do.
      this.setStatus(n, "CANCELLED", events);
      if (n.parent && TP_SL_CONTAINERS.has(n.parent.algoType)) this.setStatus(n.parent, "CANCELLED", events);
      return;
    }
    n.executed = qty;
    n.averagePrice = p;
    n.working = false;
    const acct = this.account(n.account);
    acct.positions.set(n.symbol, (acct.positions.get(n.symbol) ?? ZERO) + (n.side === "BUY" ? qty : -qty));
    this.setStatus(n, "FILLED", events, p, qty);

    const parent = n.parent;
    if (parent && TP_SL_CONTAINERS.has(parent.algoType)) {
      parent.executed = qty;
      parent.averagePrice = p;
      this.setStatus(parent, "FILLED", events, p, qty);
    }
    if (parent?.algoType === "OCO" && isOpenNode(parent)) {
      parent.executed = qty;
      parent.averagePrice = p;
      this.setStatus(parent, "FILLED", events, p, qty);
    }
    if (n.algoType === "OCO") {
      for (const c of n.children) if (isOpenNode(c)) this.setStatus(c, "CANCELLED", events);
    }
    if (n.algoType === "BRACKET" || n.algoType === "STOP_BRACKET") {
      for (const c of n.children) this.activate(c, p, events);
    }
  }

  /** A bracket's TP/SL goes live when the entry fills; a positional one replaces the previous one. */
  private activate(container: AlgoNode, p: Dec, events: EngineEvent[]): void {
    if (container.algoType === "POSITIONAL_TP_SL") {
      for (const r of this.account(container.account).roots) {
        for (const x of walk(r)) {
          if (x !== container && x.algoType === "POSITIONAL_TP_SL" && x.symbol === container.symbol && x.side === container.side && x.isActivated && isOpenNode(x)) {
            this.cancelTree(x, events);
          }
        }
      }
    }
    for (const x of walk(container)) {
      x.isActivated = true;
      this.touch(x);
    }
    events.push(this.event("ACTIVATED", container, p));
  }

  private setStatus(n: AlgoNode, status: AlgoStatus, events: EngineEvent[], p?: Dec, qty?: Dec): void {
    n.status = status;
    n.working = false;
    this.touch(n);
    const ev = this.event(status === "FILLED" ? "FILLED" : "CANCELLED", n, p ?? this.instruments.get(n.symbol)!.price);
    if (qty !== undefined) ev.quantity = fmt(qty);
    events.push(ev);
  }

  private touch(n: AlgoNode): void {
    n.updatedTime = this.now();
  }

  private event(event: EngineEvent["event"], n: AlgoNode, p: Dec): EngineEvent {
    return { event, algoOrderId: n.algoOrderId, algoType: n.algoType, symbol: n.symbol, price: fmt(p) };
  }
}
