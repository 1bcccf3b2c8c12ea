import { MarginMode, Side } from "@woox-sdk/types/enums";
import { abs, ceilTo, dec, fromNumber, min, mul, toNumber, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { remaining, type OrderState } from "../orders/state.js";
import { MAINTENANCE_MARGIN_RATIO, type AccountState } from "./ledger.js";

/** Collateral and margin of one account, as GET /v3/account/info reports them. */
export interface Collateral {
  total: Dec;
  free: Dec;
  /** Notional of open positions, and of positions plus open perpetual orders. */
  positionNotional: Dec;
  openNotional: Dec;
  usedMargin: Dec;
}

/** Collateral of an account: token values plus unrealised PnL, less the margin positions and orders use. */
export function collateral(ex: Exchange, account: string, except?: OrderState): Collateral {
  const a: AccountState = ex.ledger.account(account);
  let total = ZERO;
  // Each token at its collateral ratio (exchange.accounts.risk: the tokenConfig table).
  for (const [token, v] of a.balances)
    total += ex.accounts.risk.collateralValue(token, mul(v, ex.ledger.markPrice(token)));
  let positionNotional = ZERO;
  let positionMargin = ZERO;
  for (const p of a.positions.values()) {
    if (p.holding === ZERO) continue;
    total += ex.ledger.unrealizedPnl(p);
    const value = mul(abs(p.holding), ex.price(p.symbol));
    positionNotional += value;
    positionMargin +=
      p.marginMode === MarginMode.ISOLATED
        ? ex.futures.isolated.margin(account, p)
        : value / BigInt(ex.ledger.leverage(account, p.symbol, p.marginMode, p.positionSide));
  }
  const orders = ex.orders.orderMargin(account, except);
  let frozenValue = ZERO;
  for (const token of a.balances.keys()) {
    const held = ex.orders.frozen(account, token, except) + ex.wallet.frozen(account, token);
    frozenValue += ex.accounts.risk.collateralValue(token, mul(held, ex.ledger.markPrice(token)));
  }
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
export function checkFunds(ex: Exchange, o: OrderState, inst: Instrument, was?: OrderState): void {
  const price = o.price ?? inst.price;
  const qty = remaining(o);
  if (inst.kind === "SPOT") {
    const token = o.side === Side.BUY ? inst.quoteAsset : inst.baseAsset;
    const need =
      o.side === Side.BUY
        ? o.amount !== undefined && o.executed === ZERO
          ? o.amount
          : ceilTo(mul(qty, price), inst.quoteTick)
        : qty;
    const available =
      ex.ledger.balance(o.account, token) -
      ex.orders.frozen(o.account, token, was ?? o) -
      ex.wallet.frozen(o.account, token);
    if (need > available) reject("INSUFFICIENT_FUNDS_MARGIN_DISABLED");
    return;
  }
  if (o.reduceOnly) return;
  const opening = qty - min(qty, ex.ledger.closable(o.account, o.symbol, o.side, o.positionSide));
  if (opening <= ZERO) return;
  const margin = mul(opening, price) / BigInt(ex.ledger.leverage(o.account, o.symbol, o.marginMode, o.positionSide));
  if (margin > collateral(ex, o.account, was ?? o).free) reject("RISK_TOO_HIGH");
}

/** Estimated liquidation price of a position on its own margin (isolated view), or undefined when flat. */
export function liquidationPrice(
  ex: Exchange,
  symbol: string,
  holding: Dec,
  averageOpenPrice: Dec,
  leverage: number,
): Dec | undefined {
  if (holding === ZERO) return undefined;
  const inst = ex.instrument(symbol);
  const mmr = toNumber(dec(MAINTENANCE_MARGIN_RATIO)!);
  const avg = toNumber(averageOpenPrice);
  const x = holding > ZERO ? avg * (1 - 1 / leverage + mmr) : avg * (1 + 1 / leverage - mmr);
  return x > 0 ? fromNumber(x, inst.quoteTick) : ZERO;
}
