import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { operations } from "@woox-sdk/types/operations";
import { harness, RAW_CLIENT, type Harness } from "./helpers.js";

let h: Harness;
let clock = 1_800_000_000_000;
beforeEach(async () => {
  clock = 1_800_000_000_000;
  h = await harness({ now: () => clock });
});
afterEach(() => h.stop());

const post = operations.placeAlgoOrder.rateLimit;
const get = operations.getAlgoOrder.rateLimit;

const order = (symbol: string, trigger: string): AlgoOrderRequest => ({
  symbol,
  algoType: "STOP",
  side: "BUY",
  type: "MARKET",
  quantity: "0.01",
  triggerPrice: trigger,
});

describe("rate limits from x-rate-limit", () => {
  it("the spec says POST algoOrder is 2 per second per symbol and GET 10 per second per account", () => {
    expect(post).toMatchObject({ requests: 2, perMs: 1000, key: { scope: "field", name: "symbol", in: "body" } });
    expect(get).toMatchObject({ requests: 10, perMs: 1000, key: { scope: "account" } });
  });

  it("limits POST per symbol, answers 429/-1003 with Retry-After, and lets the window slide", async () => {
    for (let i = 0; i < post.requests; i++)
      expect(
        (await h.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", "61000") })).error,
      ).toBeUndefined();
    const limited = await h.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", "61000") });
    expect(limited.error?.codeName).toBe("TOO_MANY_REQUEST");
    expect(limited.error?.httpStatus).toBe(429);
    expect(limited.response.headers.get("retry-after")).toBe("1");
    expect(limited.error?.retryAfterMs).toBe(1000);
    // Another symbol has its own budget.
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: order("PERP_ETH_USDT", "3100") })).error,
    ).toBeUndefined();
    clock += post.perMs - 1;
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", "61000") })).error?.codeName,
    ).toBe("TOO_MANY_REQUEST");
    clock += 1;
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", "61000") })).error,
    ).toBeUndefined();
  });

  it("limits GET per account: another API key is not affected", async () => {
    for (let i = 0; i < get.requests; i++)
      await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    const limited = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(limited.error?.code).toBe("-1003");
    const { createWooxClient } = await import("@woox-sdk/client");
    const other = createWooxClient({
      ...RAW_CLIENT,
      ...h.sandbox.addAccount(),
      baseUrl: h.sandbox.url,
      now: () => clock,
    });
    expect((await other.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } })).error?.codeName).toBe(
      "ORDER_NOT_FOUND",
    );
  });

  it("meets a client with its defaults: pacing keeps a burst under the limits, no 429 reaches the caller", async () => {
    // The real clock here: the client paces by wall time, and the sandbox counts by its own clock.
    const paced = await harness({}, {});
    try {
      const started = Date.now();
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          paced.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", String(61000 + i)) }),
        ),
      );
      expect(results.map((r) => r.error?.codeName)).toEqual([undefined, undefined, undefined, undefined, undefined]);
      // 5 placements at 2 per second per symbol: the last waits two windows.
      expect(Date.now() - started).toBeGreaterThanOrEqual(2 * post.perMs);
      expect(paced.records.filter((r) => r.status === 429)).toEqual([]);
      // Reads have their own window (10/s per account) and are paced too.
      const reads = await Promise.all(
        Array.from({ length: get.requests + 2 }, () =>
          paced.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } }),
        ),
      );
      expect(reads.every((r) => r.error?.codeName === "ORDER_NOT_FOUND")).toBe(true);
      expect(paced.records.filter((r) => r.status === 429)).toEqual([]);
    } finally {
      await paced.stop();
    }
  });

  it("can be switched off for tests that need bursts", async () => {
    const free = await harness({ rateLimits: false });
    try {
      for (let i = 0; i < 5; i++)
        expect(
          (await free.client.POST("/v3/trade/algoOrder", { body: order("PERP_BTC_USDT", "61000") })).error,
        ).toBeUndefined();
    } finally {
      await free.stop();
    }
  });
});
