import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_INSTRUMENTS } from "../src/index.js";
import { type Harness, RAW_CLIENT, failure, harness } from "./helpers.js";

// A fixed sandbox clock: 2026-03-04 05:06:07.089 UTC.
const NOW = Date.UTC(2026, 2, 4, 5, 6, 7, 89);
let h: Harness;
/** No credentials: public data needs none. */
let pub: WooxClient;
beforeEach(async () => {
  h = await harness({ rateLimits: false, now: () => NOW });
  pub = createWooxClient({ ...RAW_CLIENT, baseUrl: h.sandbox.url });
});
afterEach(() => h.stop());

describe("public market data", () => {
  it("systemInfo: status 0, and the envelope's timestamp is the sandbox clock", async () => {
    const res = await pub.GET("/v3/public/systemInfo");
    expect(res.data).toEqual({
      success: true,
      data: { status: 0, msg: "System is functioning properly." },
      timestamp: NOW,
    });
    // The client syncs its clock to it.
    expect(Math.abs((await pub.clock.sync()) - (NOW - Date.now()))).toBeLessThan(1000);
  });

  it("instruments: the rules the sandbox checks orders against", async () => {
    const { rows } = await pub.market.instruments();
    expect(rows.map((r) => r.symbol)).toEqual(DEFAULT_INSTRUMENTS.map((i) => i.symbol));
    const eth = (await pub.market.instruments({ symbol: "SPOT_ETH_USDT" })).rows[0]!;
    expect(eth).toMatchObject({
      status: "TRADING",
      baseAsset: "ETH",
      quoteAsset: "USDT",
      quoteTick: "0.01",
      baseTick: "0.0001",
      baseMin: "0.001",
      baseMax: "2000",
      minNotional: "10",
      quoteMin: "0.01",
    });
    // What the listing says is what placement enforces.
    await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "10000",
      quantity: String(eth.baseMin),
    });
    expect(
      await failure(
        h.client.orders.place({
          symbol: "SPOT_ETH_USDT",
          side: "BUY",
          type: "LIMIT",
          price: "10000",
          quantity: "0.0009",
        }),
      ),
    ).toMatchObject({ code: "-1104" });
    expect(await failure(pub.market.instruments({ symbol: "SPOT_NOPE_USDT" }))).toMatchObject({
      codeName: "SYMBOL_NOT_EXISTS",
    });
  });

  it("orderbook: levels around the price, best first, with resting orders at their visible quantity", async () => {
    const book = await pub.market.orderbook({ symbol: "PERP_BTC_USDT", maxLevel: 5 });
    expect(book.asks).toHaveLength(5);
    expect(book.bids).toHaveLength(5);
    const asks = book.asks.map((l) => Number(l.price));
    const bids = book.bids.map((l) => Number(l.price));
    expect(asks).toEqual([...asks].sort((a, b) => a - b));
    expect(bids).toEqual([...bids].sort((a, b) => b - a));
    expect(asks[0]).toBeGreaterThan(60000);
    expect(bids[0]).toBeLessThan(60000);
    // A resting order shows up at its price; a hidden one (visibleQuantity 0) does not.
    await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "59999.5",
      quantity: "0.25",
    });
    await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "59999.4",
      quantity: "0.25",
      visibleQuantity: "0",
    });
    const after = await pub.market.orderbook({ symbol: "PERP_BTC_USDT", maxLevel: 5 });
    expect(after.bids[0]).toEqual({ price: "59999.5", quantity: "0.25" });
    expect(after.bids.map((l) => l.price)).not.toContain("59999.4");
    // It is the same book the sandbox prices ASK/BID orders from, and it follows the price.
    h.sandbox.setPrice("PERP_BTC_USDT", "30000");
    expect(
      Number((await pub.market.orderbook({ symbol: "PERP_BTC_USDT", maxLevel: 1 })).asks[0]!.price),
    ).toBeGreaterThan(30000);
    expect(await failure(pub.market.orderbook({ symbol: "PERP_NOPE_USDT" }))).toMatchObject({ code: "302101" });
  });

  it("kline: a deterministic series, newest first, aligned to the interval, ending at the current price", async () => {
    const { rows } = await pub.market.kline({ symbol: "PERP_BTC_USDT", type: "1h", limit: 50 });
    expect(rows).toHaveLength(50);
    expect(rows[0]).toMatchObject({
      symbol: "PERP_BTC_USDT",
      type: "1h",
      close: "60000",
      startTimestamp: Date.UTC(2026, 2, 4, 5),
      endTimestamp: Date.UTC(2026, 2, 4, 6),
    });
    for (let i = 0; i < rows.length - 1; i++) {
      const [c, older] = [rows[i]!, rows[i + 1]!];
      expect(c.open).toBe(older.close); // contiguous
      expect(Number(c.startTimestamp) - Number(older.startTimestamp)).toBe(3_600_000);
      expect(Number(c.high)).toBeGreaterThanOrEqual(Math.max(Number(c.open), Number(c.close)));
      expect(Number(c.low)).toBeLessThanOrEqual(Math.min(Number(c.open), Number(c.close)));
      expect(Number(c.volume)).toBeGreaterThan(0);
    }
    expect((await pub.market.kline({ symbol: "PERP_BTC_USDT", type: "1h", limit: 50 })).rows).toEqual(rows);
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    expect((await pub.market.kline({ symbol: "PERP_BTC_USDT", type: "1h", limit: 1 })).rows[0]!.close).toBe("61000");
    // Weeks start on Monday, months on the 1st (UTC).
    expect((await pub.market.kline({ symbol: "PERP_BTC_USDT", type: "1w", limit: 1 })).rows[0]!.startTimestamp).toBe(
      Date.UTC(2026, 2, 2),
    );
    expect(
      (await pub.market.kline({ symbol: "PERP_BTC_USDT", type: "1mon", limit: 2 })).rows.map((r) => r.startTimestamp),
    ).toEqual([Date.UTC(2026, 2, 1), Date.UTC(2026, 1, 1)]);
  });

  it("klineHistory: pages backwards with before/after, consistent with kline", async () => {
    const latest = (await pub.market.kline({ symbol: "SPOT_ETH_USDT", type: "15m", limit: 10 })).rows;
    const page1 = (await pub.market.klineHistory({ symbol: "SPOT_ETH_USDT", type: "15m", limit: 5 })).rows;
    expect(page1).toEqual(latest.slice(0, 5));
    const page2 = (
      await pub.market.klineHistory({
        symbol: "SPOT_ETH_USDT",
        type: "15m",
        limit: 5,
        before: Number(page1.at(-1)!.startTimestamp),
      })
    ).rows;
    expect(page2).toEqual(latest.slice(5, 10));
    const bounded = (
      await pub.market.klineHistory({ symbol: "SPOT_ETH_USDT", type: "15m", after: Number(latest[3]!.startTimestamp) })
    ).rows;
    expect(bounded).toEqual(latest.slice(0, 3));
    expect(
      (await pub.market.klineHistory({ symbol: "SPOT_ETH_USDT", type: "1d", before: Date.UTC(2020, 0, 2), limit: 1 }))
        .rows[0]!.startTimestamp,
    ).toBe(Date.UTC(2020, 0, 1));
    expect(await failure(pub.market.klineHistory({ symbol: "SPOT_ETH_USDT", type: "7m" as "1h" }))).toMatchObject({
      code: "-1005",
    });
  });

  it("marketTrades: the sandbox's own fills, newest first", async () => {
    expect((await pub.market.trades({ symbol: "SPOT_ETH_USDT" })).rows).toEqual([]);
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    h.sandbox.setPrice("SPOT_ETH_USDT", "3100");
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "MARKET", quantity: "0.2" });
    const { rows } = await pub.market.trades({ symbol: "SPOT_ETH_USDT" });
    expect(rows).toEqual([
      { symbol: "SPOT_ETH_USDT", side: "SELL", executedPrice: "3100", executedQuantity: "0.2", executedTimestamp: NOW },
      { symbol: "SPOT_ETH_USDT", side: "BUY", executedPrice: "3000", executedQuantity: "0.1", executedTimestamp: NOW },
    ]);
    expect((await pub.market.trades({ symbol: "SPOT_ETH_USDT", limit: 1 })).rows).toHaveLength(1);
  });

  it("fundingRate and futures: perpetuals only, with funding every 8 hours", async () => {
    const { rows } = await pub.market.fundingRate();
    expect(rows.map((r) => r.symbol)).toEqual(["PERP_BTC_USDT", "PERP_ETH_USDT"]);
    expect(rows[0]).toMatchObject({
      nextFundingTime: Date.UTC(2026, 2, 4, 8),
      lastFundingRateTimestamp: Date.UTC(2026, 2, 4, 0),
      estFundingRateTimestamp: NOW,
      lastFundingIntervalHours: 8,
    });
    expect(Math.abs(Number(rows[0]!.estFundingRate))).toBeLessThan(0.001);
    expect(await failure(pub.market.fundingRate({ symbol: "SPOT_ETH_USDT" }))).toMatchObject({ code: "302101" });

    await h.client.orders.place({ symbol: "PERP_ETH_USDT", side: "BUY", type: "MARKET", quantity: "2" });
    const [eth] = (await pub.market.futures({ symbol: "PERP_ETH_USDT" })).rows;
    expect(eth).toMatchObject({
      symbol: "PERP_ETH_USDT",
      indexPrice: "3000",
      markPrice: "3000",
      openInterest: "2",
      "24hClose": "3000",
    });
    expect(Number(eth!["24hHigh"])).toBeGreaterThanOrEqual(Number(eth!["24hLow"]));
    expect((await pub.market.futures()).rows).toHaveLength(2);
  });

  it("token and tokenInfo: the assets of the instruments", async () => {
    const { rows } = await pub.market.tokens();
    expect(rows.map((r) => r.token)).toEqual(["BAL", "BTC", "ETH", "USDT", "WOO"]);
    expect(rows.find((r) => r.token === "USDT")).toEqual({
      token: "USDT",
      decimals: 6,
      fullName: "Tether USD",
      delisted: false,
    });
    const info = await pub.market.tokenInfo({ token: "BTC" });
    expect(info.rows).toEqual([
      expect.objectContaining({
        token: "BTC",
        fullName: "Bitcoin",
        canCollateral: true,
        networks: [expect.objectContaining({ network: "BTC", allowWithdraw: true })],
      }),
    ]);
    expect((await pub.market.tokenInfo()).rows).toHaveLength(5);
    expect(await failure(pub.market.tokenInfo({ token: "NOPE" }))).toMatchObject({ code: "-1005" });
  });
});
