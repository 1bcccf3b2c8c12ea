import { IsolatedMarginAction, MarginMode, PositionMode, PositionSide } from "@woox-sdk/types/enums";
import { MAINTENANCE_MARGIN_RATIO, type PositionState } from "../account/ledger.js";
import { isOpenTree } from "../algo/node.js";
import { abs, decOf, fromNumber, min, mul, toNumber, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import { isOpenOrder } from "../orders/state.js";

/**
 * The margin of isolated perpetual positions. A position opens with its initial margin (|holding| ×
 * average open price ÷ leverage); POST /v3/isolatedMargin/margin adds to it from the account's free
 * collateral or takes some back down to the initial-margin requirement at the mark price. What was added
 * (or taken) is stored per position: it shrinks in proportion when the position is partly closed and is
 * gone when the position closes or flips. The liquidation price follows the position's margin.
 */

export interface MarginAdjustment {
  symbol: string;
  positionSide: PositionSide | undefined;
  amount: Dec;
  action: IsolatedMarginAction;
}

interface Added {
  /** Added (above zero) or taken back (below zero) since the position opened. */
  amount: Dec;
  /** The holding when last looked at, to follow partial closes and flips. */
  holding: Dec;
}

const MMR = toNumber(decOf(MAINTENANCE_MARGIN_RATIO));

export class IsolatedMargins {
  private readonly added = new Map<string, Added>();

  constructor(private readonly ex: Exchange) {
    // A fill can shrink, close or flip a position: bring what was added in line at once, so a position
    // closed and reopened between two reads does not inherit the old one's margin.
    ex.events.subscribe((account, e) => {
      if ("symbol" in e)
        for (const p of ex.ledger.account(account).positions.values()) if (p.symbol === e.symbol) this.sync(account, p);
    });
  }

  /** The position's isolated margin: its initial margin plus whatever was added or taken back. */
  margin(account: string, p: PositionState): Dec {
    return this.initial(account, p) + this.sync(account, p);
  }

  /** Estimated liquidation price of an isolated position: where its margin is down to maintenance margin. */
  liquidationPrice(account: string, p: PositionState): Dec | undefined {
    if (p.holding === ZERO) return undefined;
    const avg = toNumber(p.averageOpenPrice);
    // The margin as a fraction of the position's opening value (1 / leverage before any adjustment).
    const m = toNumber(this.margin(account, p)) / toNumber(mul(abs(p.holding), p.averageOpenPrice));
    const x = p.holding > ZERO ? avg * (1 - m + MMR) : avg * (1 + m - MMR);
    return x > 0 ? fromNumber(x, this.ex.instrument(p.symbol).quoteTick) : ZERO;
  }

  /** POST /v3/isolatedMargin/margin. */
  adjust(account: string, req: MarginAdjustment): void {
    const ex = this.ex;
    const inst = ex.instrument(req.symbol, "SYMBOL_NOT_EXISTS");
    if (inst.kind !== "PERP") reject("ONLY_FUTURES_ISOLATED_MARGIN_ADJUSTABLE");
    if (req.amount <= ZERO) reject("INVALID_PARAM", { detail: "adjustAmount must be greater than 0" });
    const hedge = ex.ledger.account(account).positionMode === PositionMode.HEDGE_MODE;
    const positionSide = req.positionSide ?? PositionSide.BOTH;
    if ((positionSide === PositionSide.BOTH) === hedge) reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
    const p = ex.ledger.position(account, req.symbol, positionSide);
    if (p === undefined || p.holding === ZERO || p.marginMode !== MarginMode.ISOLATED)
      reject("ONLY_FUTURES_ISOLATED_MARGIN_ADJUSTABLE");
    const isolatedOrder = (o: { symbol: string; marginMode: MarginMode | undefined }) =>
      o.symbol === req.symbol && o.marginMode === MarginMode.ISOLATED;
    if (
      ex.orders.orders(account).some((o) => isOpenOrder(o) && isolatedOrder(o)) ||
      ex.roots(account).some((r) => isOpenTree(r) && isolatedOrder(r))
    )
      reject("ISOLATED_MARGIN_ADJUST_WITH_PENDING_ORDERS");

    const token = inst.quoteAsset;
    if (req.action === IsolatedMarginAction.ADD) {
      const usdt = ex.ledger.balance(account, token) - ex.orders.frozen(account, token);
      if (req.amount > min(usdt, ex.collateral(account).free)) reject("AMOUNT_EXCEEDS_AVAILABLE_USDT");
    } else if (req.amount > this.withdrawable(account, p)) {
      reject("AMOUNT_EXCEEDS_WITHDRAWABLE_MARGIN");
    }
    const key = keyOf(account, p);
    const was = this.sync(account, p);
    const delta = req.action === IsolatedMarginAction.ADD ? req.amount : -req.amount;
    this.added.set(key, { amount: was + delta, holding: p.holding });
    ex.events.emit(account, { kind: "position", account, symbol: p.symbol });
    ex.events.emit(account, { kind: "balance", account, token });
  }

  /** What REDUCE may take: the margin, less any unrealised loss, above the initial margin at the mark price. */
  private withdrawable(account: string, p: PositionState): Dec {
    const upnl = this.ex.ledger.unrealizedPnl(p);
    const required = mul(abs(p.holding), this.ex.price(p.symbol)) / BigInt(this.leverage(account, p));
    const free = this.margin(account, p) + min(upnl, ZERO) - required;
    return free > ZERO ? free : ZERO;
  }

  private leverage(account: string, p: PositionState): number {
    return this.ex.ledger.leverage(account, p.symbol, p.marginMode, p.positionSide);
  }

  private initial(account: string, p: PositionState): Dec {
    return mul(abs(p.holding), p.averageOpenPrice) / BigInt(this.leverage(account, p));
  }

  /** What was added to the position, after following a partial close (in proportion), a close or a flip. */
  private sync(account: string, p: PositionState): Dec {
    const key = keyOf(account, p);
    const a = this.added.get(key);
    if (a === undefined) return ZERO;
    if (p.marginMode !== MarginMode.ISOLATED || p.holding === ZERO || p.holding > ZERO !== a.holding > ZERO) {
      this.added.delete(key);
      return ZERO;
    }
    if (abs(p.holding) < abs(a.holding)) a.amount = (a.amount * abs(p.holding)) / abs(a.holding);
    a.holding = p.holding;
    return a.amount;
  }
}

const keyOf = (account: string, p: PositionState): string => `${account}|${p.symbol}|${p.positionSide}`;
