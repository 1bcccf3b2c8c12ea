import type { Exchange, OpenOrderLimits } from "./engine.js";
import type { Json } from "./json.js";
import type { SpecOperation } from "./spec.js";
import type { ValidationHooks } from "./validate.js";
import { algoOrderView } from "./view.js";

/**
 * One handler per spec operation, keyed "METHOD /path" (the method and path are the API's, unlike
 * operationIds, which are ours to rename). Handlers get parameters and bodies already validated against
 * the spec and return the `data` of the success envelope. Adding an operation to the spec without a
 * handler here fails the coverage test (test/coverage.test.ts).
 */

export interface HandlerContext {
  account: string;
  query: Record<string, Json>;
  body: Record<string, Json>;
  exchange: Exchange;
  operation: SpecOperation;
}

export interface Handler {
  hooks?: ValidationHooks;
  handle(ctx: HandlerContext): Json;
}

const asId = (v: Json | undefined): bigint | undefined => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : undefined);
const asText = (v: Json | undefined): string | undefined => (typeof v === "string" ? v : undefined);
const asInt = (v: Json | undefined): number | undefined => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined);
const asBool = (v: Json | undefined): boolean | undefined => (typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : undefined);

const ids = (from: Record<string, Json>) => ({ algoOrderId: asId(from.algoOrderId), clientAlgoOrderId: asId(from.clientAlgoOrderId) });

export const handlers: Record<string, Handler> = {
  "POST /v3/trade/algoOrder": {
    // The real API answers an unknown algoType with its own code rather than -1005.
    hooks: { unknownDiscriminator: "UNSUPPORTED_ALGO_TYPE" },
    handle(ctx) {
      const limits = (ctx.operation.operation["x-open-order-limits"] ?? {}) as OpenOrderLimits;
      const rows = ctx.exchange.place(ctx.account, ctx.body, limits);
      return { rows: rows as unknown as Json[] };
    },
  },

  "GET /v3/trade/algoOrder": {
    handle(ctx) {
      const n = ctx.exchange.lookup(ctx.account, ids(ctx.query));
      return algoOrderView(n, ctx.exchange.instrument(n.symbol).quoteAsset);
    },
  },

  // ---- Served as soon as the spec describes these operations (reference S4–S6, S11). Until then the
  // router never reaches them; test/coverage.test.ts lists them as waiting for the spec.

  "GET /v3/trade/algoOrders": {
    handle(ctx) {
      const q = ctx.query;
      const page = ctx.exchange.list(ctx.account, {
        symbol: asText(q.symbol),
        side: asText(q.side),
        algoType: asText(q.algoType),
        orderType: asText(q.orderType),
        algoOrderTag: asText(q.algoOrderTag),
        isTriggered: asBool(q.isTriggered),
        status: asText(q.status),
        startTime: asInt(q.startTime),
        endTime: asInt(q.endTime),
        page: asInt(q.page),
        size: asInt(q.size),
      });
      return {
        rows: page.rows.map((n) => algoOrderView(n, ctx.exchange.instrument(n.symbol).quoteAsset, "algoOrderTag")),
        meta: { total: page.total, recordsPerPage: page.size, currentPage: page.page },
      };
    },
  },

  "PUT /v3/trade/algoOrder": {
    handle(ctx) {
      ctx.exchange.edit(ctx.account, ctx.body);
      return { status: "EDIT_SENT" };
    },
  },

  "DELETE /v3/trade/algoOrder": {
    handle(ctx) {
      ctx.exchange.cancel(ctx.account, ids(ctx.query));
      return { status: "CANCEL_SENT" };
    },
  },

  "DELETE /v3/trade/algoOrders": {
    handle(ctx) {
      ctx.exchange.cancelAll(ctx.account, asText(ctx.query.symbol));
      return { status: "CANCEL_ALL_SENT" };
    },
  },
};
