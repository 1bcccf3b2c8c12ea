import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, clientFor, failure, harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

type PlaceBody = Parameters<Harness["client"]["orders"]["place"]>[0];

const place = (body: PlaceBody) => h.client.orders.place(body);
const get = (orderId: number | bigint) => h.client.orders.get({ orderId });
/** The WooxApiError a helper call threw (helpers throw; the raw methods return `error`). */
/** Moves the price through the HTTP control route, optionally trading only `quantity` there. */
async function price(symbol: string, p: string, quantity?: string) {
  const res = await fetch(`${h.sandbox.url}/sandbox/price`, {
    method: "POST",
    body: JSON.stringify({ symbol, price: p, ...(quantity ? { quantity } : {}) }),
  });
  const body = (await res.json()) as { data: { events: { event: string; orderId?: number; quantity?: string }[] } };
  return body.data.events;
}
const balance = async (token: string) => (await h.client.account.balances({ token })).holding[0]!;

// SPOT_ETH_USDT: price 3000, tick 0.01, step 0.0001, min 0.001, min notional 10; maker 0.0002, taker 0.0005.
// Each account starts with 100000 USDT and 10 ETH.

describe("ordinary orders: types and fills", () => {
  it("LIMIT below the market rests, fills at its own price when the price gets there (maker), and moves balances", async () => {
    const placed = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "1",
      clientOrderId: 7,
    });
    expect(placed).toMatchObject({
      type: "LIMIT",
      price: "2900",
      quantity: "1",
      amount: null,
      bidAskLevel: null,
      clientOrderId: 7,
    });
    expect(await get(placed.orderId)).toMatchObject({
      status: "NEW",
      totalExecutedQuantity: "0",
      averageExecutedPrice: null,
      side: "BUY",
      orderTag: "default",
    });
    expect(await balance("USDT")).toMatchObject({ holding: "100000", frozen: "2900", availableBalance: "97100" });

    expect(await price("SPOT_ETH_USDT", "2950")).toEqual([]);
    // The price gaps through the limit: a resting order is the maker and trades at its own price.
    expect(await price("SPOT_ETH_USDT", "2850")).toEqual([
      {
        event: "FILLED",
        orderId: placed.orderId,
        type: "LIMIT",
        symbol: "SPOT_ETH_USDT",
        price: "2900",
        quantity: "1",
      },
    ]);
    expect(await get(placed.orderId)).toMatchObject({
      status: "FILLED",
      totalExecutedQuantity: "1",
      averageExecutedPrice: "2900",
      totalFee: "0.58",
      feeAsset: "USDT",
    });
    expect(await balance("USDT")).toMatchObject({ holding: "97099.42", frozen: "0" });
    expect(await balance("ETH")).toMatchObject({ holding: "11" });

    const rows = (await h.client.orders.trades()).rows.filter((t) => t.orderId === placed.orderId);
    expect(rows).toEqual([
      expect.objectContaining({
        symbol: "SPOT_ETH_USDT",
        side: "BUY",
        executedPrice: "2900",
        executedQuantity: "1",
        fee: "0.58",
        feeAsset: "USDT",
        isMaker: 1,
        realizedPnl: null,
      }),
    ]);
  });

  it("MARKET fills at once at the current price (taker); `amount` buys that much quote", async () => {
    const byQty = await place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "MARKET", quantity: "0.5" });
    expect(byQty).toMatchObject({ price: null, quantity: "0.5" });
    expect(await get(byQty.orderId)).toMatchObject({
      status: "FILLED",
      averageExecutedPrice: "3000",
      totalFee: "0.75",
    });
    const byAmount = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", amount: "100" });
    expect(byAmount).toMatchObject({ quantity: null, amount: "100" });
    // 100 / 3000 = 0.0333…, rounded down to the 0.0001 step.
    expect(await get(byAmount.orderId)).toMatchObject({
      status: "FILLED",
      totalExecutedQuantity: "0.0333",
      amount: "100",
      quantity: null,
    });
  });

  it("a LIMIT that crosses fills at once at the current price (taker)", async () => {
    const o = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "3100", quantity: "0.1" });
    expect(await get(o.orderId)).toMatchObject({ status: "FILLED", averageExecutedPrice: "3000", totalFee: "0.15" });
    const [trade] = (await h.client.orders.trades()).rows.filter((t) => t.orderId === o.orderId);
    expect(trade).toMatchObject({ isMaker: 0 });
  });

  it("IOC and FOK fill at once when they cross, else are cancelled", async () => {
    for (const type of ["IOC", "FOK"] as const) {
      const hit = await place({ symbol: "SPOT_ETH_USDT", side: "SELL", type, price: "2990", quantity: "0.1" });
      expect((await get(hit.orderId)).status).toBe("FILLED");
      const miss = await place({ symbol: "SPOT_ETH_USDT", side: "SELL", type, price: "3010", quantity: "0.1" });
      expect(await get(miss.orderId)).toMatchObject({ status: "CANCELLED", totalExecutedQuantity: "0" });
    }
  });

  it("POST_ONLY that would cross is cancelled without executing; otherwise it rests", async () => {
    const crossing = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "POST_ONLY",
      price: "3000",
      quantity: "0.1",
    });
    expect(await get(crossing.orderId)).toMatchObject({ status: "CANCELLED", totalExecutedQuantity: "0" });
    const resting = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "POST_ONLY",
      price: "2999.99",
      quantity: "0.1",
    });
    expect((await get(resting.orderId)).status).toBe("NEW");
    expect(await price("SPOT_ETH_USDT", "2999.99")).toHaveLength(1);
    expect((await h.client.orders.trades()).rows.filter((t) => t.orderId === resting.orderId)[0]).toMatchObject({
      isMaker: 1,
    });
  });

  it("ASK and BID are priced at the bidAskLevel-th best level of the order book", async () => {
    const book = await h.client.market.orderbook({ symbol: "SPOT_ETH_USDT", maxLevel: 3 });
    const bid = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "BID", quantity: "0.1", bidAskLevel: 2 });
    expect(bid).toMatchObject({ type: "BID", bidAskLevel: 2, price: book.bids[1]!.price });
    expect((await get(bid.orderId)).status).toBe("NEW"); // a buy at the bid rests
    const ask = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "ASK", quantity: "0.1" });
    expect(ask).toMatchObject({ bidAskLevel: 1, price: book.asks[0]!.price });
    expect(await get(ask.orderId)).toMatchObject({ status: "FILLED", averageExecutedPrice: "3000" }); // a buy at the ask takes
  });

  it("a price move with a quantity trades only that much, best price first, then oldest", async () => {
    const a = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2900", quantity: "1" });
    const b = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2950", quantity: "1" });
    const c = await place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2950", quantity: "1" });
    const events = await price("SPOT_ETH_USDT", "2900", "1.5");
    expect(events.map((e) => [e.orderId, e.event, e.quantity])).toEqual([
      [b.orderId, "FILLED", "1"],
      [c.orderId, "PARTIAL_FILLED", "0.5"],
    ]);
    expect(await get(c.orderId)).toMatchObject({
      status: "PARTIAL_FILLED",
      totalExecutedQuantity: "0.5",
      averageExecutedPrice: "2950",
    });
    expect((await get(a.orderId)).status).toBe("NEW");
    const rest = await price("SPOT_ETH_USDT", "2900");
    expect(rest.map((e) => [e.orderId, e.event, e.quantity])).toEqual([
      [c.orderId, "FILLED", "0.5"],
      [a.orderId, "FILLED", "1"],
    ]);
  });
});

describe("ordinary orders: rules and errors from the catalog", () => {
  it.each([
    ["a price off the 0.01 tick", { price: "2900.005" }, "PRICE_FILTER", "-1103"],
    ["a price above quoteMax", { price: "100000001" }, "PRICE_FILTER", "-1103"],
    ["a quantity off the step", { quantity: "0.10005" }, "SIZE_FILTER", "-1104"],
    ["a quantity below baseMin", { quantity: "0.0005" }, "SIZE_FILTER", "-1104"],
    ["a quantity above baseMax", { quantity: "2000.1" }, "SIZE_FILTER", "-1104"],
    ["an order worth less than 10 USDT", { quantity: "0.003" }, "MIN_NOTIONAL", "-1102"],
    ["a LIMIT without price", { price: undefined }, "INVALID_PARAM", "-1005"],
    ["an unknown symbol", { symbol: "SPOT_DOGE_USDT" }, "SYMBOL_NOT_EXISTS", "302101"],
    ["more than the USDT balance", { quantity: "40" }, "INSUFFICIENT_FUNDS_MARGIN_DISABLED", "302119"],
  ])("refuses %s", async (_what, extra, name, code) => {
    const e = await failure(
      place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2900", quantity: "0.1", ...extra }),
    );
    expect(e).toMatchObject({ codeName: name, code, httpStatus: 400 });
  });

  it("keeps clientOrderId unique among open orders, per account, and lets it be reused once completed", async () => {
    const first = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: 42,
    });
    expect(
      await failure(
        place({
          symbol: "SPOT_BTC_USDT",
          side: "BUY",
          type: "LIMIT",
          price: "50000",
          quantity: "0.001",
          clientOrderId: 42,
        }),
      ),
    ).toMatchObject({ code: "302117" });
    // The algo namespace is separate.
    await h.client.algoOrders.place({
      symbol: "SPOT_ETH_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "3100",
      clientAlgoOrderId: 42,
    });
    // Another account may use it.
    const other = clientFor(h.sandbox, h.sandbox.addAccount());
    await other.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2900",
      quantity: "0.1",
      clientOrderId: 42,
    });
    await h.client.orders.cancel({ symbol: "SPOT_ETH_USDT", orderId: first.orderId });
    const again = await place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2800",
      quantity: "0.1",
      clientOrderId: 42,
    });
    // Looking it up by client id finds the open one.
    expect(await h.client.orders.get({ clientOrderId: 42 })).toMatchObject({ orderId: again.orderId, status: "NEW" });
  });

  it("answers an order that does not exist with 302129 and requires one of the ids", async () => {
    expect(await failure(get(1))).toMatchObject({ codeName: "ORDER_NOT_EXIST", code: "302129" });
    const raw = await h.client.GET("/v3/trade/order", { params: { query: {} as never } });
    expect(raw.error).toMatchObject({ code: "-1005" });
  });

  it("refuses a SELL of more than the account holds", async () => {
    expect(
      await failure(place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "MARKET", quantity: "10.1" })),
    ).toMatchObject({ code: "302119" });
    // Open sells hold their base back.
    await place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "LIMIT", price: "3500", quantity: "6" });
    expect(await balance("ETH")).toMatchObject({
      holding: "10",
      frozen: "6",
      availableBalance: "4",
      pendingShortQty: "6",
    });
    expect(
      await failure(place({ symbol: "SPOT_ETH_USDT", side: "SELL", type: "LIMIT", price: "3500", quantity: "5" })),
    ).toMatchObject({ code: "302119" });
  });
});
