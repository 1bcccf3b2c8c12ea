import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.js";
import { clientFor, failure, harness, RAW_CLIENT, type Harness } from "./helpers.js";

let h: Harness;
let pub: WooxClient;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
  pub = createWooxClient({ ...RAW_CLIENT, baseUrl: h.sandbox.url });
});
afterEach(() => h.stop());

const DAY = 86_400_000;

async function transaction(client: WooxClient, tradeId: number | bigint) {
  const r = await client.GET("/v3/trade/transaction", { params: { query: { tradeId } } });
  if (r.error) throw r.error;
  return r.data.data;
}
const fills = async (client: WooxClient = h.client) => (await client.orders.trades({})).rows;

async function history(query: { symbol: string; startTime?: number; endTime?: number; page?: number; size?: number }) {
  const r = await pub.GET("/v3/public/marketTradesHistory", { params: { query } });
  if (r.error) throw r.error;
  return r.data.data;
}

describe("GET /v3/trade/transaction", () => {
  it("answers the account's fill by tradeId, as its transactionHistory row, isMaker 0/1", async () => {
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "SELL",
      type: "LIMIT",
      price: "3100",
      quantity: "0.1",
    });
    h.sandbox.setPrice("SPOT_ETH_USDT", "3100");
    const [maker, taker] = await fills();
    expect([maker!.isMaker, taker!.isMaker]).toEqual([1, 0]);
    for (const row of [maker!, taker!]) {
      const one = await transaction(h.client, row.id);
      expect(one).toEqual(row);
      expect(one).toMatchObject({ symbol: "SPOT_ETH_USDT", isMatchRpi: false });
    }
    expect(await transaction(h.client, taker!.id)).toMatchObject({ side: "BUY", executedQuantity: "0.1" });
    expect(await transaction(h.client, maker!.id)).toMatchObject({ side: "SELL", executedPrice: "3100" });
  });

  it("answers -1006 for an unknown id, another account's fill, or a fill older than 3 months", async () => {
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    const [mine] = await fills();
    const notFound = { code: "-1006", codeName: "RESOURCE_NOT_FOUND" };
    expect(await failure(transaction(h.client, BigInt(mine!.id) + 1000n))).toMatchObject(notFound);
    const other = clientFor(h.sandbox, h.sandbox.addAccount());
    expect(await failure(transaction(other, mine!.id))).toMatchObject(notFound);
    // Signed on the sandbox clock, which the test moves (else the receive window refuses the request).
    const later = clientFor(h.sandbox, h.sandbox.credentials, { ...RAW_CLIENT, now: () => h.sandbox.exchange.now() });
    h.sandbox.advanceClock(89 * DAY);
    expect((await transaction(later, mine!.id)).id).toEqual(mine!.id);
    h.sandbox.advanceClock(2 * DAY);
    expect(await failure(transaction(later, mine!.id))).toMatchObject(notFound);
  });

  it("in hedge mode prints the side as OPEN/CLOSE LONG/SHORT, in transactionHistory too", async () => {
    await h.client.account.setPositionMode("HEDGE_MODE");
    const perp = { symbol: "PERP_BTC_USDT", type: "MARKET", quantity: "0.01" } as const;
    await h.client.orders.place({ ...perp, side: "BUY", positionSide: "LONG" });
    await h.client.orders.place({ ...perp, side: "SELL", positionSide: "SHORT" });
    await h.client.orders.place({ ...perp, side: "SELL", positionSide: "LONG" });
    await h.client.orders.place({ ...perp, side: "BUY", positionSide: "SHORT" });
    const rows = await fills();
    expect(rows.map((t) => t.side)).toEqual(["CLOSE SHORT", "CLOSE LONG", "OPEN SHORT", "OPEN LONG"]);
    expect(await Promise.all(rows.map(async (t) => (await transaction(h.client, t.id)).side))).toEqual(
      rows.map((t) => t.side),
    );
    // One-way mode keeps BUY/SELL.
    await h.client.account.setPositionMode("ONE_WAY");
    await h.client.orders.place({ ...perp, side: "BUY" });
    expect((await fills())[0]!.side).toBe("BUY");
  });
});

describe("GET /v3/public/marketTradesHistory", () => {
  it("lists every account's trades of the symbol, newest first, with source 1, a time range and pages", async () => {
    const other = clientFor(h.sandbox, h.sandbox.addAccount());
    const t0 = h.sandbox.exchange.now();
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    h.sandbox.advanceClock(60_000);
    await other.orders.place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "MARKET", quantity: "0.2" });
    await h.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    h.sandbox.advanceClock(60_000);
    await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.3" });

    const all = await history({ symbol: "SPOT_ETH_USDT" });
    expect(all.rows.map((r) => [r.side, r.executedQuantity, r.source])).toEqual([
      ["BUY", "0.3", 1],
      ["SELL", "0.2", 1],
      ["BUY", "0.1", 1],
    ]);
    expect(all.meta).toEqual({ total: 3, recordsPerPage: 25, currentPage: 1 });
    expect(all.rows.every((r) => r.symbol === "SPOT_ETH_USDT")).toBe(true);
    // The same trades as marketTrades, which shows the latest ones.
    expect((await pub.market.trades({ symbol: "SPOT_ETH_USDT", limit: 3 })).rows).toEqual(
      all.rows.map((r) => {
        const { source, ...rest } = r;
        expect(source).toBe(1);
        return rest;
      }),
    );

    const middle = await history({ symbol: "SPOT_ETH_USDT", startTime: t0 + 30_000, endTime: t0 + 90_000 });
    expect(middle.rows.map((r) => r.executedQuantity)).toEqual(["0.2"]);
    expect(middle.meta?.total).toBe(1);
    const page2 = await history({ symbol: "SPOT_ETH_USDT", page: 2, size: 2 });
    expect(page2.rows.map((r) => r.executedQuantity)).toEqual(["0.1"]);
    expect(page2.meta).toEqual({ total: 3, recordsPerPage: 2, currentPage: 2 });
    expect((await history({ symbol: "PERP_ETH_USDT" })).rows).toEqual([]);
  });

  it("needs a listed symbol: missing is -1005, unknown is 302101", async () => {
    const missing = await pub.GET("/v3/public/marketTradesHistory", { params: { query: {} as { symbol: string } } });
    expect(missing.error).toMatchObject({ code: "-1005" });
    expect(await failure(history({ symbol: "SPOT_NOPE_USDT" }))).toMatchObject({ code: "302101" });
  });
});

describe("GET /v3/public/insuranceFund", () => {
  const fund = async (client: WooxClient, symbol?: string) => {
    const r = await client.GET("/v3/public/insuranceFund", { params: { query: symbol ? { symbol } : {} } });
    if (r.error) throw r.error;
    return r.data.data.rows;
  };

  it("answers one USDT row, accepts and ignores symbol, and follows the configured balance", async () => {
    expect(await fund(pub)).toEqual([{ token: "USDT", balance: "1520344.21" }]);
    expect(await fund(pub, "PERP_BTC_USDT")).toEqual(await fund(pub));
    h.sandbox.exchange.insuranceFund.set("250000.5");
    expect(await fund(pub)).toEqual([{ token: "USDT", balance: "250000.5" }]);

    const configured = await harness({ insuranceFund: "1000" });
    try {
      expect(await fund(configured.client, "PERP_ETH_USDT")).toEqual([{ token: "USDT", balance: "1000" }]);
    } finally {
      await configured.stop();
    }
  });

  it("refuses a balance that is not a non-negative decimal", async () => {
    await expect(startSandbox({ insuranceFund: "-1" })).rejects.toThrow(/insuranceFund must be a non-negative decimal/);
    expect(() => h.sandbox.exchange.insuranceFund.set("lots")).toThrow(/insuranceFund/);
  });
});
