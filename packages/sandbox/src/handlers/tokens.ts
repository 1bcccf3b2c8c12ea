import { knownTokens, tokenMeta } from "../market/tokens.js";
import { tokenFilter } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Public token data: the tokens the sandbox knows, and their networks. */
export const tokenHandlers = {
  getTokens: {
    handle({ exchange }) {
      return {
        rows: knownTokens(exchange).map((t) => ({
          token: t,
          decimals: tokenMeta(t).decimals,
          fullName: tokenMeta(t).fullName,
          delisted: false,
        })),
      };
    },
  },

  getTokenInfo: {
    handle({ exchange, query }) {
      return {
        rows: tokenFilter(exchange, query.token).map((t) => {
          const m = tokenMeta(t);
          return {
            token: t,
            fullName: m.fullName,
            decimals: m.decimals,
            canCollateral: exchange.accounts.risk.token(t).canCollateral,
            canShort: exchange.accounts.risk.token(t).canShort,
            // The same rows GET /v3/public/tokenNetwork lists (wallet/networks.ts).
            networks: exchange.wallet.networks.of(t).map((n) => ({
              network: n.network,
              allowDeposit: n.allowDeposit,
              allowWithdraw: n.allowWithdraw,
              minWithdraw: n.minimumWithdrawal,
              withdrawFee: n.withdrawalFee,
            })),
          };
        }),
      };
    },
  },
} satisfies Partial<HandlerTable>;
