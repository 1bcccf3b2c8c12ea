import type { WooxErrorName } from "@woox-sdk/errors";
import type { AlgoOrderRequest, EditAlgoOrderRequest } from "@woox-sdk/types";
import type { MarginMode, PositionMode, PositionSide } from "@woox-sdk/types/enums";
import { operations } from "@woox-sdk/types/operations";
import { CancelAllAfter } from "../account/cancel-all-after.js";
import { Accounts, type AccountsOptions } from "../accounts/accounts.js";
import { checkFunds, collateral, liquidationPrice, type Collateral } from "../account/collateral.js";
import { DEFAULT_BALANCES, Ledger } from "../account/ledger.js";
import { ListenKeys } from "../account/listen-keys.js";
import { setLeverage, setPositionMode } from "../account/settings.js";
import { editAlgoOrder } from "../algo/edit.js";
import {
  cancelAlgoOrder,
  cancelAlgoOrders,
  listAlgoOrders,
  lookup,
  type AlgoOrderRef,
  type ListFilter,
} from "../algo/manage.js";
import { isOpenTree, type AlgoNode } from "../algo/node.js";
import { placeAlgoOrder, type PlacedRow } from "../algo/placement.js";
import type { OpenOrderLimits } from "../algo/rules.js";
import { AlgoStore } from "../algo/store.js";
import { cancelTree, settle } from "../algo/triggers.js";
import { Convert } from "../convert/convert.js";
import { fmt, ZERO, type Dec } from "../decimal.js";
import { reject } from "../errors.js";
import { Futures } from "../futures/index.js";
import { SpotMargin } from "../margin/spot-margin.js";
import { bookPrice, bookSide, type BookSide } from "../market/book.js";
import type { BookLevel } from "../market/depth.js";
import { toInstrument, type Instrument, type InstrumentConfig } from "../market/instruments.js";
import { InsuranceFund } from "../market/insurance-fund.js";
import { isOpenOrder, type OrderState } from "../orders/state.js";
import { OrderStore } from "../orders/store.js";
import { Wallet, type WalletOptions } from "../wallet/wallet.js";
import { EngineEvents, type AlgoEvent, type EngineEvent } from "./events.js";
import type { Page } from "./page.js";
import { Schedule } from "./schedule.js";

/**
 * The in-memory exchange behind the HTTP layer. It holds the domain state, each part in its own module:
 * instruments and their prices, algo orders (algo/), ordinary orders (orders/), balances, positions and
 * settings per API key (account/), and emits every change through `events`. It never sees HTTP or JSON
 * text: bodies reach it already validated against the spec. The methods below are its public face; the
 * rules live in the modules they call.
 */

export interface ExchangeOptions {
  instruments: readonly InstrumentConfig[];
  now: () => number;
  firstAlgoOrderId?: bigint;
  /** First orderId of ordinary orders (default 50000001). */
  firstOrderId?: bigint;
  /** What each new account holds (default DEFAULT_BALANCES). */
  balances?: Readonly<Record<string, string>>;
  /** Risk tables and other settings of exchange.accounts. */
  accounts?: AccountsOptions;
  /** Token networks and withdrawal timing (see wallet/wallet.ts). */
  wallet?: WalletOptions;
  /** The USDT balance of the futures insurance fund (default DEFAULT_INSURANCE_FUND). */
  insuranceFund?: string;
}

export class Exchange {
  readonly instruments = new Map<string, Instrument>();
  readonly ledger: Ledger;
  readonly orders: OrderStore;
  readonly algos: AlgoStore;
  /** Every order event, as it happens: subscribe here to follow the exchange. */
  readonly events = new EngineEvents();
  /** Work due at set times of the sandbox clock (funding, interest, withdrawals, quote expiry). */
  readonly schedule: Schedule;
  /** The keys that open each account's private stream. */
  readonly listenKeys: ListenKeys;
  /** Families of main and sub-accounts, key permissions, trading modes, risk tables, transfers. */
  readonly accounts: Accounts;
  /** Deposit addresses, deposits and withdrawals on the sandbox clock, and the token network table. */
  readonly wallet: Wallet;
  /** Default margin modes, funding rounds and payments, isolated margin. */
  readonly futures: Futures;
  /** Spot-margin leverage, hourly interest on borrowed tokens and its repayment. */
  readonly spotMargin: SpotMargin;
  /** Convert: RFQ quotes and their one-time acceptance. */
  readonly convert: Convert;
  /** The futures insurance fund's balance (GET /v3/public/insuranceFund). */
  readonly insuranceFund: InsuranceFund;
  private readonly clock: () => number;
  private readonly deadman: CancelAllAfter;

  constructor(options: ExchangeOptions) {
    this.schedule = new Schedule(options.now);
    // While scheduled work runs (a funding round, a withdrawal moving on), the exchange's clock reads the
    // time that work was due, so what it writes (ledger rows, history rows) carries that time even when a
    // test jumped the clock past it.
    const now = () => this.schedule.runningAt ?? options.now();
    this.clock = now;
    const listed = now();
    for (const c of options.instruments) this.instruments.set(c.symbol, toInstrument(c, listed));
    this.ledger = new Ledger(this.instruments, now, options.balances ?? DEFAULT_BALANCES, this.events);
    this.orders = new OrderStore(this, options.firstOrderId ?? 50_000_001n);
    this.algos = new AlgoStore(options.firstAlgoOrderId ?? 1_000_001n);
    this.listenKeys = new ListenKeys(now);
    this.accounts = new Accounts(this, options.accounts);
    this.wallet = new Wallet(this, options.wallet);
    this.deadman = new CancelAllAfter(now, (account) => void this.cancelEverything(account));
    this.futures = new Futures(this);
    this.spotMargin = new SpotMargin(this);
    this.convert = new Convert(this);
    this.insuranceFund = new InsuranceFund(options.insuranceFund);
  }

  /** The sandbox clock (ms). */
  now(): number {
    return this.clock();
  }

  // ---------------------------------------------------------------- instruments and prices

  /** The instrument, or the catalog error `missing` (algo endpoints answer 317155, the others 302101). */
  instrument(symbol: string, missing: WooxErrorName = "UNSUPPORTED_SYMBOL"): Instrument {
    const inst = this.instruments.get(symbol);
    if (inst === undefined) reject(missing, { vars: { symbol } });
    return inst;
  }

  price(symbol: string): Dec {
    return this.instrument(symbol).price;
  }

  priceText(symbol: string): string {
    return fmt(this.price(symbol));
  }

  /**
   * Moves the price of one instrument and runs every trigger and fill it causes: algo orders first, then
   * resting ordinary orders. `volume` limits how much of the resting ordinary orders trades at this price
   * (default: all of them that the price reached). Returns the events it caused.
   */
  setPrice(symbol: string, price: Dec, volume?: Dec): EngineEvent[] {
    const inst = this.instrument(symbol);
    if (price <= ZERO) reject("INVALID_PARAM", { detail: "price must be greater than 0" });
    if (volume !== undefined && volume <= ZERO) reject("INVALID_PARAM", { detail: "quantity must be greater than 0" });
    inst.price = price;
    return this.events.collect(() => {
      settle(this, inst);
      this.orders.onPrice(inst, volume);
    });
  }

  /** The book of one side, synthetic depth plus resting limit orders, best level first. */
  book(symbol: string, side: BookSide, levels: number): BookLevel[] {
    return bookSide(this, symbol, side, levels);
  }

  /** The price of the `level`-th best ask or bid. */
  bookPrice(inst: Instrument, side: BookSide, level: number): Dec {
    return bookPrice(this, inst, side, level);
  }

  // ---------------------------------------------------------------- algo orders

  /** Every root algo order of an account, oldest first. */
  roots(account: string): readonly AlgoNode[] {
    return this.algos.roots(account);
  }

  find(account: string, algoOrderId: bigint): AlgoNode | undefined {
    return this.algos.find(account, algoOrderId);
  }

  findByClientId(account: string, clientAlgoOrderId: bigint): AlgoNode | undefined {
    return this.algos.findByClientId(account, clientAlgoOrderId);
  }

  /** Places an algo order under the open-order limits (default: those of the spec). */
  place(
    account: string,
    body: AlgoOrderRequest,
    limits: OpenOrderLimits = operations.placeAlgoOrder.openOrderLimits,
  ): PlacedRow[] {
    return placeAlgoOrder(this, account, body, limits);
  }

  lookup(account: string, ref: AlgoOrderRef): AlgoNode {
    return lookup(this, account, ref);
  }

  edit(account: string, body: EditAlgoOrderRequest): void {
    editAlgoOrder(this, account, body);
  }

  cancel(account: string, ref: AlgoOrderRef, symbol?: string): AlgoEvent[] {
    return cancelAlgoOrder(this, account, ref, symbol);
  }

  /** Cancels every open algo order of the account, on one symbol or all. */
  cancelAll(account: string, symbol?: string): AlgoEvent[] {
    return cancelAlgoOrders(this, account, symbol);
  }

  list(account: string, filter: ListFilter): Page<AlgoNode> {
    return listAlgoOrders(this, account, filter);
  }

  // ---------------------------------------------------------------- everything of an account

  /** Net position: spot quantity bought through the sandbox, or the sum of perpetual positions. */
  position(account: string, symbol: string): Dec {
    return this.ledger.net(account, symbol);
  }

  /** Whether the account has anything open: an ordinary order, or an algo order with an open part. */
  hasOpenOrders(account: string, match: (symbol: string) => boolean = () => true): boolean {
    return (
      this.orders.orders(account).some((o) => isOpenOrder(o) && match(o.symbol)) ||
      this.algos.roots(account).some((r) => isOpenTree(r) && match(r.symbol))
    );
  }

  /** DELETE /v3/trade/allOrders and the dead man's switch: every open ordinary and algo order. */
  cancelEverything(account: string, symbol?: string): EngineEvent[] {
    if (symbol !== undefined) this.instrument(symbol, "SYMBOL_NOT_EXISTS");
    return this.events.collect(() => {
      this.orders.cancelAll(account, symbol);
      for (const r of this.algos.roots(account)) if (symbol === undefined || r.symbol === symbol) cancelTree(this, r);
    });
  }

  /** Arms (or with 0 disarms) the dead man's switch; returns the expected trigger time (0 when off). */
  cancelAllAfter(account: string, ms: number): number {
    return this.deadman.arm(account, ms);
  }

  /** When the dead man's switch of the account fires (sandbox clock), or undefined when it is off. */
  cancelAllAfterTime(account: string): number | undefined {
    return this.deadman.triggerTime(account);
  }

  /** Stops the timers (the server calls this on stop). */
  dispose(): void {
    this.deadman.dispose();
  }

  collateral(account: string, except?: OrderState): Collateral {
    return collateral(this, account, except);
  }

  /** Refuses an order the account cannot afford (see account/collateral.ts). */
  checkFunds(o: OrderState, inst: Instrument, was?: OrderState): void {
    checkFunds(this, o, inst, was);
  }

  setPositionMode(account: string, mode: PositionMode): void {
    setPositionMode(this, account, mode);
  }

  setLeverage(
    account: string,
    symbol: string,
    leverage: number,
    marginMode?: MarginMode,
    positionSide?: PositionSide,
  ): void {
    setLeverage(this, account, symbol, leverage, marginMode, positionSide);
  }

  /** Estimated liquidation price of a position on its own margin, or undefined when flat. */
  liquidationPrice(symbol: string, holding: Dec, averageOpenPrice: Dec, leverage: number): Dec | undefined {
    return liquidationPrice(this, symbol, holding, averageOpenPrice, leverage);
  }
}
