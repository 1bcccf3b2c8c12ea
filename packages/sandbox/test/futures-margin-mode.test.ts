import type { WooxClient } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, failure } from "./helpers.js";
import { dataOf, done, futuresHarness, market, newAccount } from "./futures-fixtures.js";

let h: Harness;
beforeEach(async () => {
  h = await futuresHarness();
});
afterEach(() => h.stop());

type Mode = "CROSS" | "ISOLATED";
const getDefault = (client: WooxClient, symbol?: string) =>
  dataOf(client.GET("/v3/futures/defaultMarginMode", { params: { query: symbol ? { symbol } : {} } }));
const setDefault = (client: WooxClient, marginMode: Mode) =>
  done(client.PUT("/v3/futures/defaultMarginMode", { body: { marginMode } }));
const setSymbolDefault = (client: WooxClient, symbol: string, marginMode: Mode) =>
  done(client.PUT("/v3/futures/defaultMarginMode/{symbol}", { params: { path: { symbol } }, body: { marginMode } }));
const resetDefaults = (client: WooxClient) => done(client.POST("/v3/futures/defaultMarginMode/reset", { body: {} }));
const position = async (symbol: string) => (await h.client.account.positions({ symbol })).positions[0];

describe("default margin mode", () => {
  it("is CROSS until changed; a symbol's override wins over the account default; reset drops the overrides", async () => {
    expect(await getDefault(h.client)).toEqual({ marginMode: "CROSS", rows: [] });

    await setSymbolDefault(h.client, "PERP_ETH_USDT", "ISOLATED");
    expect(await getDefault(h.client)).toEqual({
      marginMode: "CROSS",
      rows: [{ symbol: "PERP_ETH_USDT", marginMode: "ISOLATED" }],
    });
    expect(await getDefault(h.client, "PERP_ETH_USDT")).toEqual({ symbol: "PERP_ETH_USDT", marginMode: "ISOLATED" });
    expect(await getDefault(h.client, "PERP_BTC_USDT")).toEqual({ symbol: "PERP_BTC_USDT", marginMode: "CROSS" });

    // Setting the account default keeps the overrides.
    await setDefault(h.client, "ISOLATED");
    await setSymbolDefault(h.client, "PERP_ETH_USDT", "CROSS");
    expect(await getDefault(h.client)).toEqual({
      marginMode: "ISOLATED",
      rows: [{ symbol: "PERP_ETH_USDT", marginMode: "CROSS" }],
    });
    expect(await getDefault(h.client, "PERP_BTC_USDT")).toMatchObject({ marginMode: "ISOLATED" });

    // Resetting drops the overrides and keeps the account default.
    await resetDefaults(h.client);
    expect(await getDefault(h.client)).toEqual({ marginMode: "ISOLATED", rows: [] });
    expect(await getDefault(h.client, "PERP_ETH_USDT")).toMatchObject({ marginMode: "ISOLATED" });

    // Per account: another account still has the initial default.
    expect(await getDefault(newAccount(h.sandbox))).toEqual({ marginMode: "CROSS", rows: [] });
  });

  it("refuses an unknown symbol (302101) and a spot symbol (-1005), changing nothing", async () => {
    expect(await failure(setSymbolDefault(h.client, "PERP_DOGE_USDT", "ISOLATED"))).toMatchObject({ code: "302101" });
    const spot = await failure(setSymbolDefault(h.client, "SPOT_BTC_USDT", "ISOLATED"));
    expect(spot).toMatchObject({ code: "-1005" });
    expect(spot.message).toContain("PERP_");
    expect(await failure(getDefault(h.client, "SPOT_BTC_USDT"))).toMatchObject({ code: "-1005" });
    expect(await failure(getDefault(h.client, "PERP_DOGE_USDT"))).toMatchObject({ code: "302101" });
    expect(await getDefault(h.client)).toEqual({ marginMode: "CROSS", rows: [] });
  });

  it("decides the margin mode of later orders that name none, and of the positions they open", async () => {
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    expect(await position("PERP_BTC_USDT")).toMatchObject({ marginMode: "CROSS" });
    expect((await position("PERP_BTC_USDT"))!.isolatedMarginAmount).toBeUndefined();

    await setDefault(h.client, "ISOLATED");
    await market(h.client, "PERP_ETH_USDT", "BUY", "1");
    expect(await position("PERP_ETH_USDT")).toMatchObject({
      marginMode: "ISOLATED",
      isolatedMarginToken: "USDT",
      isolatedMarginAmount: "300", // 1 × 3000 ÷ leverage 10
    });
    const [eth] = (await h.client.orders.list({ symbol: "PERP_ETH_USDT" })).rows;
    expect(eth).toMatchObject({ marginMode: "ISOLATED" });

    // An order that names its margin mode keeps it.
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.1");
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.1", { marginMode: "CROSS" });
    expect(await position("PERP_BTC_USDT")).toMatchObject({ holding: "-0.1", marginMode: "CROSS" });

    // A symbol override wins over the account default for the next position.
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    await setSymbolDefault(h.client, "PERP_BTC_USDT", "CROSS");
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.2");
    expect(await position("PERP_BTC_USDT")).toMatchObject({ holding: "0.2", marginMode: "CROSS" });

    // Spot orders have no margin mode whatever the default.
    await h.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    const [spot] = (await h.client.orders.list({ symbol: "SPOT_BTC_USDT" })).rows;
    expect(spot!.marginMode).toBeUndefined();
  });

  it("applies to algo orders too: a stop placed without a margin mode opens an ISOLATED position", async () => {
    await setSymbolDefault(h.client, "PERP_BTC_USDT", "ISOLATED");
    const { rows } = await h.client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "61000",
    });
    // Changing the default after placement does not change the order.
    await resetDefaults(h.client);
    expect(await h.client.algoOrders.get({ algoOrderId: rows[0].algoOrderId! })).toMatchObject({
      marginMode: "ISOLATED",
    });
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    expect(await position("PERP_BTC_USDT")).toMatchObject({
      holding: "0.1",
      marginMode: "ISOLATED",
      isolatedMarginAmount: "610",
    });
  });
});
