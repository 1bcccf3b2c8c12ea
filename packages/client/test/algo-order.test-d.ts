import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import { createWooxClient } from "../src/index.js";

type Body = components["schemas"]["AlgoOrderRequest"];
const client = createWooxClient({ apiKey: "k", apiSecret: "s" });

describe("POST /v3/trade/algoOrder bodies", () => {
  it("accept a valid body of each of the seven algo types", () => {
    const stopMarket: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "1000",
    };
    const stopLimit: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "LIMIT",
      price: "1000",
      quantity: "0.01",
      triggerPrice: "1000",
    };
    const oco: Body = {
      symbol: "PERP_ETH_USDT",
      algoType: "OCO",
      side: "BUY",
      type: "LIMIT",
      price: "1000",
      quantity: "1",
      childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "1600" }],
    };
    const trailingRate: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
      callbackRate: "0.012",
    };
    const trailingValue: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "1",
      callbackValue: "100",
      activatedPrice: "70000",
    };
    const positional: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "72000" },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "58000" },
      ],
    };
    const tpSl: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "TP_SL",
      quantity: "0.5",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "72000" },
        { algoType: "STOP_LOSS", side: "SELL", type: "LIMIT", price: "57900", triggerPrice: "58000" },
      ],
    };
    const bracket: Body = {
      symbol: "SPOT_BAL_USDT",
      algoType: "BRACKET",
      side: "BUY",
      type: "LIMIT",
      price: "69",
      quantity: "1",
      childOrders: [
        {
          symbol: "SPOT_BAL_USDT",
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "76" },
            { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "50" },
          ],
        },
      ],
    };
    const stopBracket: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP_BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "65000",
      childOrders: [
        {
          algoType: "TP_SL",
          childOrders: [{ algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "70000" }],
        },
      ],
    };
    for (const body of [
      stopMarket,
      stopLimit,
      oco,
      trailingRate,
      trailingValue,
      positional,
      tpSl,
      bracket,
      stopBracket,
    ]) {
      void client.POST("/v3/trade/algoOrder", { body });
    }
    expectTypeOf<Body["algoType"]>().toEqualTypeOf<
      "STOP" | "OCO" | "TRAILING_STOP" | "POSITIONAL_TP_SL" | "TP_SL" | "BRACKET" | "STOP_BRACKET"
    >();
  });

  it("reject a body missing what its type needs", () => {
    // @ts-expect-error TRAILING_STOP needs callbackRate or callbackValue
    const noCallback: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "TRAILING_STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
    };
    // @ts-expect-error OCO needs its STOP child
    const ocoNoChild: Body = {
      symbol: "PERP_ETH_USDT",
      algoType: "OCO",
      side: "BUY",
      type: "LIMIT",
      price: "1000",
      quantity: "1",
    };
    const ocoEmpty: Body = {
      symbol: "PERP_ETH_USDT",
      algoType: "OCO",
      side: "BUY",
      type: "LIMIT",
      price: "1000",
      quantity: "1",
      // @ts-expect-error OCO's childOrders holds exactly one STOP
      childOrders: [],
    };
    // @ts-expect-error a stop-limit needs a price
    const stopLimitNoPrice: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "LIMIT",
      quantity: "1",
      triggerPrice: "1",
    };
    // @ts-expect-error STOP needs a triggerPrice
    const stopNoTrigger: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
    };
    // @ts-expect-error STOP_BRACKET needs a triggerPrice for its entry
    const stopBracketNoTrigger: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP_BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
      childOrders: [
        {
          algoType: "TP_SL",
          childOrders: [{ algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "1" }],
        },
      ],
    };
    // @ts-expect-error BRACKET needs its TP/SL child
    const bracketNoChild: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
    };
    const numericQuantity: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      // @ts-expect-error quantities are decimal strings, not numbers
      quantity: 1,
      triggerPrice: "1",
    };
    const unknownType: Body = {
      symbol: "PERP_BTC_USDT",
      // @ts-expect-error not an algo type
      algoType: "ICEBERG",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
    };
    const positionalLeg: Body = {
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      // @ts-expect-error positional legs close the position: type CLOSE_POSITION
      childOrders: [{ algoType: "TAKE_PROFIT", type: "MARKET", side: "SELL", triggerPrice: "1" }],
    };
    void [
      noCallback,
      ocoNoChild,
      ocoEmpty,
      stopLimitNoPrice,
      stopNoTrigger,
      stopBracketNoTrigger,
      bracketNoChild,
      numericQuantity,
      unknownType,
      positionalLeg,
    ];
  });
});

describe("typed calls", () => {
  it("types the response data from the spec", async () => {
    const { data, error } = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 792420 } } });
    if (data) {
      expectTypeOf(data.data.algoOrderId).toEqualTypeOf<number | bigint>();
      expectTypeOf(data.data.quantity).toEqualTypeOf<string | number | undefined>();
      expectTypeOf(data.data.childOrders).toEqualTypeOf<components["schemas"]["AlgoOrder"][] | undefined>();
    }
    if (error) expectTypeOf(error.codeName).toEqualTypeOf<string | null>();
    const placed = await client.POST("/v3/trade/algoOrder", {
      body: {
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "1",
        triggerPrice: "1",
      },
    });
    type Row = components["schemas"]["PlacedAlgoOrderRow"];
    // minItems: 1 in the spec: at least one row.
    expectTypeOf(placed.data?.data.rows).toEqualTypeOf<[Row, ...Row[]] | undefined>();
  });

  it("accepts bigint ids and rejects unknown paths, methods and parameters", () => {
    void client.GET("/v3/trade/algoOrder", { params: { query: { clientAlgoOrderId: 9223372036854775807n } } });
    // @ts-expect-error no such path
    void client.GET("/v3/trade/nothing");
    // @ts-expect-error POST needs a body
    void client.POST("/v3/trade/algoOrder", {});
    // @ts-expect-error no such query parameter
    void client.GET("/v3/trade/algoOrder", { params: { query: { orderId: 1 } } });
    // @ts-expect-error ids are integers, not strings
    void client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: "1" } } });
  });

  it("returns data without the error branch in throwing mode", async () => {
    const throwing = createWooxClient({ apiKey: "k", apiSecret: "s", throwOnError: true });
    const { data } = await throwing.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expectTypeOf(data.success).toEqualTypeOf<true>();
  });
});
