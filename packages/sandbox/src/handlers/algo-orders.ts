import { int64 } from "../engine/fields.js";
import { algoOrderView } from "../views.js";
import { millis, pageMeta } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Algo orders: place, read, list, edit, cancel one, cancel all. */
export const algoOrderHandlers = {
  placeAlgoOrder: {
    // The real API answers an unknown algoType with its own code rather than -1005.
    hooks: { unknownDiscriminator: "UNSUPPORTED_ALGO_TYPE" },
    handle(ctx) {
      // Every placement answers at least the row of the order itself.
      const [first, ...rest] = ctx.exchange.place(ctx.account, ctx.body, ctx.operation.openOrderLimits);
      return { rows: [first!, ...rest] };
    },
  },

  getAlgoOrder: {
    handle({ exchange, account, query }) {
      const n = exchange.lookup(account, {
        algoOrderId: int64(query.algoOrderId),
        clientAlgoOrderId: int64(query.clientAlgoOrderId),
      });
      return algoOrderView(n, exchange.instrument(n.symbol).quoteAsset);
    },
  },

  getAlgoOrders: {
    handle({ exchange, account, query: q }) {
      const page = exchange.list(account, {
        symbol: q.symbol,
        side: q.side,
        positionSide: q.positionSide,
        algoType: q.algoType,
        orderType: q.orderType,
        algoOrderTag: q.algoOrderTag,
        // The spec gives this filter as the text "true" or "false".
        isTriggered: q.isTriggered === undefined ? undefined : q.isTriggered === "true",
        status: q.status,
        startTime: millis(q.startTime),
        endTime: millis(q.endTime),
        page: q.page,
        size: q.size,
      });
      return {
        rows: page.rows.map((n) => algoOrderView(n, exchange.instrument(n.symbol).quoteAsset, "algoOrderTag")),
        meta: pageMeta(page),
      };
    },
  },

  editAlgoOrder: {
    handle(ctx) {
      ctx.exchange.edit(ctx.account, ctx.body);
      return { status: "EDIT_SENT" };
    },
  },

  cancelAlgoOrder: {
    handle({ exchange, account, query }) {
      const ref = { algoOrderId: int64(query.algoOrderId), clientAlgoOrderId: int64(query.clientAlgoOrderId) };
      exchange.cancel(account, ref, query.symbol);
      return { status: "CANCEL_SENT" };
    },
  },

  cancelAlgoOrders: {
    handle(ctx) {
      ctx.exchange.cancelAll(ctx.account, ctx.query.symbol);
      return { status: "CANCEL_ALL_SENT" };
    },
  },
} satisfies Partial<HandlerTable>;
