import { createWooxClient } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fmt } from "../src/decimal.js";
import { DEMO_CREDENTIALS, type Credentials, type EngineEvent } from "../src/index.js";
import { failure, harness, rawRequest, RAW_CLIENT, type Harness } from "./helpers.js";

// Transfers inside a family of accounts: POST /v3/asset/transfer and GET /v3/asset/transfer/history.

const SUB_A = { apiKey: "sub-a-key", apiSecret: "sub-a-secret" };
const SUB_B = { apiKey: "sub-b-key", apiSecret: "sub-b-secret" };
const OUTSIDER = { apiKey: "outsider-key", apiSecret: "outsider-secret" };

let h: Harness;
let events: [string, EngineEvent][];
beforeEach(async () => {
  h = await harness({
    rateLimits: false,
    accounts: [
      DEMO_CREDENTIALS,
      { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey, name: "hedge-01" },
      { ...SUB_B, parent: DEMO_CREDENTIALS.apiKey },
      OUTSIDER,
    ],
  });
  events = [];
  h.sandbox.exchange.events.subscribe((account, e) => events.push([account, e]));
});
afterEach(() => h.stop());

const api = (c: Credentials) => createWooxClient({ ...RAW_CLIENT, ...c, baseUrl: h.sandbox.url, throwOnError: true });
const appId = (c: Credentials) => h.sandbox.exchange.accounts.profile(c.apiKey).applicationId;
const usdt = async (c: Credentials) => (await api(c).account.balances({ token: "USDT" })).holding[0]!.availableBalance;
const transfer = (by: Credentials, from: Credentials, to: Credentials, amount: string | number, token = "USDT") =>
  api(by).POST("/v3/asset/transfer", {
    body: { token, amount, from: { applicationId: appId(from) }, to: { applicationId: appId(to) } },
  });
const history = async (
  c: Credentials,
  query: { startTime?: number; endTime?: number; page?: number; size?: number } = {},
) => (await api(c).GET("/v3/asset/transfer/history", { params: { query } })).data.data;

describe("transfers", () => {
  it("moves funds from the main account to a sub-account at once, with one COMPLETED record both see", async () => {
    const before = Date.now();
    const { data } = await transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "250.5");
    expect(await usdt(DEMO_CREDENTIALS)).toBe("99749.5");
    expect(await usdt(SUB_A)).toBe("100250.5");

    const [mainRow] = (await history(DEMO_CREDENTIALS)).rows;
    const subPage = await history(SUB_A);
    expect(subPage.rows).toEqual([mainRow]);
    expect(subPage.meta).toEqual({ total: 1, recordsPerPage: 25, currentPage: 1 });
    expect(mainRow).toMatchObject({
      id: data.data.id,
      token: "USDT",
      amount: "250.5",
      status: "COMPLETED",
      from: { applicationId: appId(DEMO_CREDENTIALS), accountName: "Main" },
      to: { applicationId: appId(SUB_A), accountName: "hedge-01" },
    });
    // Seconds with three decimals, as strings: a client that multiplies by 1000 gets the time in ms.
    expect(mainRow!.createdTime).toMatch(/^\d+\.\d{3}$/);
    const ms = Number(mainRow!.createdTime) * 1000;
    expect(ms).toBeGreaterThanOrEqual(before - 1);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
    expect(mainRow!.updatedTime).toBe(mainRow!.createdTime);

    // One ledger row on each side, and a balance event for each account.
    const journal = (c: Credentials) =>
      h.sandbox.exchange.ledger.account(c.apiKey).journal.map((r) => [r.type, r.token, fmt(r.amount)]);
    expect(journal(DEMO_CREDENTIALS)).toEqual([["SUB_ACCOUNT_TRANSFER", "USDT", "-250.5"]]);
    expect(journal(SUB_A)).toEqual([["SUB_ACCOUNT_TRANSFER", "USDT", "250.5"]]);
    expect(events).toEqual([
      [DEMO_CREDENTIALS.apiKey, { kind: "balance", account: DEMO_CREDENTIALS.apiKey, token: "USDT" }],
      [SUB_A.apiKey, { kind: "balance", account: SUB_A.apiKey, token: "USDT" }],
    ]);
  });

  it("takes the amount as a JSON number, as an independent client sends it", async () => {
    const body = JSON.stringify({
      token: "BTC",
      amount: 0.25,
      from: { applicationId: appId(SUB_A) },
      to: { applicationId: appId(DEMO_CREDENTIALS) },
    });
    const res = await rawRequest(h.sandbox, "POST", "/v3/asset/transfer", body, SUB_A);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/"data":\{"id":\d+\}/);
    expect((await api(SUB_A).account.balances({ token: "BTC" })).holding[0]!.holding).toBe("0.75");
    expect((await api(DEMO_CREDENTIALS).account.balances({ token: "BTC" })).holding[0]!.holding).toBe("1.25");
    // Exponent notation is a JSON number as well.
    const tiny = body.replace('"amount":0.25', '"amount":2.5e-7');
    expect((await rawRequest(h.sandbox, "POST", "/v3/asset/transfer", tiny, SUB_A)).status).toBe(200);
    expect((await history(SUB_A)).rows[0]).toMatchObject({ amount: "0.00000025" });
    // And through the typed client, a number too.
    await transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_B, 1e-6, "BTC");
    expect((await history(SUB_B)).rows[0]).toMatchObject({ amount: "0.000001", token: "BTC" });
  });

  it("shows the main account the whole family's transfers and a sub-account only its own, newest first", async () => {
    await transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "1");
    await transfer(DEMO_CREDENTIALS, SUB_A, SUB_B, "2"); // the main account moves a sub's funds
    await transfer(SUB_B, SUB_B, DEMO_CREDENTIALS, "3");
    await transfer(SUB_B, SUB_B, SUB_A, "4"); // sub to sub, by the sender
    const amounts = async (c: Credentials) => (await history(c)).rows.map((r) => r.amount);
    expect(await amounts(DEMO_CREDENTIALS)).toEqual(["4", "3", "2", "1"]);
    expect(await amounts(SUB_A)).toEqual(["4", "2", "1"]);
    expect(await amounts(SUB_B)).toEqual(["4", "3", "2"]);
    expect(await amounts(OUTSIDER)).toEqual([]);
    expect(await usdt(SUB_B)).toBe(String(100000 + 2 - 3 - 4));

    const page = await history(DEMO_CREDENTIALS, { page: 2, size: 3 });
    expect(page.rows.map((r) => r.amount)).toEqual(["1"]);
    expect(page.meta).toEqual({ total: 4, recordsPerPage: 3, currentPage: 2 });
    // The time range is in ms, on createdTime.
    const all = (await history(DEMO_CREDENTIALS)).rows;
    const times = all.map((r) => Math.round(Number(r.createdTime) * 1000));
    expect((await history(DEMO_CREDENTIALS, { startTime: times[0]! + 1 })).rows).toEqual([]);
    expect((await history(DEMO_CREDENTIALS, { endTime: times[3]! - 1 })).rows).toEqual([]);
    expect((await history(DEMO_CREDENTIALS, { startTime: times[3]!, endTime: times[0]! })).rows).toHaveLength(4);
  });
});

describe("transfer refusals", () => {
  it("refuses accounts outside the caller's family and a sub-account moving another's funds (302143)", async () => {
    const code = { code: "302143", codeName: "APPLICATION_NOT_FOUND" };
    expect(await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, OUTSIDER, "1"))).toMatchObject(code);
    expect(await failure(transfer(OUTSIDER, OUTSIDER, DEMO_CREDENTIALS, "1"))).toMatchObject(code);
    expect(await failure(transfer(SUB_A, SUB_B, SUB_A, "1"))).toMatchObject(code);
    expect(await failure(transfer(SUB_A, DEMO_CREDENTIALS, SUB_A, "1"))).toMatchObject(code);
    const unknown = api(DEMO_CREDENTIALS).POST("/v3/asset/transfer", {
      body: {
        token: "USDT",
        amount: "1",
        from: { applicationId: appId(DEMO_CREDENTIALS) },
        to: { applicationId: "x" },
      },
    });
    expect(await failure(unknown)).toMatchObject(code);
  });

  it("refuses amounts that are not positive (302135), too precise, unknown tokens and same-account moves (-1005)", async () => {
    for (const amount of ["0", "-5", 0, -1])
      expect(await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, amount))).toMatchObject({
        code: "302135",
        codeName: "AMOUNT_MUST_BE_POSITIVE",
      });
    // USDT has 6 decimals.
    const precise = await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "0.0000001"));
    expect(precise).toMatchObject({ code: "-1005" });
    expect(precise.message).toContain("6 decimal places");
    const token = await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "1", "NOPE"));
    expect(token).toMatchObject({ code: "-1005" });
    expect(token.message).toContain("The token is not supported");
    expect(await failure(transfer(DEMO_CREDENTIALS, SUB_A, SUB_A, "1"))).toMatchObject({ code: "-1005" });
    expect((await history(DEMO_CREDENTIALS)).rows).toEqual([]);
    expect(events).toEqual([]);
  });

  it("refuses more than the available balance: what open orders hold back cannot move (302301)", async () => {
    const main = api(DEMO_CREDENTIALS);
    // A resting buy holds back 0.5 × 50000 = 25000 USDT.
    await main.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "LIMIT", price: "50000", quantity: "0.5" });
    const err = await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "75000.000001"));
    expect(err).toMatchObject({ code: "302301", codeName: "BALANCE_NOT_ENOUGH" });
    await transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, 75000);
    expect(await usdt(DEMO_CREDENTIALS)).toBe("0");
    expect(await failure(transfer(DEMO_CREDENTIALS, DEMO_CREDENTIALS, SUB_A, "0.000001"))).toMatchObject({
      code: "302301",
    });
  });

  it("refuses to move funds that margin open positions (302104)", async () => {
    const only = await harness({
      rateLimits: false,
      balances: { USDT: "10000" },
      accounts: [DEMO_CREDENTIALS, { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey }],
    });
    try {
      const main = createWooxClient({
        ...RAW_CLIENT,
        ...DEMO_CREDENTIALS,
        baseUrl: only.sandbox.url,
        throwOnError: true,
      });
      // 1 BTC at 60000 with leverage 10 uses 6000 USDT of margin (plus a 30 USDT fee).
      await main.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "1" });
      const ids = only.sandbox.exchange.accounts;
      const move = (amount: string) =>
        main.POST("/v3/asset/transfer", {
          body: {
            token: "USDT",
            amount,
            from: { applicationId: ids.profile(DEMO_CREDENTIALS.apiKey).applicationId },
            to: { applicationId: ids.profile(SUB_A.apiKey).applicationId },
          },
        });
      expect(await failure(move("4000"))).toMatchObject({
        code: "302104",
        codeName: "MARGIN_INSUFFICIENT_AFTER_ACTION",
      });
      await move("3900");
    } finally {
      await only.stop();
    }
  });
});
