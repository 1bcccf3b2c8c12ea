import { describe, expect, it } from "vitest";
import { AlgoType, createWooxClient, Side, WooxRequestError, type FetchLike } from "../src/index.js";

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

describe("helpers that shape the request", () => {
  it("send the one argument as the body field the spec names", async () => {
    const { client, sent } = setup();
    await client.orders.cancelAllAfter(60000);
    await client.account.setPositionMode("HEDGE");
    expect(sent.map((s) => s.body)).toEqual(['{"triggerAfter":60000}', '{"positionMode":"HEDGE"}']);
  });

  it("take an order by exactly one of its two ids", async () => {
    const { client, sent } = setup();
    await client.algoOrders.cancel({ clientAlgoOrderId: "9223372036854775807" });
    await client.orders.get({ clientOrderId: 42 });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "DELETE http://127.0.0.1:9/v3/trade/algoOrder?clientAlgoOrderId=9223372036854775807",
      "GET http://127.0.0.1:9/v3/trade/order?clientOrderId=42",
    ]);
    await expect(client.orders.get({ orderId: 1, clientOrderId: 2 } as never)).rejects.toThrow(
      /orders\.get: pass exactly one of orderId or clientOrderId/,
    );
    expect(sent).toHaveLength(2);
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
