import { MarginMode, PositionMode, PositionSide, Side, TokenHistoryType } from "@woox-sdk/types/enums";
import { abs, dec, decOf, div, max, mul, ZERO, type Dec } from "../decimal.js";
import type { EngineEvents } from "../engine/events.js";
import type { Instrument } from "../market/instruments.js";

/**
 * The money side of each account: token balances, perpetual positions, leverage, position mode and the
 * trades that moved them. Every fill, of an ordinary order or of an algo order, goes through
 * `applyFill`, so balances, positions, fees and the trade history always agree.
 *
 * The model, where the docs are silent: fees are charged in the quote asset (USDT) at the instrument's
 * maker or taker rate; a spot fill moves the base and quote balances; a perpetual fill moves the
 * position (average open price, realised PnL on the closed part) and settles realised PnL and the fee
 * in the quote asset. Every other balance change (transfers, deposits, withdrawals, funding payments,
 * interest, convert) goes through `move`, so the journal (token history) holds them all; there are no
 * liquidations.
 */

/** What every new account holds (per API key); pass `balances` to startSandbox for others. */
export const DEFAULT_BALANCES: Readonly<Record<string, string>> = Object.freeze({
  USDT: "100000",
  BTC: "1",
  ETH: "10",
  WOO: "50000",
  BAL: "500",
});

export const DEFAULT_LEVERAGE = 10;
/** Maintenance margin ratio used for the estimated liquidation price and account ratios. */
export const MAINTENANCE_MARGIN_RATIO = "0.01";

export interface PositionState {
  symbol: string;
  positionSide: PositionSide;
  marginMode: MarginMode;
  /** Signed: long above zero, short below. */
  holding: Dec;
  averageOpenPrice: Dec;
  realizedPnl: Dec;
  updatedTime: number;
}

export interface TradeRecord {
  id: bigint;
  account: string;
  symbol: string;
  orderId: bigint;
  orderTag: string;
  side: Side;
  /** The fill's position side: BOTH in one-way mode, LONG/SHORT in hedge mode (its `side` text then says so). */
  positionSide: PositionSide;
  price: Dec;
  quantity: Dec;
  fee: Dec;
  feeAsset: string;
  isMaker: boolean;
  /** Perpetuals: the PnL this fill realised; undefined for spot. */
  realizedPnl: Dec | undefined;
  time: number;
}

export interface AccountState {
  key: string;
  balances: Map<string, Dec>;
  /** Keyed `${symbol}|${positionSide}`. */
  positions: Map<string, PositionState>;
  /** Spot: net quantity bought through the sandbox per symbol (what a CLOSE_POSITION leg closes). */
  spotNet: Map<string, Dec>;
  positionMode: PositionMode;
  /** Keyed `${symbol}|CROSS` or `${symbol}|ISOLATED|${positionSide}`. */
  leverage: Map<string, number>;
  trades: TradeRecord[];
  /** Every balance change, oldest first (GET /v3/asset/token/history). */
  journal: JournalRow[];
  createdTime: number;
  updatedTime: number;
}

/** One balance change of an account: which token moved, by how much (credit > 0) and why. */
export interface JournalRow {
  id: bigint;
  type: TokenHistoryType;
  token: string;
  amount: Dec;
  timestamp: number;
}

export interface Fill {
  symbol: string;
  side: Side;
  positionSide: PositionSide;
  marginMode: MarginMode | undefined;
  quantity: Dec;
  price: Dec;
  isMaker: boolean;
  orderId: bigint;
  orderTag: string;
}

const signed = (side: Side, q: Dec): Dec => (side === Side.BUY ? q : -q);
const sign = (v: Dec): number => (v > ZERO ? 1 : v < ZERO ? -1 : 0);

export class Ledger {
  private readonly accounts = new Map<string, AccountState>();
  /** Every fill of every account, oldest first (GET /v3/public/marketTrades). */
  readonly trades: TradeRecord[] = [];
  private nextTradeId = 100_000_001n;
  private nextJournalId = 900_000_001n;
  private readonly initial: [string, Dec][];

  constructor(
    private readonly instruments: ReadonlyMap<string, Instrument>,
    private readonly now: () => number,
    initialBalances: Readonly<Record<string, string>>,
    /** Where every balance change and fill is reported (the private streams listen there). */
    private readonly events?: EngineEvents,
  ) {
    this.initial = Object.entries(initialBalances).map(([token, v]) => {
      const d = dec(v);
      if (d === undefined || d < ZERO)
        throw new TypeError(`startSandbox: balances.${token} must be a non-negative decimal string, got "${v}"`);
      return [token, d];
    });
  }

  account(key: string): AccountState {
    let a = this.accounts.get(key);
    if (a === undefined) {
      const t = this.now();
      a = {
        key,
        balances: new Map(this.initial),
        positions: new Map(),
        spotNet: new Map(),
        positionMode: PositionMode.ONE_WAY,
        leverage: new Map(),
        trades: [],
        journal: [],
        createdTime: t,
        updatedTime: t,
      };
      this.accounts.set(key, a);
    }
    return a;
  }

  allAccounts(): IterableIterator<AccountState> {
    return this.accounts.values();
  }

  balance(key: string, token: string): Dec {
    return this.account(key).balances.get(token) ?? ZERO;
  }

  /**
   * Moves `delta` of `token` on the account's balance for `reason`, and writes the journal row that the
   * token history shows. Every balance change goes through here, so the ledger and the balances agree.
   */
  move(key: string, token: string, delta: Dec, reason: TokenHistoryType): void {
    this.add(this.account(key), token, delta, reason);
  }

  private add(a: AccountState, token: string, delta: Dec, reason: TokenHistoryType): void {
    if (delta === ZERO) return;
    const t = this.now();
    a.balances.set(token, (a.balances.get(token) ?? ZERO) + delta);
    a.journal.push({ id: this.nextJournalId++, type: reason, token, amount: delta, timestamp: t });
    a.updatedTime = t;
    this.events?.change(a.key, { kind: "balance", token });
  }

  /** The position a fill with this positionSide lands on: BOTH in one-way mode, else LONG or SHORT. */
  positionKey(symbol: string, positionSide: PositionSide): string {
    return `${symbol}|${positionSide}`;
  }

  position(key: string, symbol: string, positionSide: PositionSide): PositionState | undefined {
    return this.account(key).positions.get(this.positionKey(symbol, positionSide));
  }

  /** How much a closing order of `side` can close: what CLOSE_POSITION legs and reduce-only orders act on. */
  closable(key: string, symbol: string, side: Side, positionSide: PositionSide = PositionSide.BOTH): Dec {
    const a = this.account(key);
    const inst = this.instruments.get(symbol);
    if (inst?.kind !== "PERP") {
      const net = a.spotNet.get(symbol) ?? ZERO;
      return side === Side.SELL ? max(net, ZERO) : max(-net, ZERO);
    }
    if (a.positionMode === PositionMode.HEDGE_MODE) {
      // A SELL closes the LONG position, a BUY the SHORT one.
      const ps =
        positionSide !== PositionSide.BOTH ? positionSide : side === Side.SELL ? PositionSide.LONG : PositionSide.SHORT;
      if ((ps === PositionSide.LONG) !== (side === Side.SELL)) return ZERO;
      return abs(this.position(key, symbol, ps)?.holding ?? ZERO);
    }
    const h = this.position(key, symbol, PositionSide.BOTH)?.holding ?? ZERO;
    return side === Side.SELL ? max(h, ZERO) : max(-h, ZERO);
  }

  /** The net position of a symbol: spot net bought, or the sum of perpetual positions. */
  net(key: string, symbol: string): Dec {
    const a = this.account(key);
    if (this.instruments.get(symbol)?.kind !== "PERP") return a.spotNet.get(symbol) ?? ZERO;
    let total = ZERO;
    for (const p of a.positions.values()) if (p.symbol === symbol) total += p.holding;
    return total;
  }

  /** Books one execution: balances, position, fee and the trade record. */
  applyFill(key: string, f: Fill): TradeRecord {
    const inst = this.instruments.get(f.symbol)!;
    const a = this.account(key);
    const t = this.now();
    const value = mul(f.quantity, f.price);
    const fee = mul(value, f.isMaker ? inst.makerFee : inst.takerFee);
    const delta = signed(f.side, f.quantity);
    let realized: Dec | undefined;
    let moved: PositionState | undefined;
    if (inst.kind === "SPOT") {
      this.add(a, inst.baseAsset, delta, TokenHistoryType.SPOT_TRANSACTION);
      this.add(a, inst.quoteAsset, f.side === Side.BUY ? -value : value, TokenHistoryType.SPOT_TRANSACTION);
      a.spotNet.set(f.symbol, (a.spotNet.get(f.symbol) ?? ZERO) + delta);
    } else {
      const ps = f.positionSide;
      const k = this.positionKey(f.symbol, ps);
      let p = a.positions.get(k);
      if (p === undefined) {
        p = {
          symbol: f.symbol,
          positionSide: ps,
          marginMode: f.marginMode ?? MarginMode.CROSS,
          holding: ZERO,
          averageOpenPrice: ZERO,
          realizedPnl: ZERO,
          updatedTime: t,
        };
        a.positions.set(k, p);
      }
      const h = p.holding;
      realized = ZERO;
      if (h === ZERO || sign(h) === sign(delta)) {
        const size = abs(h) + f.quantity;
        p.averageOpenPrice = div(mul(abs(h), p.averageOpenPrice) + value, size);
        if (h === ZERO) p.marginMode = f.marginMode ?? MarginMode.CROSS;
      } else {
        const closing = f.quantity < abs(h) ? f.quantity : abs(h);
        realized = mul(closing, f.price - p.averageOpenPrice) * BigInt(sign(h));
        const after = h + delta;
        if (after === ZERO) p.averageOpenPrice = ZERO;
        else if (sign(after) !== sign(h)) p.averageOpenPrice = f.price; // flipped: the rest opened at this price
      }
      p.holding = h + delta;
      p.realizedPnl += realized;
      p.updatedTime = t;
      moved = p;
      this.add(a, inst.quoteAsset, realized, TokenHistoryType.REALIZED_PNL);
    }
    this.add(a, inst.quoteAsset, -fee, TokenHistoryType.TRANSACTION_FEE);
    a.updatedTime = t;
    const trade: TradeRecord = {
      id: this.nextTradeId++,
      account: key,
      symbol: f.symbol,
      orderId: f.orderId,
      orderTag: f.orderTag,
      side: f.side,
      positionSide: f.positionSide,
      price: f.price,
      quantity: f.quantity,
      fee,
      feeAsset: inst.quoteAsset,
      isMaker: f.isMaker,
      realizedPnl: realized,
      time: t,
    };
    a.trades.push(trade);
    this.trades.push(trade);
    this.events?.change(key, { kind: "fill", trade, position: moved });
    return trade;
  }

  leverageKey(symbol: string, marginMode: MarginMode, positionSide: PositionSide): string {
    return marginMode === MarginMode.ISOLATED
      ? `${symbol}|${MarginMode.ISOLATED}|${positionSide}`
      : `${symbol}|${MarginMode.CROSS}`;
  }

  leverage(
    key: string,
    symbol: string,
    marginMode: MarginMode = MarginMode.CROSS,
    positionSide: PositionSide = PositionSide.BOTH,
  ): number {
    return this.account(key).leverage.get(this.leverageKey(symbol, marginMode, positionSide)) ?? DEFAULT_LEVERAGE;
  }

  /** Unrealised PnL of a position at the instrument's current price. */
  unrealizedPnl(p: PositionState): Dec {
    const inst = this.instruments.get(p.symbol);
    if (!inst || p.holding === ZERO) return ZERO;
    return mul(p.holding, inst.price - p.averageOpenPrice);
  }

  /** A token's price in USDT: 1 for USDT, else its SPOT_ (or PERP_) _USDT price, else 0. */
  markPrice(token: string): Dec {
    if (token === "USDT") return decOf("1");
    return (this.instruments.get(`SPOT_${token}_USDT`) ?? this.instruments.get(`PERP_${token}_USDT`))?.price ?? ZERO;
  }

  /** Fills of the last 24 h of one account for a symbol (or all), for pnl24H and fee24H. */
  recent(key: string, filter: (t: TradeRecord) => boolean): TradeRecord[] {
    const since = this.now() - 86_400_000;
    return this.account(key).trades.filter((t) => t.time >= since && filter(t));
  }
}
