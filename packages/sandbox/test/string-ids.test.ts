import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, harness, rawRequest } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

// Request bodies may carry ids as digit strings (`Int64IdLoose`): the live API edits by a string
// `orderId`/`algoOrderId`, and independent clients (ccxt) send them so. The typed client always sends
// numbers, so these requests are written by hand.
describe("ids as digit strings in request bodies", () => {
  it("edit an ordinary order by a string orderId", async () => {
    const o = await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
    });
    const body = JSON.stringify({ orderId: String(o.orderId), price: "2910" });
    const res = await rawRequest(h.sandbox, "PUT", "/v3/trade/order", body);
    expect(res.json).toMatchObject({ success: true, data: { status: "EDIT_SENT" } });
    expect((await h.client.orders.get({ orderId: o.orderId })).price).toBe("2910");
  });

  it("edit an algo order by a string algoOrderId", async () => {
    const { rows } = await h.client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "40000",
    });
    const algoOrderId = rows[0].algoOrderId!;
    const body = JSON.stringify({ algoOrderId: String(algoOrderId), triggerPrice: "39000" });
    const res = await rawRequest(h.sandbox, "PUT", "/v3/trade/algoOrder", body);
    expect(res.json).toMatchObject({ success: true, data: { status: "EDIT_SENT" } });
    expect((await h.client.algoOrders.get({ algoOrderId })).triggerPrice).toBe("39000");
  });
});
