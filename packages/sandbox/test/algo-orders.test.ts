import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harness, rawRequest, type Harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

/** One valid body per algo type, with the row types the spec documents for it, in order. */
export const SEVEN: { body: AlgoOrderRequest; rows: string[] }[] = [
  {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    },
    rows: ["STOP"],
  },
  {
    body: {
      symbol: "PERP_ETH_USDT",
      algoType: "OCO",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "1",
      childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "3100" }],
    },
    rows: ["OCO"],
  },
  {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.01",
      callbackRate: "0.012",
    },
    rows: ["TRAILING_STOP"],
  },
  {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "72000" },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "58000" },
      ],
    },
    rows: ["TAKE_PROFIT", "STOP_LOSS", "POSITIONAL_TP_SL"],
  },
  {
    body: {
      symbol: "PERP_ETH_USDT",
      algoType: "TP_SL",
      side: "SELL",
      quantity: "1",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "3300" },
        { algoType: "STOP_LOSS", side: "SELL", type: "LIMIT", price: "2700", triggerPrice: "2750" },
      ],
    },
    rows: ["TAKE_PROFIT", "STOP_LOSS", "TP_SL"],
  },
  {
    body: {
      symbol: "SPOT_BAL_USDT",
      side: "BUY",
      reduceOnly: false,
      type: "LIMIT",
      quantity: "1",
      algoType: "BRACKET",
      price: "69",
      childOrders: [
        {
          symbol: "SPOT_BAL_USDT",
          reduceOnly: false,
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "76" },
            { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "50" },
          ],
        },
      ],
    },
    rows: ["TAKE_PROFIT", "STOP_LOSS", "POSITIONAL_TP_SL", "BRACKET"],
  },
  {
    body: {
      symbol: "SPOT_WOO_USDT",
      algoType: "STOP_BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "100",
      triggerPrice: "0.21",
      childOrders: [
        {
          algoType: "TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "0.25" },
            { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "0.18" },
          ],
        },
      ],
    },
    rows: ["TAKE_PROFIT", "STOP_LOSS", "TP_SL", "STOP_BRACKET"],
  },
];

describe("POST and GET /v3/trade/algoOrder", () => {
  it.each(SEVEN.map((s) => [s.body.algoType, s] as const))(
    "places %s with the documented rows and reads it back",
    async (_t, s) => {
      const res = await h.client.POST("/v3/trade/algoOrder", { body: s.body });
      expect(res.error).toBeUndefined();
      const rows = res.data!.data.rows;
      expect(rows.map((r) => r.algoType)).toEqual(s.rows);
      const parent = rows.at(-1)!;
      expect(parent.quantity).toBe("quantity" in s.body && s.body.quantity !== undefined ? s.body.quantity : "0");
      if (s.body.algoType === "BRACKET") {
        // The official bracket example keys its POSITIONAL_TP_SL row `orderId`.
        expect(rows[2]).toHaveProperty("orderId");
        expect(rows[2]).not.toHaveProperty("algoOrderId");
      }

      const got = await h.client.GET("/v3/trade/algoOrder", {
        params: { query: { algoOrderId: parent.algoOrderId! } },
      });
      expect(got.error).toBeUndefined();
      const o = got.data!.data;
      expect(o).toMatchObject({
        algoOrderId: parent.algoOrderId,
        symbol: s.body.symbol,
        algoType: s.body.algoType,
        algoStatus: "NEW",
        rootAlgoStatus: "NEW",
        parentAlgoOrderId: 0,
      });
      expect(o.rootAlgoOrderId).toBe(o.algoOrderId);
      const childIds = rows.slice(0, -1).map((r) => r.algoOrderId ?? r.orderId);
      const tree = (x: typeof o): unknown[] => [x.algoOrderId, ...(x.childOrders ?? []).flatMap(tree)];
      // Every row is in the tree (an OCO's stop leg is in the tree but has no row of its own).
      expect(tree(o).slice(1)).toEqual(expect.arrayContaining(childIds));

      // A child can be read on its own and knows its parent and root.
      const firstChild = o.childOrders?.[0];
      if (firstChild) {
        const child = await h.client.GET("/v3/trade/algoOrder", {
          params: { query: { algoOrderId: firstChild.algoOrderId } },
        });
        expect(child.data!.data.rootAlgoOrderId).toBe(parent.algoOrderId);
        expect(child.data!.data.parentAlgoOrderId).not.toBe(0);
      }
    },
  );

  it("finds an order by clientAlgoOrderId and keeps int64 ids exact", async () => {
    const max = "9223372036854775807";
    const body = `{"symbol":"PERP_BTC_USDT","algoType":"STOP","side":"SELL","type":"MARKET","quantity":"0.01","triggerPrice":"59000","clientAlgoOrderId":${max}}`;
    const placed = await rawRequest(h.sandbox, "POST", "/v3/trade/algoOrder", body);
    expect(placed.status).toBe(200);
    expect(placed.text).toContain(`"clientAlgoOrderId":${max}`);
    const got = await rawRequest(h.sandbox, "GET", `/v3/trade/algoOrder?clientAlgoOrderId=${max}`);
    expect(got.status).toBe(200);
    expect(got.text).toContain(`"clientAlgoOrderId":${max}`);
    // 2^63 is one past the int64 range: refused, not rounded.
    const over = await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?clientAlgoOrderId=9223372036854775808");
    expect(over.json.code).toBe(-1005);
  });

  it("round-trips an int64 clientAlgoOrderId through the typed client", async () => {
    const id = 2n ** 63n - 1n;
    const placed = await h.client.POST("/v3/trade/algoOrder", {
      body: { ...SEVEN[0]!.body, clientAlgoOrderId: id as unknown as number },
    });
    expect(placed.error).toBeUndefined();
    expect(placed.data!.data.rows[0].clientAlgoOrderId).toBe(id);
    const got = await h.client.GET("/v3/trade/algoOrder", {
      params: { query: { clientAlgoOrderId: id as unknown as number } },
    });
    expect(got.data!.data.clientAlgoOrderId).toBe(id);
  });

  it("keeps each API key's orders to itself", async () => {
    const placed = await h.client.POST("/v3/trade/algoOrder", { body: SEVEN[0]!.body });
    const other = h.sandbox.addAccount();
    const id = placed.data!.data.rows[0].algoOrderId!;
    const res = await rawRequest(h.sandbox, "GET", `/v3/trade/algoOrder?algoOrderId=${id}`, "", other);
    expect(res.json).toMatchObject({ success: false, code: 317152 });
  });
});

describe("request validation derived from the spec", () => {
  const stop = SEVEN[0]!.body;
  const post = (body: unknown) => rawRequest(h.sandbox, "POST", "/v3/trade/algoOrder", JSON.stringify(body));

  it("answers an unknown body field with -1004", async () => {
    const res = await post({ ...stop, stopPrice: "1" });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ success: false, code: -1004 });
    expect(res.json.message).toContain("stopPrice");
  });

  it("answers an unknown field inside childOrders with -1004", async () => {
    const oco = SEVEN[1]!.body as { childOrders: object[] };
    const res = await post({ ...oco, childOrders: [{ ...oco.childOrders[0], foo: 1 }] });
    expect(res.json).toMatchObject({ code: -1004 });
  });

  it.each([
    ["a number where the spec wants a decimal string", { ...stop, quantity: 1 }, "quantity"],
    ["a missing required field", { ...stop, triggerPrice: undefined }, "triggerPrice"],
    ["a value outside an enum", { ...stop, side: "HOLD" }, "side"],
    ["a malformed decimal", { ...stop, quantity: "1e3" }, "quantity"],
    ["LIMIT without price", { ...stop, type: "LIMIT" }, "price"],
    ["a symbol that is not SPOT_/PERP_", { ...stop, symbol: "BTCUSDT" }, "symbol"],
  ])("answers %s with -1005", async (_what, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ success: false, code: -1005 });
    expect(res.json.message).toContain(field);
  });

  it("answers an unknown algoType with 317167", async () => {
    const res = await post({ ...stop, algoType: "ICEBERG" });
    expect(res.json).toMatchObject({ code: 317167, message: "unsupported algo type: ICEBERG" });
  });

  it("answers malformed JSON and a missing body with -1005", async () => {
    expect((await rawRequest(h.sandbox, "POST", "/v3/trade/algoOrder", "{not json")).json.code).toBe(-1005);
    expect((await rawRequest(h.sandbox, "POST", "/v3/trade/algoOrder", "")).json.code).toBe(-1005);
  });

  it("validates query parameters: unknown → -1004, ill-typed or missing → -1005", async () => {
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?orderId=1")).json.code).toBe(-1004);
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?algoOrderId=abc")).json.code).toBe(-1005);
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?algoOrderId=-1")).json.code).toBe(-1005);
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder")).json.code).toBe(-1005);
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?algoOrderId=1&algoOrderId=2")).json.code).toBe(
      -1005,
    );
  });

  it("answers paths and methods the spec does not have with 404/405", async () => {
    expect((await rawRequest(h.sandbox, "GET", "/v3/trade/nothing")).status).toBe(404);
    expect((await rawRequest(h.sandbox, "PATCH", "/v3/trade/algoOrder")).status).toBe(405);
  });
});
