import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { operations } from "@woox-sdk/types/operations";
import { clientFor, harness, type Harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  // Rate limits off: these tests place more than 2 orders per second on one symbol.
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

const limits = operations.placeAlgoOrder.openOrderLimits;

const stop = (i: number, extra: Partial<AlgoOrderRequest> = {}): AlgoOrderRequest =>
  ({
    symbol: "PERP_BTC_USDT",
    algoType: "STOP",
    side: "BUY",
    type: "MARKET",
    quantity: "0.01",
    triggerPrice: String(61000 + i),
    ...extra,
  }) as AlgoOrderRequest;

const tpSl = (symbol = "PERP_BTC_USDT"): AlgoOrderRequest => ({
  symbol,
  algoType: "TP_SL",
  side: "SELL",
  quantity: "0.01",
  childOrders: [{ algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "70000" }],
});

const positional = (side: "BUY" | "SELL", symbol = "PERP_BTC_USDT"): AlgoOrderRequest => ({
  symbol,
  algoType: "POSITIONAL_TP_SL",
  // A stop-loss closing a long (SELL) sits below the market, one closing a short (BUY) above it.
  childOrders: [
    {
      algoType: "STOP_LOSS",
      type: "CLOSE_POSITION",
      side,
      reduceOnly: true,
      triggerPrice: {
        SELL: { PERP_BTC_USDT: "50000", PERP_ETH_USDT: "2000" },
        BUY: { PERP_BTC_USDT: "70000", PERP_ETH_USDT: "4000" },
      }[side][symbol as "PERP_BTC_USDT"],
    },
  ],
});

const bracket = (entry: string): AlgoOrderRequest => ({
  symbol: "PERP_BTC_USDT",
  algoType: "BRACKET",
  side: "BUY",
  type: "LIMIT",
  price: entry,
  quantity: "0.01",
  childOrders: [
    {
      algoType: "POSITIONAL_TP_SL",
      childOrders: [{ algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "40000" }],
    },
  ],
});

describe("open algo order limits (x-open-order-limits)", () => {
  it("reads the limits from the spec", () => {
    expect(limits).toEqual({ perInstrument: 100, tpSlPerInstrument: 10, positionalTpSlPerInstrumentSide: 1 });
  });

  it(`allows ${limits.perInstrument} open algo orders per instrument, then refuses; other instruments are unaffected`, async () => {
    for (let i = 0; i < limits.perInstrument; i++) {
      const r = await h.client.POST("/v3/trade/algoOrder", { body: stop(i) });
      expect(r.error).toBeUndefined();
    }
    const over = await h.client.POST("/v3/trade/algoOrder", { body: stop(999) });
    expect(over.error?.codeName).toBe("RPC_REJECT");
    expect(over.error?.wooMessage).toMatch(/100 open algo orders/);
    const elsewhere = await h.client.POST("/v3/trade/algoOrder", {
      body: stop(0, { symbol: "PERP_ETH_USDT", triggerPrice: "3100" }),
    });
    expect(elsewhere.error).toBeUndefined();
    // A filled order is no longer open, so there is room again.
    h.sandbox.setPrice("PERP_BTC_USDT", "61000");
    expect((await h.client.POST("/v3/trade/algoOrder", { body: stop(999) })).error).toBeUndefined();
  });

  it(`allows ${limits.tpSlPerInstrument} open TP_SL per instrument, counting those attached to brackets`, async () => {
    const withTpSl: AlgoOrderRequest = {
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
    };
    expect((await h.client.POST("/v3/trade/algoOrder", { body: withTpSl })).error).toBeUndefined();
    for (let i = 1; i < limits.tpSlPerInstrument; i++)
      expect((await h.client.POST("/v3/trade/algoOrder", { body: tpSl() })).error).toBeUndefined();
    const over = await h.client.POST("/v3/trade/algoOrder", { body: tpSl() });
    expect(over.error?.codeName).toBe("RPC_REJECT");
    expect(over.error?.wooMessage).toMatch(/TP_SL/);
    expect((await h.client.POST("/v3/trade/algoOrder", { body: tpSl("PERP_ETH_USDT") })).error).toBeUndefined();
  });

  it("allows one open POSITIONAL_TP_SL per instrument and side", async () => {
    expect((await h.client.POST("/v3/trade/algoOrder", { body: positional("SELL") })).error).toBeUndefined();
    const second = await h.client.POST("/v3/trade/algoOrder", { body: positional("SELL") });
    expect(second.error?.codeName).toBe("RPC_REJECT");
    expect((await h.client.POST("/v3/trade/algoOrder", { body: positional("BUY") })).error).toBeUndefined();
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: positional("SELL", "PERP_ETH_USDT") })).error,
    ).toBeUndefined();
  });

  it("lets a bracket's POSITIONAL_TP_SL replace the open one when it activates", async () => {
    const first = await h.client.POST("/v3/trade/algoOrder", { body: positional("SELL") });
    const firstId = first.data!.data.rows.at(-1)!.algoOrderId!;
    // Placing the bracket is allowed although a POSITIONAL_TP_SL (SELL) is open: its child is not active yet.
    const placed = await h.client.POST("/v3/trade/algoOrder", { body: bracket("59000") });
    expect(placed.error).toBeUndefined();
    const childId = placed.data!.data.rows.at(-2)!.orderId!; // rows: STOP_LOSS, POSITIONAL_TP_SL (keyed orderId), BRACKET
    h.sandbox.setPrice("PERP_BTC_USDT", "59000"); // the entry fills, the child activates
    const old = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: firstId } } });
    expect(old.data!.data.algoStatus).toBe("CANCELLED");
    const child = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: childId } } });
    expect(child.data!.data).toMatchObject({ algoStatus: "NEW", isActivated: true, rootAlgoStatus: "FILLED" });
  });
});

describe("clientAlgoOrderId", () => {
  it("is unique among open algo orders and reusable once the previous one completed", async () => {
    const id = 77;
    expect(
      (await h.client.POST("/v3/trade/algoOrder", { body: stop(0, { clientAlgoOrderId: id }) })).error,
    ).toBeUndefined();
    const dup = await h.client.POST("/v3/trade/algoOrder", {
      body: stop(1, { clientAlgoOrderId: id, symbol: "PERP_ETH_USDT", triggerPrice: "3100" }),
    });
    expect(dup.error?.codeName).toBe("DUPLICATE_CLIENT_ORDER_ID");
    expect(dup.error?.code).toBe("302117");
    // Another account may use the same id.
    const other = h.sandbox.addAccount();
    const otherClient = clientFor(h.sandbox, other);
    expect(
      (await otherClient.POST("/v3/trade/algoOrder", { body: stop(0, { clientAlgoOrderId: id }) })).error,
    ).toBeUndefined();

    h.sandbox.setPrice("PERP_BTC_USDT", "61000"); // both STOPs fill: completed
    const again = await h.client.POST("/v3/trade/algoOrder", { body: stop(5, { clientAlgoOrderId: id }) });
    expect(again.error).toBeUndefined();
    // GET by clientAlgoOrderId finds the open one, not the completed one.
    const got = await h.client.GET("/v3/trade/algoOrder", { params: { query: { clientAlgoOrderId: id } } });
    expect(got.data!.data).toMatchObject({ algoOrderId: again.data!.data.rows[0].algoOrderId, algoStatus: "NEW" });
  });

  it("treats 0 as 'none': any number of orders may carry it", async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (await h.client.POST("/v3/trade/algoOrder", { body: stop(i, { clientAlgoOrderId: 0 }) })).error,
      ).toBeUndefined();
  });
});
