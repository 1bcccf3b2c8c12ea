import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Exchange as CcxtExchange, MarketInterface } from "ccxt";
import { harness, type Harness } from "./helpers.js";
import { ccxtWoo, lastBody, type CcxtRequest } from "./ccxt-woo.js";

/*
 * ccxt 4.5.84's `woo`, a client nobody here wrote and that trades on the live exchange every day, against
 * the sandbox: each call must succeed and parse into ccxt's unified structures with the values the
 * sandbox holds (read back through @woox-sdk/client). Every response of the traffic, ccxt's and the
 * client's, is validated against the spec when the harness stops.
 */

const num = (v: unknown) => (v === undefined || v === null ? undefined : Number(v));

/** The exchange's id of an order ccxt returned (ccxt types it as possibly undefined). */
function idOf(order: { id?: string }): string {
  if (typeof order.id !== "string" || order.id === "") throw new Error("ccxt returned an order without an id");
  return order.id;
}

let h: Harness;
let woo: CcxtExchange;
let sent: CcxtRequest[];

beforeAll(async () => {
  // A still sandbox clock: the made-up book and candles are a function of the clock, so ccxt and the
  // client read the same market. The sandbox's rate limits are off because ccxt's throttle is (ccxt-woo.ts).
  const t = Date.now();
  h = await harness({ now: () => t, rateLimits: false });
  ({ exchange: woo, sent } = ccxtWoo(h.sandbox));
  await woo.loadMarkets();
});

afterAll(async () => {
  await h.stop();
});

describe("ccxt woo against the sandbox: market data", () => {
  it("loadMarkets reads every instrument with its ticks and limits", async () => {
    const { rows } = await h.client.market.instruments();
    const markets = Object.values(woo.markets ?? {}) as MarketInterface[];
    expect(markets.map((m) => m.id).sort()).toEqual(rows.map((r) => r.symbol).sort());
    for (const r of rows) {
      const m = woo.market(woo.safeSymbol(r.symbol));
      expect(m.id).toBe(r.symbol);
      expect([m.base, m.quote]).toEqual([r.baseAsset, r.quoteAsset]);
      expect(m.type).toBe(r.symbol.startsWith("PERP_") ? "swap" : "spot");
      expect(m.precision.price).toBe(num(r.quoteTick));
      expect(m.precision.amount).toBe(num(r.baseTick));
      expect(m.limits.amount?.min).toBe(num(r.baseMin));
    }
  });

  it("fetchTicker (perpetuals) reads the futures row", async () => {
    const [row] = (await h.client.market.futures({ symbol: "PERP_BTC_USDT" })).rows;
    const t = await woo.fetchTicker("BTC/USDT:USDT");
    expect(t.symbol).toBe("BTC/USDT:USDT");
    expect(t.markPrice).toBe(num(row!.markPrice));
    expect(t.indexPrice).toBe(num(row!.indexPrice));
    expect(t.open).toBe(num(row!["24hOpen"]));
    expect(t.close).toBe(num(row!["24hClose"]));
  });

  it("fetchOrderBook reads the sandbox's book level by level", async () => {
    const book = await h.client.market.orderbook({ symbol: "SPOT_BTC_USDT", maxLevel: 20 });
    const ob = await woo.fetchOrderBook("BTC/USDT", 20);
    expect(ob.bids).toEqual(book.bids.map((l) => [num(l.price), num(l.quantity)]));
    expect(ob.asks).toEqual(book.asks.map((l) => [num(l.price), num(l.quantity)]));
    expect(ob.bids.length).toBeGreaterThan(0);
  });

  it("fetchOHLCV reads kline history (oldest first, as ccxt orders it)", async () => {
    const { rows } = await h.client.market.klineHistory({ symbol: "SPOT_BTC_USDT", type: "1m", limit: 5 });
    const candles = await woo.fetchOHLCV("BTC/USDT", "1m", undefined, 5);
    expect(candles).toEqual(
      [...rows]
        .sort((a, b) => Number(a.startTimestamp) - Number(b.startTimestamp))
        .map((k) => [Number(k.startTimestamp), num(k.open), num(k.high), num(k.low), num(k.close), num(k.volume)]),
    );
  });

  it("fetchStatus and fetchTime read system info and the sandbox clock", async () => {
    const info = await h.client.market.systemInfo();
    expect((await woo.fetchStatus()).status).toBe(info.status === 0 ? "ok" : "maintenance");
    expect(await woo.fetchTime()).toBe(h.sandbox.exchange.now());
  });

  it("fetchTickers reads every perpetual's futures row", async () => {
    const { rows } = await h.client.market.futures();
    const tickers = await woo.fetchTickers();
    expect(Object.values(tickers).map((t) => [woo.marketId(t.symbol), t.markPrice])).toEqual(
      expect.arrayContaining(rows.map((r) => [r.symbol, num(r.markPrice)])),
    );
    expect(Object.keys(tickers)).toHaveLength(rows.length);
  });

  it("fetchFundingRate reads the funding row", async () => {
    const [row] = (await h.client.market.fundingRate({ symbol: "PERP_BTC_USDT" })).rows;
    const f = await woo.fetchFundingRate("BTC/USDT:USDT");
    expect(f.fundingRate).toBe(num(row!.estFundingRate));
    expect(f.previousFundingRate).toBe(num(row!.lastFundingRate));
    expect(f.fundingTimestamp).toBe(num(row!.nextFundingTime));
  });
});

describe("ccxt woo against the sandbox: balances and ordinary orders", () => {
  let limitId: string;

  it("fetchBalance reads holding, frozen and available per token", async () => {
    const { holding } = await h.client.account.balances();
    const b = await woo.fetchBalance();
    for (const row of holding) {
      expect(b[row.token]).toMatchObject({
        total: num(row.holding),
        free: num(row.availableBalance),
        used: num(row.frozen),
      });
    }
    expect(holding.length).toBeGreaterThan(0);
  });

  it("createOrder (limit) rests an order the sandbox holds as sent, broker attribution accepted", async () => {
    const o = await woo.createOrder("BTC/USDT", "limit", "buy", 0.01, 50_000);
    limitId = idOf(o);
    expect(typeof lastBody(sent, "POST", "/v3/trade/order").broker_id).toBe("string");
    const held = await h.client.orders.get({ orderId: limitId });
    expect(held).toMatchObject({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "LIMIT", status: "NEW" });
    expect([num(held.price), num(held.quantity)]).toEqual([50_000, 0.01]);
  });

  it("fetchOrder and fetchOpenOrders read it back", async () => {
    const o = await woo.fetchOrder(limitId, "BTC/USDT");
    expect(o).toMatchObject({ id: limitId, status: "open", side: "buy", type: "limit", price: 50_000, amount: 0.01 });
    const open = await woo.fetchOpenOrders("BTC/USDT");
    expect(open.map((x) => x.id)).toContain(limitId);
  });

  it("editOrder by a string id changes the price on the sandbox", async () => {
    await woo.editOrder(limitId, "BTC/USDT", "limit", "buy", 0.01, 51_000);
    expect(lastBody(sent, "PUT", "/v3/trade/order")).toMatchObject({ orderId: limitId });
    expect(num((await h.client.orders.get({ orderId: limitId })).price)).toBe(51_000);
  });

  it("cancelOrder cancels it on the sandbox", async () => {
    await woo.cancelOrder(limitId, "BTC/USDT");
    expect((await h.client.orders.get({ orderId: limitId })).status).toBe("CANCELLED");
    expect((await woo.fetchOrder(limitId, "BTC/USDT")).status).toBe("canceled");
  });

  it("createOrder (market) fills, and fetchOrder/fetchMyTrades read the fill", async () => {
    const o = await woo.createOrder("BTC/USDT", "market", "buy", 0.002);
    const held = await h.client.orders.get({ orderId: idOf(o) });
    expect(held.status).toBe("FILLED");
    const read = await woo.fetchOrder(idOf(o), "BTC/USDT");
    expect(read).toMatchObject({ status: "closed", filled: num(held.totalExecutedQuantity) });
    expect(read.average).toBe(num(held.averageExecutedPrice));
    const fills = (await h.client.orders.trades({ symbol: "SPOT_BTC_USDT" })).rows.filter(
      (t) => t.orderId === held.orderId,
    );
    const mine = (await woo.fetchMyTrades("BTC/USDT")).filter((t) => t.order === o.id);
    expect(mine.map((t) => [t.id, t.price, t.amount, t.side, t.takerOrMaker])).toEqual(
      fills.map((t) => [String(t.id), num(t.executedPrice), num(t.executedQuantity), "buy", "taker"]),
    );
    expect(mine.length).toBeGreaterThan(0);
  });

  it("fetchTrades reads the public trades the fill printed", async () => {
    const { rows } = await h.client.market.trades({ symbol: "SPOT_BTC_USDT", limit: 50 });
    const trades = await woo.fetchTrades("BTC/USDT", undefined, 50);
    expect(rows.length).toBeGreaterThan(0);
    expect(trades.map((t) => [t.price, t.amount, t.side, t.timestamp]).sort()).toEqual(
      rows
        .map((r) => [num(r.executedPrice), num(r.executedQuantity), r.side.toLowerCase(), Number(r.executedTimestamp)])
        .sort(),
    );
  });

  it("fetchTradingFee reads the symbol's fee rates (as ccxt reads them: divided by 100)", async () => {
    // The unit of makerFee/takerFee is undocumented (spec, getTradingFee). ccxt divides the live answer
    // ("10", "8") by 100; the sandbox answers fractions ("0.0005"), which ccxt therefore reads 100 times
    // too small. Asserted as ccxt parses it; which unit the sandbox should answer is an open question.
    const fee = await h.client.orders.tradingFee({ symbol: "SPOT_BTC_USDT" });
    const read = await woo.fetchTradingFee("BTC/USDT");
    expect(read.symbol).toBe("BTC/USDT");
    expect([read.maker, read.taker]).toEqual([Number(fee.makerFee) / 100, Number(fee.takerFee) / 100]);
  });

  it("fetchClosedOrders lists the filled and cancelled orders", async () => {
    const { rows } = await h.client.orders.list({ symbol: "SPOT_BTC_USDT", status: "COMPLETED" });
    const closed = await woo.fetchClosedOrders("BTC/USDT");
    expect(closed.map((o) => o.id).sort()).toEqual(rows.map((r) => String(r.orderId)).sort());
    expect(closed.length).toBeGreaterThan(0);
  });

  it("cancelAllOrders cancels every open order of the symbol", async () => {
    const a = await woo.createOrder("ETH/USDT", "limit", "buy", 0.1, 2000);
    const b = await woo.createOrder("ETH/USDT", "limit", "buy", 0.1, 2001);
    await woo.cancelAllOrders("ETH/USDT");
    for (const id of [idOf(a), idOf(b)]) expect((await h.client.orders.get({ orderId: id })).status).toBe("CANCELLED");
  });

  it("cancelAllOrdersAfter arms the dead man's switch and disarms it with 0", async () => {
    const armed = (await woo.cancelAllOrdersAfter(60_000)) as { data?: { expectedTriggerTime?: number } };
    expect(armed.data?.expectedTriggerTime).toBe(h.sandbox.exchange.now() + 60_000);
    expect(lastBody(sent, "POST", "/v3/trade/cancelAllAfter")).toEqual({ triggerAfter: 60_000 });
    await woo.cancelAllOrdersAfter(0);
    expect(lastBody(sent, "POST", "/v3/trade/cancelAllAfter")).toEqual({ triggerAfter: 0 });
  });

  it("fetchOrders lists what the sandbox lists", async () => {
    const { rows } = await h.client.orders.list({ symbol: "SPOT_BTC_USDT" });
    const all = await woo.fetchOrders("BTC/USDT");
    expect(all.map((o) => o.id).sort()).toEqual(rows.map((r) => String(r.orderId)).sort());
  });
});

describe("ccxt woo against the sandbox: algo orders", () => {
  let algoId: string;

  it("createOrder with a triggerPrice places a STOP algo order, broker attribution accepted", async () => {
    const o = await woo.createOrder("BTC/USDT:USDT", "market", "sell", 0.01, undefined, { triggerPrice: 40_000 });
    algoId = idOf(o);
    const body = lastBody(sent, "POST", "/v3/trade/algoOrder");
    expect(body.algoType).toBe("STOP");
    expect(typeof body.brokerId).toBe("string");
    const held = await h.client.algoOrders.get({ algoOrderId: algoId });
    expect(held).toMatchObject({ symbol: "PERP_BTC_USDT", algoType: "STOP", side: "SELL" });
    expect(num(held.triggerPrice)).toBe(40_000);
  });

  it("fetchOrder with trigger reads it; editOrder by string id moves the trigger; cancelOrder cancels it", async () => {
    const o = await woo.fetchOrder(algoId, "BTC/USDT:USDT", { trigger: true });
    expect(o).toMatchObject({ id: algoId, triggerPrice: 40_000, amount: 0.01, side: "sell" });
    await woo.editOrder(algoId, "BTC/USDT:USDT", "market", "sell", undefined, undefined, {
      trigger: true,
      triggerPrice: 39_000,
    });
    expect(num((await h.client.algoOrders.get({ algoOrderId: algoId })).triggerPrice)).toBe(39_000);
    await woo.cancelOrder(algoId, "BTC/USDT:USDT", { trigger: true });
    expect((await h.client.algoOrders.get({ algoOrderId: algoId })).algoStatus).toBe("CANCELLED");
  });
});

describe("ccxt woo against the sandbox: positions, leverage and position mode", () => {
  it("setLeverage and fetchLeverage agree with the sandbox", async () => {
    await woo.setLeverage(5, "BTC/USDT:USDT");
    const lev = await h.client.account.leverage({ symbol: "PERP_BTC_USDT", marginMode: "CROSS" });
    expect(lev.details.map((d) => Number(d.leverage))).toEqual([5]);
    expect(await woo.fetchLeverage("BTC/USDT:USDT")).toMatchObject({ longLeverage: 5, shortLeverage: 5 });
  });

  it("fetchPositions reads an open perpetual position", async () => {
    await woo.createOrder("BTC/USDT:USDT", "market", "buy", 0.01);
    const [pos] = (await h.client.account.positions({ symbol: "PERP_BTC_USDT" })).positions;
    const read = (await woo.fetchPositions(["BTC/USDT:USDT"])).filter((p) => p.contracts);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ symbol: "BTC/USDT:USDT", side: "long", contracts: num(pos!.holding) });
    expect(read[0]!.entryPrice).toBe(num(pos!.averageOpenPrice));
  });

  it("setPositionMode(true) sends HEDGE_MODE, and the sandbox switches", async () => {
    const other = ccxtWoo(h.sandbox, h.sandbox.addAccount());
    await other.exchange.loadMarkets();
    await other.exchange.setPositionMode(true);
    expect(lastBody(other.sent, "PUT", "/v3/futures/positionMode")).toEqual({ positionMode: "HEDGE_MODE" });
    const lev = await other.exchange.fetchLeverage("BTC/USDT:USDT");
    expect(lev.info).toMatchObject({ positionMode: "HEDGE_MODE" });
    await other.exchange.setPositionMode(false);
    expect((await other.exchange.fetchLeverage("BTC/USDT:USDT")).info).toMatchObject({ positionMode: "ONE_WAY" });
  });
});

describe("ccxt woo against the sandbox: the traffic", () => {
  it("went to V3 paths only, and reached the sandbox", () => {
    expect(sent.length).toBeGreaterThan(15);
    for (const r of sent) expect(new URL(r.url).pathname).toMatch(/^\/v3\//);
    expect(h.records.filter((r) => r.status === 200).length).toBeGreaterThan(15);
  });
});
