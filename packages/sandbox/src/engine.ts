import type { WooxErrorName } from "@woox-sdk/errors";
import {
  abs,
  ceilTo,
  dec,
  fmt,
  fromNumber,
  isMultiple,
  max,
  min,
  mul,
  ONE,
  toNumber,
  ZERO,
  type Dec,
} from "./decimal.js";
import { ORDER_GONE, reject } from "./errors.js";
import type { Json } from "./json.js";
import { Ledger, MAINTENANCE_MARGIN_RATIO, type AccountState, type PositionMode } from "./ledger.js";
import { DEFAULT_BALANCES, toInstrument, type Instrument, type InstrumentConfig } from "./market.js";
import { isOpenOrder, OrderBook, remaining, type OrderEvent, type OrderState } from "./orders.js";
import { synthLevels, type BookLevel } from "./marketdata.js";

/**
 * The in-memory exchange behind the HTTP layer: instrument prices, algo orders (here), ordinary orders
 * (orders.ts) and balances and positions (ledger.ts) per API key, and the trigger/fill rules that run
 * whenever a price moves. It never sees HTTP or JSON text; bodies reach it already validated against
 * the spec.
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
  /** Fees of its fills, in the quote asset. */
  fee: Dec;
  createdTime: number;
  updatedTime: number;
  parent: AlgoNode | undefined;
  children: AlgoNode[];
}

/** What a price move did to an algo order; returned by the control route so a demo can narrate it. */
export interface AlgoEvent {
  event: "ACTIVATED" | "TRIGGERED" | "FILLED" | "CANCELLED";
  algoOrderId: bigint;
  algoType: string;
  symbol: string;
  price: string;
  quantity?: string;
}

/** Algo-order events carry `algoOrderId` and `algoType`, ordinary-order ones `orderId` and `type`. */
export type EngineEvent = AlgoEvent | OrderEvent;
export type { OrderEvent };

export interface OpenOrderLimits {
  perInstrument?: number;
  tpSlPerInstrument?: number;
  positionalTpSlPerInstrumentSide?: number;
}

export interface ListFilter {
  symbol?: string;
  side?: string;
  positionSide?: string;
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
}

const str = (b: Body, k: string): string | undefined => (typeof b[k] === "string" ? b[k] : undefined);
const bool = (b: Body, k: string): boolean | undefined => (typeof b[k] === "boolean" ? b[k] : undefined);
const id = (v: Json | undefined): bigint => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : 0n);

function amount(b: Body, k: string): Dec | undefined {
  const s = str(b, k);
  if (s === undefined) return undefined;
  const v = dec(s);
  // The spec's pattern already admits only plain decimals; more than 12 places cannot be on any grid.
  if (v === undefined) reject(k === "quantity" || k === "visibleQuantity" ? "SIZE_FILTER" : "PRICE_FILTER");
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
  /** First orderId of ordinary orders (default 50000001). */
  firstOrderId?: bigint;
  /** What each new account holds (default DEFAULT_BALANCES). */
  balances?: Readonly<Record<string, string>>;
}

/** Collateral and margin of one account, as GET /v3/account/info reports them. */
export interface Collateral {
  total: Dec;
  free: Dec;
  /** Notional of open positions, and of positions plus open perpetual orders. */
  positionNotional: Dec;
  openNotional: Dec;
  usedMargin: Dec;
}

export class Exchange {
  readonly instruments = new Map<string, Instrument>();
  readonly ledger: Ledger;
  readonly orders: OrderBook;
  private readonly accounts = new Map<string, Account>();
  private nextId: bigint;
  private readonly clock: () => number;
  private readonly deadman = new Map<string, { timer: ReturnType<typeof setTimeout>; at: number }>();

  constructor(options: ExchangeOptions) {
    this.clock = options.now;
    const listed = options.now();
    for (const c of options.instruments) this.instruments.set(c.symbol, toInstrument(c, listed));
    this.nextId = options.firstAlgoOrderId ?? 1_000_001n;
    this.ledger = new Ledger(this.instruments, options.now, options.balances ?? DEFAULT_BALANCES);
    this.orders = new OrderBook(this, options.firstOrderId ?? 50_000_001n);
  }

  /** The sandbox clock (ms). */
  now(): number {
    return this.clock();
  }

  private account(key: string): Account {
    let a = this.accounts.get(key);
    if (a === undefined) {
      a = { nodes: new Map(), roots: [] };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** The instrument, or the catalog error `missing` (algo endpoints answer 317155, the others 302101). */
  instrument(symbol: string, missing: WooxErrorName = "UNSUPPORTED_SYMBOL"): Instrument {
    const inst = this.instruments.get(symbol);
    if (inst === undefined) reject(missing, { vars: { symbol } });
    return inst;
  }

  /** Net position: spot quantity bought through the sandbox, or the sum of perpetual positions. */
  position(account: string, symbol: string): Dec {
    return this.ledger.net(account, symbol);
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
    if (
      clientAlgoOrderId !== 0n &&
      acct.roots.some((r) => r.clientAlgoOrderId === clientAlgoOrderId && isOpenTree(r))
    ) {
      reject("DUPLICATE_CLIENT_ORDER_ID");
    }

    const root = this.build(account, inst, body, undefined, clientAlgoOrderId);
    if (inst.kind === "PERP") {
      // One-way mode has BOTH positions only; hedge mode needs LONG or SHORT.
      const hedge = this.ledger.account(account).positionMode === "HEDGE";
      for (const n of walk(root))
        if ((n.positionSide === "BOTH") === hedge) reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
    }
    this.checkRules(inst, root);
    this.checkLimits(openRoots, root, limits);

    // Committed: register the tree, then let the current price act on it (a MARKET entry fills now).
    for (const n of walk(root)) acct.nodes.set(n.algoOrderId, n);
    acct.roots.push(root);
    this.settle(inst, []);

    return this.rows(root, algoType);
  }

  private build(
    account: string,
    inst: Instrument,
    b: Body,
    parent: AlgoNode | undefined,
    clientAlgoOrderId: bigint,
  ): AlgoNode {
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
      quantity:
        amount(b, "quantity") ??
        (parent && algoType !== "POSITIONAL_TP_SL" && parent.algoType !== "POSITIONAL_TP_SL"
          ? parent.quantity
          : undefined),
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
      fee: ZERO,
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
      for (const [k, v] of [
        ["price", n.price],
        ["triggerPrice", n.triggerPrice],
        ["activatedPrice", n.activatedPrice],
        ["callbackValue", n.callbackValue],
      ] as const) {
        if (v === undefined) continue;
        if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
        if (!isMultiple(v, inst.quoteTick)) reject("PRICE_FILTER");
      }
      if (n.callbackRate !== undefined && (n.callbackRate <= ZERO || n.callbackRate >= ONE)) {
        reject("INVALID_PARAM", {
          detail: `callbackRate is a fraction (0.01 = 1%) and must be between 0 and 1, got ${fmt(n.callbackRate)}`,
        });
      }
      for (const [k, v] of [
        ["quantity", n.quantity],
        ["visibleQuantity", n.visibleQuantity],
      ] as const) {
        if (v === undefined || (k === "visibleQuantity" && v === ZERO)) continue; // visibleQuantity 0 hides the order
        if (v <= ZERO) reject("INVALID_PARAM", { detail: `${k} must be greater than 0` });
        if (!isMultiple(v, inst.baseTick)) reject("SIZE_FILTER");
        if (k === "quantity" && (v < inst.baseMin || v > inst.baseMax)) reject("SIZE_FILTER");
      }
      if (n.quantity !== undefined && n.quantity > ZERO) {
        const at = n.price ?? n.triggerPrice ?? inst.price;
        const notional = mul(at, n.quantity);
        if (notional < inst.minNotional) reject("MIN_NOTIONAL");
      }
    }

    const legsOf = (c: AlgoNode): AlgoNode[] =>
      c.children.filter((x) => x.algoType === "TAKE_PROFIT" || x.algoType === "STOP_LOSS");
    for (const c of walk(root)) {
      if (!TP_SL_CONTAINERS.has(c.algoType)) continue;
      const legs = legsOf(c);
      if (legs.length === 2 && legs[0]!.side !== legs[1]!.side) reject("TPSL_LEG_SIDE_MISMATCH");
      if (new Set(legs.map((l) => l.algoType)).size !== legs.length)
        reject("INVALID_PARAM", { detail: "childOrders must hold at most one TAKE_PROFIT and one STOP_LOSS" });
    }

    // Trigger prices must lie on the side of the reference price they fire from: the market for
    // orders armed now, the entry price for the TP/SL of a bracket.
    const entry =
      root.algoType === "BRACKET" || root.algoType === "STOP_BRACKET"
        ? (root.price ?? root.triggerPrice ?? inst.price)
        : undefined;
    for (const n of walk(root)) {
      if (skipTriggerSide || n.isTriggered) continue;
      if (n.triggerPrice === undefined || n.direction === undefined) continue;
      const inBracket = entry !== undefined && n !== root;
      const ref = inBracket ? entry : inst.price;
      const code: WooxErrorName = n.direction === "up" ? "TRIGGER_PRICE_TOO_LOW" : "TRIGGER_PRICE_TOO_HIGH";
      if (n.direction === "up" ? n.triggerPrice <= ref : n.triggerPrice >= ref)
        reject(code, { vars: { price: fmt(ref) } });
    }
  }

  private checkLimits(openRoots: AlgoNode[], root: AlgoNode, limits: OpenOrderLimits): void {
    const perInstrument = limits.perInstrument;
    if (perInstrument !== undefined && openRoots.length + 1 > perInstrument) {
      reject("RPC_REJECT", {
        detail: `At most ${perInstrument} open algo orders are allowed per instrument; ${root.symbol} has ${openRoots.length}.`,
      });
    }
    const tpSl = limits.tpSlPerInstrument;
    if (tpSl !== undefined) {
      const count = (n: AlgoNode): number => [...walk(n)].filter((x) => x.algoType === "TP_SL" && isOpenNode(x)).length;
      const open = openRoots.reduce((s, r) => s + count(r), 0);
      const adding = count(root);
      if (adding > 0 && open + adding > tpSl) {
        reject("RPC_REJECT", {
          detail: `At most ${tpSl} open TP_SL orders are allowed per instrument, including those attached to brackets; ${root.symbol} has ${open}.`,
        });
      }
    }
    const positional = limits.positionalTpSlPerInstrumentSide;
    // Only a standalone POSITIONAL_TP_SL is refused: one inside a bracket replaces the previous one when it activates.
    if (positional !== undefined && root.algoType === "POSITIONAL_TP_SL") {
      const open = openRoots
        .flatMap((r) => [...walk(r)])
        .filter(
          (x) => x.algoType === "POSITIONAL_TP_SL" && isOpenNode(x) && x.isActivated && x.side === root.side,
        ).length;
      if (open + 1 > positional) {
        reject("RPC_REJECT", {
          detail: `At most ${positional} open POSITIONAL_TP_SL order is allowed per instrument and side; ${root.symbol} already has one for ${root.side}.`,
        });
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
      return [
        ...legRows(container),
        row(container, container.algoType === "POSITIONAL_TP_SL" ? "orderId" : "algoOrderId"),
        row(root),
      ];
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
      if (n === undefined)
        reject("RESOURCE_NOT_FOUND", { detail: `No algo order with clientAlgoOrderId ${ids.clientAlgoOrderId}.` });
      return n;
    }
    return reject("INVALID_PARAM", { detail: "Either algoOrderId or clientAlgoOrderId is required" });
  }

  /** Cancels every open node of an algo order's tree. Returns false when nothing was open. */
  cancelTree(root: AlgoNode, events: AlgoEvent[] = []): boolean {
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
  cancel(account: string, ids: { algoOrderId?: bigint; clientAlgoOrderId?: bigint }, symbol?: string): AlgoEvent[] {
    const n = this.lookup(account, ids);
    if (symbol !== undefined && n.symbol !== symbol) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
    const events: AlgoEvent[] = [];
    // The catalog's own example for -1006: cancelling an order that is already CANCELLED.
    if (!this.cancelTree(n, events)) reject("RESOURCE_NOT_FOUND", { observed: ORDER_GONE });
    return events;
  }

  /** Cancels every open algo order of the account, on one symbol or all. */
  cancelAll(account: string, symbol?: string): AlgoEvent[] {
    if (symbol !== undefined) this.instrument(symbol);
    const events: AlgoEvent[] = [];
    for (const r of this.account(account).roots)
      if (symbol === undefined || r.symbol === symbol) this.cancelTree(r, events);
    return events;
  }

  /** Edits an open order's quantity or prices; the same tick/step/notional rules apply as on placement. */
  edit(account: string, b: Body): void {
    const n = this.lookup(account, {
      algoOrderId: b.algoOrderId === undefined ? undefined : id(b.algoOrderId),
      clientAlgoOrderId: b.clientAlgoOrderId === undefined ? undefined : id(b.clientAlgoOrderId),
    });
    const legEdits = Array.isArray(b.childOrders) ? (b.childOrders as Body[]) : [];
    if (legEdits.length === 0 ? !isOpenNode(n) : !isOpenTree(n)) reject("ORDER_COMPLETED");
    const inst = this.instrument(n.symbol);

    // Edit a copy of the subtree, check it with the placement rules, then commit: a refused edit changes nothing.
    const clones = new Map<AlgoNode, AlgoNode>();
    const clone = (x: AlgoNode, parent: AlgoNode | undefined): AlgoNode => {
      const c: AlgoNode = { ...x, parent, children: [] };
      clones.set(x, c);
      c.children = x.children.map((ch) => clone(ch, c));
      return c;
    };
    const probe = clone(n, n.parent);
    const inBracket = (x: AlgoNode): boolean => {
      for (let p = x.parent; p; p = p.parent)
        if (p.algoType === "BRACKET" || p.algoType === "STOP_BRACKET") return true;
      return false;
    };
    if (amount(b, "quantity") !== undefined && n.algoType === "TP_SL" && inBracket(n))
      reject("EDIT_TPSL_QUANTITY_NOT_ALLOWED");
    this.applyEdit(probe, b);

    const legQuantities: Dec[] = [];
    for (const e of legEdits) {
      const target = [...walk(n)].find((x) => x !== n && x.algoOrderId === id(e.algoOrderId));
      if (target === undefined) reject("CHILD_ORDER_NOT_FOUND", { vars: { orderId: String(id(e.algoOrderId)) } });
      const q = amount(e, "quantity");
      if (q !== undefined) {
        if (inBracket(target)) reject("BRACKET_TPSL_QUANTITY_EDIT_NOT_ALLOWED");
        if (target.type === "CLOSE_POSITION") reject("TPSL_QUANTITY_CLOSE_POSITION_NOT_ALLOWED");
        legQuantities.push(q);
      }
      this.applyEdit(clones.get(target)!, e);
    }
    if (legQuantities.length > 0) {
      // A TP/SL's legs share one quantity: an edit must name both legs, with the same value.
      const container = n.algoType === "TP_SL" ? n : undefined;
      const legs = container?.children.filter((x) => x.algoType === "TAKE_PROFIT" || x.algoType === "STOP_LOSS") ?? [];
      if (legQuantities.length < legs.length) reject("EDIT_QUANTITY_BOTH_LEGS_REQUIRED");
      if (legQuantities.some((q) => q !== legQuantities[0])) reject("EDIT_QUANTITY_LEGS_MISMATCH");
      if (container) clones.get(container)!.quantity = legQuantities[0];
    }
    // Children that carry their parent's quantity (TP_SL legs, a bracket's TP_SL) follow an edited quantity.
    const follow = (orig: AlgoNode): void => {
      const c = clones.get(orig)!;
      if (c.quantity === orig.quantity) return orig.children.forEach(follow);
      for (const ch of orig.children) {
        const cc = clones.get(ch)!;
        if (ch.quantity === orig.quantity && cc.quantity === ch.quantity && ch.algoType !== "POSITIONAL_TP_SL")
          cc.quantity = c.quantity;
        follow(ch);
      }
    };
    follow(n);
    this.checkRules(inst, probe, n.isTriggered);

    const t = this.now();
    for (const [orig, c] of clones) {
      const changed = (
        [
          "quantity",
          "price",
          "triggerPrice",
          "visibleQuantity",
          "activatedPrice",
          "callbackRate",
          "callbackValue",
          "triggerPriceType",
        ] as const
      ).filter((k) => orig[k] !== c[k]);
      for (const k of changed) (orig as unknown as Record<string, unknown>)[k] = c[k];
      if (changed.length > 0) orig.updatedTime = t;
    }
    this.settle(inst, []);
  }

  /** Applies the fields of one edit to a node (a copy), with the edit-only rules. */
  private applyEdit(c: AlgoNode, b: Body): void {
    const before = c.triggerPrice;
    for (const k of [
      "quantity",
      "price",
      "triggerPrice",
      "visibleQuantity",
      "activatedPrice",
      "callbackRate",
      "callbackValue",
    ] as const) {
      const v = amount(b, k);
      if (v !== undefined) c[k] = v;
    }
    if (typeof b.triggerPriceType === "string") c.triggerPriceType = b.triggerPriceType;
    if (amount(b, "quantity") !== undefined && c.quantity !== undefined && c.quantity <= c.executed)
      reject("ORDER_QUANTITY_BELOW_EXECUTED");
    // An order that has triggered is being executed: its trigger can no longer change.
    if (c.isTriggered && c.triggerPrice !== before) reject("ORDER_PROCESSING");
  }

  /** GET /v3/trade/algoOrders: root orders, newest first, filtered and paginated. */
  list(account: string, f: ListFilter): { rows: AlgoNode[]; total: number; page: number; size: number } {
    const page = f.page ?? 1;
    const size = f.size ?? 25;
    const rows = [...this.account(account).roots].reverse().filter((r) => {
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

  /**
   * Moves the price of one instrument and runs every trigger and fill it causes: algo orders first, then
   * resting ordinary orders. `volume` limits how much of the resting ordinary orders trades at this price
   * (default: all of them that the price reached).
   */
  setPrice(symbol: string, price: Dec, volume?: Dec): EngineEvent[] {
    const inst = this.instrument(symbol);
    if (price <= ZERO) reject("INVALID_PARAM", { detail: "price must be greater than 0" });
    if (volume !== undefined && volume <= ZERO) reject("INVALID_PARAM", { detail: "quantity must be greater than 0" });
    inst.price = price;
    const algo: AlgoEvent[] = [];
    this.settle(inst, algo);
    const orderEvents: OrderEvent[] = [];
    this.orders.onPrice(inst, orderEvents, volume);
    return [...algo, ...orderEvents];
  }

  /** Repeats until nothing changes: a fill can activate a TP/SL that the same price already triggers. */
  private settle(inst: Instrument, events: AlgoEvent[]): void {
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
  private step(n: AlgoNode, inst: Instrument, events: AlgoEvent[]): boolean {
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
    return this.ledger.closable(n.account, n.symbol, n.side, n.positionSide);
  }

  private trigger(n: AlgoNode, p: Dec, events: AlgoEvent[]): void {
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

  private fill(n: AlgoNode, p: Dec, qty: Dec, events: AlgoEvent[]): void {
    if (qty === ZERO) {
      // A CLOSE_POSITION leg with no position to close has nothing to do.
      this.setStatus(n, "CANCELLED", events);
      if (n.parent && TP_SL_CONTAINERS.has(n.parent.algoType)) this.setStatus(n.parent, "CANCELLED", events);
      return;
    }
    const trade = this.ledger.applyFill(n.account, {
      symbol: n.symbol,
      side: n.side,
      positionSide: n.positionSide,
      marginMode: n.marginMode,
      quantity: qty,
      price: p,
      // A limit order resting in the book made the market; everything else took it.
      isMaker: n.working && n.type === "LIMIT",
      orderId: n.algoOrderId,
      orderTag: n.tag,
    });
    n.executed = qty;
    n.averagePrice = p;
    n.fee += trade.fee;
    n.working = false;
    this.setStatus(n, "FILLED", events, p, qty);

    const parent = n.parent;
    if (parent && TP_SL_CONTAINERS.has(parent.algoType)) {
      parent.executed = qty;
      parent.averagePrice = p;
      parent.fee += trade.fee;
      this.setStatus(parent, "FILLED", events, p, qty);
    }
    if (parent?.algoType === "OCO" && isOpenNode(parent)) {
      parent.executed = qty;
      parent.averagePrice = p;
      parent.fee += trade.fee;
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
  private activate(container: AlgoNode, p: Dec, events: AlgoEvent[]): void {
    if (container.algoType === "POSITIONAL_TP_SL") {
      for (const r of this.account(container.account).roots) {
        for (const x of walk(r)) {
          if (
            x !== container &&
            x.algoType === "POSITIONAL_TP_SL" &&
            x.symbol === container.symbol &&
            x.side === container.side &&
            x.isActivated &&
            isOpenNode(x)
          ) {
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

  private setStatus(n: AlgoNode, status: AlgoStatus, events: AlgoEvent[], p?: Dec, qty?: Dec): void {
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

  private event(event: AlgoEvent["event"], n: AlgoNode, p: Dec): AlgoEvent {
    return { event, algoOrderId: n.algoOrderId, algoType: n.algoType, symbol: n.symbol, price: fmt(p) };
  }

  // ---------------------------------------------------------------- everything of an account

  /** Whether the account has anything open: an ordinary order, or an algo order with an open part. */
  hasOpenOrders(account: string, match: (symbol: string) => boolean = () => true): boolean {
    return (
      this.orders.orders(account).some((o) => isOpenOrder(o) && match(o.symbol)) ||
      this.roots(account).some((r) => isOpenTree(r) && match(r.symbol))
    );
  }

  /** DELETE /v3/trade/allOrders and the dead man's switch: every open ordinary and algo order. */
  cancelEverything(account: string, symbol?: string): EngineEvent[] {
    if (symbol !== undefined) this.instrument(symbol, "SYMBOL_NOT_EXISTS");
    const orderEvents: OrderEvent[] = [];
    this.orders.cancelAll(account, symbol, orderEvents);
    const algo: AlgoEvent[] = [];
    for (const r of this.account(account).roots)
      if (symbol === undefined || r.symbol === symbol) this.cancelTree(r, algo);
    return [...orderEvents, ...algo];
  }

  /**
   * POST /v3/trade/order/cancelAllAfter: (re)arms a real timer that cancels every open order of the
   * account after `ms`; 0 disarms it. Returns the expected trigger time on the sandbox clock (0 when off).
   */
  cancelAllAfter(account: string, ms: number): number {
    const armed = this.deadman.get(account);
    if (armed) clearTimeout(armed.timer);
    this.deadman.delete(account);
    if (ms === 0) return 0;
    const at = this.now() + ms;
    const timer = setTimeout(() => {
      this.deadman.delete(account);
      this.cancelEverything(account);
    }, ms);
    timer.unref();
    this.deadman.set(account, { timer, at });
    return at;
  }

  /** When the dead man's switch of the account fires (sandbox clock), or undefined when it is off. */
  cancelAllAfterTime(account: string): number | undefined {
    return this.deadman.get(account)?.at;
  }

  /** Stops the timers (the server calls this on stop). */
  dispose(): void {
    for (const { timer } of this.deadman.values()) clearTimeout(timer);
    this.deadman.clear();
  }

  // ---------------------------------------------------------------- money

  /** Collateral of an account: token values plus unrealised PnL, less the margin positions and orders use. */
  collateral(account: string, except?: OrderState): Collateral {
    const a: AccountState = this.ledger.account(account);
    let total = ZERO;
    for (const [token, v] of a.balances) total += mul(v, this.ledger.markPrice(token));
    let positionNotional = ZERO;
    let positionMargin = ZERO;
    for (const p of a.positions.values()) {
      if (p.holding === ZERO) continue;
      total += this.ledger.unrealizedPnl(p);
      const value = mul(abs(p.holding), this.price(p.symbol));
      positionNotional += value;
      positionMargin += value / BigInt(this.ledger.leverage(account, p.symbol, p.marginMode, p.positionSide));
    }
    const orders = this.orders.orderMargin(account, except);
    let frozenValue = ZERO;
    for (const token of a.balances.keys())
      frozenValue += mul(this.orders.frozen(account, token, except), this.ledger.markPrice(token));
    const usedMargin = positionMargin + orders.margin;
    return {
      total,
      free: total - usedMargin - frozenValue,
      positionNotional,
      openNotional: positionNotional + orders.notional,
      usedMargin,
    };
  }

  /**
   * Whether the account can afford an order (placed, or `o` edited from `was`): spot orders need the
   * quote (buys) or base (sells) not already held by other open orders, else 302119; perpetual orders need
   * initial margin (notional ÷ leverage) for the part that adds to the position, else -1101.
   */
  checkFunds(o: OrderState, inst: Instrument, was?: OrderState): void {
    const price = o.price ?? inst.price;
    const qty = remaining(o);
    if (inst.kind === "SPOT") {
      const token = o.side === "BUY" ? inst.quoteAsset : inst.baseAsset;
      const need =
        o.side === "BUY"
          ? o.amount !== undefined && o.executed === ZERO
            ? o.amount
            : ceilTo(mul(qty, price), inst.quoteTick)
          : qty;
      const available = this.ledger.balance(o.account, token) - this.orders.frozen(o.account, token, was ?? o);
      if (need > available) reject("INSUFFICIENT_FUNDS_MARGIN_DISABLED");
      return;
    }
    if (o.reduceOnly) return;
    const opening = qty - min(qty, this.ledger.closable(o.account, o.symbol, o.side, o.positionSide));
    if (opening <= ZERO) return;
    const margin =
      mul(opening, price) / BigInt(this.ledger.leverage(o.account, o.symbol, o.marginMode, o.positionSide));
    if (margin > this.collateral(o.account, was ?? o).free) reject("RISK_TOO_HIGH");
  }

  /** Whether one-way/hedge mode can change: not while a perpetual position or order is open (302308). */
  setPositionMode(account: string, mode: PositionMode): void {
    const a = this.ledger.account(account);
    if (a.positionMode === mode) return;
    const perp = (symbol: string) => this.instruments.get(symbol)?.kind === "PERP";
    const positions = [...a.positions.values()].some((p) => p.holding !== ZERO);
    if (positions || this.hasOpenOrders(account, perp)) reject("CLOSE_POSITIONS_AND_ORDERS_REQUIRED_2");
    a.positionMode = mode;
    a.positions.clear();
    a.updatedTime = this.now();
  }

  /**
   * PUT /v3/futures/leverage. Isolated leverage cannot change while the symbol has open isolated orders
   * (302189); cross leverage cannot drop so far that the positions' margin exceeds the collateral (302305).
   */
  setLeverage(account: string, symbol: string, leverage: number, marginMode = "CROSS", positionSide?: string): void {
    const inst = this.instrument(symbol, "SYMBOL_NOT_EXISTS");
    if (inst.kind !== "PERP") reject("INVALID_PARAM", { detail: "leverage applies to PERP_ symbols only" });
    if (leverage > inst.maxLeverage) reject("INVALID_LEVERAGE");
    const a = this.ledger.account(account);
    const hedge = a.positionMode === "HEDGE";
    if (positionSide !== undefined && (positionSide === "BOTH") === hedge)
      reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
    const sides =
      marginMode === "ISOLATED"
        ? positionSide !== undefined
          ? [positionSide]
          : hedge
            ? ["LONG", "SHORT"]
            : ["BOTH"]
        : ["BOTH"];
    if (
      marginMode === "ISOLATED" &&
      this.orders.orders(account).some((o) => isOpenOrder(o) && o.symbol === symbol && o.marginMode === "ISOLATED")
    ) {
      reject("ISOLATED_LEVERAGE_CHANGE_WITH_PENDING_ORDERS");
    }
    const keys = sides.map((ps) => this.ledger.leverageKey(symbol, marginMode, ps));
    const before = keys.map((k) => a.leverage.get(k));
    for (const k of keys) a.leverage.set(k, leverage);
    if (marginMode === "CROSS" && this.collateral(account).free < ZERO) {
      keys.forEach((k, i) => (before[i] === undefined ? a.leverage.delete(k) : a.leverage.set(k, before[i])));
      reject("CROSS_LEVERAGE_UPDATE_INSUFFICIENT_MARGIN");
    }
    a.updatedTime = this.now();
  }

  /** Estimated liquidation price of a position on its own margin (isolated view), or undefined when flat. */
  liquidationPrice(
    account: string,
    symbol: string,
    holding: Dec,
    averageOpenPrice: Dec,
    leverage: number,
  ): Dec | undefined {
    if (holding === ZERO) return undefined;
    const inst = this.instrument(symbol);
    const mmr = toNumber(dec(MAINTENANCE_MARGIN_RATIO)!);
    const avg = toNumber(averageOpenPrice);
    const x = holding > ZERO ? avg * (1 - 1 / leverage + mmr) : avg * (1 + 1 / leverage - mmr);
    return x > 0 ? fromNumber(x, inst.quoteTick) : ZERO;
  }

  // ---------------------------------------------------------------- order book

  /**
   * The book of one side: synthetic levels around the price (see marketdata.ts) plus the open limit
   * orders, ordinary and algo, of every account at their visible quantity. Best level first.
   */
  book(symbol: string, side: "asks" | "bids", levels: number): BookLevel[] {
    const inst = this.instrument(symbol, "SYMBOL_NOT_EXISTS");
    const merged = new Map<Dec, Dec>();
    for (const l of synthLevels(inst, side, levels)) merged.set(l.price, l.quantity);
    const add = (price: Dec, q: Dec) => merged.set(price, (merged.get(price) ?? ZERO) + q);
    const wantSide = side === "asks" ? "SELL" : "BUY";
    for (const o of this.orders.openOn(symbol)) {
      if (o.side !== wantSide || o.price === undefined) continue;
      const q = o.visibleQuantity === undefined ? remaining(o) : min(o.visibleQuantity, remaining(o));
      if (q > ZERO) add(o.price, q);
    }
    for (const a of this.accounts.values()) {
      for (const r of a.roots) {
        if (r.symbol !== symbol) continue;
        for (const n of walk(r)) {
          if (!n.working || !isOpenNode(n) || n.side !== wantSide || n.price === undefined) continue;
          const q = (n.quantity ?? ZERO) - n.executed;
          const shown = n.visibleQuantity === undefined ? q : min(n.visibleQuantity, q);
          if (shown > ZERO) add(n.price, shown);
        }
      }
    }
    return [...merged.entries()]
      .map(([price, quantity]) => ({ price, quantity }))
      .sort((x, y) => (side === "asks" ? (x.price < y.price ? -1 : 1) : x.price > y.price ? -1 : 1))
      .slice(0, levels);
  }

  /** The price of the `level`-th best ask or bid (ASK and BID orders are priced there). */
  bookPrice(inst: Instrument, side: "asks" | "bids", level: number): Dec {
    const levels = this.book(inst.symbol, side, level);
    return (levels[level - 1] ?? levels.at(-1))?.price ?? inst.price;
  }
}
