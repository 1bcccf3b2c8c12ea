import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decOf } from "../src/decimal.js";
import type { EngineEvent } from "../src/index.js";
import type { WooxClient } from "@woox-sdk/client";
import { type Harness, RAW_CLIENT, clientFor, failure, harness } from "./helpers.js";

// A fixed clock at 10:30 UTC, so the hourly interest runs fall at known times as the test moves it.
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 1, 10, 30);

let h: Harness;
let client: WooxClient;
/** A client for `credentials` that signs with the sandbox clock, which the tests move by hours. */
const onSandboxClock = (credentials = h.sandbox.credentials) =>
  clientFor(h.sandbox, credentials, { ...RAW_CLIENT, now: () => h.sandbox.exchange.now() });
beforeEach(async () => {
  h = await harness({ rateLimits: false, now: () => T0 });
  client = onSandboxClock();
});
afterEach(() => h.stop());

const key = () => h.sandbox.credentials.apiKey;
const balance = async (token: string) => (await client.account.balances({ token })).holding[0]!;
const history = (query: { token?: string; side?: "LOAN" | "REPAY" | "AUTO_REPAY" } = {}) =>
  client.call("getInterestHistory", { params: { query } });
/** Journal rows (what GET /v3/asset/token/history shows) of one type. */
const journal = (type: string) =>
  h.sandbox.exchange.ledger
    .account(key())
    .journal.filter((r) => r.type === type)
    .map((r) => ({ token: r.token, amount: r.amount }));
/** Borrows 5000 USDT: sells 105000 of the 100000 USDT held for BTC at the mark price. */
const borrowUsdt = () => h.sandbox.exchange.spotMargin.borrow(key(), "USDT", decOf("105000"), "BTC");
/** Sells 0.1 BTC for USDT through the order book, which brings USDT back above zero. */
const sellBtc = () => client.orders.place({ symbol: "SPOT_BTC_USDT", side: "SELL", type: "MARKET", quantity: "0.1" });

describe("GET /v3/spotMargin/interestRate", () => {
  it("answers each token's static hourly rate, annualised as 8760 × hourly, effective from the next hour", async () => {
    const { rows } = await client.call("getInterestRates", { params: { query: {} } });
    expect(rows.map((r) => r.token)).toEqual(["BAL", "BTC", "ETH", "USDT", "WOO"]);
    expect(rows.find((r) => r.token === "USDT")).toEqual({
      token: "USDT",
      currentHourlyBaseRate: "0.00001",
      estHourlyBaseRate: "0.00001",
      currentAnnualBaseRate: "0.0876",
      estAnnualBaseRate: "0.0876",
      estTime: T0 + H / 2,
    });
    for (const r of rows)
      expect(Number(r.currentAnnualBaseRate)).toBeCloseTo(8760 * Number(r.currentHourlyBaseRate), 12);
    const btc = await client.call("getInterestRates", { params: { query: { token: "BTC" } } });
    expect(btc.rows).toMatchObject([
      { token: "BTC", currentHourlyBaseRate: "0.000002", currentAnnualBaseRate: "0.01752" },
    ]);
    expect((await failure(client.call("getInterestRates", { params: { query: { token: "NOPE" } } }))).codeName).toBe(
      "INVALID_PARAM",
    );
  });
});

describe("POST /v3/spotMargin/leverage and GET /v3/spotMargin/maxMargin", () => {
  it("stores the leverage (shown by getAccountInfo) and refuses values outside 1..10 with 302306", async () => {
    expect((await client.account.info()).leverage).toBe(10);
    await client.call("setSpotMarginLeverage", { body: { leverage: 3 } });
    expect(await client.account.info()).toMatchObject({ leverage: 3, initialMarginRatio: "0.333333333333" });
    for (const leverage of [0, 11, 2.5]) {
      const e = await failure(client.call("setSpotMarginLeverage", { body: { leverage } }));
      expect([leverage, e.codeName]).toEqual([leverage, "INVALID_LEVERAGE"]);
    }
    expect((await client.account.info()).leverage).toBe(3);
  });

  it("answers free collateral × leverage in the quote asset, and that over the price in the base", async () => {
    const free = Number((await client.account.info()).freeCollateral); // 235000 with the default balances
    expect(free).toBe(235000);
    expect(await client.call("getMaxMargin", { params: { query: { symbol: "SPOT_ETH_USDT" } } })).toEqual({
      symbol: "SPOT_ETH_USDT",
      availableQuoteQuantity: "2350000",
      availableBaseQuantity: String(Math.floor((2350000 / 3000) * 1e4) / 1e4),
    });
    await client.call("setSpotMarginLeverage", { body: { leverage: 2 } });
    const m = await client.call("getMaxMargin", { params: { query: { symbol: "SPOT_BTC_USDT" } } });
    expect(m).toMatchObject({ availableQuoteQuantity: "470000", availableBaseQuantity: "7.833333" });

    // A loan uses margin: 5000 USDT borrowed at leverage 2 takes 2500 of the free collateral.
    borrowUsdt();
    const after = await client.call("getMaxMargin", { params: { query: { symbol: "SPOT_BTC_USDT" } } });
    expect(after.availableQuoteQuantity).toBe(String((235000 - 2500) * 2));
    const e = await failure(client.call("getMaxMargin", { params: { query: { symbol: "SPOT_DOGE_USDT" } } }));
    expect(e.codeName).toBe("SYMBOL_NOT_EXISTS");
  });
});

describe("hourly interest and its repayment", () => {
  it("charges every full hour on a negative holding, shows it outstanding, and repays it once", async () => {
    const seen: EngineEvent[] = [];
    h.sandbox.exchange.events.subscribe((_account, e) => seen.push(e));
    borrowUsdt();
    expect((await balance("USDT")).holding).toBe("-5000");
    expect((await history()).rows).toEqual([]);

    h.sandbox.advanceClock(H / 2); // 11:00: the first hourly run
    const first = await history();
    expect(first.meta).toEqual({ total: 1, recordsPerPage: 25, currentPage: 1 });
    expect(first.rows[0]).toMatchObject({
      token: "USDT",
      side: "LOAN",
      status: "SUCCEED",
      quantity: "5000",
      loanAmount: "5000",
      interest: "-0.05",
      hourlyRate: "0.00001",
      annualRate: "0.0876",
      createdTime: T0 + H / 2,
    });
    expect(await balance("USDT")).toMatchObject({ holding: "-5000", interest: "-0.05" });
    expect(seen).toContainEqual({ kind: "balance", account: key(), token: "USDT" });

    h.sandbox.advanceClock(2 * H + H / 4); // 13:15: the 12:00 and 13:00 runs, nothing more
    const loans = (await history({ side: "LOAN" })).rows;
    expect(loans.map((r) => r.createdTime)).toEqual([T0 + 2.5 * H, T0 + 1.5 * H, T0 + H / 2]);
    expect((await balance("USDT")).interest).toBe("-0.15");
    expect(journal("INTEREST")).toEqual([]); // accrued, not yet paid

    // Repaying needs the token: while USDT is negative there is nothing to pay with.
    expect((await failure(client.call("repayInterest", { body: { token: "USDT", amount: "1" } }))).codeName).toBe(
      "BALANCE_NOT_ENOUGH",
    );
    await sellBtc();
    const usdtBefore = decOf(String((await balance("USDT")).holding));
    expect(usdtBefore > 0n).toBe(true);

    for (const amount of ["0", "-1"]) {
      const e = await failure(client.call("repayInterest", { body: { token: "USDT", amount } }));
      expect(e.codeName).toBe("AMOUNT_MUST_BE_POSITIVE");
    }
    await client.call("repayInterest", { body: { token: "USDT", amount: "0.1" } }); // part of it
    await client.call("repayInterest", { body: { token: "USDT", amount: 5 } }); // the rest (0.05), a JSON number
    const usdt = await balance("USDT");
    expect(usdt.interest).toBe("0");
    expect(decOf(String(usdt.holding))).toBe(usdtBefore - decOf("0.15"));
    expect(journal("INTEREST")).toEqual([
      { token: "USDT", amount: -decOf("0.1") },
      { token: "USDT", amount: -decOf("0.05") },
    ]);
    const repays = (await history({ side: "REPAY" })).rows;
    expect(repays).toMatchObject([
      { side: "REPAY", interest: "0.05", quantity: null, hourlyRate: null, annualRate: null, loanAmount: null },
      { side: "REPAY", interest: "0.1" },
    ]);
    const e = await failure(client.call("repayInterest", { body: { token: "USDT", amount: "1" } }));
    expect(e.codeName).toBe("NO_AMOUNT_TO_REPAY_INTEREST");
  });

  it("repays outstanding interest automatically at the next hour once the holding is positive", async () => {
    borrowUsdt();
    h.sandbox.advanceClock(H / 2); // 11:00: LOAN 0.05
    await sellBtc(); // USDT positive again
    h.sandbox.advanceClock(H); // 12:00: no loan left; the 0.05 is paid from the balance
    const { rows } = await history({ token: "USDT" });
    expect(rows.map((r) => [r.side, r.interest])).toEqual([
      ["AUTO_REPAY", "0.05"],
      ["LOAN", "-0.05"],
    ]);
    expect((await balance("USDT")).interest).toBe("0");
    expect(journal("INTEREST")).toEqual([{ token: "USDT", amount: -decOf("0.05") }]);
    h.sandbox.advanceClock(5 * H);
    expect((await history()).meta?.total).toBe(2);
  });

  it("pages the records newest first and keeps each account's apart", async () => {
    borrowUsdt();
    h.sandbox.advanceClock(3 * H); // 11:00, 12:00, 13:00
    const page2 = await client.call("getInterestHistory", { params: { query: { page: 2, size: 2 } } });
    expect(page2.meta).toEqual({ total: 3, recordsPerPage: 2, currentPage: 2 });
    expect(page2.rows.map((r) => r.createdTime)).toEqual([T0 + H / 2]);
    const ranged = await client.call("getInterestHistory", {
      params: { query: { startTime: T0 + H, endTime: T0 + 2 * H } },
    });
    expect(ranged.rows.map((r) => r.createdTime)).toEqual([T0 + 1.5 * H]);

    const c2 = onSandboxClock(h.sandbox.addAccount());
    expect((await c2.call("getInterestHistory", { params: { query: {} } })).rows).toEqual([]);
  });
});
