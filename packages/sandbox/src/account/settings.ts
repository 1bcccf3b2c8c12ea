import { MarginMode, PositionMode, PositionSide } from "@woox-sdk/types/enums";
import { ZERO } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import { isOpenOrder } from "../orders/state.js";
import { collateral } from "./collateral.js";

/** Account settings that trading depends on: position mode and leverage. */

/** PUT /v3/futures/positionMode: not while a perpetual position or order is open (302308). */
export function setPositionMode(ex: Exchange, account: string, mode: PositionMode): void {
  const a = ex.ledger.account(account);
  if (a.positionMode === mode) return;
  const perp = (symbol: string) => ex.instruments.get(symbol)?.kind === "PERP";
  const positions = [...a.positions.values()].some((p) => p.holding !== ZERO);
  if (positions || ex.hasOpenOrders(account, perp)) reject("CLOSE_POSITIONS_AND_ORDERS_REQUIRED_2");
  a.positionMode = mode;
  a.positions.clear();
  a.updatedTime = ex.now();
}

/**
 * PUT /v3/futures/leverage. Isolated leverage cannot change while the symbol has open isolated orders
 * (302189); cross leverage cannot drop so far that the positions' margin exceeds the collateral (302305).
 */
export function setLeverage(
  ex: Exchange,
  account: string,
  symbol: string,
  leverage: number,
  marginMode: MarginMode = MarginMode.CROSS,
  positionSide?: PositionSide,
): void {
  const inst = ex.instrument(symbol, "SYMBOL_NOT_EXISTS");
  if (inst.kind !== "PERP") reject("INVALID_PARAM", { detail: "leverage applies to PERP_ symbols only" });
  if (leverage > ex.accounts.risk.symbol(inst).maxLeverage) reject("INVALID_LEVERAGE");
  const a = ex.ledger.account(account);
  const hedge = a.positionMode === PositionMode.HEDGE_MODE;
  if (positionSide !== undefined && (positionSide === PositionSide.BOTH) === hedge)
    reject("POSITION_SIDE_INCOMPATIBLE_WITH_MODE");
  const sides: PositionSide[] =
    marginMode === MarginMode.ISOLATED
      ? positionSide !== undefined
        ? [positionSide]
        : hedge
          ? [PositionSide.LONG, PositionSide.SHORT]
          : [PositionSide.BOTH]
      : [PositionSide.BOTH];
  if (
    marginMode === MarginMode.ISOLATED &&
    ex.orders.orders(account).some((o) => isOpenOrder(o) && o.symbol === symbol && o.marginMode === MarginMode.ISOLATED)
  ) {
    reject("ISOLATED_LEVERAGE_CHANGE_WITH_PENDING_ORDERS");
  }
  const keys = sides.map((ps) => ex.ledger.leverageKey(symbol, marginMode, ps));
  const before = keys.map((k) => a.leverage.get(k));
  for (const k of keys) a.leverage.set(k, leverage);
  if (marginMode === MarginMode.CROSS && collateral(ex, account).free < ZERO) {
    keys.forEach((k, i) => (before[i] === undefined ? a.leverage.delete(k) : a.leverage.set(k, before[i])));
    reject("CROSS_LEVERAGE_UPDATE_INSUFFICIENT_MARGIN");
  }
  a.updatedTime = ex.now();
}
