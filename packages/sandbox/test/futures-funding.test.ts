import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { TokenHistoryType } from "@woox-sdk/types/enums";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngineEvent } from "../src/index.js";
import { type Harness, RAW_CLIENT, failure } from "./helpers.js";
import {
  at,
  dataOf,
  exact,
  fundingFee,
  futuresHarness,
  HOUR,
  market,
  newAccount,
  text,
  usdt,
} from "./futures-fixtures.js";

// PERP_BTC_USDT and SPOT_BTC_USDT both start at 60000, PERP_ETH_USDT and SPOT_ETH_USDT at 3000. The
// perpetual's premium over the spot price plus a small per-round baseline is its funding rate.

let h: Harness;
let pub: WooxClient;
beforeEach(async () => {
  h = await futuresHarness();
  pub = createWooxClient({ ...RAW_CLIENT, baseUrl: h.sandbox.url });
});
afterEach(() => h.stop());

interface Range {
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}
const feeHistory = async (client: WooxClient, query: Range & { symbol?: string } = {}) =>
  dataOf(client.GET("/v3/futures/fundingFee/history", { params: { query } }));
const rateHistory = async (query: Range & { symbol: string }) =>
  dataOf(pub.GET("/v3/public/fundingRateHistory", { params: { query } }));
const fundingJournal = (apiKey: string) =>
  h.sandbox.exchange.ledger.account(apiKey).journal.filter((r) => r.type === TokenHistoryType.FUNDING_FEE);

describe("funding rounds", () => {
  it("charges a long and receives for a short at a positive rate, |qty| × mark × rate, at 08:00", async () => {
    const short = newAccount(h.sandbox);
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    await market(short, "PERP_BTC_USDT", "SELL", "0.25");
    const longBefore = await usdt(h.client);
    const shortBefore = await usdt(short);
    const [estimate] = (await pub.market.fundingRate({ symbol: "PERP_BTC_USDT" })).rows;
    expect(estimate).toMatchObject({ nextFundingTime: at(8), lastFundingRateTimestamp: at(0) });

    h.sandbox.advanceClock(2 * HOUR + 59 * 60_000); // 07:59: not yet
    expect(await feeHistory(h.client)).toEqual({ meta: { total: 0, recordsPerPage: 25, currentPage: 1 }, rows: [] });
    h.sandbox.advanceClock(60_000); // 08:00

    // The round's rate is the one estimated (prices did not move), positive at no premium.
    const { rows: newest } = await rateHistory({ symbol: "PERP_BTC_USDT" });
    expect(newest).toEqual([
      {
        symbol: "PERP_BTC_USDT",
        fundingRate: estimate!.estFundingRate,
        fundingRateTimestamp: at(8),
        nextFundingTime: at(16),
        markPrice: "60000",
      },
    ]);
    const rate = String(estimate!.estFundingRate);
    expect(Number(rate)).toBeGreaterThan(0);

    const longFee = fundingFee("0.1", "60000", rate);
    const shortFee = fundingFee("0.25", "60000", rate);
    expect(Number(longFee)).toBeGreaterThan(0);
    const [longRow] = (await feeHistory(h.client)).rows;
    expect(typeof longRow!.id).toBe("number");
    expect(longRow).toEqual({
      id: longRow!.id,
      symbol: "PERP_BTC_USDT",
      fundingRate: Number(rate),
      markPrice: "60000",
      fundingFee: longFee,
      fundingIntervalHours: 8,
      paymentType: "Pay",
      status: "COMPLETED",
      createdTime: at(8),
      updatedTime: at(8),
    });
    expect((await feeHistory(short)).rows).toEqual([
      expect.objectContaining({ symbol: "PERP_BTC_USDT", fundingFee: shortFee, paymentType: "Receive" }),
    ]);

    // The money moved, each with its FUNDING_FEE ledger row.
    expect(await usdt(h.client)).toBe(text(exact(longBefore) - exact(longFee)));
    expect(await usdt(short)).toBe(text(exact(shortBefore) + exact(shortFee)));
    expect(fundingJournal(h.sandbox.credentials.apiKey).map((r) => [r.token, text(r.amount)])).toEqual([
      ["USDT", `-${longFee}`],
    ]);

    // The public rate agrees with the round: last = the 08:00 round, next at 16:00.
    const [after] = (await pub.market.fundingRate({ symbol: "PERP_BTC_USDT" })).rows;
    expect(after).toMatchObject({
      lastFundingRate: estimate!.estFundingRate,
      lastFundingRateTimestamp: at(8),
      nextFundingTime: at(16),
    });
  });

  it("reverses the direction at a negative rate: the long receives and the short pays", async () => {
    const short = newAccount(h.sandbox);
    await market(h.client, "PERP_ETH_USDT", "BUY", "2");
    await market(short, "PERP_ETH_USDT", "SELL", "3");
    // The perpetual 5% under its index: the rate goes to the floor.
    h.sandbox.setPrice("PERP_ETH_USDT", "2850");
    const [estimate] = (await pub.market.fundingRate({ symbol: "PERP_ETH_USDT" })).rows;
    expect(estimate!.estFundingRate).toBe("-0.0075");
    const [futures] = (await pub.market.futures({ symbol: "PERP_ETH_USDT" })).rows;
    expect(futures).toMatchObject({ indexPrice: "3000", markPrice: "2850", estFundingRate: "-0.0075" });
    const longBefore = await usdt(h.client);
    const shortBefore = await usdt(short);

    h.sandbox.advanceClock(3 * HOUR);
    const longFee = fundingFee("2", "2850", "-0.0075"); // 42.75
    const shortFee = fundingFee("3", "2850", "-0.0075");
    expect(longFee).toBe("42.75");
    expect((await feeHistory(h.client)).rows).toEqual([
      expect.objectContaining({ fundingRate: -0.0075, markPrice: "2850", fundingFee: longFee, paymentType: "Receive" }),
    ]);
    expect((await feeHistory(short)).rows).toEqual([
      expect.objectContaining({ fundingFee: shortFee, paymentType: "Pay" }),
    ]);
    expect(await usdt(h.client)).toBe(text(exact(longBefore) + exact(longFee)));
    expect(await usdt(short)).toBe(text(exact(shortBefore) - exact(shortFee)));
  });

  it("charges nothing to an account without a position, nor after its position closed", async () => {
    const idle = newAccount(h.sandbox);
    const idleBefore = await usdt(idle);
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    await market(h.client, "PERP_BTC_USDT", "SELL", "0.1");
    const before = await usdt(h.client);

    h.sandbox.advanceClock(3 * HOUR);
    expect((await rateHistory({ symbol: "PERP_BTC_USDT" })).rows[0]!.fundingRateTimestamp).toBe(at(8));
    expect(await usdt(idle)).toBe(idleBefore);
    expect(await usdt(h.client)).toBe(before);
    expect((await feeHistory(idle)).rows).toEqual([]);
    expect((await feeHistory(h.client)).rows).toEqual([]);
    expect(fundingJournal(h.sandbox.credentials.apiKey)).toEqual([]);
  });

  it("tells the event hub which balance and position to read again", async () => {
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    const seen: EngineEvent[] = [];
    const stop = h.sandbox.exchange.events.subscribe((_account, e) => seen.push(e));
    h.sandbox.advanceClock(3 * HOUR);
    stop();
    const account = h.sandbox.credentials.apiKey;
    expect(seen).toEqual([
      { kind: "balance", account, token: "USDT" },
      { kind: "position", account, symbol: "PERP_BTC_USDT" },
    ]);
  });

  it("runs every round a clock jump contains, and pages the fee history newest first with symbol and time filters", async () => {
    await market(h.client, "PERP_BTC_USDT", "BUY", "0.1");
    await market(h.client, "PERP_ETH_USDT", "SELL", "1");
    h.sandbox.advanceClock(27 * HOUR); // 08:00 on the 5th: rounds at 08:00, 16:00, 00:00 and 08:00

    const all = await feeHistory(h.client);
    expect(all.meta).toEqual({ total: 8, recordsPerPage: 25, currentPage: 1 });
    const times = all.rows.map((r) => r.createdTime);
    expect(times).toEqual([at(32), at(32), at(24), at(24), at(16), at(16), at(8), at(8)]);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(8);
    expect(fundingJournal(h.sandbox.credentials.apiKey)).toHaveLength(8);

    const eth = await feeHistory(h.client, { symbol: "PERP_ETH_USDT", size: 3 });
    expect(eth.meta).toEqual({ total: 4, recordsPerPage: 3, currentPage: 1 });
    expect(eth.rows.map((r) => [r.symbol, r.createdTime])).toEqual([
      ["PERP_ETH_USDT", at(32)],
      ["PERP_ETH_USDT", at(24)],
      ["PERP_ETH_USDT", at(16)],
    ]);
    const page2 = await feeHistory(h.client, { symbol: "PERP_ETH_USDT", size: 3, page: 2 });
    expect(page2.rows.map((r) => r.createdTime)).toEqual([at(8)]);
    expect(page2.meta).toEqual({ total: 4, recordsPerPage: 3, currentPage: 2 });

    const window = await feeHistory(h.client, { symbol: "PERP_BTC_USDT", startTime: at(16), endTime: at(24) });
    expect(window.rows.map((r) => r.createdTime)).toEqual([at(24), at(16)]);

    expect((await failure(feeHistory(h.client, { symbol: "SPOT_BTC_USDT" }))).code).toBe("302101");
  });
});

describe("GET /v3/public/fundingRateHistory", () => {
  it("answers the newest round without a range, and every round newest first, paged, with a range", async () => {
    // The round before the sandbox opened exists from the start.
    expect((await rateHistory({ symbol: "PERP_BTC_USDT" })).rows).toEqual([
      expect.objectContaining({ fundingRateTimestamp: at(0), nextFundingTime: at(8), markPrice: "60000" }),
    ]);
    h.sandbox.setPrice("PERP_BTC_USDT", "60060"); // 0.1% over the index
    h.sandbox.advanceClock(19 * HOUR); // rounds at 08:00, 16:00 and 00:00

    const full = await rateHistory({ symbol: "PERP_BTC_USDT", startTime: 0 });
    expect(full.meta).toEqual({ total: 4, recordsPerPage: 25, currentPage: 1 });
    expect(full.rows.map((r) => r.fundingRateTimestamp)).toEqual([at(24), at(16), at(8), at(0)]);
    // Each round's rate: the premium (0.001) plus a baseline of 0.005%–0.015% that varies per round.
    for (const r of full.rows.slice(0, 3)) {
      expect(r.markPrice).toBe("60060");
      expect(Number(r.fundingRate)).toBeGreaterThanOrEqual(0.00105);
      expect(Number(r.fundingRate)).toBeLessThan(0.00115);
      expect(String(r.fundingRate)).toMatch(/^0\.\d{1,8}$/);
    }

    const page = await rateHistory({ symbol: "PERP_BTC_USDT", startTime: at(8), size: 1, page: 2 });
    expect(page.meta).toEqual({ total: 3, recordsPerPage: 1, currentPage: 2 });
    expect(page.rows.map((r) => r.fundingRateTimestamp)).toEqual([at(16)]);
    const upTo = await rateHistory({ symbol: "PERP_BTC_USDT", endTime: at(8) });
    expect(upTo.rows.map((r) => r.fundingRateTimestamp)).toEqual([at(8), at(0)]);

    expect((await failure(rateHistory({ symbol: "SPOT_BTC_USDT" }))).code).toBe("302101");
    expect((await failure(rateHistory({ symbol: "PERP_DOGE_USDT" }))).code).toBe("302101");
  });

  it("varies the rate from round to round at unchanged prices, within the baseline band", async () => {
    h.sandbox.advanceClock(8 * 24 * HOUR);
    const { rows } = await rateHistory({ symbol: "PERP_ETH_USDT", startTime: 0, size: 100 });
    expect(rows).toHaveLength(25);
    const rates = rows.map((r) => Number(r.fundingRate));
    for (const r of rates) {
      expect(r).toBeGreaterThanOrEqual(0.00005);
      expect(r).toBeLessThan(0.00015);
    }
    expect(new Set(rates).size).toBeGreaterThan(10);
  });
});
