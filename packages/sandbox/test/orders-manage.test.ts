import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, failure, harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

type PlaceBody = Parameters<Harness["client"]["orders"]["place"]>[0];

const place = (body: PlaceBody) => h.client.orders.place(body);
const get = (orderId: number | bigint) => h.client.orders.get({ orderId });
/** The WooxApiError a helper call threw (helpers throw; the raw methods return `error`). */
/** Moves the price through the HTTP control route, optionally trading only `quantity` there. */
async function price(symbol: string, p: string, quantity?: string) {
  const res = await fetch(`${h.sandbox.url}/sandbox/price`, {
    method: "POST",
    body: JSON.stringify({ symbol, price: p, ...(quantity ? { quantity } : {}) }),
  });
  const body = (await res.json()) as { data: { events: { event: string; orderId?: number; quantity?: string }[] } };
  return body.data.events;
}
const balance = async (token: string) => (await h.client.account.balances({ token })).holding[0]!;

// Edit, cancel and list of ordinary orders (placement and fills: orders.test.ts).
// SPOT_ETH_USDT: price 3000, tick 0.01, step 0.0001, min 0.001, min notional 10; maker 0.0002, taker 0.0005.
// Each account starts with 100000 USDT and 10 ETH.

describe("ordinary orders: edit, cancel, list", () => {
  it("edits price and quantity (EDIT_SENT), with the placement rules; an edit that crosses fills", async () => {
    const o = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: 9,
    });
    expect(await h.client.orders.edit({ orderId: o.orderId, price: "2910", quantity: "0.2" })).toEqual({
      status: "EDIT_SENT",
    });
    expect(await get(o.orderId)).toMatchObject({ price: "2910", quantity: "0.2", status: "NEW" });
    expect(await failure(h.client.orders.edit({ orderId: o.orderId, price: "2910.001" }))).toMatchObject({
      code: "-1103",
    });
    expect(await failure(h.client.orders.edit({ orderId: o.orderId, quantity: "0.00001" }))).toMatchObject({
      code: "-1104",
    });
    expect(await get(o.orderId)).toMatchObject({ price: "2910", quantity: "0.2" }); // refused edits change nothing
    await h.client.orders.edit({ clientOrderId: 9, price: "3000" });
    expect(await get(o.orderId)).toMatchObject({ status: "FILLED", averageExecutedPrice: "3000" });
    expect(await failure(h.client.orders.edit({ orderId: o.orderId, price: "2900" }))).toMatchObject({
      code: "-1006",
      wooMessage: "Your order and symbol are not valid or already canceled.",
    });
  });

  it("refuses a quantity at or below what already executed (302142)", async () => {
    const o = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2900", quantity: "1" });
    await price("SPOT_ETH_USDT", "2900", "0.4");
    expect(await failure(h.client.orders.edit({ orderId: o.orderId, quantity: "0.4" }))).toMatchObject({
      code: "302142",
    });
    await price("SPOT_ETH_USDT", "2950");
    await h.client.orders.edit({ orderId: o.orderId, quantity: "0.5" });
    expect(await get(o.orderId)).toMatchObject({
      status: "PARTIAL_FILLED",
      quantity: "0.5",
      totalExecutedQuantity: "0.4",
    });
    expect(await price("SPOT_ETH_USDT", "2900")).toEqual([
      expect.objectContaining({ event: "FILLED", quantity: "0.1" }),
    ]);
  });

  it("cancels (CANCEL_SENT, then CANCELLED); cancelling again, or on another symbol, is -1006", async () => {
    const o = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: 5,
    });
    expect(await failure(h.client.orders.cancel({ symbol: "SPOT_BTC_USDT", orderId: o.orderId }))).toMatchObject({
      code: "-1006",
    });
    expect(await h.client.orders.cancel({ symbol: "SPOT_ETH_USDT", clientOrderId: 5 })).toEqual({
      status: "CANCEL_SENT",
    });
    expect((await get(o.orderId)).status).toBe("CANCELLED");
    expect(await failure(h.client.orders.cancel({ symbol: "SPOT_ETH_USDT", orderId: o.orderId }))).toMatchObject({
      code: "-1006",
    });
    expect(await balance("USDT")).toMatchObject({ frozen: "0" });
  });

  it("cancels by symbol (ordinary orders only) and everything (algo orders too)", async () => {
    const eth = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2900", quantity: "0.1" });
    const btc = await place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "LIMIT", price: "50000", quantity: "0.001" });
    const algo = (
      await h.client.algoOrders.place({
        symbol: "SPOT_ETH_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.1",
        triggerPrice: "3100",
      })
    ).rows[0].algoOrderId!;
    expect(await h.client.orders.cancelAll({ symbol: "SPOT_ETH_USDT" })).toEqual({ status: "CANCEL_ALL_SENT" });
    expect([(await get(eth.orderId)).status, (await get(btc.orderId)).status]).toEqual(["CANCELLED", "NEW"]);
    expect((await h.client.algoOrders.get({ algoOrderId: algo })).algoStatus).toBe("NEW");
    expect(await h.client.orders.cancelAllIncludingAlgo({ symbol: "SPOT_ETH_USDT" })).toEqual({
      status: "CANCEL_ALL_SENT",
    });
    expect((await h.client.algoOrders.get({ algoOrderId: algo })).algoStatus).toBe("CANCELLED");
    expect((await get(btc.orderId)).status).toBe("NEW");
    await h.client.orders.cancelAllIncludingAlgo();
    expect((await get(btc.orderId)).status).toBe("CANCELLED");
    expect(await failure(h.client.orders.cancelAll({ symbol: "SPOT_NOPE_USDT" }))).toMatchObject({ code: "302101" });
  });

  it("lists newest first with filters and pagination meta, and iterates every page", async () => {
    for (let i = 0; i < 5; i++)
      await place({
        symbol: "SPOT_ETH_USDT",
        side: "BUY",
        type: "LIMIT",
        price: String(2900 + i),
        quantity: "0.1",
        orderTag: i % 2 ? "odd" : "even",
      });
    await place({ symbol: "SPOT_BTC_USDT", side: "SELL", type: "MARKET", quantity: "0.001" });
    const all = await h.client.orders.list();
    expect(all.meta).toEqual({ total: 6, recordsPerPage: 25, currentPage: 1 });
    expect(all.rows[0]).toMatchObject({ symbol: "SPOT_BTC_USDT", status: "FILLED" });
    expect((await h.client.orders.list({ symbol: "SPOT_ETH_USDT", orderTag: "odd" })).meta.total).toBe(2);
    expect((await h.client.orders.list({ status: "INCOMPLETE" })).meta.total).toBe(5);
    expect((await h.client.orders.list({ status: "COMPLETED" })).meta.total).toBe(1);
    expect((await h.client.orders.list({ side: "SELL", orderType: "MARKET" })).meta.total).toBe(1);
    const page2 = await h.client.orders.list({ page: 2, size: 4 });
    expect([page2.rows.length, page2.meta]).toEqual([2, { total: 6, recordsPerPage: 4, currentPage: 2 }]);
    const seen: unknown[] = [];
    for await (const o of h.client.orders.iterate({ size: 2 })) seen.push(o.orderId);
    expect(seen).toHaveLength(6);
    expect((await h.client.orders.list({ realizedPnl: true, symbol: "SPOT_BTC_USDT" })).rows[0]).toHaveProperty(
      "realizedPnl",
      null,
    );
  });

  it("records trades for transactionHistory: filters, fromId and pagination; trading fees per symbol", async () => {
    for (let i = 0; i < 3; i++) await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    await place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.001" });
    const all = await h.client.orders.trades();
    expect(all.meta).toMatchObject({ total: 4 });
    const ids = all.rows.map((t) => BigInt(t.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1))); // newest first
    expect((await h.client.orders.trades({ symbol: "SPOT_ETH_USDT" })).rows).toHaveLength(3);
    expect((await h.client.orders.trades({ fromId: ids[2]! })).rows).toHaveLength(3);
    expect((await h.client.orders.trades({ limit: 3, page: 2 })).rows).toHaveLength(1);
    expect(await h.client.orders.tradingFee({ symbol: "PERP_BTC_USDT" })).toEqual({
      symbol: "PERP_BTC_USDT",
      takerFee: "0.0005",
      makerFee: "0.0002",
    });
    expect(await failure(h.client.orders.tradingFee({ symbol: "PERP_NOPE_USDT" }))).toMatchObject({ code: "302101" });
  });
});
