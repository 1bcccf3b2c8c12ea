import { MAINTENANCE_MARGIN_RATIO } from "../account/ledger.js";
import { decOf, div, fmt, ZERO, type Dec } from "../decimal.js";
import { identity, money, tokenFilter } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** The account: its settings and collateral, and its token balances. */
export const accountHandlers = {
  getAccountInfo: {
    handle({ exchange: ex, account }) {
      const a = ex.ledger.account(account);
      const c = ex.collateral(account);
      const fees = [...ex.instruments.values()].find((i) => i.kind === "PERP") ?? ex.instruments.values().next().value!;
      // With nothing open the ratios have no denominator; the API then reports 10 (1000%).
      const ratio = (notional: Dec) => (notional > ZERO ? money(div(c.total, notional)) : "10");
      return {
        applicationId: identity(account).applicationId,
        account: `${account}@sandbox.invalid`,
        alias: account,
        accountMode: ex.accounts.tradingMode(account),
        positionMode: a.positionMode,
        leverage: ex.spotMargin.leverage(account),
        takerFeeRate: fmt(fees.takerFee),
        makerFeeRate: fmt(fees.makerFee),
        totalCollateral: money(c.total),
        freeCollateral: money(c.free),
        marginRatio: ratio(c.positionNotional),
        openMarginRatio: ratio(c.openNotional),
        initialMarginRatio: fmt(div(decOf("1"), decOf(String(ex.spotMargin.leverage(account))))),
        maintenanceMarginRatio: MAINTENANCE_MARGIN_RATIO,
        totalAccountValue: money(c.total),
      };
    },
  },

  getBalances: {
    handle({ exchange: ex, account, query }) {
      const a = ex.ledger.account(account);
      const holding = tokenFilter(ex, query.token).map((token) => {
        const held = a.balances.get(token) ?? ZERO;
        const frozen = ex.orders.frozen(account, token) + ex.wallet.frozen(account, token);
        const pending = ex.orders.pending(account, (i) => i.kind === "SPOT" && i.baseAsset === token);
        return {
          token,
          holding: fmt(held),
          frozen: fmt(frozen),
          availableBalance: fmt(held - frozen),
          staked: "0",
          interest: fmt(-ex.spotMargin.outstanding(account, token)),
          pendingLongQty: fmt(pending.long),
          pendingShortQty: fmt(pending.short),
          markPrice: fmt(ex.ledger.markPrice(token)),
          updatedTime: a.updatedTime,
        };
      });
      const id = identity(account);
      return { holding, userId: id.userId, applicationId: id.applicationId };
    },
  },
} satisfies Partial<HandlerTable>;
