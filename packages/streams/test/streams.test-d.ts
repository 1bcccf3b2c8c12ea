import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import type {
  AlgoExecutionNode,
  BboData,
  ExecutionReportPush,
  OrderbookDeltaData,
  PublicTopic,
} from "@woox-sdk/types/streams";
import { describe, expectTypeOf, it } from "vitest";
import { isGap, withStreams, type GapItem, type OrderBook, type Subscription, type TopicStream } from "../src/index.js";

const woox = withStreams(createWooxClient({ apiKey: "k", apiSecret: "s" }));

describe("withStreams", () => {
  it("keeps the REST client's surface and adds stream", () => {
    expectTypeOf<typeof woox.algoOrders.place>().toBeFunction();
    expectTypeOf<typeof woox.GET>().toEqualTypeOf<WooxClient<false>["GET"]>();
    const throwing = withStreams(createWooxClient({ throwOnError: true }));
    expectTypeOf(throwing).toExtend<WooxClient<true>>();
    expectTypeOf<ReturnType<typeof throwing.stream.public>>().toEqualTypeOf<TopicStream<PublicTopic>>();
  });
});

describe("subscribe", () => {
  it("types items from the topic string", async () => {
    const sub = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    expectTypeOf(sub).toEqualTypeOf<Subscription<"bbo@PERP_BTC_USDT">>();
    for await (const item of sub) {
      // @ts-expect-error -- a gap marker has no data: tell the two apart first
      void item.data;
      if (item.type === "gap") {
        expectTypeOf(item).toEqualTypeOf<GapItem<"bbo@PERP_BTC_USDT">>();
        expectTypeOf(item.reason).toEqualTypeOf<"reconnect" | "sequence" | "overflow" | "invalid">();
        continue;
      }
      expectTypeOf(item.data).toEqualTypeOf<BboData>();
    }
    for await (const item of woox.stream.public().subscribe("orderbookupdate@PERP_BTC_USDT@50"))
      if (!isGap(item)) expectTypeOf(item.data).toEqualTypeOf<OrderbookDeltaData>();
  });

  it("types private reports, ids as number | bigint", async () => {
    for await (const item of woox.stream.private().subscribe("executionreport")) {
      if (item.type === "gap") continue;
      expectTypeOf(item.data).toEqualTypeOf<ExecutionReportPush["data"]>();
    }
    for await (const item of woox.stream.private().subscribe("algoexecutionreport")) {
      if (item.type === "gap") continue;
      expectTypeOf(item.data[0]).toEqualTypeOf<AlgoExecutionNode>();
      expectTypeOf(item.data[0].aid).toEqualTypeOf<number | bigint>();
    }
  });

  it("refuses topics that are not the socket's, or not topics", () => {
    // @ts-expect-error -- unsupported depth
    woox.stream.public().subscribe("orderbookupdate@PERP_BTC_USDT@20");
    // @ts-expect-error -- V2 spelling, symbol first
    woox.stream.public().subscribe("PERP_BTC_USDT@bbo");
    // @ts-expect-error -- index price is keyed by the spot symbol
    woox.stream.public().subscribe("indexprice@PERP_BTC_USDT");
    // @ts-expect-error -- REST spelling of the month interval
    woox.stream.public().subscribe("kline@SPOT_BTC_USDT@1mon");
    // @ts-expect-error -- an extra segment
    woox.stream.public().subscribe("bbo@PERP_BTC_USDT@x");
    // @ts-expect-error -- private topic on the public socket
    woox.stream.public().subscribe("executionreport");
    // @ts-expect-error -- public topic on the private socket
    woox.stream.private().subscribe("trade@PERP_BTC_USDT");
  });

  it("yields books from orderBook()", async () => {
    for await (const book of woox.stream.orderBook("PERP_BTC_USDT", { depth: 200 })) {
      expectTypeOf(book).toEqualTypeOf<OrderBook>();
      expectTypeOf(book.asks[0]!).toEqualTypeOf<readonly [price: string, size: string]>();
    }
    // @ts-expect-error -- no such depth
    woox.stream.orderBook("PERP_BTC_USDT", { depth: 20 });
  });
});
