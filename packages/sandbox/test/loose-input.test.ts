import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failure, harness, rawRequest, type Harness } from "./helpers.js";

// What the live API accepts beyond this SDK's own way of writing requests (spec, issue 12 §2.5–2.10):
// ids as digit strings, numeric decimals where the spec says DecimalIn, broker attribution, a
// POSITIONAL_TP_SL quantity, a trailing stop without activatedPrice, getOrders' official filter names.
// The client writes digit-string ids as JSON integers, so bodies that must carry strings on the wire go
// through rawRequest (signed as any bot signs them); every outcome is read back through the client.

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

const BIG = "1954766344355779056"; // the official post_order cURL's clientOrderId, above 2^53

async function placeAlgo(body: AlgoOrderRequest) {
  const { rows } = await h.client.algoOrders.place(body);
  return rows.at(-1)!.algoOrderId!;
}
const algo = (algoOrderId: number | bigint) => h.client.algoOrders.get({ algoOrderId });
const signed = (method: string, path: string, body: unknown) =>
  rawRequest(h.sandbox, method, path, JSON.stringify(body));

describe("ids as integers or digit strings", () => {
  it("placeOrder takes clientOrderId as a digit string, exactly; beyond int64 it is -1005", async () => {
    const placed = await signed("POST", "/v3/trade/order", {
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: BIG,
    });
    expect(placed.status).toBe(200);
    expect(await h.client.orders.get({ clientOrderId: BigInt(BIG) })).toMatchObject({
      clientOrderId: BigInt(BIG),
      price: "2900",
    });
    const tooBig = await signed("POST", "/v3/trade/order", {
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: "9999999999999999999",
    });
    expect([tooBig.status, tooBig.json.code, tooBig.json.message]).toEqual([
      400,
      -1005,
      "9999999999999999999 is out of the int64 range",
    ]);
  });

  it("editOrder finds the order by orderId or clientOrderId sent as digit strings", async () => {
    const o = await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: 77,
    });
    expect((await signed("PUT", "/v3/trade/order", { orderId: String(o.orderId), price: "2890" })).status).toBe(200);
    expect((await h.client.orders.get({ orderId: o.orderId })).price).toBe("2890");
    expect((await signed("PUT", "/v3/trade/order", { clientOrderId: "77", quantity: "0.2" })).status).toBe(200);
    expect(await h.client.orders.get({ orderId: o.orderId })).toMatchObject({ price: "2890", quantity: "0.2" });
    // A string that is no id is still refused by the spec's pattern.
    expect((await signed("PUT", "/v3/trade/order", { orderId: "7x", price: "2890" })).json.code).toBe(-1005);
  });

  it("placeAlgoOrder takes clientAlgoOrderId as a digit string", async () => {
    const placed = await signed("POST", "/v3/trade/algoOrder", {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
      clientAlgoOrderId: BIG,
    });
    expect(placed.status).toBe(200);
    expect(await h.client.algoOrders.get({ clientAlgoOrderId: BigInt(BIG) })).toMatchObject({
      clientAlgoOrderId: BigInt(BIG),
      triggerPrice: "61000",
    });
  });

  it("editAlgoOrder takes algoOrderId, clientAlgoOrderId and childOrders[].algoOrderId as digit strings", async () => {
    const id = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
      clientAlgoOrderId: 5,
    });
    expect(
      (await signed("PUT", "/v3/trade/algoOrder", { algoOrderId: String(id), triggerPrice: "61500" })).status,
    ).toBe(200);
    expect((await algo(id)).triggerPrice).toBe("61500");
    expect((await signed("PUT", "/v3/trade/algoOrder", { clientAlgoOrderId: "5", quantity: "0.02" })).status).toBe(200);
    expect(await algo(id)).toMatchObject({ triggerPrice: "61500", quantity: "0.02" });

    const tpsl = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "TP_SL",
      side: "SELL",
      quantity: "0.01",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "MARKET", side: "SELL", reduceOnly: true, triggerPrice: "65000" },
        { algoType: "STOP_LOSS", type: "MARKET", side: "SELL", reduceOnly: true, triggerPrice: "55000" },
      ],
    });
    const legs = (await algo(tpsl)).childOrders!;
    const takeProfit = legs.find((l) => l.algoType === "TAKE_PROFIT")!;
    const edited = await signed("PUT", "/v3/trade/algoOrder", {
      algoOrderId: String(tpsl),
      childOrders: [{ algoOrderId: String(takeProfit.algoOrderId), triggerPrice: "66000" }],
    });
    expect(edited.status).toBe(200);
    const after = (await algo(tpsl)).childOrders!;
    expect(after.find((l) => l.algoType === "TAKE_PROFIT")?.triggerPrice).toBe("66000");
    expect(after.find((l) => l.algoType === "STOP_LOSS")?.triggerPrice).toBe("55000");
  });
});

describe("the rest of what the live API takes", () => {
  it("visibleQuantity as a JSON number on placing and editing an algo order", async () => {
    const id = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "LIMIT",
      price: "61000",
      quantity: "0.05",
      triggerPrice: "61000",
      visibleQuantity: 0.02,
    });
    expect((await algo(id)).visibleQuantity).toBe("0.02");
    await h.client.algoOrders.edit({ algoOrderId: id, visibleQuantity: 0.03 });
    expect((await algo(id)).visibleQuantity).toBe("0.03");
    // A number is held to the same rules as a string: on the step, not negative.
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: id, visibleQuantity: 0.0000001 }))).toMatchObject({
      code: "-1104",
    });
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: id, visibleQuantity: -1 }))).toMatchObject({
      code: "-1005",
    });
  });

  it("broker_id on an order and brokerId on an algo order are accepted and change nothing", async () => {
    const o = await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      broker_id: "bc830de7-50f3-460b-9ee0-f430f83f9dad",
    });
    expect(await h.client.orders.get({ orderId: o.orderId })).toMatchObject({ status: "NEW", price: "2900" });
    const id = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
      brokerId: "bc830de7-50f3-460b-9ee0-f430f83f9dad",
    });
    expect(await algo(id)).toMatchObject({ algoStatus: "NEW", triggerPrice: "61000" });
  });

  it("POSITIONAL_TP_SL with a quantity closes at most that much; without one, the whole position", async () => {
    await h.client.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    const holding = async () => (await h.client.account.positions({ symbol: "PERP_BTC_USDT" })).positions[0]?.holding;
    expect(await holding()).toBe("0.1");
    const id = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      quantity: "0.04",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "62000" },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "58000" },
      ],
    });
    expect((await algo(id)).quantity).toBe("0.04");
    h.sandbox.setPrice("PERP_BTC_USDT", "62000");
    expect(await algo(id)).toMatchObject({ algoStatus: "FILLED", totalExecutedQuantity: "0.04" });
    expect(await holding()).toBe("0.06");
    await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "63000" },
      ],
    });
    h.sandbox.setPrice("PERP_BTC_USDT", "63000");
    expect(await holding()).toBeUndefined();
  });

  it("TRAILING_STOP without activatedPrice trails from the price at placement", async () => {
    // At 60000 with a 1% callback, the stop of a SELL starts at 59400 at once.
    const id = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.01",
      callbackRate: "0.01",
    });
    expect(await algo(id)).toMatchObject({ isActivated: true, algoStatus: "NEW" });
    h.sandbox.setPrice("PERP_BTC_USDT", "59401");
    expect((await algo(id)).algoStatus).toBe("NEW");
    h.sandbox.setPrice("PERP_BTC_USDT", "59400");
    expect(await algo(id)).toMatchObject({ isTriggered: true, algoStatus: "FILLED", averageExecutedPrice: "59400" });
  });
});

describe("getOrders filters", () => {
  it("type, positionSide and withRealizedPnl (the official names), and the old orderType / realizedPnl", async () => {
    await h.client.account.setPositionMode("HEDGE_MODE");
    await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      positionSide: "LONG",
      type: "MARKET",
      quantity: "0.01",
    });
    await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      positionSide: "SHORT",
      type: "LIMIT",
      price: "65000",
      quantity: "0.01",
    });
    await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
    });
    const list = async (query: Record<string, unknown>) =>
      (await h.client.orders.list(query as never)).rows.map((o) => `${o.symbol} ${o.type} ${o.positionSide ?? "-"}`);
    expect(await list({ type: "LIMIT" })).toEqual(["SPOT_ETH_USDT LIMIT -", "PERP_BTC_USDT LIMIT SHORT"]);
    expect(await list({ orderType: "MARKET" })).toEqual(["PERP_BTC_USDT MARKET LONG"]);
    expect(await list({ positionSide: "LONG" })).toEqual(["PERP_BTC_USDT MARKET LONG"]);
    expect(await list({ positionSide: "SHORT", type: "MARKET" })).toEqual([]);
    const pnl = async (query: Record<string, unknown>) =>
      (await h.client.orders.list({ type: "MARKET", ...query } as never)).rows[0]!;
    expect(await pnl({ withRealizedPnl: true })).toHaveProperty("realizedPnl", "0");
    expect(await pnl({ realizedPnl: true })).toHaveProperty("realizedPnl", "0");
    expect(await pnl({})).not.toHaveProperty("realizedPnl");
  });
});
