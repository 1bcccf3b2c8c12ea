import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, failure, harness, rawRequest } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

const stop = (trigger: string, extra: Partial<AlgoOrderRequest> = {}) =>
  ({
    symbol: "PERP_BTC_USDT",
    algoType: "STOP",
    side: "BUY",
    type: "MARKET",
    quantity: "0.01",
    triggerPrice: trigger,
    ...extra,
  }) as AlgoOrderRequest;
const place = async (body: AlgoOrderRequest) => {
  const rows = (await h.client.algoOrders.place(body)).rows;
  return rows.at(-1)!.algoOrderId!;
};
const get = (algoOrderId: number | bigint) => h.client.algoOrders.get({ algoOrderId });

describe("GET /v3/trade/algoOrders", () => {
  it("lists root orders newest first, filtered, with pagination meta; iterate walks every page", async () => {
    for (let i = 0; i < 4; i++) await place(stop(String(61000 + i * 100), { algoOrderTag: i % 2 ? "odd" : "even" }));
    await place(stop("59000", { side: "SELL", symbol: "PERP_BTC_USDT" }));
    await place({
      symbol: "PERP_ETH_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.1",
      callbackRate: "0.01",
    });
    h.sandbox.setPrice("PERP_BTC_USDT", "61050"); // fills the first STOP
    const all = await h.client.algoOrders.list();
    expect(all.meta).toEqual({ total: 6, recordsPerPage: 25, currentPage: 1 });
    expect(all.rows[0]).toMatchObject({ algoType: "TRAILING_STOP", algoOrderTag: "default" });
    expect(all.rows[0]).not.toHaveProperty("orderTag");
    expect((await h.client.algoOrders.list({ symbol: "PERP_BTC_USDT", side: "BUY" })).meta.total).toBe(4);
    expect((await h.client.algoOrders.list({ algoOrderTag: "odd" })).meta.total).toBe(2);
    expect((await h.client.algoOrders.list({ algoType: "TRAILING_STOP" })).meta.total).toBe(1);
    expect((await h.client.algoOrders.list({ status: "COMPLETED" })).rows.map((r) => r.algoStatus)).toEqual(["FILLED"]);
    expect((await h.client.algoOrders.list({ isTriggered: "true" })).meta.total).toBe(1);
    expect((await h.client.algoOrders.list({ positionSide: "BOTH" })).meta.total).toBe(6);
    expect((await h.client.algoOrders.list({ positionSide: "LONG" })).meta.total).toBe(0);
    const ids: unknown[] = [];
    for await (const o of h.client.algoOrders.iterate({ size: 4 })) ids.push(o.algoOrderId);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});

describe("PUT /v3/trade/algoOrder", () => {
  it("edits trigger price and quantity by algoOrderId or clientAlgoOrderId (EDIT_SENT)", async () => {
    const id = await place(stop("61000", { clientAlgoOrderId: 77 }));
    expect(await h.client.algoOrders.edit({ algoOrderId: id, triggerPrice: "61500", quantity: "0.02" })).toEqual({
      status: "EDIT_SENT",
    });
    expect(await get(id)).toMatchObject({ triggerPrice: "61500", quantity: "0.02" });
    await h.client.algoOrders.edit({ clientAlgoOrderId: 77, triggerPrice: "62000" });
    expect((await get(id)).triggerPrice).toBe("62000");
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: id, triggerPrice: "62000.05" }))).toMatchObject({
      code: "-1103",
    });
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: id, triggerPrice: "59000" }))).toMatchObject({
      code: "317150",
    });
    h.sandbox.setPrice("PERP_BTC_USDT", "62000");
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: id, quantity: "0.03" }))).toMatchObject({
      codeName: "ORDER_COMPLETED",
      code: "317161",
    });
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: 1, quantity: "0.03" }))).toMatchObject({
      code: "317152",
    });
  });

  it("edits the legs of a TP/SL: a quantity edit names both legs with one value", async () => {
    const rows = (
      await h.client.algoOrders.place({
        symbol: "PERP_ETH_USDT",
        algoType: "TP_SL",
        side: "SELL",
        quantity: "1",
        childOrders: [
          { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "3300" },
          { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "2700" },
        ],
      })
    ).rows;
    const [tp, sl, parent] = rows.map((r) => r.algoOrderId!);
    await h.client.algoOrders.edit({ algoOrderId: parent!, childOrders: [{ algoOrderId: tp!, triggerPrice: "3400" }] });
    expect((await get(tp!)).triggerPrice).toBe("3400");
    expect(
      await failure(
        h.client.algoOrders.edit({ algoOrderId: parent!, childOrders: [{ algoOrderId: tp!, quantity: "2" }] }),
      ),
    ).toMatchObject({ codeName: "EDIT_QUANTITY_BOTH_LEGS_REQUIRED", code: "317137" });
    expect(
      await failure(
        h.client.algoOrders.edit({
          algoOrderId: parent!,
          childOrders: [
            { algoOrderId: tp!, quantity: "2" },
            { algoOrderId: sl!, quantity: "3" },
          ],
        }),
      ),
    ).toMatchObject({ code: "317138" });
    await h.client.algoOrders.edit({
      algoOrderId: parent!,
      childOrders: [
        { algoOrderId: tp!, quantity: "2" },
        { algoOrderId: sl!, quantity: "2" },
      ],
    });
    const o = await get(parent!);
    expect([o.quantity, ...o.childOrders!.map((c) => c.quantity)]).toEqual(["2", "2", "2"]);
    // The parent's quantity carries its legs along.
    await h.client.algoOrders.edit({ algoOrderId: parent!, quantity: "1.5" });
    expect((await get(parent!)).childOrders!.map((c) => c.quantity)).toEqual(["1.5", "1.5"]);
    expect(
      await failure(
        h.client.algoOrders.edit({ algoOrderId: parent!, childOrders: [{ algoOrderId: 999, triggerPrice: "3500" }] }),
      ),
    ).toMatchObject({ codeName: "CHILD_ORDER_NOT_FOUND" });
  });

  it("refuses quantity edits of a bracket's TP/SL (317136, 317163)", async () => {
    const rows = (
      await h.client.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "BRACKET",
        side: "BUY",
        type: "LIMIT",
        price: "59000",
        quantity: "0.01",
        childOrders: [
          {
            algoType: "TP_SL",
            childOrders: [{ algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "65000" }],
          },
        ],
      })
    ).rows;
    const [tp, container, root] = rows.map((r) => r.algoOrderId!);
    expect(
      await failure(
        h.client.algoOrders.edit({ algoOrderId: root!, childOrders: [{ algoOrderId: tp!, quantity: "0.02" }] }),
      ),
    ).toMatchObject({ code: "317163" });
    expect(await failure(h.client.algoOrders.edit({ algoOrderId: container!, quantity: "0.02" }))).toMatchObject({
      code: "317136",
    });
    // The entry's quantity can change, and the TP/SL follows it.
    await h.client.algoOrders.edit({ algoOrderId: root!, quantity: "0.02" });
    expect((await get(tp!)).quantity).toBe("0.02");
  });
});

describe("DELETE /v3/trade/algoOrder and /v3/trade/algoOrders", () => {
  it("cancels by algoOrderId or clientAlgoOrderId (CANCEL_SENT, then CANCELLED); again is -1006", async () => {
    const a = await place(stop("61000", { clientAlgoOrderId: 5 }));
    const b = await place(stop("62000"));
    expect(await h.client.algoOrders.cancel({ clientAlgoOrderId: 5 })).toEqual({ status: "CANCEL_SENT" });
    expect((await get(a)).algoStatus).toBe("CANCELLED");
    expect(await failure(h.client.algoOrders.cancel({ algoOrderId: a }))).toMatchObject({
      code: "-1006",
      wooMessage: "Your order and symbol are not valid or already canceled.",
    });
    // A symbol that is not the order's: -1006 as well.
    expect(await failure(h.client.algoOrders.cancel({ algoOrderId: b, symbol: "PERP_ETH_USDT" }))).toMatchObject({
      code: "-1006",
    });
    await h.client.algoOrders.cancel({ algoOrderId: b, symbol: "PERP_BTC_USDT" });
    expect((await get(b)).algoStatus).toBe("CANCELLED");
    // Neither id: -1005.
    expect((await rawRequest(h.sandbox, "DELETE", "/v3/trade/algoOrder")).json.code).toBe(-1005);
  });

  it("cancels every open algo order of one symbol, or of all (CANCEL_ALL_SENT)", async () => {
    const btc = await place(stop("61000"));
    const eth = await place(stop("3100", { symbol: "PERP_ETH_USDT" }));
    const spot = await h.client.orders.place({
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "50000",
      quantity: "0.01",
    });
    expect(await h.client.algoOrders.cancelAll({ symbol: "PERP_BTC_USDT" })).toEqual({ status: "CANCEL_ALL_SENT" });
    expect([(await get(btc)).algoStatus, (await get(eth)).algoStatus]).toEqual(["CANCELLED", "NEW"]);
    expect((await h.client.orders.get({ orderId: spot.orderId })).status).toBe("NEW"); // ordinary orders stay
    await h.client.algoOrders.cancelAll();
    expect((await get(eth)).algoStatus).toBe("CANCELLED");
  });
});
