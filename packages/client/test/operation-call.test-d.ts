import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import type { CallOperation } from "../src/operation-types.js";

// The call every helper goes through, typed by operationId from the generated operations: a helper
// that passes the wrong shape does not compile.
declare const call: CallOperation;
type S = components["schemas"];

describe("the call by operationId", () => {
  it("takes each operation's parameters and body, and resolves to its data", async () => {
    expectTypeOf(await call("getAlgoOrder", { params: { query: { algoOrderId: 1 } } })).toEqualTypeOf<S["AlgoOrder"]>();
    expectTypeOf(await call("getOrderbook", { params: { query: { symbol: "PERP_BTC_USDT" } } })).toHaveProperty("asks");
    expectTypeOf(await call("getSystemInfo", {})).toHaveProperty("status");
    // Ids may also be decimal strings or bigint on the way out.
    void call("getOrder", { params: { query: { clientOrderId: "42" } } });
    void call("placeOrder", {
      body: { symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "1", clientOrderId: 5n },
    });
  });

  it("rejects what the operation does not take", () => {
    // @ts-expect-error the orderbook needs its symbol
    void call("getOrderbook", {});
    // @ts-expect-error a GET takes no body
    void call("getAlgoOrder", { body: { algoOrderId: 1 } });
    // @ts-expect-error a placement takes no query
    void call("placeAlgoOrder", { params: { query: { symbol: "PERP_BTC_USDT" } } });
    // @ts-expect-error not a query parameter of this operation
    void call("getAlgoOrder", { params: { query: { algoOrderId: 1, symbol: "PERP_BTC_USDT" } } });
    // @ts-expect-error not a side
    void call("placeOrder", { body: { symbol: "SPOT_BTC_USDT", side: "UP", type: "MARKET", quantity: "1" } });
    // @ts-expect-error not an operation
    void call("getEverything", {});
  });
});
