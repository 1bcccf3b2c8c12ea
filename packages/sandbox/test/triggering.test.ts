import type { AlgoOrder, AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

async function place(body: AlgoOrderRequest) {
  const r = await h.client.POST("/v3/trade/algoOrder", { body });
  if (r.error) throw r.error;
  const rows = r.data.data.rows;
  return { rows, id: rows.at(-1)!.algoOrderId! };
}

async function get(id: number | bigint): Promise<AlgoOrder> {
  const r = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: id as number } } });
  if (r.error) throw r.error;
  return r.data.data;
}

/** Moves the price through the HTTP control route, as a bot's test would. */
async function price(symbol: string, p: string) {
  const res = await fetch(`${h.sandbox.url}/sandbox/price`, {
    method: "POST",
    body: JSON.stringify({ symbol, price: p }),
  });
  const body = (await res.json()) as { success: boolean; data: { events: { event: string; algoType: string }[] } };
  expect(body.success).toBe(true);
  return body.data.events.map((e) => `${e.event} ${e.algoType}`);
}

describe("price moves trigger and fill orders", () => {
  it("STOP market: triggers when the price crosses, fills, status fields evolve", async () => {
    const { id } = await place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    });
    expect(await get(id)).toMatchObject({
      algoStatus: "NEW",
      isTriggered: false,
      triggerStatus: "USELESS",
      triggerTime: "0",
      totalExecutedQuantity: "0",
    });
    expect(await price("PERP_BTC_USDT", "60999.9")).toEqual([]);
    expect(await price("PERP_BTC_USDT", "61000")).toEqual(["TRIGGERED STOP", "FILLED STOP"]);
    const o = await get(id);
    expect(o).toMatchObject({
      algoStatus: "FILLED",
      rootAlgoStatus: "FILLED",
      isTriggered: true,
      triggerStatus: "SUCCESS",
      totalExecutedQuantity: "0.01",
      averageExecutedPrice: "61000",
    });
    expect(o.triggerTime).not.toBe("0");
  });

  it("STOP limit: triggers, rests at its price, fills when the price comes back", async () => {
    const { id } = await place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "LIMIT",
      price: "59500",
      quantity: "0.01",
      triggerPrice: "59000",
    });
    expect(await price("PERP_BTC_USDT", "58900")).toEqual(["TRIGGERED STOP"]);
    expect(await get(id)).toMatchObject({ algoStatus: "NEW", isTriggered: true });
    expect(await price("PERP_BTC_USDT", "59600")).toEqual(["FILLED STOP"]);
    expect(await get(id)).toMatchObject({ algoStatus: "FILLED", averageExecutedPrice: "59600" });
  });

  it("OCO: the limit leg filling cancels the stop leg", async () => {
    const { id } = await place({
      symbol: "PERP_ETH_USDT",
      algoType: "OCO",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "1",
      childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "3100" }],
    });
    expect(await price("PERP_ETH_USDT", "2900")).toEqual(["FILLED OCO", "CANCELLED STOP"]);
    const o = await get(id);
    expect(o).toMatchObject({ algoStatus: "FILLED", isTriggered: false });
    expect(o.childOrders?.[0]).toMatchObject({ algoType: "STOP", algoStatus: "CANCELLED", rootAlgoStatus: "FILLED" });
  });

  it("TRAILING_STOP: activates at activatedPrice, follows the high, triggers on the callback", async () => {
    const { id } = await place({
      symbol: "SPOT_ETH_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.1",
      activatedPrice: "3050",
      callbackRate: "0.01",
    });
    expect(await get(id)).toMatchObject({ isActivated: false, activatedPrice: "3050", callbackRate: "0.01" });
    expect(await price("SPOT_ETH_USDT", "3050")).toEqual(["ACTIVATED TRAILING_STOP"]);
    expect(await get(id)).toMatchObject({ isActivated: true, isTriggered: false, algoStatus: "NEW" });
    expect(await price("SPOT_ETH_USDT", "3300")).toEqual([]);
    expect(await price("SPOT_ETH_USDT", "3268")).toEqual([]); // 3300 × 0.99 = 3267
    expect(await price("SPOT_ETH_USDT", "3267")).toEqual(["TRIGGERED TRAILING_STOP", "FILLED TRAILING_STOP"]);
    expect(await get(id)).toMatchObject({ algoStatus: "FILLED", averageExecutedPrice: "3267" });
  });

  it("TRAILING_STOP with callbackValue trails by a price distance", async () => {
    const { id } = await place({
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      callbackValue: "500",
    });
    await price("PERP_BTC_USDT", "58000");
    expect(await price("PERP_BTC_USDT", "58499.9")).toEqual([]);
    expect(await price("PERP_BTC_USDT", "58500")).toEqual(["TRIGGERED TRAILING_STOP", "FILLED TRAILING_STOP"]);
    expect((await get(id)).algoStatus).toBe("FILLED");
  });

  it("POSITIONAL_TP_SL closes the whole position at its take-profit; the stop-loss leg is cancelled", async () => {
    await place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.03",
      triggerPrice: "60100",
    });
    const { id, rows } = await place({
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "62000" },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "58000" },
      ],
    });
    await price("PERP_BTC_USDT", "60100"); // long 0.03
    expect(await price("PERP_BTC_USDT", "62000")).toEqual([
      "TRIGGERED TAKE_PROFIT",
      "CANCELLED STOP_LOSS",
      "FILLED TAKE_PROFIT",
      "FILLED POSITIONAL_TP_SL",
    ]);
    const o = await get(id);
    expect(o).toMatchObject({ algoStatus: "FILLED", totalExecutedQuantity: "0.03" });
    const [tp, sl] = o.childOrders!;
    expect(tp).toMatchObject({
      algoOrderId: rows[0].algoOrderId,
      algoType: "TAKE_PROFIT",
      type: "CLOSE_POSITION",
      isTriggered: true,
      triggerStatus: "SUCCESS",
      algoStatus: "FILLED",
      totalExecutedQuantity: "0.03",
    });
    expect(sl).toMatchObject({ algoType: "STOP_LOSS", isTriggered: false, algoStatus: "CANCELLED" });
  });

  it("TP_SL sells its quantity at the stop-loss", async () => {
    const { id } = await place({
      symbol: "SPOT_BTC_USDT",
      algoType: "TP_SL",
      side: "SELL",
      quantity: "0.001",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "62000" },
        { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "58000" },
      ],
    });
    expect(await price("SPOT_BTC_USDT", "57000")).toEqual([
      "TRIGGERED STOP_LOSS",
      "CANCELLED TAKE_PROFIT",
      "FILLED STOP_LOSS",
      "FILLED TP_SL",
    ]);
    expect(await get(id)).toMatchObject({
      algoStatus: "FILLED",
      totalExecutedQuantity: "0.001",
      averageExecutedPrice: "57000",
    });
  });

  it("BRACKET: the TP/SL waits for the entry, activates when it fills, then closes the position", async () => {
    const { id } = await place({
      symbol: "SPOT_BAL_USDT",
      algoType: "BRACKET",
      side: "BUY",
      type: "LIMIT",
      price: "69",
      quantity: "1",
      childOrders: [
        {
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "76" },
            { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "50" },
          ],
        },
      ],
    });
    // Above the take-profit before the entry filled: nothing may fire.
    expect(await price("SPOT_BAL_USDT", "80")).toEqual([]);
    let o = await get(id);
    expect(o.childOrders![0]).toMatchObject({ algoType: "POSITIONAL_TP_SL", isActivated: false, algoStatus: "NEW" });
    expect(await price("SPOT_BAL_USDT", "69")).toEqual(["FILLED BRACKET", "ACTIVATED POSITIONAL_TP_SL"]);
    o = await get(id);
    expect(o).toMatchObject({ algoStatus: "FILLED", rootAlgoStatus: "FILLED" });
    expect(o.childOrders![0]).toMatchObject({
      isActivated: true,
      algoStatus: "NEW",
      rootAlgoStatus: "FILLED",
      parentAlgoOrderId: id,
    });
    expect(await price("SPOT_BAL_USDT", "49")).toEqual([
      "TRIGGERED STOP_LOSS",
      "CANCELLED TAKE_PROFIT",
      "FILLED STOP_LOSS",
      "FILLED POSITIONAL_TP_SL",
    ]);
    o = await get(id);
    expect(o.childOrders![0]!.childOrders!.map((l) => `${l.algoType} ${l.algoStatus}`)).toEqual([
      "TAKE_PROFIT CANCELLED",
      "STOP_LOSS FILLED",
    ]);
  });

  it("BRACKET with a MARKET entry fills at once and arms its TP/SL", async () => {
    const { id } = await place({
      symbol: "PERP_ETH_USDT",
      algoType: "BRACKET",
      side: "SELL",
      type: "MARKET",
      quantity: "1",
      childOrders: [
        {
          algoType: "TP_SL",
          childOrders: [{ algoType: "TAKE_PROFIT", side: "BUY", type: "MARKET", triggerPrice: "2800" }],
        },
      ],
    });
    const o = await get(id);
    expect(o).toMatchObject({ algoStatus: "FILLED", averageExecutedPrice: "3000" });
    expect(o.childOrders![0]).toMatchObject({ algoType: "TP_SL", isActivated: true, algoStatus: "NEW", quantity: "1" });
    expect(await price("PERP_ETH_USDT", "2800")).toEqual([
      "TRIGGERED TAKE_PROFIT",
      "FILLED TAKE_PROFIT",
      "FILLED TP_SL",
    ]);
  });

  it("STOP_BRACKET: trigger, entry fill and TP/SL activation in one price move", async () => {
    const { id } = await place({
      symbol: "SPOT_WOO_USDT",
      algoType: "STOP_BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "100",
      triggerPrice: "0.21",
      childOrders: [
        {
          algoType: "TP_SL",
          childOrders: [{ algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "0.25" }],
        },
      ],
    });
    expect(await price("SPOT_WOO_USDT", "0.21")).toEqual([
      "TRIGGERED STOP_BRACKET",
      "FILLED STOP_BRACKET",
      "ACTIVATED TP_SL",
    ]);
    expect(await get(id)).toMatchObject({ isTriggered: true, triggerStatus: "SUCCESS", algoStatus: "FILLED" });
    expect(await price("SPOT_WOO_USDT", "0.3")).toEqual([
      "TRIGGERED TAKE_PROFIT",
      "FILLED TAKE_PROFIT",
      "FILLED TP_SL",
    ]);
  });

  it("answers bad control requests with an error envelope", async () => {
    const res = await fetch(`${h.sandbox.url}/sandbox/price`, {
      method: "POST",
      body: JSON.stringify({ symbol: "PERP_BTC_USDT", price: 1 }),
    });
    expect(res.status).toBe(400);
    const unknown = await fetch(`${h.sandbox.url}/sandbox/price`, {
      method: "POST",
      body: JSON.stringify({ symbol: "PERP_NOPE_USDT", price: "1" }),
    });
    expect(((await unknown.json()) as { code: number }).code).toBe(317155);
    const prices = (await (await fetch(`${h.sandbox.url}/sandbox/price?symbol=PERP_BTC_USDT`)).json()) as {
      data: { rows: { price: string }[] };
    };
    expect(prices.data.rows).toEqual([{ symbol: "PERP_BTC_USDT", price: "60000" }]);
  });
});
