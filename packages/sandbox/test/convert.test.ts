import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WooxApiError, WooxClient } from "@woox-sdk/client";
import { decOf } from "../src/decimal.js";
import type { EngineEvent } from "../src/index.js";
import { type Harness, RAW_CLIENT, clientFor, failure, harness, rawRequest } from "./helpers.js";

// Prices: ETH 3000, BTC 60000, WOO 0.2 (USDT). The spread is 0.001, so a quote pays 0.999 × the mid.
const T0 = Date.UTC(2026, 0, 1, 10, 30);

let h: Harness;
let client: WooxClient;
/** A client for `credentials` that signs with the sandbox clock, which the tests move. */
const onSandboxClock = (credentials = h.sandbox.credentials) =>
  clientFor(h.sandbox, credentials, { ...RAW_CLIENT, now: () => h.sandbox.exchange.now() });
beforeEach(async () => {
  h = await harness({ rateLimits: false, now: () => T0 });
  client = onSandboxClock();
});
afterEach(() => h.stop());

const quote = (sellToken: string, buyToken: string, sellQuantity: string, c = client) =>
  c.call("getConvertQuote", { params: { query: { sellToken, buyToken, sellQuantity } } });
const accept = (quoteId: number | bigint | string, c = client) => c.call("acceptConvertQuote", { body: { quoteId } });
const holding = async (token: string) => (await client.account.balances({ token })).holding[0]!.holding;
const convertRows = () =>
  h.sandbox.exchange.ledger
    .account(h.sandbox.credentials.apiKey)
    .journal.filter((r) => r.type === "CONVERT")
    .map((r) => [r.token, r.amount]);

describe("convert: tokens", () => {
  it("lists the convertible tokens with their step at the top level of the answer (no data)", async () => {
    const info = await client.call("getConvertAssetInfo", {});
    expect(info.rows.map((r) => [r.token, r.tick])).toEqual([
      ["BAL", 0.01],
      ["BTC", 0.000001],
      ["ETH", 0.0001],
      ["USDT", 0.01],
      ["WOO", 1],
    ]);
    expect(info.rows[0]!.createdTime).toMatch(/^\d+\.\d{3}$/);

    const raw = await rawRequest(h.sandbox, "GET", "/v3/convert/assetInfo", "", { timestamp: String(T0) });
    expect(raw.json.success).toBe(true);
    expect(Object.keys(raw.json).sort()).toEqual(["rows", "success", "timestamp"]);
    expect(await client.call("getConvertExchangeInfo", {})).toEqual({});
  });
});

describe("convert: quote, accept once, trades", () => {
  it("quotes from the mid less the spread, executes once with two CONVERT rows, and refuses a second accept", async () => {
    const events: EngineEvent[] = [];
    h.sandbox.exchange.events.subscribe((_account, e) => events.push(e));
    const q = await quote("ETH", "USDT", "0.5");
    expect(q).toMatchObject({
      sellToken: "ETH",
      sellQuantity: "0.5",
      buyToken: "USDT",
      buyQuantity: "1498.5", // 0.5 × 3000 × 0.999
      buyPrice: "2997",
      expireTimestamp: T0 + 10_000,
    });
    expect(Number.isInteger(q.expireTimestamp)).toBe(true);
    expect(await holding("ETH")).toBe("10"); // a quote moves nothing

    // ccxt sends the id as a string.
    expect(await accept(String(q.quoteId))).toEqual({ quoteId: q.quoteId, counterPartyId: "", rftAccepted: 1 });
    expect([await holding("ETH"), await holding("USDT")]).toEqual(["9.5", "101498.5"]);
    expect(convertRows()).toEqual([
      ["ETH", -decOf("0.5")],
      ["USDT", decOf("1498.5")],
    ]);
    expect(events).toEqual([
      { kind: "balance", account: h.sandbox.credentials.apiKey, token: "ETH" },
      { kind: "balance", account: h.sandbox.credentials.apiKey, token: "USDT" },
    ]);

    const again = await failure(accept(q.quoteId));
    expect(again.codeName).toBe("DATA_STATUS_INVALID");
    expect([await holding("ETH"), await holding("USDT")]).toEqual(["9.5", "101498.5"]);
    expect(convertRows()).toHaveLength(2);

    const trade = await client.call("getConvertTrade", { params: { query: { quoteId: q.quoteId } } });
    expect(trade).toEqual({
      quoteId: q.quoteId,
      sellAsset: "ETH",
      buyAsset: "USDT",
      sellAmount: "0.5",
      buyAmount: "1498.5",
      tradeStatus: 1,
      createdTime: String(T0),
    });
    expect((await failure(client.call("getConvertTrade", { params: { query: { quoteId: 1 } } }))).codeName).toBe(
      "RESOURCE_NOT_FOUND",
    );
  });

  it("executes exactly once when two acceptances race", async () => {
    const q = await quote("BTC", "USDT", "0.1");
    const results = await Promise.allSettled([accept(q.quoteId), accept(q.quoteId), accept(q.quoteId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as WooxApiError).codeName] : []));
    expect(refused).toEqual(["DATA_STATUS_INVALID", "DATA_STATUS_INVALID"]);
    expect(await holding("BTC")).toBe("0.9");
    expect(convertRows()).toHaveLength(2);
  });

  it("prices the inverse pair and crosses through USDT, rounding the bought quantity down to its step", async () => {
    expect(await quote("USDT", "BTC", "600")).toMatchObject({ buyQuantity: "0.00999" }); // 600 / 60000 × 0.999
    expect(await quote("WOO", "BTC", "1000")).toMatchObject({ buyQuantity: "0.00333" }); // 1000 × 0.2 / 60000 × 0.999
  });

  it("lets a quote expire after its lifetime on the sandbox clock (-1006)", async () => {
    const live = await quote("ETH", "USDT", "1");
    const late = await quote("ETH", "USDT", "1");
    h.sandbox.advanceClock(9_999);
    await accept(live.quoteId);
    h.sandbox.advanceClock(1);
    expect((await failure(accept(late.quoteId))).codeName).toBe("RESOURCE_NOT_FOUND");
    expect((await failure(accept(99_999_999))).codeName).toBe("RESOURCE_NOT_FOUND");
    expect(await holding("ETH")).toBe("9");
  });

  it("refuses bad quotes and re-checks the balance on acceptance", async () => {
    const cases: [string, string, string, string][] = [
      ["ETH", "ETH", "1", "INVALID_PARAM"],
      ["DOGE", "USDT", "1", "INVALID_PARAM"],
      ["ETH", "USDT", "0", "INVALID_PARAM"],
      ["ETH", "USDT", "0.00001", "INVALID_PARAM"], // below ETH's step of 0.0001
      ["BTC", "WOO", "0.000001", "INVALID_PARAM"], // buys less than one WOO
      ["ETH", "USDT", "10.5", "BALANCE_NOT_ENOUGH"],
    ];
    for (const [sell, buy, qty, code] of cases)
      expect([sell, buy, qty, (await failure(quote(sell, buy, qty))).codeName]).toEqual([sell, buy, qty, code]);

    const a = await quote("ETH", "USDT", "6");
    const b = await quote("ETH", "USDT", "6");
    await accept(a.quoteId);
    expect((await failure(accept(b.quoteId))).codeName).toBe("BALANCE_NOT_ENOUGH");
    expect(await holding("ETH")).toBe("4");
  });

  it("keeps quotes and trades per account, and lists trades newest first by time and page", async () => {
    const other = onSandboxClock(h.sandbox.addAccount());
    const mine = await quote("ETH", "USDT", "1");
    expect((await failure(accept(mine.quoteId, other))).codeName).toBe("RESOURCE_NOT_FOUND");

    const ids: (number | bigint)[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await quote("USDT", "ETH", "300");
      await accept(q.quoteId);
      ids.push(q.quoteId);
      h.sandbox.advanceClock(60_000);
    }
    const all = await client.call("getConvertTrades", { params: { query: {} } });
    expect(all.count).toBe(3);
    expect(all.tradeVos.map((t) => t.quoteId)).toEqual([...ids].reverse());
    const page = await client.call("getConvertTrades", { params: { query: { page: 2, size: 2 } } });
    expect(page.tradeVos.map((t) => t.quoteId)).toEqual([ids[0]]);
    const since = await client.call("getConvertTrades", { params: { query: { startTime: T0 + 60_000 } } });
    expect(since.tradeVos.map((t) => t.quoteId)).toEqual([ids[2], ids[1]]);
    expect((await other.call("getConvertTrades", { params: { query: {} } })).count).toBe(0);
  });
});
