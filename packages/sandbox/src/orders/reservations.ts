import { Side } from "@woox-sdk/types/enums";
import { abs, ceilTo, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { Instrument } from "../market/instruments.js";
import { isOpenOrder, remaining, type OrderState } from "./state.js";

/** What open ordinary orders hold back: spot balances, pending quantities and perpetual margin. */

/** What open spot orders hold back of a token: quote for buys, base for sells. */
export function frozen(ex: Exchange, account: string, token: string, except?: OrderState): Dec {
  let total = ZERO;
  for (const o of ex.orders.orders(account)) {
    if (o === except || !isOpenOrder(o)) continue;
    const inst = ex.instrument(o.symbol);
    if (inst.kind !== "SPOT") continue;
    if (o.side === Side.BUY && inst.quoteAsset === token)
      total += ceilTo(mul(remaining(o), o.price ?? inst.price), inst.quoteTick);
    if (o.side === Side.SELL && inst.baseAsset === token) total += remaining(o);
  }
  return total;
}

/** Pending long and short quantity of open orders, per base token (spot) or symbol (perpetuals). */
export function pending(
  ex: Exchange,
  account: string,
  match: (inst: Instrument) => boolean,
): { long: Dec; short: Dec } {
  let long = ZERO;
  let short = ZERO;
  for (const o of ex.orders.orders(account)) {
    if (!isOpenOrder(o) || !match(ex.instrument(o.symbol))) continue;
    if (o.side === Side.BUY) long += remaining(o);
    else short += remaining(o);
  }
  return { long, short };
}

/** Initial margin that open perpetual orders need (the part that would add to a position). */
export function orderMargin(ex: Exchange, account: string, except?: OrderState): { margin: Dec; notional: Dec } {
  let margin = ZERO;
  let notional = ZERO;
  for (const o of ex.orders.orders(account)) {
    if (o === except || !isOpenOrder(o) || o.reduceOnly) continue;
    const inst = ex.instrument(o.symbol);
    if (inst.kind !== "PERP") continue;
    const value = mul(remaining(o), o.price ?? inst.price);
    notional += value;
    margin += value / BigInt(ex.ledger.leverage(account, o.symbol, o.marginMode, o.positionSide));
  }
  return { margin, notional: abs(notional) };
}
