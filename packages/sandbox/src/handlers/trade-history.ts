import { int64 } from "../engine/fields.js";
import { paginate } from "../engine/page.js";
import { reject } from "../errors.js";
import { marketTradeView, tradeView } from "../views.js";
import { listed, millis, pageMeta } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** How far back GET /v3/trade/transaction finds a fill: "only trades of the last 3 months". */
const TRANSACTION_LOOKBACK_MS = 90 * 86_400_000;

/** Trade records: one of your fills by id, and the public trade history of a symbol. */
export const tradeHistoryHandlers = {
  getTransaction: {
    handle({ exchange, account, query }) {
      const id = int64(query.tradeId);
      const since = exchange.now() - TRANSACTION_LOOKBACK_MS;
      // Only the caller's own fills: another account's trade id is as unknown as one never used.
      const trade = exchange.ledger.account(account).trades.find((t) => t.id === id && t.time >= since);
      if (trade === undefined) reject("RESOURCE_NOT_FOUND", { detail: `No trade ${String(id)} of this account` });
      return tradeView(trade);
    },
  },

  getMarketTradesHistory: {
    handle({ exchange, query: q }) {
      const inst = listed(exchange, q.symbol);
      const start = millis(q.startTime);
      const end = millis(q.endTime);
      const rows = exchange.ledger.trades
        .filter(
          (t) =>
            t.symbol === inst.symbol &&
            (start === undefined || t.time >= start) &&
            (end === undefined || t.time <= end),
        )
        .reverse();
      const page = paginate(rows, q.page, q.size);
      // Every trade here happened on the sandbox itself: `source` 1 (0 marks external venues' prints).
      return { rows: page.rows.map((t) => ({ ...marketTradeView(t), source: 1 })), meta: pageMeta(page) };
    },
  },
} satisfies Partial<HandlerTable>;
