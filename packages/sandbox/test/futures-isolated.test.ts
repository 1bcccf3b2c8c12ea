import type { WooxClient } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, failure } from "./helpers.js";
import { done, exact, futuresHarness, market, usdt } from "./futures-fixtures.js";

// PERP_BTC_USDT at 60000, default leverage 10, maintenance margin ratio 0.01. An isolated long of 0.1
// opens with 600 of margin; its estimated liquidation price is avg × (1 − margin ÷ (qty × avg) + 0.01).

let h: Harness;
beforeEach(async () => {
  h = await futuresHarness();
});
afterEach(() => h.stop());

type Action = "ADD" | "REDUCE";
const adjust = (
  action: Action,
  adjustAmount: string | number,
  extra: { symbol?: string; positionSide?: "BOTH" | "LONG" | "SHORT"; client?: WooxClient } = {},
) =>
  done(
    (extra.client ?? h.client).POST("/v3/isolatedMargin/margin", {
      body: {
        symbol: extra.symbol ?? "PERP_BTC_USDT",
        adjustToken: "USDT",
        adjustAmount,
        action,
        ...(extra.positionSide ? { positionSide: extra.positionSide } : {}),
      },
    }),
  );
const btc = async () => (await h.client.account.positions({ symbol: "PERP_BTC_USDT" })).positions[0];
const free = async () => exact(String((await h.client.account.info()).freeCollateral));
const openIsolatedLong = (quantity = "0.1") =>
  market(h.client, "PERP_BTC_USDT", "BUY", quantity, { marginMode: "ISOLATED" });

describe("POST /v3/isolatedMargin/margin", () => {
  it("ADD moves free collateral into the position's margin, REDUCE takes it back; the liquidation price follows", async () => {
    await openIsolatedLong();
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "600", estLiqPrice: "54600" });
    const holding = await usdt(h.client);
    const free0 = await free();

    await adjust("ADD", "300");
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "900", estLiqPrice: "51600" });
    expect(await free()).toBe(free0 - exact("300"));
    // The USDT stays on the account: it is margin of the position now, not spent.
    expect(await usdt(h.client)).toBe(holding);

    await adjust("REDUCE", 200); // a JSON number is accepted
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "700", estLiqPrice: "53600" });
    expect(await free()).toBe(free0 - exact("100"));

    // Down to the initial margin at the mark price and no further.
    const refused = await failure(adjust("REDUCE", "100.01"));
    expect(refused).toMatchObject({ code: "302192", codeName: "AMOUNT_EXCEEDS_WITHDRAWABLE_MARGIN" });
    await adjust("REDUCE", "100");
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "600", estLiqPrice: "54600" });
    expect(await free()).toBe(free0);
  });

  it("keeps what a short's margin needs: REDUCE is bounded by an unrealised loss too", async () => {
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.1", { marginMode: "ISOLATED" });
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "600", estLiqPrice: "65400" });
    await adjust("ADD", "500");
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "1100", estLiqPrice: "70400" });
    // At 61000 the short loses 100 and needs 610: 1100 − 100 − 610 = 390 may go.
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    expect(await failure(adjust("REDUCE", "390.01"))).toMatchObject({ code: "302192" });
    await adjust("REDUCE", "390");
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "710" });
  });

  it("refuses more than the available USDT (302193)", async () => {
    await openIsolatedLong();
    expect(await failure(adjust("ADD", "1000000"))).toMatchObject({
      code: "302193",
      codeName: "AMOUNT_EXCEEDS_AVAILABLE_USDT",
    });
    expect(await btc()).toMatchObject({ isolatedMarginAmount: "600" });
  });

  it("follows the position: a partial close keeps the added margin in proportion, a close drops it", async () => {
    await openIsolatedLong();
    await adjust("ADD", "300");
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.05");
    expect(await btc()).toMatchObject({ holding: "0.05", isolatedMarginAmount: "450" }); // 300 + 150
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.05");
    await openIsolatedLong();
    expect(await btc()).toMatchObject({ holding: "0.1", isolatedMarginAmount: "600" });
  });

  it("works only on an open ISOLATED position: 302191 for cross, flat and spot; 302101 for unknown symbols", async () => {
    expect(await failure(adjust("ADD", "10"))).toMatchObject({
      code: "302191",
      codeName: "ONLY_FUTURES_ISOLATED_MARGIN_ADJUSTABLE",
    });
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1", { marginMode: "CROSS" });
    expect(await failure(adjust("ADD", "10"))).toMatchObject({ code: "302191" });
    expect(await failure(adjust("ADD", "10", { symbol: "SPOT_BTC_USDT" }))).toMatchObject({ code: "302191" });
    expect(await failure(adjust("ADD", "10", { symbol: "PERP_DOGE_USDT" }))).toMatchObject({ code: "302101" });
    expect(await failure(adjust("ADD", "0", { symbol: "PERP_BTC_USDT" }))).toMatchObject({ code: "-1005" });
  });

  it("refuses while the symbol has pending isolated orders (302190)", async () => {
    await openIsolatedLong();
    const resting = await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "50000",
      quantity: "0.01",
      marginMode: "ISOLATED",
    });
    expect(await failure(adjust("ADD", "10"))).toMatchObject({
      code: "302190",
      codeName: "ISOLATED_MARGIN_ADJUST_WITH_PENDING_ORDERS",
    });
    await h.client.orders.cancel({ orderId: resting.orderId, symbol: "PERP_BTC_USDT" });
    await h.client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "65000",
      marginMode: "ISOLATED",
    });
    expect(await failure(adjust("ADD", "10"))).toMatchObject({ code: "302190" });
  });

  it("takes the position side of hedge mode (LONG or SHORT), and refuses BOTH there (302186)", async () => {
    await h.client.account.setPositionMode("HEDGE_MODE");
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.1", { marginMode: "ISOLATED", positionSide: "SHORT" });
    expect(await failure(adjust("ADD", "10"))).toMatchObject({ code: "302186" });
    expect(await failure(adjust("ADD", "10", { positionSide: "LONG" }))).toMatchObject({ code: "302191" });
    await adjust("ADD", "10", { positionSide: "SHORT" });
    expect(await btc()).toMatchObject({ positionSide: "SHORT", isolatedMarginAmount: "610" });
  });

  it("tells the event hub the position and the balance changed", async () => {
    await openIsolatedLong();
    const seen: unknown[] = [];
    const stop = h.sandbox.exchange.events.subscribe((_account, e) => seen.push(e));
    await adjust("ADD", "1");
    stop();
    const account = h.sandbox.credentials.apiKey;
    expect(seen).toEqual([
      { kind: "position", account, symbol: "PERP_BTC_USDT" },
      { kind: "balance", account, token: "USDT" },
    ]);
  });
});
