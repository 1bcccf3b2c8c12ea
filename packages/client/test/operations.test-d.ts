import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import { createWooxClient } from "../src/index.js";

type S = components["schemas"];
type Meta = S["PageMeta"];
type Status = { status: string };
const c = createWooxClient({ apiKey: "k", apiSecret: "s" });

describe("algo orders", () => {
  it("types requests and responses from the spec", async () => {
    expectTypeOf(
      await c.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "1",
        triggerPrice: "1",
      }),
    ).toEqualTypeOf<{ rows: [S["PlacedAlgoOrderRow"], ...S["PlacedAlgoOrderRow"][]] }>();
    expectTypeOf(await c.algoOrders.get({ algoOrderId: 1 })).toEqualTypeOf<S["AlgoOrder"]>();
    expectTypeOf(await c.algoOrders.edit({ algoOrderId: 1, price: "2" })).toEqualTypeOf<Status>();
    expectTypeOf(await c.algoOrders.cancel({ clientAlgoOrderId: 5n })).toEqualTypeOf<Status>();
    expectTypeOf(await c.algoOrders.cancelAll()).toEqualTypeOf<Status>();
    expectTypeOf(await c.algoOrders.list({ status: "COMPLETED" })).toEqualTypeOf<{
      rows: S["AlgoOrder"][];
      meta: Meta;
    }>();
    for await (const row of c.algoOrders.iterate({ symbol: "PERP_BTC_USDT" }))
      expectTypeOf(row).toEqualTypeOf<S["AlgoOrder"]>();
  });

  it("rejects wrong shapes", () => {
    // @ts-expect-error get needs algoOrderId or clientAlgoOrderId
    void c.algoOrders.get({});
    // @ts-expect-error not both at once
    void c.algoOrders.get({ algoOrderId: 1, clientAlgoOrderId: 2 });
    // @ts-expect-error edit needs to say which order
    void c.algoOrders.edit({ price: "2" });
    // @ts-expect-error not a status filter
    void c.algoOrders.list({ status: "OPEN" });
    // @ts-expect-error decimals are strings
    void c.algoOrders.edit({ algoOrderId: 1, price: 2 });
  });
});

describe("orders", () => {
  it("types requests and responses from the spec", async () => {
    const placed = await c.orders.place({
      symbol: "SPOT_BTC_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "1",
      quantity: "1",
    });
    expectTypeOf(placed.orderId).toEqualTypeOf<number | bigint>();
    expectTypeOf(await c.orders.get({ orderId: 1 })).toEqualTypeOf<S["Order"]>();
    expectTypeOf(await c.orders.edit({ clientOrderId: 1, quantity: "2" })).toEqualTypeOf<Status>();
    expectTypeOf(await c.orders.cancel({ symbol: "SPOT_BTC_USDT", orderId: "1" })).toEqualTypeOf<Status>();
    expectTypeOf(await c.orders.cancelAll({ symbol: "SPOT_BTC_USDT" })).toEqualTypeOf<Status>();
    expectTypeOf(await c.orders.cancelAllIncludingAlgo()).toEqualTypeOf<Status>();
    expectTypeOf(await c.orders.list()).toEqualTypeOf<{ rows: S["Order"][]; meta: Meta }>();
    expectTypeOf((await c.orders.trades()).rows).toEqualTypeOf<S["Trade"][]>();
    expectTypeOf((await c.orders.tradingFee({ symbol: "PERP_BTC_USDT" })).takerFee).toEqualTypeOf<string | number>();
    expectTypeOf((await c.orders.cancelAllAfter(1000)).expectedTriggerTime).toEqualTypeOf<string | number>();
  });

  it("rejects wrong shapes", () => {
    // @ts-expect-error not an order type
    void c.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "STOP", quantity: "1" });
    // @ts-expect-error cancel needs the symbol
    void c.orders.cancel({ orderId: 1 });
    // @ts-expect-error cancelAll needs the symbol
    void c.orders.cancelAll({});
    // @ts-expect-error cancelAllAfter takes milliseconds
    void c.orders.cancelAllAfter("1m");
    // @ts-expect-error unknown field
    void c.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "1", leverage: 5 });
  });
});

describe("market and account", () => {
  it("types responses from the spec", async () => {
    expectTypeOf((await c.market.systemInfo()).status).toEqualTypeOf<number>();
    expectTypeOf((await c.market.instruments()).rows).toEqualTypeOf<S["Instrument"][]>();
    expectTypeOf((await c.market.orderbook({ symbol: "PERP_BTC_USDT" })).asks).toEqualTypeOf<S["PriceLevel"][]>();
    expectTypeOf((await c.market.kline({ symbol: "PERP_BTC_USDT", type: "1m" })).rows).toEqualTypeOf<S["Kline"][]>();
    expectTypeOf((await c.market.klineHistory({ symbol: "PERP_BTC_USDT", type: "1y" })).rows).toEqualTypeOf<
      S["Kline"][]
    >();
    expectTypeOf((await c.market.trades({ symbol: "PERP_BTC_USDT" })).rows).toEqualTypeOf<S["MarketTrade"][]>();
    expectTypeOf((await c.market.fundingRate()).rows).toEqualTypeOf<S["FundingRate"][]>();
    expectTypeOf((await c.market.futures()).rows).toEqualTypeOf<S["FuturesInfo"][]>();
    expectTypeOf((await c.market.tokens()).rows).toEqualTypeOf<S["Token"][]>();
    expectTypeOf((await c.market.tokenInfo()).rows).toEqualTypeOf<S["TokenInfo"][]>();
    expectTypeOf((await c.account.info()).positionMode).toEqualTypeOf<string | undefined>();
    expectTypeOf((await c.account.balances()).holding).toEqualTypeOf<S["Balance"][]>();
    expectTypeOf((await c.account.positions()).positions).toEqualTypeOf<S["Position"][]>();
    expectTypeOf((await c.account.leverage({ symbol: "PERP_BTC_USDT" })).details).toEqualTypeOf<
      S["LeverageDetail"][]
    >();
    // Both writes answer no payload on the live exchange (AckResponse).
    expectTypeOf(await c.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage: 5 })).toEqualTypeOf<
      S["AckResponse"]["data"]
    >();
    expectTypeOf(await c.account.setPositionMode("HEDGE_MODE")).toEqualTypeOf<S["AckResponse"]["data"]>();
  });

  it("rejects wrong shapes", () => {
    // @ts-expect-error orderbook needs a symbol
    void c.market.orderbook({});
    // @ts-expect-error not a kline interval
    void c.market.kline({ symbol: "PERP_BTC_USDT", type: "2m" });
    // @ts-expect-error not a position mode
    void c.account.setPositionMode("BOTH");
    // @ts-expect-error leverage is an integer, not a string
    void c.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage: "5" });
    // @ts-expect-error symbols look like PERP_BTC_USDT, and the parameter is required
    void c.market.trades({ limit: 5 });
  });
});
