import { fmt } from "../decimal.js";
import { paginate } from "../engine/page.js";
import { reject } from "../errors.js";
import { knownTokens } from "../market/tokens.js";
import { identity, pageMeta } from "./shared.js";
import type { HandlerTable } from "./types.js";

/**
 * Account configuration: the risk tables, the family's sub-accounts and API keys, referrals, and the
 * trading mode. The state and rules live in accounts/ (exchange.accounts).
 */

/** Epoch ms as the string of seconds with three decimals that these endpoints print ("1606897264.994"). */
export const seconds = (ms: number): string => (ms / 1000).toFixed(3);

export const accountConfigHandlers = {
  getTokenConfig: {
    handle({ exchange: ex }) {
      return {
        rows: knownTokens(ex).map((token) => {
          const r = ex.accounts.risk.token(token);
          return {
            token,
            collateralRatio: fmt(r.collateralRatio),
            marginFactor: fmt(r.marginFactor),
            collateral: r.collateral,
            canCollateral: r.canCollateral,
            canShort: r.canShort,
            marginMaxLeverage: r.marginMaxLeverage,
            marginMaxPosition: fmt(r.marginMaxPosition),
          };
        }),
      };
    },
  },

  getSymbolConfig: {
    handle({ exchange: ex }) {
      return {
        rows: ex.accounts.risk.perpetuals().map((inst) => {
          const r = ex.accounts.risk.symbol(inst);
          // snake_case `margin_factor` as the official example spells it.
          return {
            symbol: inst.symbol,
            margin_factor: fmt(r.marginFactor),
            maxLeverage: r.maxLeverage,
            maxPosition: fmt(r.maxPosition),
          };
        }),
      };
    },
  },

  getSubAccounts: {
    handle({ exchange: ex, account }) {
      const me = ex.accounts.profile(account);
      if (me.parent !== undefined)
        reject("UNAUTHORIZED", { detail: "Sub-accounts are listed to the main account only." });
      return {
        rows: ex.accounts.subsOf(me.key).map((p) => ({
          applicationId: p.applicationId,
          name: p.name,
          createdTime: seconds(p.createdTime),
        })),
      };
    },
  },

  getCredentials: {
    handle({ exchange: ex, account, query }) {
      // A main account sees the keys of its whole family, a sub-account its own.
      const me = ex.accounts.profile(account);
      const keys = me.parent === undefined ? ex.accounts.family(account) : [me];
      const { userId } = identity(ex.accounts.main(account).key);
      const page = paginate(keys, query.page, query.size);
      return {
        rows: page.rows.map((p) => ({
          accountName: p.name,
          // One user owns the family: the official example prints the same userId for main and sub keys.
          userId: Number(userId),
          apiKey: p.key,
          permissions: [...p.permissions],
        })),
        meta: pageMeta(page),
      };
    },
  },

  getReferralSummary: {
    handle({ exchange: ex, account, query }) {
      const page = paginate(ex.accounts.profile(account).referrals.summary, query.page, query.size);
      return { rows: page.rows, meta: pageMeta(page) };
    },
  },

  getReferralRewardHistory: {
    handle({ exchange: ex, account, query }) {
      const page = paginate(ex.accounts.profile(account).referrals.rewards, query.page, query.size);
      return { rows: page.rows, meta: pageMeta(page) };
    },
  },

  setTradingMode: {
    handle({ exchange: ex, account, body }) {
      ex.accounts.setTradingMode(account, body.tradingMode);
      // The answer carries no payload (spec: AckResponse, like the legacy {"success": true}).
      return null;
    },
  },
} satisfies Partial<HandlerTable>;
