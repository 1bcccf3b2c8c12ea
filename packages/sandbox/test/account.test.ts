import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, failure, harness, rawRequest } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

const positions = async (symbol?: string) => (await h.client.account.positions(symbol ? { symbol } : {})).positions;
const usdt = async () => (await h.client.account.balances({ token: "USDT" })).holding[0]!.holding;
const market = (side: "BUY" | "SELL", quantity: string, extra: Record<string, unknown> = {}) =>
  h.client.orders.place({ symbol: "PERP_BTC_USDT", side, type: "MARKET", quantity, ...extra });

// PERP_BTC_USDT: price 60000, taker fee 0.0005, default leverage 10. The account starts with 100000 USDT.

describe("perpetual positions (one-way mode)", () => {
  it("opens, adds at a new average, closes part with realised PnL, and settles PnL and fees in USDT", async () => {
    expect(await positions()).toEqual([]);
    await market("BUY", "0.1"); // fee 3
    let [p] = await positions();
    expect(p).toMatchObject({
      symbol: "PERP_BTC_USDT",
      holding: "0.1",
      positionSide: "BOTH",
      marginMode: "CROSS",
      leverage: 10,
      averageOpenPrice: "60000",
      markPrice: "60000",
      fee24H: "3",
    });
    expect(p!.estLiqPrice).not.toBeNull();

    h.sandbox.setPrice("PERP_BTC_USDT", "63000");
    await market("BUY", "0.1"); // fee 3.15
    [p] = await positions();
    expect(p).toMatchObject({ holding: "0.2", averageOpenPrice: "61500" });

    h.sandbox.setPrice("PERP_BTC_USDT", "62500");
    await market("SELL", "0.15"); // realises 0.15 × (62500 − 61500) = 150; fee 4.6875
    [p] = await positions();
    expect(p).toMatchObject({ holding: "0.05", averageOpenPrice: "61500", pnl24H: "150" });
    expect(await usdt()).toBe(String(100000 - 3 - 3.15 + 150 - 4.6875));
    const [last] = (await h.client.orders.trades({ symbol: "PERP_BTC_USDT", limit: 1 })).rows;
    expect(last).toMatchObject({ side: "SELL", realizedPnl: "150", fee: "4.6875" });

    // Selling more than the position flips it: the rest opens short at the fill price.
    await market("SELL", "0.1");
    [p] = await positions();
    expect(p).toMatchObject({ holding: "-0.05", averageOpenPrice: "62500" });
    await market("BUY", "0.05");
    expect(await positions()).toEqual([]);
  });

  it("moves positions when algo orders fill, and records those fills as trades of the algo order", async () => {
    const { rows } = await h.client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    });
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    expect((await positions())[0]).toMatchObject({ holding: "0.01", averageOpenPrice: "61000" });
    const trades = (await h.client.orders.trades()).rows.filter((t) => t.orderId === rows[0].algoOrderId!);
    expect(trades).toEqual([
      expect.objectContaining({ executedPrice: "61000", executedQuantity: "0.01", fee: "0.305", isMaker: 0 }),
    ]);
    expect(await h.client.algoOrders.get({ algoOrderId: rows[0].algoOrderId! })).toMatchObject({
      totalFee: "0.305",
      feeAsset: "USDT",
    });
  });

  it("checks margin against collateral and leverage (-1101), and reduce-only against the position (302138)", async () => {
    // 235000 of collateral (all tokens at their prices) at 10× opens about 2,350,000 of notional:
    // 38 BTC at 60000 is 2,280,000 (margin 228,000, fee 1,140), and one more BTC needs 6,000 of the 5,860 left.
    await market("BUY", "38");
    expect(await failure(market("BUY", "1"))).toMatchObject({ codeName: "RISK_TOO_HIGH", code: "-1101" });
    // Closing needs no margin; reduce-only may not exceed the position.
    expect(await failure(market("SELL", "39", { reduceOnly: true }))).toMatchObject({
      codeName: "INSUFFICIENT_POSITION_FOR_REDUCE_ONLY",
      code: "302138",
    });
    // A resting reduce-only order counts against the position, and can still be edited within it.
    const close = await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      type: "LIMIT",
      price: "65000",
      quantity: "30",
      reduceOnly: true,
    });
    expect(await failure(market("SELL", "9", { reduceOnly: true }))).toMatchObject({ code: "302138" });
    await h.client.orders.edit({ orderId: close.orderId, quantity: "38" });
    expect(await failure(h.client.orders.edit({ orderId: close.orderId, quantity: "39" }))).toMatchObject({
      code: "302138",
    });
    await h.client.orders.cancel({ symbol: "PERP_BTC_USDT", orderId: close.orderId });
    await market("SELL", "38", { reduceOnly: true });
    expect(await positions()).toEqual([]);
    expect(await failure(market("SELL", "0.1", { reduceOnly: true }))).toMatchObject({ code: "302138" });
  });

  it("reports account info from the same numbers: mode, fees, collateral and ratios", async () => {
    let info = await h.client.account.info();
    expect(info).toMatchObject({
      positionMode: "ONE_WAY",
      accountMode: "FUTURES",
      takerFeeRate: "0.0005",
      makerFeeRate: "0.0002",
      marginRatio: "10",
      initialMarginRatio: "0.1",
    });
    // 100000 USDT + 1 BTC × 60000 + 10 ETH × 3000 + 50000 WOO × 0.2 + 500 BAL × 70
    expect(info.totalCollateral).toBe("235000");
    expect(info.freeCollateral).toBe("235000");
    await market("BUY", "1");
    info = await h.client.account.info();
    expect(info).toMatchObject({ totalCollateral: "234970", freeCollateral: "228970", marginRatio: "3.91616666" });
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    // +1000 unrealised; the BTC balance is valued at SPOT_BTC_USDT, which did not move.
    expect((await h.client.account.info()).totalCollateral).toBe("235970");
  });
});

describe("position mode", () => {
  it("is refused while a perpetual position or order is open (302308), allowed once flat", async () => {
    await market("BUY", "0.1");
    expect(await failure(h.client.account.setPositionMode("HEDGE_MODE"))).toMatchObject({
      codeName: "CLOSE_POSITIONS_AND_ORDERS_REQUIRED_2",
      code: "302308",
    });
    await market("SELL", "0.1");
    await h.client.orders.place({
      symbol: "PERP_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2500",
      quantity: "0.1",
    });
    expect(await failure(h.client.account.setPositionMode("HEDGE_MODE"))).toMatchObject({ code: "302308" });
    await h.client.orders.cancelAllIncludingAlgo();
    // Spot orders do not matter.
    await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2500",
      quantity: "0.1",
    });
    // The live answer is {"success": true, "timestamp": …}: no data.
    expect(await h.client.account.setPositionMode("HEDGE_MODE")).toBeUndefined();
    expect((await h.client.account.info()).positionMode).toBe("HEDGE_MODE");
  });

  it("in hedge mode keeps LONG and SHORT apart and needs a positionSide (302186)", async () => {
    await h.client.account.setPositionMode("HEDGE_MODE");
    expect(await failure(market("BUY", "0.1"))).toMatchObject({
      codeName: "POSITION_SIDE_INCOMPATIBLE_WITH_MODE",
      code: "302186",
    });
    await market("BUY", "0.1", { positionSide: "LONG" });
    await market("SELL", "0.2", { positionSide: "SHORT" });
    const both = await positions("PERP_BTC_USDT");
    expect(both.map((p) => [p.positionSide, p.holding])).toEqual([
      ["LONG", "0.1"],
      ["SHORT", "-0.2"],
    ]);
    // Closing a side may not exceed it.
    expect(await failure(market("SELL", "0.2", { positionSide: "LONG" }))).toMatchObject({
      codeName: "QUANTITY_EXCEEDS_POSITION",
    });
    await market("BUY", "0.2", { positionSide: "SHORT" });
    expect((await positions()).map((p) => p.positionSide)).toEqual(["LONG"]);
    // Algo orders follow the same rule.
    const algo = await h.client.algoOrders
      .place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "61000",
      })
      .catch((e: unknown) => e);
    expect(algo).toMatchObject({ code: "302186" });
    // And back to one-way mode, where LONG/SHORT is refused.
    await market("SELL", "0.1", { positionSide: "LONG" });
    await h.client.account.setPositionMode("ONE_WAY");
    expect(await failure(market("BUY", "0.1", { positionSide: "LONG" }))).toMatchObject({ code: "302186" });
  });
});

describe("leverage", () => {
  it("defaults to 10, is set per symbol and margin mode, and changes the margin an order needs", async () => {
    expect(await h.client.account.leverage({ symbol: "PERP_BTC_USDT" })).toEqual({
      symbol: "PERP_BTC_USDT",
      marginMode: "CROSS",
      positionMode: "ONE_WAY",
      details: [{ positionSide: "BOTH", leverage: 10 }],
    });
    // The live answer of the write carries no payload.
    expect(await h.client.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage: 2 })).toBeUndefined();
    const lev = async (symbol: string, marginMode?: "ISOLATED") =>
      (await h.client.account.leverage({ symbol, ...(marginMode ? { marginMode } : {}) })).details[0]?.leverage;
    expect(await lev("PERP_BTC_USDT")).toBe(2);
    expect(await lev("PERP_ETH_USDT")).toBe(10);
    expect(await lev("PERP_BTC_USDT", "ISOLATED")).toBe(10);
    // 235000 collateral at 2×: 8 BTC (480,000) is too much.
    expect(await failure(market("BUY", "8"))).toMatchObject({ code: "-1101" });
    await market("BUY", "4.5"); // 270,000 of notional: 135,000 of margin at 2×, more than all collateral at 1×
    expect((await positions())[0]).toMatchObject({ leverage: 2 });
    // Lowering cross leverage below what the positions need is refused.
    expect(await failure(h.client.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage: 1 }))).toMatchObject({
      codeName: "CROSS_LEVERAGE_UPDATE_INSUFFICIENT_MARGIN",
      code: "302305",
    });
  });

  it.each([
    ["0", 0],
    ["above 100", 101],
    ["not an integer", 2.5],
  ])("answers a leverage %s with 302306", async (_what, leverage) => {
    expect(await failure(h.client.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage }))).toMatchObject({
      codeName: "INVALID_LEVERAGE",
      code: "302306",
    });
  });

  it("refuses more than the instrument's maximum, spot symbols, unknown symbols, and isolated changes with pending isolated orders", async () => {
    expect(await failure(h.client.account.setLeverage({ symbol: "PERP_ETH_USDT", leverage: 60 }))).toMatchObject({
      code: "302306",
    });
    expect(await failure(h.client.account.setLeverage({ symbol: "SPOT_ETH_USDT", leverage: 5 }))).toMatchObject({
      code: "-1005",
    });
    expect(await failure(h.client.account.leverage({ symbol: "PERP_NOPE_USDT" }))).toMatchObject({ code: "302101" });
    await h.client.orders.place({
      symbol: "PERP_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2500",
      quantity: "0.1",
      marginMode: "ISOLATED",
    });
    expect(
      await failure(h.client.account.setLeverage({ symbol: "PERP_ETH_USDT", leverage: 5, marginMode: "ISOLATED" })),
    ).toMatchObject({ code: "302189" });
    // Cross is fine.
    expect(await h.client.account.setLeverage({ symbol: "PERP_ETH_USDT", leverage: 5 })).toBeUndefined();
    expect((await h.client.account.leverage({ symbol: "PERP_ETH_USDT" })).details).toEqual([
      { positionSide: "BOTH", leverage: 5 },
    ]);
  });

  it("sets isolated leverage per position side in hedge mode", async () => {
    await h.client.account.setPositionMode("HEDGE_MODE");
    await h.client.account.setLeverage({
      symbol: "PERP_BTC_USDT",
      leverage: 20,
      marginMode: "ISOLATED",
      positionSide: "SHORT",
    });
    expect(h.sandbox.exchange.ledger.leverage(h.sandbox.credentials.apiKey, "PERP_BTC_USDT", "ISOLATED", "SHORT")).toBe(
      20,
    );
    expect(h.sandbox.exchange.ledger.leverage(h.sandbox.credentials.apiKey, "PERP_BTC_USDT", "ISOLATED", "LONG")).toBe(
      10,
    );
    expect(
      await failure(
        h.client.account.setLeverage({
          symbol: "PERP_BTC_USDT",
          leverage: 20,
          marginMode: "ISOLATED",
          positionSide: "BOTH",
        }),
      ),
    ).toMatchObject({ code: "302186" });
  });
});

describe("balances", () => {
  it("lists every token with holding, frozen and available; filters by token; refuses unknown tokens", async () => {
    const { holding, userId, applicationId } = await h.client.account.balances();
    expect(holding.map((b) => b.token)).toEqual(["BAL", "BTC", "ETH", "USDT", "WOO"]);
    expect(holding.find((b) => b.token === "BTC")).toMatchObject({
      holding: "1",
      frozen: "0",
      availableBalance: "1",
      markPrice: "60000",
    });
    expect(typeof applicationId).toBe("string");
    expect(userId).toBeDefined();
    expect(await failure(h.client.account.balances({ token: "DOGE" }))).toMatchObject({
      code: "-1005",
      wooMessage: "The token is not supported",
    });
  });

  it("keeps each API key's money apart, and starts accounts with the configured balances", async () => {
    await h.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "SELL", type: "MARKET", quantity: "1" });
    const other = h.sandbox.addAccount();
    const res = await rawRequest(h.sandbox, "GET", "/v3/asset/balances?token=BTC", "", other);
    expect((res.json.data as { holding: { holding: string }[] }).holding[0]!.holding).toBe("1");
    const custom = await harness({ balances: { USDT: "50" } });
    try {
      expect((await custom.client.account.balances()).holding.find((b) => b.token === "USDT")).toMatchObject({
        holding: "50",
      });
      expect(
        await failure(
          custom.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" }),
        ),
      ).toMatchObject({ code: "302119" });
    } finally {
      await custom.stop();
    }
  });
});
