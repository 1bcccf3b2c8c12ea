import { createWooxClient } from "@woox-sdk/client";
import { afterEach, describe, expect, it } from "vitest";
import type { SandboxOptions } from "../src/index.js";
import { failure, harness, RAW_CLIENT, type Harness } from "./helpers.js";

// The risk tables (tokenConfig, symbolConfig) and the trading mode, and the rules both impose on orders.

let h: Harness;
afterEach(() => h.stop());

async function start(options: SandboxOptions = {}) {
  h = await harness({ rateLimits: false, ...options });
  const api = createWooxClient({ ...RAW_CLIENT, ...h.sandbox.credentials, baseUrl: h.sandbox.url, throwOnError: true });
  return { api, client: h.client };
}

const perpMarket = (side: "BUY" | "SELL", quantity: string, symbol = "PERP_BTC_USDT") =>
  ({ symbol, side, type: "MARKET", quantity }) as const;

describe("token and symbol config", () => {
  it("lists every token and every perpetual with the numbers the engine uses", async () => {
    const { api, client } = await start({
      risk: {
        tokens: { WOO: { collateralRatio: "0.6", collateral: false, canShort: false, marginMaxLeverage: 5 } },
        symbols: { PERP_ETH_USDT: { maxPosition: "50", marginFactor: "0.00000023" } },
      },
    });
    const tokens = (await api.GET("/v3/account/tokenConfig")).data.data.rows;
    expect(tokens.map((r) => r.token)).toEqual(["BAL", "BTC", "ETH", "USDT", "WOO"]);
    expect(tokens.find((r) => r.token === "BTC")).toEqual({
      token: "BTC",
      collateralRatio: "1",
      marginFactor: "0",
      collateral: true,
      canCollateral: true,
      canShort: true,
      marginMaxLeverage: 10,
      marginMaxPosition: "100000000000",
    });
    expect(tokens.find((r) => r.token === "USDT")).toMatchObject({ canShort: false });
    expect(tokens.find((r) => r.token === "WOO")).toMatchObject({
      collateralRatio: "0.6",
      collateral: false,
      canCollateral: true,
      canShort: false,
      marginMaxLeverage: 5,
    });
    // tokenInfo reads the same table.
    const [woo] = (await client.market.tokenInfo({ token: "WOO" })).rows;
    expect(woo).toMatchObject({ canCollateral: true, canShort: false });

    const symbols = (await api.GET("/v3/account/symbolConfig")).data.data.rows;
    expect(symbols).toEqual([
      { symbol: "PERP_BTC_USDT", margin_factor: "0", maxLeverage: 100, maxPosition: "100000000000" },
      { symbol: "PERP_ETH_USDT", margin_factor: "0.00000023", maxLeverage: 50, maxPosition: "50" },
    ]);
  });

  it("counts tokens as collateral at their ratio (not at all when they are not collateral)", async () => {
    const { client } = await start();
    // The demo account: 100000 USDT, 1 BTC (60000), 10 ETH (30000), 50000 WOO (10000), 500 BAL (35000).
    expect((await client.account.info()).totalCollateral).toBe("235000");
    await h.stop();
    const next = await start({ risk: { tokens: { BTC: { collateralRatio: "0.5" }, WOO: { collateral: false } } } });
    expect((await next.client.account.info()).totalCollateral).toBe(String(235000 - 30000 - 10000));
  });

  it("refuses leverage above the symbol's maxLeverage with 302306", async () => {
    const { client } = await start();
    const err = await failure(client.account.setLeverage({ symbol: "PERP_ETH_USDT", leverage: 51 }));
    expect(err).toMatchObject({ code: "302306", codeName: "INVALID_LEVERAGE" });
    await client.account.setLeverage({ symbol: "PERP_ETH_USDT", leverage: 50 });
    const lev = await client.account.leverage({ symbol: "PERP_ETH_USDT" });
    expect(lev.details).toEqual([{ positionSide: "BOTH", leverage: 50 }]);
  });

  it("refuses an order whose position would pass maxPosition (302172), counting open orders; reducing is fine", async () => {
    const { client } = await start({ risk: { symbols: { PERP_BTC_USDT: { maxPosition: "0.5" } } } });
    await client.orders.place(perpMarket("BUY", "0.3"));
    // A resting buy of 0.1 counts towards the cap as well: 0.3 + 0.1 + 0.2 > 0.5.
    await client.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "LIMIT", price: "50000", quantity: "0.1" });
    const err = await failure(client.orders.place(perpMarket("BUY", "0.2")));
    expect(err).toMatchObject({ code: "302172", codeName: "MAX_POSITION_SIZE_EXCEEDED" });
    expect(err.message).toContain("BTC max position size of 0.5 is exceeded");
    await client.orders.place(perpMarket("BUY", "0.1")); // exactly 0.5 with the resting order
    // Selling through to a short of 0.5 is allowed, beyond it is not.
    await client.orders.place(perpMarket("SELL", "0.9"));
    expect(await failure(client.orders.place(perpMarket("SELL", "0.1")))).toMatchObject({ code: "302172" });
    // An edit that makes the position pass the cap is refused too: from -0.5, buying 1.1 ends at +0.6.
    await client.orders.cancelAll({ symbol: "PERP_BTC_USDT" });
    const { orderId } = await client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "50000",
      quantity: "0.5",
    });
    expect(await failure(client.orders.edit({ orderId, quantity: "1.1" }))).toMatchObject({ code: "302172" });
    await client.orders.edit({ orderId, quantity: "1" });
    const positions = (await client.account.positions({ symbol: "PERP_BTC_USDT" })).positions;
    expect(positions[0]).toMatchObject({ holding: "-0.5" });
  });
});

describe("trading mode", () => {
  it("starts in FUTURES, is stored per account and reported as accountMode; the same mode again is a success", async () => {
    const { api, client } = await start();
    expect((await client.account.info()).accountMode).toBe("FUTURES");
    await api.POST("/v3/account/tradingMode", { body: { tradingMode: "FUTURES" } });
    await api.POST("/v3/account/tradingMode", { body: { tradingMode: "MARGIN" } });
    expect((await client.account.info()).accountMode).toBe("MARGIN");
    const other = h.sandbox.addAccount({ tradingMode: "PURE_SPOT" });
    const otherClient = createWooxClient({ ...RAW_CLIENT, ...other, baseUrl: h.sandbox.url });
    expect((await otherClient.account.info()).accountMode).toBe("PURE_SPOT");
    expect((await client.account.info()).accountMode).toBe("MARGIN");
  });

  it("refuses perpetual orders (ordinary and algo) outside FUTURES with 302131", async () => {
    const { api, client } = await start();
    for (const mode of ["MARGIN", "PURE_SPOT"] as const) {
      await api.POST("/v3/account/tradingMode", { body: { tradingMode: mode } });
      expect(await failure(client.orders.place(perpMarket("BUY", "0.01")))).toMatchObject({
        code: "302131",
        codeName: "FUTURES_TRADING_NOT_ENABLED",
      });
      const algo = client.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "61000",
      });
      expect(await failure(algo)).toMatchObject({ code: "302131" });
      // Spot trading goes on.
      await client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    }
    await api.POST("/v3/account/tradingMode", { body: { tradingMode: "FUTURES" } });
    await client.orders.place(perpMarket("BUY", "0.01"));
  });

  it("refuses under PURE_SPOT a spot order that would make a balance negative (302166); FUTURES answers 302119", async () => {
    const { api, client } = await start();
    const sellTooMuch = () =>
      client.orders.place({ symbol: "SPOT_BTC_USDT", side: "SELL", type: "MARKET", quantity: "2" });
    expect(await failure(sellTooMuch())).toMatchObject({ code: "302119" });
    await api.POST("/v3/account/tradingMode", { body: { tradingMode: "PURE_SPOT" } });
    expect(await failure(sellTooMuch())).toMatchObject({ code: "302166", codeName: "NEGATIVE_BALANCE_SPOT_ONLY" });
    const buyTooMuch = client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "2" });
    expect(await failure(buyTooMuch)).toMatchObject({ code: "302166" });
    // Within the holdings, spot orders trade as before.
    await client.orders.place({ symbol: "SPOT_BTC_USDT", side: "SELL", type: "MARKET", quantity: "1" });
    expect((await client.account.balances({ token: "BTC" })).holding[0]!.holding).toBe("0");
  });

  it("refuses to leave FUTURES with a perpetual position or open perpetual order (302126)", async () => {
    const { api, client } = await start();
    const toMargin = () => api.POST("/v3/account/tradingMode", { body: { tradingMode: "MARGIN" } });
    await client.orders.place(perpMarket("BUY", "0.01"));
    expect(await failure(toMargin())).toMatchObject({
      code: "302126",
      codeName: "CLOSE_POSITIONS_AND_ORDERS_REQUIRED",
    });
    await client.orders.place(perpMarket("SELL", "0.01"));
    await client.orders.place({ symbol: "PERP_ETH_USDT", side: "BUY", type: "LIMIT", price: "2000", quantity: "0.01" });
    expect(await failure(toMargin())).toMatchObject({ code: "302126" });
    expect((await client.account.info()).accountMode).toBe("FUTURES");
    await client.orders.cancelAll({ symbol: "PERP_ETH_USDT" });
    // A resting spot order does not hold the account in FUTURES.
    await client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2000", quantity: "0.01" });
    await toMargin();
    expect((await client.account.info()).accountMode).toBe("MARGIN");
  });

  it("validates the mode against the spec's enum (-1005)", async () => {
    const { api } = await start();
    const bad = api.POST("/v3/account/tradingMode", { body: { tradingMode: "FUTURE" as "FUTURES" } });
    expect(await failure(bad)).toMatchObject({ code: "-1005" });
  });
});

describe("referrals", () => {
  it("answers empty pages by default and configured rows page by page", async () => {
    const { api } = await start();
    const empty = (await api.GET("/v3/account/referral/summary")).data.data;
    expect(empty).toEqual({ rows: [], meta: { total: 0, recordsPerPage: 25, currentPage: 1 } });
    const rewards = (await api.GET("/v3/account/referral/rewardHistory")).data.data;
    expect(rewards).toEqual({ rows: [], meta: { total: 0, recordsPerPage: 25, currentPage: 1 } });
    await h.stop();

    const summary = [1, 2, 3].map((n) => ({
      referralId: 12500 + n,
      registerTime: "1643076873.484",
      referralCode: `CODE${n}`,
      tradeStatus: "Traded",
      earned: [{ token: "WOO", amount: String(n) }],
    }));
    const reward = {
      trade_date: "2024/07/17",
      referral_commission: 12.5,
      status: "Credited",
      reward_token: "USDT",
      referral_id: 12501,
    };
    const next = await start({
      accounts: [{ ...h.sandbox.credentials, referrals: { summary, rewards: [reward] } }],
    });
    const page2 = (await next.api.GET("/v3/account/referral/summary", { params: { query: { page: 2, size: 2 } } })).data
      .data;
    expect(page2).toEqual({ rows: [summary[2]], meta: { total: 3, recordsPerPage: 2, currentPage: 2 } });
    const got = (await next.api.GET("/v3/account/referral/rewardHistory")).data.data;
    expect(got.rows).toEqual([reward]);
  });
});
