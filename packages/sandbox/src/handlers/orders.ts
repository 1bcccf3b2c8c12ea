import { fmt } from "../decimal.js";
import { int64 } from "../engine/fields.js";
import { paginate } from "../engine/page.js";
import { orderView, tradeView } from "../views.js";
import { listed, millis, pageMeta } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Ordinary orders, their executions and fees, and the dead man's switch. */
export const orderHandlers = {
  placeOrder: {
    handle(ctx) {
      const o = ctx.exchange.orders.place(ctx.account, ctx.body);
      return {
        orderId: o.orderId,
        clientOrderId: o.clientOrderId,
        type: o.type,
        price: o.price === undefined ? null : fmt(o.price),
        quantity: o.quantitySent ? fmt(o.quantity) : null,
        amount: o.amount === undefined ? null : fmt(o.amount),
        bidAskLevel: o.bidAskLevel ?? null,
      };
    },
  },

  getOrder: {
    handle({ exchange, account, query }) {
      const ref = { orderId: int64(query.orderId), clientOrderId: int64(query.clientOrderId) };
      return orderView(exchange.orders.get(account, ref));
    },
  },

  editOrder: {
    handle(ctx) {
      ctx.exchange.orders.edit(ctx.account, ctx.body);
      return { status: "EDIT_SENT" };
    },
  },

  cancelOrder: {
    handle({ exchange, account, query }) {
      const ref = { orderId: int64(query.orderId), clientOrderId: int64(query.clientOrderId) };
      exchange.orders.cancel(account, query.symbol, ref);
      return { status: "CANCEL_SENT" };
    },
  },

  getOrders: {
    handle({ exchange, account, query: q }) {
      if (q.symbol !== undefined) listed(exchange, q.symbol);
      const page = exchange.orders.list(account, {
        symbol: q.symbol,
        side: q.side,
        positionSide: q.positionSide,
        // `type` and `withRealizedPnl` are the official names; the deprecated `orderType` and
        // `realizedPnl` of earlier versions still work (the official name wins when both are sent).
        orderType: q.type ?? q.orderType,
        status: q.status,
        orderTag: q.orderTag,
        startTime: millis(q.startTime),
        endTime: millis(q.endTime),
        page: q.page,
        size: q.size,
      });
      return {
        rows: page.rows.map((o) => orderView(o, (q.withRealizedPnl ?? q.realizedPnl) === true)),
        meta: pageMeta(page),
      };
    },
  },

  cancelOrders: {
    handle({ exchange, account, query }) {
      exchange.orders.cancelAll(account, listed(exchange, query.symbol).symbol);
      return { status: "CANCEL_ALL_SENT" };
    },
  },

  cancelAllOrders: {
    handle(ctx) {
      ctx.exchange.cancelEverything(ctx.account, ctx.query.symbol);
      return { status: "CANCEL_ALL_SENT" };
    },
  },

  getTransactionHistory: {
    handle({ exchange, account, query: q }) {
      if (q.symbol !== undefined) listed(exchange, q.symbol);
      const fromId = int64(q.fromId);
      const start = millis(q.startTime);
      const end = millis(q.endTime);
      const rows = [...exchange.ledger.account(account).trades]
        .reverse()
        .filter(
          (t) =>
            (q.symbol === undefined || t.symbol === q.symbol) &&
            (fromId === undefined || t.id >= fromId) &&
            (start === undefined || t.time >= start) &&
            (end === undefined || t.time <= end),
        );
      // `limit` is the documented page size; `page` is undocumented but sent by an independent client.
      const page = paginate(rows, q.page, q.limit);
      return { rows: page.rows.map(tradeView), meta: pageMeta(page) };
    },
  },

  getTradingFee: {
    handle({ exchange, query }) {
      const inst = listed(exchange, query.symbol);
      return { symbol: inst.symbol, takerFee: fmt(inst.takerFee), makerFee: fmt(inst.makerFee) };
    },
  },

  cancelAllAfter: {
    // Beyond the schema's range the API answers its own code, with the maximum in the message.
    hooks: {
      fieldErrors: { triggerAfter: { name: "TRIGGER_AFTER_OUT_OF_RANGE", vars: { maxTriggerAfter: "maximum" } } },
    },
    handle(ctx) {
      return { expectedTriggerTime: ctx.exchange.cancelAllAfter(ctx.account, ctx.body.triggerAfter) };
    },
  },
} satisfies Partial<HandlerTable>;
