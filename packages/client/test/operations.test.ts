import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  AlgoType,
  createWooxClient,
  operations,
  Side,
  WooxRequestError,
  type FetchLike,
  type OperationId,
} from "../src/index.js";

const KEY = "test-key";
const SECRET = "test-secret-do-not-print";
const TS = 1700000000123;

interface Sent {
  method: string;
  url: string;
  body: string | undefined;
  headers: Headers;
}

function setup(reply: (s: Sent) => unknown = () => ({ success: true, data: {}, timestamp: TS })) {
  const sent: Sent[] = [];
  const fetch: FetchLike = (url, init) => {
    const s = { method: init.method!, url, body: init.body as string | undefined, headers: new Headers(init.headers) };
    sent.push(s);
    const out = reply(s);
    return Promise.resolve(
      new Response(typeof out === "string" ? out : JSON.stringify(out), {
        status: 200,
        headers: { "content-type": "application/json" },
      }),
    );
  };
  const client = createWooxClient({
    apiKey: KEY,
    apiSecret: SECRET,
    baseUrl: "http://127.0.0.1:9",
    fetch,
    now: () => TS,
  });
  return { client, sent };
}

type Client = ReturnType<typeof setup>["client"];
// One call per operation through the task-shaped helpers, with the request it must produce.
const cases: [OperationId, (c: Client) => Promise<unknown>, { query?: string; body?: string }][] = [
  [
    "placeAlgoOrder",
    (c) =>
      c.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "60000",
      }),
    {
      body: '{"symbol":"PERP_BTC_USDT","algoType":"STOP","side":"BUY","type":"MARKET","quantity":"0.01","triggerPrice":"60000"}',
    },
  ],
  ["getAlgoOrder", (c) => c.algoOrders.get({ algoOrderId: 792420 }), { query: "algoOrderId=792420" }],
  [
    "editAlgoOrder",
    (c) => c.algoOrders.edit({ algoOrderId: 792420, triggerPrice: "61000" }),
    { body: '{"algoOrderId":792420,"triggerPrice":"61000"}' },
  ],
  [
    "cancelAlgoOrder",
    (c) => c.algoOrders.cancel({ clientAlgoOrderId: "9223372036854775807" }),
    { query: "clientAlgoOrderId=9223372036854775807" },
  ],
  [
    "getAlgoOrders",
    (c) => c.algoOrders.list({ symbol: "PERP_BTC_USDT", status: "INCOMPLETE", algoType: "STOP", page: 2, size: 50 }),
    { query: "symbol=PERP_BTC_USDT&status=INCOMPLETE&algoType=STOP&page=2&size=50" },
  ],
  ["cancelAlgoOrders", (c) => c.algoOrders.cancelAll({ symbol: "PERP_BTC_USDT" }), { query: "symbol=PERP_BTC_USDT" }],
  [
    "placeOrder",
    (c) =>
      c.orders.place({
        symbol: "SPOT_BTC_USDT",
        side: "BUY",
        type: "LIMIT",
        price: "60000",
        quantity: "0.01",
        clientOrderId: 42,
      }),
    {
      body: '{"symbol":"SPOT_BTC_USDT","side":"BUY","type":"LIMIT","price":"60000","quantity":"0.01","clientOrderId":42}',
    },
  ],
  ["getOrder", (c) => c.orders.get({ clientOrderId: 42 }), { query: "clientOrderId=42" }],
  [
    "editOrder",
    (c) => c.orders.edit({ orderId: 60667653330, price: "60100" }),
    { body: '{"orderId":60667653330,"price":"60100"}' },
  ],
  [
    "cancelOrder",
    (c) => c.orders.cancel({ symbol: "SPOT_BTC_USDT", orderId: 60667653330 }),
    { query: "symbol=SPOT_BTC_USDT&orderId=60667653330" },
  ],
  [
    "getOrders",
    (c) => c.orders.list({ symbol: "SPOT_BTC_USDT", side: "SELL" }),
    { query: "symbol=SPOT_BTC_USDT&side=SELL" },
  ],
  ["cancelOrders", (c) => c.orders.cancelAll({ symbol: "SPOT_BTC_USDT" }), { query: "symbol=SPOT_BTC_USDT" }],
  ["cancelAllOrders", (c) => c.orders.cancelAllIncludingAlgo(), {}],
  [
    "getTransactionHistory",
    (c) => c.orders.trades({ symbol: "SPOT_BTC_USDT", startTime: 1700000000000, size: 100 }),
    { query: "symbol=SPOT_BTC_USDT&startTime=1700000000000&size=100" },
  ],
  ["getTradingFee", (c) => c.orders.tradingFee({ symbol: "PERP_BTC_USDT" }), { query: "symbol=PERP_BTC_USDT" }],
  ["cancelAllAfter", (c) => c.orders.cancelAllAfter(60000), { body: '{"triggerAfter":60000}' }],
  ["getSystemInfo", (c) => c.market.systemInfo(), {}],
  ["getInstruments", (c) => c.market.instruments({ symbol: "PERP_BTC_USDT" }), { query: "symbol=PERP_BTC_USDT" }],
  [
    "getOrderbook",
    (c) => c.market.orderbook({ symbol: "PERP_BTC_USDT", maxLevel: 5 }),
    { query: "symbol=PERP_BTC_USDT&maxLevel=5" },
  ],
  [
    "getKline",
    (c) => c.market.kline({ symbol: "PERP_BTC_USDT", type: "1h", limit: 3 }),
    { query: "symbol=PERP_BTC_USDT&type=1h&limit=3" },
  ],
  [
    "getKlineHistory",
    (c) => c.market.klineHistory({ symbol: "PERP_BTC_USDT", type: "1d", before: 1700000000000 }),
    { query: "symbol=PERP_BTC_USDT&type=1d&before=1700000000000" },
  ],
  [
    "getMarketTrades",
    (c) => c.market.trades({ symbol: "PERP_BTC_USDT", limit: 2 }),
    { query: "symbol=PERP_BTC_USDT&limit=2" },
  ],
  ["getFundingRate", (c) => c.market.fundingRate({ symbol: "PERP_BTC_USDT" }), { query: "symbol=PERP_BTC_USDT" }],
  ["getFutures", (c) => c.market.futures(), {}],
  ["getTokens", (c) => c.market.tokens(), {}],
  ["getTokenInfo", (c) => c.market.tokenInfo({ token: "USDT" }), { query: "token=USDT" }],
  ["getAccountInfo", (c) => c.account.info(), {}],
  ["getBalances", (c) => c.account.balances({ token: "USDT" }), { query: "token=USDT" }],
  ["getPositions", (c) => c.account.positions({ symbol: "PERP_BTC_USDT" }), { query: "symbol=PERP_BTC_USDT" }],
  [
    "getLeverage",
    (c) => c.account.leverage({ symbol: "PERP_BTC_USDT", marginMode: "ISOLATED" }),
    { query: "symbol=PERP_BTC_USDT&marginMode=ISOLATED" },
  ],
  [
    "setLeverage",
    (c) => c.account.setLeverage({ symbol: "PERP_BTC_USDT", leverage: 10, marginMode: "CROSS" }),
    { body: '{"symbol":"PERP_BTC_USDT","leverage":10,"marginMode":"CROSS"}' },
  ],
  ["setPositionMode", (c) => c.account.setPositionMode("HEDGE"), { body: '{"positionMode":"HEDGE"}' }],
];

describe("every operation on the wire", () => {
  it("has a case here for every operation of the spec", () => {
    expect(cases.map(([id]) => id).sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [id, callIt, want] of cases) {
    const op = operations[id];
    it(`${id}: ${op.method} ${op.path}`, async () => {
      const { client, sent } = setup();
      await callIt(client);
      expect(sent).toHaveLength(1);
      const s = sent[0]!;
      const target = op.path + (want.query ? `?${want.query}` : "");
      expect(s.method).toBe(op.method);
      expect(s.url).toBe(`http://127.0.0.1:9${target}`);
      expect(s.body).toBe(want.body);
      expect(s.headers.get("content-type")).toBe(want.body === undefined ? null : "application/json");
      if (op.auth) {
        const expected = createHmac("sha256", SECRET)
          .update(`${TS}${op.method}${target}${want.body ?? ""}`)
          .digest("hex");
        expect(s.headers.get("x-api-key")).toBe(KEY);
        expect(s.headers.get("x-api-timestamp")).toBe(String(TS));
        expect(s.headers.get("x-api-signature")).toBe(expected);
      } else {
        for (const h of ["x-api-key", "x-api-timestamp", "x-api-signature"]) expect(s.headers.get(h), h).toBeNull();
      }
    });
  }

  it("calls public endpoints without credentials", async () => {
    const sent: string[] = [];
    const client = createWooxClient({
      baseUrl: "http://127.0.0.1:9",
      fetch: (url) => (
        sent.push(url),
        Promise.resolve(new Response('{"success":true,"data":{"status":0},"timestamp":1}'))
      ),
    });
    expect(await client.market.systemInfo()).toEqual({ status: 0 });
    await expect(client.account.info()).rejects.toThrow(/private endpoint/);
    expect(sent).toHaveLength(1);
  });
});

describe("algo-order bodies as the helpers send them", () => {
  // The shapes of the reference examples for each algo type, sent verbatim (key order kept).
  const bodies = {
    STOP: {
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      algoType: "STOP",
      triggerPrice: "1000",
      type: "MARKET",
      quantity: "0.01",
    },
    OCO: {
      symbol: "PERP_ETH_USDT",
      side: "BUY",
      reduceOnly: false,
      type: "LIMIT",
      quantity: "1",
      algoType: "OCO",
      price: "1000",
      childOrders: [{ side: "BUY", algoType: "STOP", triggerPrice: "1600", type: "MARKET" }],
    },
    TRAILING_STOP: {
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      reduceOnly: false,
      type: "MARKET",
      quantity: "1",
      algoType: "TRAILING_STOP",
      callbackRate: "0.012",
    },
    POSITIONAL_TP_SL: {
      symbol: "SPOT_BAL_USDT",
      reduceOnly: false,
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "76" },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "50" },
      ],
    },
    TP_SL: {
      symbol: "PERP_BTC_USDT",
      algoType: "TP_SL",
      quantity: "0.5",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "72000" },
        { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "58000" },
      ],
    },
    BRACKET: {
      symbol: "SPOT_BAL_USDT",
      side: "BUY",
      reduceOnly: false,
      type: "LIMIT",
      quantity: "1",
      algoType: "BRACKET",
      price: "69",
      childOrders: [
        {
          symbol: "SPOT_BAL_USDT",
          reduceOnly: false,
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "76" },
            { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "50" },
          ],
        },
      ],
    },
    STOP_BRACKET: {
      symbol: "PERP_BTC_USDT",
      side: "BUY",
      type: "MARKET",
      quantity: "0.1",
      algoType: "STOP_BRACKET",
      triggerPrice: "65000",
      childOrders: [
        {
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", reduceOnly: true, triggerPrice: "70000" },
          ],
        },
      ],
    },
  } as const;

  it("covers the seven algo types", () => {
    expect(Object.keys(bodies).sort()).toEqual(Object.values(AlgoType).sort());
  });

  for (const [type, body] of Object.entries(bodies)) {
    it(`${type} goes out exactly as given`, async () => {
      const { client, sent } = setup();
      await client.algoOrders.place(body as Parameters<Client["algoOrders"]["place"]>[0]);
      expect(sent[0]!.body).toBe(JSON.stringify(body));
    });
  }
});

describe("64-bit ids", () => {
  it("a bigint client id of 9223372036854775807 goes out and comes back unchanged", async () => {
    const max = 9223372036854775807n;
    const { client, sent } = setup((s) =>
      s.method === "POST"
        ? `{"success":true,"data":{"rows":[{"algoType":"STOP","algoOrderId":9223372036854775806,"clientAlgoOrderId":9223372036854775807,"quantity":"1"}]},"timestamp":${TS}}`
        : `{"success":true,"data":{"algoOrderId":"9223372036854775806","clientAlgoOrderId":"9223372036854775807","symbol":"PERP_BTC_USDT","algoType":"STOP"},"timestamp":${TS}}`,
    );
    const placed = await client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "1",
      triggerPrice: "1",
      clientAlgoOrderId: max,
    });
    expect(sent[0]!.body).toContain('"clientAlgoOrderId":9223372036854775807}');
    expect(placed.rows[0].clientAlgoOrderId).toBe(max);
    const got = await client.algoOrders.get({ clientAlgoOrderId: placed.rows[0].clientAlgoOrderId! });
    expect(sent[1]!.url).toContain("clientAlgoOrderId=9223372036854775807");
    // The same ids sent back as strings are read as the exact bigint values too.
    expect(got.clientAlgoOrderId).toBe(max);
    expect(got.algoOrderId).toBe(max - 1n);
  });

  it("accepts decimal strings and keeps small ids as numbers", async () => {
    const { client, sent } = setup(
      () => '{"success":true,"data":{"algoOrderId":"42","symbol":"X","algoType":"STOP"},"timestamp":1}',
    );
    const got = await client.algoOrders.get({ algoOrderId: "42" });
    expect(sent[0]!.url).toMatch(/algoOrderId=42$/);
    expect(got.algoOrderId).toBe(42);
  });

  it("rejects ids it cannot send exactly, naming the field, before sending", async () => {
    const { client, sent } = setup();
    await expect(client.algoOrders.get({ algoOrderId: "12abc" })).rejects.toThrow(WooxRequestError);
    await expect(client.algoOrders.get({ algoOrderId: "12abc" })).rejects.toThrow(
      /^query\.algoOrderId: expected an integer id/,
    );
    await expect(client.algoOrders.get({ algoOrderId: 2 ** 60 })).rejects.toThrow(
      /query\.algoOrderId: .*already lost digits; pass it as a bigint/,
    );
    await expect(
      client.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "1",
        triggerPrice: "1",
        clientAlgoOrderId: 1.5,
      }),
    ).rejects.toThrow(/body\.clientAlgoOrderId: expected an integer, got 1\.5/);
    await expect(client.algoOrders.get({} as never)).rejects.toThrow(
      /algoOrders\.get: pass exactly one of algoOrderId or clientAlgoOrderId/,
    );
    expect(sent).toHaveLength(0);
  });
});

describe("pagination", () => {
  it("iterate walks every page until meta.total", async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({
      algoOrderId: i + 1,
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
    }));
    const { client, sent } = setup((s) => {
      const url = new URL(s.url);
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("size"));
      return {
        success: true,
        data: {
          rows: all.slice((page - 1) * size, page * size),
          meta: { total: all.length, recordsPerPage: size, currentPage: page },
        },
        timestamp: TS,
      };
    });
    const ids: (number | bigint)[] = [];
    for await (const row of client.algoOrders.iterate({ symbol: "PERP_BTC_USDT", size: 3 })) ids.push(row.algoOrderId);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sent.map((s) => new URL(s.url).searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });
});

describe("enums", () => {
  it("are runtime values matching the spec", () => {
    expect(Object.values(AlgoType)).toEqual([
      "STOP",
      "OCO",
      "TRAILING_STOP",
      "POSITIONAL_TP_SL",
      "TP_SL",
      "BRACKET",
      "STOP_BRACKET",
    ]);
    expect(Side.BUY).toBe("BUY");
  });
});
