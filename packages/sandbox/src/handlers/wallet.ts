import { paginate } from "../engine/page.js";
import { knownTokens } from "../market/tokens.js";
import { ledgerRows, ledgerView, networkView, walletRowMatches, walletRowView, wireId } from "../wallet/views.js";
import { identity, millis, pageMeta, tokenFilter } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Assets: token networks, deposit addresses, withdrawals, the wallet history and the ledger. */
export const walletHandlers = {
  getTokenNetworks: {
    handle({ exchange: ex }) {
      return { rows: knownTokens(ex).flatMap((t) => ex.wallet.networks.of(t).map(networkView)) };
    },
  },

  getDepositAddress: {
    handle({ exchange: ex, account, query }) {
      return ex.wallet.depositAddress(account, query.token, query.network);
    },
  },

  withdraw: {
    handle({ exchange: ex, account, body }) {
      return { withdrawId: wireId(ex.wallet.withdraw(account, body).id) };
    },
  },

  cancelWithdrawal: {
    handle({ exchange: ex, account, path }) {
      ex.wallet.cancelWithdrawal(account, path.withdrawId);
      return null;
    },
  },

  getWalletHistory: {
    handle({ exchange: ex, account, query: q }) {
      const filter = { ...q, startTime: millis(q.startTime), endTime: millis(q.endTime) };
      const rows = ex.wallet.history(account).filter((r) => walletRowMatches(r, filter));
      const page = paginate(rows, q.page, q.size);
      const { applicationId } = identity(account);
      return { rows: page.rows.map((r) => walletRowView(r, applicationId)), meta: pageMeta(page) };
    },
  },

  getTokenHistory: {
    handle({ exchange: ex, account, query: q }) {
      const rows = ledgerRows(ex.ledger.account(account).journal, {
        type: q.type,
        token: q.token,
        startTime: millis(q.startTime),
        endTime: millis(q.endTime),
      });
      const page = paginate(rows, q.page, q.size);
      return { rows: page.rows.map(ledgerView), meta: pageMeta(page) };
    },
  },

  getStakingYieldHistory: {
    handle({ exchange: ex, query: q }) {
      // Staking is not simulated: no rewards, but an unknown token is still refused.
      if (q.token !== undefined) tokenFilter(ex, q.token);
      return { rows: [], meta: pageMeta(paginate([], q.page, q.size)) };
    },
  },
} satisfies Partial<HandlerTable>;
