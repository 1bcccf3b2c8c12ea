import { createHash } from "node:crypto";
import { abs, decOf, div, floorTo, fmt, mul, ZERO, type Dec } from "./decimal.js";
import type { Exchange, OpenOrderLimits } from "./engine.js";
import { reject } from "./errors.js";
import type { Json } from "./json.js";
import { DEFAULT_LEVERAGE, MAINTENANCE_MARGIN_RATIO, type PositionMode } from "./ledger.js";
import { TOKEN_INFO, type Instrument } from "./market.js";
import { FUNDING_INTERVAL_HOURS, funding, KlineSeries, klineRow, stats24h } from "./marketdata.js";
import type { SpecOperation } from "./spec.js";
import type { ValidationHooks } from "./validate.js";
import { algoOrderView, instrumentView, marketTradeView, orderView, tradeView } from "./view.js";

/**
 * One handler per spec operation, keyed "METHOD /path" (the method and path are the API's, unlike
 * operationIds, which are ours to rename). Handlers get parameters and bodies already validated against
 * the spec and return the `data` of the success envelope. Adding an operation to the spec without a
 * handler here fails the coverage test (test/coverage.test.ts).
 */

export interface HandlerContext {
  /** The API key of a signed request; "" for public operations. */
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

const asId = (v: Json | undefined): bigint | undefined =>
  typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : undefined;
const asText = (v: Json | undefined): string | undefined => (typeof v === "string" ? v : undefined);
const asInt = (v: Json | undefined): number | undefined =>
  typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined;
const asBool = (v: Json | undefined): boolean | undefined =>
  typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : undefined;

const ids = (from: Record<string, Json>) => ({
  algoOrderId: asId(from.algoOrderId),
  clientAlgoOrderId: asId(from.clientAlgoOrderId),
});
const orderRef = (from: Record<string, Json>) => ({
  orderId: asId(from.orderId),
  clientOrderId: asId(from.clientOrderId),
});
const meta = (p: { total: number; size: number; page: number }) => ({
  total: p.total,
  recordsPerPage: p.size,
  currentPage: p.page,
});
/** Ratios and account values: 8 decimal places are plenty. */
const money = (v: Dec): string => fmt(floorTo(v, decOf("0.00000001")));

/** The instrument named by `symbol` on a non-algo endpoint (302101 when it is not listed). */
const listed = (ctx: HandlerContext, symbol: string): Instrument =>
  ctx.exchange.instrument(symbol, "SYMBOL_NOT_EXISTS");

function perpetuals(ctx: HandlerContext): Instrument[] {
  const symbol = asText(ctx.query.symbol);
  if (symbol !== undefined) {
    const inst = listed(ctx, symbol);
    if (inst.kind !== "PERP") reject("SYMBOL_NOT_EXISTS");
    return [inst];
  }
  return [...ctx.exchange.instruments.values()].filter((i) => i.kind === "PERP");
}

/** Every token the sandbox knows: the assets of its instruments and whatever accounts hold. */
function tokens(ex: Exchange): string[] {
  const set = new Set<string>();
  for (const i of ex.instruments.values()) {
    set.add(i.baseAsset);
    set.add(i.quoteAsset);
  }
  for (const a of ex.ledger.allAccounts()) for (const t of a.balances.keys()) set.add(t);
  return [...set].sort();
}

function tokenFilter(ex: Exchange, token: string | undefined): string[] {
  const all = tokens(ex);
  if (token === undefined) return all;
  // The catalog records this text live under -1005 for an unknown token.
  if (!all.includes(token)) reject("INVALID_PARAM", { observed: "The token is not supported" });
  return [token];
}

const tokenMeta = (t: string) =>
  TOKEN_INFO[t] ?? { fullName: t, decimals: 8, networks: [t], minWithdraw: "0", withdrawFee: "0" };

/** Stable per-key identifiers, so an account looks the same on every run. */
function identity(apiKey: string): { applicationId: string; userId: bigint } {
  const h = createHash("sha256").update(apiKey).digest("hex");
  return {
    applicationId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    userId: BigInt(`0x${h.slice(0, 12)}`),
  };
}

function leverageView(ctx: HandlerContext, symbol: string, marginMode: string, positionSide?: string): Json {
  const hedge = ctx.exchange.ledger.account(ctx.account).positionMode === "HEDGE";
  const ps = marginMode === "ISOLATED" ? (positionSide ?? (hedge ? "LONG" : "BOTH")) : hedge ? undefined : "BOTH";
  const out: Record<string, Json> = {
    symbol,
    marginMode,
    leverage: ctx.exchange.ledger.leverage(ctx.account, symbol, marginMode, ps ?? "BOTH"),
  };
  if (ps !== undefined) out.positionSide = ps;
  return out;
}

export const handlers: Record<string, Handler> = {
  // ---------------------------------------------------------------- algo orders

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

  "GET /v3/trade/algoOrders": {
    handle(ctx) {
      const q = ctx.query;
      const page = ctx.exchange.list(ctx.account, {
        symbol: asText(q.symbol),
        side: asText(q.side),
        positionSide: asText(q.positionSide),
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
        meta: meta(page),
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
      ctx.exchange.cancel(ctx.account, ids(ctx.query), asText(ctx.query.symbol));
      return { status: "CANCEL_SENT" };
    },
  },

  "DELETE /v3/trade/algoOrders": {
    handle(ctx) {
      ctx.exchange.cancelAll(ctx.account, asText(ctx.query.symbol));
      return { status: "CANCEL_ALL_SENT" };
    },
  },

  // ---------------------------------------------------------------- ordinary orders

  "POST /v3/trade/order": {
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

  "GET /v3/trade/order": {
    handle(ctx) {
      return orderView(ctx.exchange.orders.get(ctx.account, orderRef(ctx.query)));
    },
  },

  "PUT /v3/trade/order": {
    handle(ctx) {
      ctx.exchange.orders.edit(ctx.account, ctx.body);
      return { status: "EDIT_SENT" };
    },
  },

  "DELETE /v3/trade/order": {
    handle(ctx) {
      ctx.exchange.orders.cancel(ctx.account, asText(ctx.query.symbol)!, orderRef(ctx.query));
      return { status: "CANCEL_SENT" };
    },
  },

  "GET /v3/trade/orders": {
    handle(ctx) {
      const q = ctx.query;
      const symbol = asText(q.symbol);
      if (symbol !== undefined) listed(ctx, symbol);
      const page = ctx.exchange.orders.list(ctx.account, {
        symbol,
        side: asText(q.side),
        orderType: asText(q.orderType),
        status: asText(q.status),
        orderTag: asText(q.orderTag),
        startTime: asInt(q.startTime),
        endTime: asInt(q.endTime),
        page: asInt(q.page),
        size: asInt(q.size),
      });
      return { rows: page.rows.map((o) => orderView(o, asBool(q.realizedPnl) === true)), meta: meta(page) };
    },
  },

  "DELETE /v3/trade/orders": {
    handle(ctx) {
      const symbol = listed(ctx, asText(ctx.query.symbol)!).symbol;
      ctx.exchange.orders.cancelAll(ctx.account, symbol);
      return { status: "CANCEL_ALL_SENT" };
    },
  },

  "DELETE /v3/trade/allOrders": {
    handle(ctx) {
      ctx.exchange.cancelEverything(ctx.account, asText(ctx.query.symbol));
      return { status: "CANCEL_ALL_SENT" };
    },
  },

  "GET /v3/trade/transactionHistory": {
    handle(ctx) {
      const q = ctx.query;
      const symbol = asText(q.symbol);
      if (symbol !== undefined) listed(ctx, symbol);
      const orderId = asId(q.orderId);
      const fromId = asId(q.fromId);
      const start = asInt(q.startTime);
      const end = asInt(q.endTime);
      const page = asInt(q.page) ?? 1;
      const size = asInt(q.size) ?? 25;
      const rows = [...ctx.exchange.ledger.account(ctx.account).trades]
        .reverse()
        .filter(
          (t) =>
            (symbol === undefined || t.symbol === symbol) &&
            (orderId === undefined || t.orderId === orderId) &&
            (fromId === undefined || t.id >= fromId) &&
            (start === undefined || t.time >= start) &&
            (end === undefined || t.time <= end),
        );
      return {
        rows: rows.slice((page - 1) * size, page * size).map(tradeView),
        meta: meta({ total: rows.length, size, page }),
      };
    },
  },

  "GET /v3/trade/tradingFee": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      return { symbol: inst.symbol, takerFee: fmt(inst.takerFee), makerFee: fmt(inst.makerFee) };
    },
  },

  "POST /v3/trade/order/cancelAllAfter": {
    // Beyond the schema's range the API answers its own code, with the maximum in the message.
    hooks: {
      fieldErrors: { triggerAfter: { name: "TRIGGER_AFTER_OUT_OF_RANGE", vars: { maxTriggerAfter: "maximum" } } },
    },
    handle(ctx) {
      return { expectedTriggerTime: ctx.exchange.cancelAllAfter(ctx.account, asInt(ctx.body.triggerAfter)!) };
    },
  },

  // ---------------------------------------------------------------- public market data

  "GET /v3/public/systemInfo": {
    handle() {
      // The envelope's top-level `timestamp` is the sandbox clock, which clients sync to.
      return { status: 0, msg: "System is functioning properly." };
    },
  },

  "GET /v3/public/instruments": {
    handle(ctx) {
      const symbol = asText(ctx.query.symbol);
      const list = symbol === undefined ? [...ctx.exchange.instruments.values()] : [listed(ctx, symbol)];
      return { rows: list.map(instrumentView) };
    },
  },

  "GET /v3/public/orderbook": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      const levels = asInt(ctx.query.maxLevel) ?? 100;
      const side = (s: "asks" | "bids") =>
        ctx.exchange.book(inst.symbol, s, levels).map((l) => ({ price: fmt(l.price), quantity: fmt(l.quantity) }));
      return { asks: side("asks"), bids: side("bids") };
    },
  },

  "GET /v3/public/kline": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      const type = asText(ctx.query.type)!;
      const candles = new KlineSeries(inst, type, ctx.exchange.now()).range(asInt(ctx.query.limit) ?? 100);
      return { rows: candles.map((c) => klineRow(inst, type, c)) };
    },
  },

  "GET /v3/public/klineHistory": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      const type = asText(ctx.query.type)!;
      const candles = new KlineSeries(inst, type, ctx.exchange.now()).range(
        asInt(ctx.query.limit) ?? 100,
        asInt(ctx.query.before),
        asInt(ctx.query.after),
      );
      return { rows: candles.map((c) => klineRow(inst, type, c)) };
    },
  },

  "GET /v3/public/marketTrades": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      const limit = asInt(ctx.query.limit) ?? 10;
      const rows = ctx.exchange.ledger.trades
        .filter((t) => t.symbol === inst.symbol)
        .slice(-limit)
        .reverse();
      return { rows: rows.map(marketTradeView) };
    },
  },

  "GET /v3/public/fundingRate": {
    handle(ctx) {
      const now = ctx.exchange.now();
      return {
        rows: perpetuals(ctx).map((inst) => {
          const f = funding(inst, now);
          return {
            symbol: inst.symbol,
            estFundingRate: fmt(f.est),
            estFundingRateTimestamp: now,
            lastFundingRate: fmt(f.last),
            lastFundingRateTimestamp: f.lastTime,
            nextFundingTime: f.next,
            lastFundingIntervalHours: FUNDING_INTERVAL_HOURS,
            estFundingIntervalHours: FUNDING_INTERVAL_HOURS,
          };
        }),
      };
    },
  },

  "GET /v3/public/futures": {
    handle(ctx) {
      const now = ctx.exchange.now();
      return {
        rows: perpetuals(ctx).map((inst) => {
          const f = funding(inst, now);
          const s = stats24h(inst, now);
          // Open interest: the long side of every account's positions.
          let openInterest = ZERO;
          for (const a of ctx.exchange.ledger.allAccounts())
            for (const p of a.positions.values())
              if (p.symbol === inst.symbol && p.holding > ZERO) openInterest += p.holding;
          return {
            symbol: inst.symbol,
            indexPrice: fmt(inst.price),
            markPrice: fmt(inst.price),
            estFundingRate: fmt(f.est),
            lastFundingRate: fmt(f.last),
            nextFundingTime: f.next,
            openInterest: fmt(openInterest),
            "24hOpen": fmt(s.open),
            "24hClose": fmt(s.close),
            "24hHigh": fmt(s.high),
            "24hLow": fmt(s.low),
            "24hVolume": fmt(s.volume),
            "24hAmount": fmt(s.amount),
          };
        }),
      };
    },
  },

  "GET /v3/public/token": {
    handle(ctx) {
      return {
        rows: tokens(ctx.exchange).map((t) => ({
          token: t,
          decimals: tokenMeta(t).decimals,
          fullName: tokenMeta(t).fullName,
          delisted: false,
        })),
      };
    },
  },

  "GET /v3/public/tokenInfo": {
    handle(ctx) {
      return {
        rows: tokenFilter(ctx.exchange, asText(ctx.query.token)).map((t) => {
          const m = tokenMeta(t);
          return {
            token: t,
            fullName: m.fullName,
            decimals: m.decimals,
            canCollateral: true,
            canShort: t !== "USDT",
            networks: m.networks.map((network) => ({
              network,
              allowDeposit: true,
              allowWithdraw: true,
              minWithdraw: m.minWithdraw,
              withdrawFee: m.withdrawFee,
            })),
          };
        }),
      };
    },
  },

  // ---------------------------------------------------------------- account and positions

  "GET /v3/account/info": {
    handle(ctx) {
      const ex = ctx.exchange;
      const a = ex.ledger.account(ctx.account);
      const c = ex.collateral(ctx.account);
      const fees = [...ex.instruments.values()].find((i) => i.kind === "PERP") ?? ex.instruments.values().next().value!;
      // With nothing open the ratios have no denominator; the API then reports 10 (1000%).
      const ratio = (notional: Dec) => (notional > ZERO ? money(div(c.total, notional)) : "10");
      return {
        applicationId: identity(ctx.account).applicationId,
        account: `${ctx.account}@sandbox.invalid`,
        alias: ctx.account,
        accountMode: "FUTURES",
        positionMode: a.positionMode,
        leverage: DEFAULT_LEVERAGE,
        takerFeeRate: fmt(fees.takerFee),
        makerFeeRate: fmt(fees.makerFee),
        totalCollateral: money(c.total),
        freeCollateral: money(c.free),
        marginRatio: ratio(c.positionNotional),
        openMarginRatio: ratio(c.openNotional),
        initialMarginRatio: fmt(div(decOf("1"), decOf(String(DEFAULT_LEVERAGE)))),
        maintenanceMarginRatio: MAINTENANCE_MARGIN_RATIO,
        totalAccountValue: money(c.total),
      };
    },
  },

  "GET /v3/asset/balances": {
    handle(ctx) {
      const ex = ctx.exchange;
      const a = ex.ledger.account(ctx.account);
      const holding = tokenFilter(ex, asText(ctx.query.token)).map((token) => {
        const held = a.balances.get(token) ?? ZERO;
        const frozen = ex.orders.frozen(ctx.account, token);
        const pending = ex.orders.pending(ctx.account, (i) => i.kind === "SPOT" && i.baseAsset === token);
        return {
          token,
          holding: fmt(held),
          frozen: fmt(frozen),
          availableBalance: fmt(held - frozen),
          staked: "0",
          interest: "0",
          pendingLongQty: fmt(pending.long),
          pendingShortQty: fmt(pending.short),
          markPrice: fmt(ex.ledger.markPrice(token)),
          updatedTime: a.updatedTime,
        };
      });
      const id = identity(ctx.account);
      return { holding, userId: id.userId, applicationId: id.applicationId };
    },
  },

  "GET /v3/futures/positions": {
    handle(ctx) {
      const ex = ctx.exchange;
      const symbol = asText(ctx.query.symbol);
      if (symbol !== undefined) listed(ctx, symbol);
      const since = ex.now() - 86_400_000;
      const positions = [...ex.ledger.account(ctx.account).positions.values()]
        .filter((p) => p.holding !== ZERO && (symbol === undefined || p.symbol === symbol))
        .map((p) => {
          const leverage = ex.ledger.leverage(ctx.account, p.symbol, p.marginMode, p.positionSide);
          const pending = ex.orders.pending(ctx.account, (i) => i.symbol === p.symbol);
          const recent = ex.ledger.account(ctx.account).trades.filter((t) => t.symbol === p.symbol && t.time >= since);
          const liq = ex.liquidationPrice(ctx.account, p.symbol, p.holding, p.averageOpenPrice, leverage);
          const out: Record<string, Json> = {
            symbol: p.symbol,
            holding: fmt(p.holding),
            positionSide: p.positionSide,
            marginMode: p.marginMode,
            leverage,
            pendingLongQty: fmt(pending.long),
            pendingShortQty: fmt(pending.short),
            settlePrice: fmt(p.averageOpenPrice),
            averageOpenPrice: fmt(p.averageOpenPrice),
            markPrice: ex.priceText(p.symbol),
            estLiqPrice: liq === undefined ? null : fmt(liq),
            pnl24H: fmt(recent.reduce((s, t) => s + (t.realizedPnl ?? ZERO), ZERO)),
            fee24H: fmt(recent.reduce((s, t) => s + t.fee, ZERO)),
            adlQuantile: 1,
            timestamp: p.updatedTime,
          };
          if (p.marginMode === "ISOLATED") {
            out.isolatedMarginToken = ex.instrument(p.symbol).quoteAsset;
            out.isolatedMarginAmount = money(mul(abs(p.holding), p.averageOpenPrice) / BigInt(leverage));
          }
          return out;
        });
      return { positions };
    },
  },

  "GET /v3/futures/leverage": {
    handle(ctx) {
      const inst = listed(ctx, asText(ctx.query.symbol)!);
      if (inst.kind !== "PERP") reject("INVALID_PARAM", { detail: "leverage applies to PERP_ symbols only" });
      return leverageView(ctx, inst.symbol, asText(ctx.query.marginMode) ?? "CROSS");
    },
  },

  "PUT /v3/futures/leverage": {
    // The API answers a leverage that is not a positive integer (or above the maximum) with its own code.
    hooks: { fieldErrors: { leverage: { name: "INVALID_LEVERAGE" } } },
    handle(ctx) {
      const b = ctx.body;
      const marginMode = asText(b.marginMode) ?? "CROSS";
      const positionSide = asText(b.positionSide);
      ctx.exchange.setLeverage(ctx.account, asText(b.symbol)!, asInt(b.leverage)!, marginMode, positionSide);
      return leverageView(ctx, asText(b.symbol)!, marginMode, marginMode === "ISOLATED" ? positionSide : undefined);
    },
  },

  "PUT /v3/futures/positionMode": {
    handle(ctx) {
      ctx.exchange.setPositionMode(ctx.account, asText(ctx.body.positionMode) as PositionMode);
      return { status: "SUCCESS" };
    },
  },
};
