import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../../types/src/openapi.gen.js";
import type {
  AlgoExecutionNode,
  AlgoExecutionReportPush,
  BboData,
  BboPush,
  ControlFrame,
  DataOf,
  ExactTopic,
  ExecutionReportPush,
  ExecutionReportUpdate,
  KlinePush,
  OpenInterestPush,
  OrderbookUpdatePush,
  PayloadOf,
  PrivateTopic,
  PublicTopic,
  SubscribeAck,
  Topic,
} from "../../types/src/streams.gen.js";
import { pushGuards, topics } from "../../types/src/streams.gen.js";

type S = components["schemas"];

/** What a stream client's subscribe looks like: the topic string alone picks the item type. */
declare function subscribe<T extends Topic>(topic: T): AsyncIterable<PayloadOf<T>>;
/** The same, refusing extra `@` segments inside the `${string}` parts of a topic type. */
declare function subscribeExact<T extends Topic>(topic: T & ExactTopic<T>): AsyncIterable<PayloadOf<T>>;

describe("topic strings", () => {
  it("map to their payload type", () => {
    expectTypeOf<PayloadOf<"orderbookupdate@PERP_BTC_USDT@50">>().toEqualTypeOf<OrderbookUpdatePush>();
    expectTypeOf(subscribe("orderbookupdate@PERP_BTC_USDT@500")).toEqualTypeOf<AsyncIterable<OrderbookUpdatePush>>();
    expectTypeOf(subscribe("bbo@SPOT_ETH_USDT")).toEqualTypeOf<AsyncIterable<BboPush>>();
    expectTypeOf(subscribe("kline@SPOT_ETH_USDT@1M")).toEqualTypeOf<AsyncIterable<KlinePush>>();
    expectTypeOf(subscribe("openinterest@PERP_BTC_USDT")).toEqualTypeOf<AsyncIterable<OpenInterestPush>>();
    expectTypeOf(subscribe("executionreport")).toEqualTypeOf<AsyncIterable<ExecutionReportPush>>();
    expectTypeOf(subscribeExact("algoexecutionreport")).toEqualTypeOf<AsyncIterable<AlgoExecutionReportPush>>();
    expectTypeOf(subscribeExact("orderbookupdate@PERP_BTC_USDT@50")).toEqualTypeOf<
      AsyncIterable<OrderbookUpdatePush>
    >();
    expectTypeOf<DataOf<"bbo@PERP_BTC_USDT">>().toEqualTypeOf<BboData>();
    expectTypeOf<PayloadOf<"bbo@PERP_BTC_USDT" | "trade@PERP_BTC_USDT">["topic"]>().toEqualTypeOf<
      `bbo@${"SPOT" | "PERP"}_${string}_${string}` | `trade@${"SPOT" | "PERP"}_${string}_${string}`
    >();
  });

  it("fail to compile when the exchange would not subscribe them", () => {
    // @ts-expect-error depth 20 is not a book depth (50, 200, 500)
    void subscribe("orderbookupdate@PERP_BTC_USDT@20");
    // @ts-expect-error the V2 spelling puts the symbol first
    void subscribe("PERP_BTC_USDT@orderbookupdate@50");
    // @ts-expect-error `1mon` is the REST month; the WebSocket writes `1M`
    void subscribe("kline@PERP_BTC_USDT@1mon");
    // @ts-expect-error indexprice is keyed by the spot symbol
    void subscribe("indexprice@PERP_BTC_USDT");
    // @ts-expect-error funding exists for perpetuals only
    void subscribe("estfundingrate@SPOT_BTC_USDT");
    // @ts-expect-error no such topic
    void subscribe("tickers");
    // @ts-expect-error a depth on a topic that has none
    void subscribeExact("bbo@PERP_BTC_USDT@50");
    // @ts-expect-error private topics take no symbol
    void subscribe("executionreport@PERP_BTC_USDT");
  });

  it("split by socket", () => {
    expectTypeOf<"balance">().toExtend<PrivateTopic>();
    expectTypeOf<"bbo@PERP_BTC_USDT">().toExtend<PublicTopic>();
    expectTypeOf<"balance">().not.toExtend<PublicTopic>();
  });
});

describe("payload types", () => {
  it("reuse the OpenAPI spec's types for shared schemas", () => {
    expectTypeOf<BboData["ap"]>().toEqualTypeOf<S["DecimalOut"]>();
    expectTypeOf<BboData["s"]>().toEqualTypeOf<S["Symbol"]>();
    expectTypeOf<ExecutionReportUpdate["oid"]>().toEqualTypeOf<S["Int64Id"]>();
    expectTypeOf<ExecutionReportUpdate["sd"]>().toEqualTypeOf<S["Side"] | undefined>();
    expectTypeOf<AlgoExecutionNode["aid"]>().toEqualTypeOf<number | bigint>();
  });

  it("keep open enums open and closed ones closed", () => {
    expectTypeOf<"NEW">().toExtend<ExecutionReportUpdate["ss"]>();
    expectTypeOf<"SOME_FUTURE_STATUS">().toExtend<ExecutionReportUpdate["ss"]>();
    expectTypeOf<"TAKE_PROFIT">().toExtend<AlgoExecutionNode["at"]>();
    expectTypeOf<"HOLD">().not.toExtend<NonNullable<ExecutionReportUpdate["sd"]>>();
  });

  it("type the algo report as a non-empty list and the command replies by cmd", () => {
    expectTypeOf<AlgoExecutionReportPush["data"]>().toEqualTypeOf<[AlgoExecutionNode, ...AlgoExecutionNode[]]>();
    expectTypeOf<Extract<ControlFrame, { cmd: "SUBSCRIBE"; success: true }>>().toEqualTypeOf<SubscribeAck>();
  });

  it("give the runtime guards and table the same keys as the types", () => {
    expectTypeOf(pushGuards.bbo).toEqualTypeOf<(v: unknown) => v is BboPush>();
    expectTypeOf(topics.orderbookupdate.sequence.seed.operationId).toEqualTypeOf<"getOrderbook">();
    expectTypeOf<keyof typeof topics>().toEqualTypeOf<keyof typeof pushGuards>();
  });
});
