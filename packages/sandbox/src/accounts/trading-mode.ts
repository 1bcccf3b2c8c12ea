import { PositionSide, Side, TradingMode } from "@woox-sdk/types/enums";
import { abs, fmt, ZERO } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject, SandboxError } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { isOpenOrder, remaining, type OrderState } from "../orders/state.js";

/**
 * The trading mode of an account (POST /v3/account/tradingMode) and what it allows:
 * - PURE_SPOT: spot only, and no token balance may go negative (302166);
 * - MARGIN: spot with margin, no perpetuals;
 * - FUTURES: spot and perpetuals.
 * Perpetual orders outside FUTURES are refused with 302131. Leaving FUTURES needs the perpetual positions
 * closed and their orders cancelled (302126). The same mode again changes nothing and succeeds.
 */

export function setTradingMode(ex: Exchange, account: string, mode: TradingMode): void {
  const profile = ex.accounts.profile(account);
  if (profile.tradingMode === mode) return;
  if (profile.tradingMode === TradingMode.FUTURES) {
    const perp = (symbol: string) => ex.instruments.get(symbol)?.kind === "PERP";
    const positions = [...ex.ledger.account(account).positions.values()].some((p) => p.holding !== ZERO);
    if (positions || ex.hasOpenOrders(account, perp)) reject("CLOSE_POSITIONS_AND_ORDERS_REQUIRED");
  }
  if (mode === TradingMode.PURE_SPOT && [...ex.ledger.account(account).balances.values()].some((v) => v < ZERO))
    reject("NEGATIVE_BALANCE_SPOT_ONLY");
  profile.tradingMode = mode;
}

/** An algo order on `inst`: perpetuals need FUTURES. */
export function checkAlgoOrderMode(ex: Exchange, account: string, inst: Instrument): void {
  if (inst.kind === "PERP" && ex.accounts.profile(account).tradingMode !== TradingMode.FUTURES)
    reject("FUTURES_TRADING_NOT_ENABLED");
}

/**
 * An ordinary order, placed or edited (`was` the order before the edit), against the account's trading
 * mode and the perpetual's position cap. Runs before the funds check.
 */
export function checkOrderMode(ex: Exchange, o: OrderState, inst: Instrument, was?: OrderState): void {
  const mode = ex.accounts.profile(o.account).tradingMode;
  if (inst.kind === "PERP") {
    if (mode !== TradingMode.FUTURES) reject("FUTURES_TRADING_NOT_ENABLED");
    checkMaxPosition(ex, o, inst, was ?? o);
    return;
  }
  if (mode !== TradingMode.PURE_SPOT) return;
  // Spot only: the funds check decides whether the balance would go negative; its refusal there
  // ("enable margin trading") becomes the spot-only one.
  try {
    ex.checkFunds(o, inst, was);
  } catch (e) {
    if (e instanceof SandboxError && e.entry.name === "INSUFFICIENT_FUNDS_MARGIN_DISABLED")
      reject("NEGATIVE_BALANCE_SPOT_ONLY");
    throw e;
  }
}

/**
 * The position the order could lead to (the position on its side plus every open order adding to it in
 * the same direction) may not be larger than the symbol's `maxPosition`, unless the order makes it smaller.
 */
function checkMaxPosition(ex: Exchange, o: OrderState, inst: Instrument, was: OrderState): void {
  if (o.reduceOnly) return;
  const cap = ex.accounts.risk.symbol(inst).maxPosition;
  const positionSide = o.positionSide ?? PositionSide.BOTH;
  const held = ex.ledger.position(o.account, o.symbol, positionSide)?.holding ?? ZERO;
  const pending = ex.orders
    .orders(o.account)
    .filter(
      (x) =>
        x !== was &&
        isOpenOrder(x) &&
        !x.reduceOnly &&
        x.symbol === o.symbol &&
        x.side === o.side &&
        x.positionSide === o.positionSide,
    )
    .reduce((s, x) => s + remaining(x), ZERO);
  const added = pending + remaining(o);
  const after = held + (o.side === Side.BUY ? added : -added);
  if (abs(after) > cap && abs(after) > abs(held))
    reject("MAX_POSITION_SIZE_EXCEEDED", { vars: { token: inst.baseAsset, maxPosition: fmt(cap) } });
}
