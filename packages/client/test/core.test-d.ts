import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import {
  createWooxCore,
  getAlgoOrder,
  getOrder,
  getOrderbook,
  getSystemInfo,
  placeAlgoOrder,
  placeOrder,
} from "../src/core.js";

// The core's call is typed by the row it is given, as the full client's call is by operationId.
const core = createWooxCore();
type S = components["schemas"];

describe("the core's call", () => {
  it("takes each operation's parameters and body, and resolves to its data", async () => {
    expectTypeOf(await core.call(getAlgoOrder, { params: { query: { algoOrderId: 1 } } })).toEqualTypeOf<
      S["AlgoOrder"]
    >();
    expectTypeOf(await core.call(getOrderbook, { params: { query: { symbol: "PERP_BTC_USDT" } } })).toHaveProperty(
      "asks",
    );
    expectTypeOf(await core.call(getSystemInfo, {})).toHaveProperty("status");
    expectTypeOf(
      await core.call(placeAlgoOrder, {
        body: {
          symbol: "PERP_BTC_USDT",
          algoType: "STOP",
          side: "SELL",
          type: "MARKET",
          quantity: "1",
          triggerPrice: "1",
        },
      }),
    ).toHaveProperty("rows");
    void core.call(getOrder, { params: { query: { clientOrderId: "42" } } }, { timeoutMs: 500 });
  });

  it("rejects what the operation does not take", () => {
    // @ts-expect-error the orderbook needs its symbol
    void core.call(getOrderbook, {});
    // @ts-expect-error a GET takes no body
    void core.call(getAlgoOrder, { body: { algoOrderId: 1 } });
    // @ts-expect-error a placement takes no query
    void core.call(placeAlgoOrder, { params: { query: { symbol: "PERP_BTC_USDT" } } });
    // @ts-expect-error not a side
    void core.call(placeOrder, { body: { symbol: "SPOT_BTC_USDT", side: "UP", type: "MARKET", quantity: "1" } });
    // @ts-expect-error not a row of the table
    void core.call({ method: "GET", path: "/v3/everything" }, {});
  });
});
