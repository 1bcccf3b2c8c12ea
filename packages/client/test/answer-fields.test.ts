import { describe, expect, it } from "vitest";
import { createWooxClient, operations, type FetchLike } from "../src/index.js";

const TS = 1767225700000;

/** A client whose injected fetch answers every request with `body` and records the paths it was asked for. */
function answering(body: unknown) {
  const paths: string[] = [];
  const fetch: FetchLike = (url) => {
    paths.push(new URL(url).pathname);
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }),
    );
  };
  const client = createWooxClient({
    apiKey: "k",
    apiSecret: "s",
    baseUrl: "https://api.woox.io",
    fetch,
    now: () => TS,
    retry: false,
    rateLimit: false,
  });
  return { client, paths };
}

describe("answers with and without `data`", () => {
  it("the operation table marks, from the spec, only the operation whose answer sits beside `success`", () => {
    const marked = Object.entries(operations)
      .filter(([, op]) => "topLevel" in op && op.topLevel)
      .map(([id]) => id);
    expect(marked).toEqual(["getConvertAssetInfo"]);
  });

  it("getConvertAssetInfo resolves to the fields beside `success` (no success, no timestamp)", async () => {
    const rows = [{ token: "BTC", tick: 0.00001, createdTime: "1700000000.000", updatedTime: "1760000000.000" }];
    const { client, paths } = answering({ success: true, rows, timestamp: TS });
    expect(await client.call("getConvertAssetInfo", {})).toEqual({ rows });
    expect(paths).toEqual(["/v3/convert/assetInfo"]);
  });

  it("is decided by the spec, not the wire: a `data` field on that answer is just another field", async () => {
    const { client } = answering({ success: true, rows: [], data: { x: 1 }, timestamp: TS });
    expect(await client.call("getConvertAssetInfo", {})).toEqual({ rows: [], data: { x: 1 } });
  });

  it("operations answering under `data` still resolve to `data`, and to undefined when an ack has none", async () => {
    const quote = {
      quoteId: 7,
      sellToken: "ETH",
      sellQuantity: "1",
      buyToken: "USDT",
      buyQuantity: "2990",
      expireTimestamp: TS,
    };
    const q = answering({ success: true, data: quote, timestamp: TS });
    expect(
      await q.client.call("getConvertQuote", {
        params: { query: { sellToken: "ETH", buyToken: "USDT", sellQuantity: "1" } },
      }),
    ).toEqual(quote);

    // AckResponse: `data` optional; the rows beside `success` of an ack are not its answer.
    const ack = answering({ success: true, timestamp: TS });
    expect(await ack.client.call("repayInterest", { body: { token: "USDT", amount: "1" } })).toBeUndefined();
    const withData = answering({ success: true, data: { leverage: 5 }, timestamp: TS });
    expect(await withData.client.call("setSpotMarginLeverage", { body: { leverage: 5 } })).toEqual({ leverage: 5 });
  });
});
