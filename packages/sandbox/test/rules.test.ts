import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

// PERP_BTC_USDT: price 60000, tick 0.1, step 0.0001, min notional 10.
const stop = (extra: Record<string, unknown>): AlgoOrderRequest => ({
  symbol: "PERP_BTC_USDT",
  algoType: "STOP",
  side: "BUY",
  type: "MARKET",
  quantity: "0.01",
  triggerPrice: "61000",
  ...extra,
});

describe("instrument rules", () => {
  it.each([
    ["a trigger price off the tick", { triggerPrice: "61000.05" }, "PRICE_FILTER", "-1103"],
    ["a limit price off the tick", { type: "LIMIT", price: "61000.01" }, "PRICE_FILTER", "-1103"],
    ["a quantity off the step", { quantity: "0.00015" }, "SIZE_FILTER", "-1104"],
    ["a quantity below the minimum", { quantity: "0.00001" }, "SIZE_FILTER", "-1104"],
    ["an order worth less than 10 USDT", { quantity: "0.0001" }, "MIN_NOTIONAL", "-1102"],
    ["a BUY stop below the market", { triggerPrice: "59000" }, "TRIGGER_PRICE_TOO_LOW", "317150"],
    ["a SELL stop above the market", { side: "SELL", triggerPrice: "61000" }, "TRIGGER_PRICE_TOO_HIGH", "317151"],
    ["a zero quantity", { quantity: "0" }, "INVALID_PARAM", "-1005"],
  ])("refuses %s", async (_what, extra, name, code) => {
    const r = await h.client.POST("/v3/trade/algoOrder", { body: stop(extra) });
    expect(r.error?.codeName).toBe(name);
    expect(r.error?.code).toBe(code);
    expect(r.error?.httpStatus).toBe(400);
  });

  it("checks child legs too, against the bracket's entry price", async () => {
    const body: AlgoOrderRequest = {
      symbol: "SPOT_BAL_USDT",
      algoType: "BRACKET",
      side: "BUY",
      type: "LIMIT",
      price: "69",
      quantity: "1",
      childOrders: [
        {
          algoType: "POSITIONAL_TP_SL",
          childOrders: [{ algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "68" }],
        },
      ],
    };
    const r = await h.client.POST("/v3/trade/algoOrder", { body });
    expect(r.error?.codeName).toBe("TRIGGER_PRICE_TOO_LOW");
    expect(r.error?.wooMessage).toBe("trigger price must be greater than 69");
  });

  it("refuses TP/SL legs on different sides with 317143", async () => {
    const body: AlgoOrderRequest = {
      symbol: "PERP_BTC_USDT",
      algoType: "TP_SL",
      side: "SELL",
      quantity: "0.01",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "62000" },
        { algoType: "STOP_LOSS", side: "BUY", type: "MARKET", triggerPrice: "58000" },
      ],
    };
    expect((await h.client.POST("/v3/trade/algoOrder", { body })).error?.code).toBe("317143");
  });

  it("refuses an unknown symbol with 317155 and a callbackRate that is not a fraction with -1005", async () => {
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: stop({ symbol: "PERP_DOGE_USDT" }) })).error?.codeName,
    ).toBe("UNSUPPORTED_SYMBOL");
    const trailing: AlgoOrderRequest = {
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.01",
      callbackRate: "100",
    };
    const r = await h.client.POST("/v3/trade/algoOrder", { body: trailing });
    expect(r.error?.codeName).toBe("INVALID_PARAM");
    expect(r.error?.wooMessage).toMatch(/fraction/);
  });
});
