import { fmt } from "../decimal.js";
import type { AccountProfile } from "../accounts/directory.js";
import type { Transfer } from "../accounts/transfers.js";
import { seconds } from "./account-config.js";
import { millis, pageMeta } from "./shared.js";
import type { DataOf, HandlerTable } from "./types.js";

/** Transfers between the main account and its sub-accounts (state and rules: accounts/transfers.ts). */
export const transferHandlers = {
  transferAsset: {
    handle({ exchange, account, body }) {
      return { id: exchange.accounts.transfers.transfer(account, body).id };
    },
  },

  getTransferHistory: {
    handle({ exchange, account, query: q }) {
      const page = exchange.accounts.transfers.history(account, {
        startTime: millis(q.startTime),
        endTime: millis(q.endTime),
        page: q.page,
        size: q.size,
      });
      return { rows: page.rows.map(transferView), meta: pageMeta(page) };
    },
  },
} satisfies Partial<HandlerTable>;

type TransferRow = DataOf<"getTransferHistory">["rows"][number];

const side = (p: AccountProfile) => ({ applicationId: p.applicationId, accountName: p.name });

/** A transfer as the history prints it: times as seconds strings (an independent client multiplies them by 1000). */
function transferView(r: Transfer): TransferRow {
  return {
    id: r.id,
    token: r.token,
    amount: fmt(r.amount),
    status: r.status,
    from: side(r.from),
    to: side(r.to),
    createdTime: seconds(r.createdTime),
    updatedTime: seconds(r.updatedTime),
  };
}
