import { createWooxClient } from "@woox-sdk/client";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS, startSandbox, type Credentials, type SandboxOptions } from "../src/index.js";
import { failure, harness, RAW_CLIENT, type Harness } from "./helpers.js";

// Families of a main account and its sub-accounts, the keys' permissions and where they are enforced.

let h: Harness;
afterEach(() => h.stop());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SUB_A = { apiKey: "sub-a-key", apiSecret: "sub-a-secret" };
const SUB_B = { apiKey: "sub-b-key", apiSecret: "sub-b-secret" };

async function start(options: SandboxOptions = {}) {
  h = await harness({ rateLimits: false, ...options });
}
const api = (c: Credentials) => createWooxClient({ ...RAW_CLIENT, ...c, baseUrl: h.sandbox.url, throwOnError: true });
const main = () => api(DEMO_CREDENTIALS);

describe("sub-accounts", () => {
  it("lists the main account's sub-accounts with stable application ids, names and creation times", async () => {
    const t0 = Date.now();
    // A sub-account may be listed before its main account.
    await start({
      accounts: [
        { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey, name: "hedging" },
        DEMO_CREDENTIALS,
        { ...SUB_B, parent: DEMO_CREDENTIALS.apiKey },
      ],
    });
    h.sandbox.addAccount({ parent: DEMO_CREDENTIALS.apiKey, name: "bots" });
    const lone = h.sandbox.addAccount(); // a main account of its own family

    const { rows } = (await main().GET("/v3/account/subAccounts/all")).data.data;
    expect(rows.map((r) => r.name)).toEqual(["hedging", "sub-2", "bots"]);
    for (const r of rows) {
      expect(r.applicationId).toMatch(UUID);
      expect(r.createdTime).toMatch(/^\d+\.\d{3}$/);
      expect(Number(r.createdTime) * 1000).toBeGreaterThanOrEqual(t0 - 1);
    }
    // The id is the one each account reports about itself, and the same on every run.
    const info = await createWooxClient({ ...RAW_CLIENT, ...SUB_A, baseUrl: h.sandbox.url }).account.info();
    expect(rows[0]!.applicationId).toBe(info.applicationId);
    expect(new Set(rows.map((r) => r.applicationId)).size).toBe(3);
    expect((await api(lone).GET("/v3/account/subAccounts/all")).data.data.rows).toEqual([]);
    // Another sandbox gives the same key the same id.
    const again = await startSandbox({ accounts: [DEMO_CREDENTIALS, { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey }] });
    expect(again.exchange.accounts.profile(SUB_A.apiKey).applicationId).toBe(rows[0]!.applicationId);
    await again.stop();
  });

  it("refuses a sub-account key (-1002), and refuses bad family set-ups at start", async () => {
    await start({ accounts: [DEMO_CREDENTIALS, { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey }] });
    const err = await failure(api(SUB_A).GET("/v3/account/subAccounts/all"));
    expect(err).toMatchObject({ code: "-1002", codeName: "UNAUTHORIZED" });
    expect(() => h.sandbox.addAccount({ parent: "nobody" })).toThrow(/parent "nobody"/);
    expect(() => h.sandbox.addAccount({ parent: SUB_A.apiKey })).toThrow(/itself a sub-account/);
    expect(() => h.sandbox.addAccount({ permissions: ["ADMIN" as "READ"] })).toThrow(/unknown permission/);
  });
});

describe("credentials and permissions", () => {
  it("shows a main account its family's keys and a sub-account its own, with their permissions", async () => {
    await start({
      accounts: [
        DEMO_CREDENTIALS,
        { ...SUB_A, parent: DEMO_CREDENTIALS.apiKey, name: "readonly", permissions: ["READ"] },
        { ...SUB_B, parent: DEMO_CREDENTIALS.apiKey, permissions: ["TRADE", "READ"] },
      ],
    });
    const all = (await main().GET("/v3/account/credentials")).data.data;
    expect(all.meta).toEqual({ total: 3, recordsPerPage: 25, currentPage: 1 });
    expect(all.rows.map(({ accountName, apiKey, permissions }) => ({ accountName, apiKey, permissions }))).toEqual([
      { accountName: "Main", apiKey: DEMO_CREDENTIALS.apiKey, permissions: ["READ", "TRADE", "WITHDRAWAL"] },
      { accountName: "readonly", apiKey: SUB_A.apiKey, permissions: ["READ"] },
      { accountName: "sub-2", apiKey: SUB_B.apiKey, permissions: ["READ", "TRADE"] },
    ]);
    // One user owns the family; no IP whitelist, so no allowedIPs field.
    expect(new Set(all.rows.map((r) => r.userId)).size).toBe(1);
    for (const r of all.rows) expect(r).not.toHaveProperty("allowedIPs");

    const own = (await api(SUB_B).GET("/v3/account/credentials")).data.data.rows;
    expect(own.map((r) => r.apiKey)).toEqual([SUB_B.apiKey]);
    const paged = await main().GET("/v3/account/credentials", { params: { query: { page: 2, size: 2 } } });
    expect(paged.data.data.rows.map((r) => r.apiKey)).toEqual([SUB_B.apiKey]);
  });

  it("refuses order and algo-order writes to a key without TRADE (-1002) but lets it read", async () => {
    await start({ accounts: [DEMO_CREDENTIALS, { ...SUB_A, permissions: ["READ", "WITHDRAWAL"] }] });
    const reader = createWooxClient({ ...RAW_CLIENT, ...SUB_A, baseUrl: h.sandbox.url });
    const refused = [
      reader.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" }),
      reader.orders.edit({ orderId: 1, quantity: "1" }),
      reader.orders.cancel({ symbol: "SPOT_BTC_USDT", orderId: 1 }),
      reader.orders.cancelAll({ symbol: "SPOT_BTC_USDT" }),
      reader.orders.cancelAllIncludingAlgo(),
      reader.orders.cancelAllAfter(0),
      reader.algoOrders.place({
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "61000",
      }),
      reader.algoOrders.cancelAll(),
    ];
    for (const p of refused) {
      const err = await failure(p);
      expect(err).toMatchObject({ code: "-1002", codeName: "UNAUTHORIZED" });
      expect(err.message).toContain("TRADE permission");
    }
    expect((await reader.orders.list()).rows).toEqual([]);
    expect((await reader.account.balances({ token: "USDT" })).holding[0]!.holding).toBe("100000");
    // The trading key of the same sandbox is unaffected.
    await h.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
  });

  it("refuses a withdrawal to a key without WITHDRAWAL, and every call to a key without READ", async () => {
    await start({
      accounts: [DEMO_CREDENTIALS, { ...SUB_A, permissions: ["READ", "TRADE"] }, { ...SUB_B, permissions: ["TRADE"] }],
    });
    const withdrawal = api(SUB_A).POST("/v3/asset/wallet/withdraw", {
      body: { token: "USDT", network: "TRON", address: "TXYZ", amount: "20" },
    });
    const err = await failure(withdrawal);
    expect(err).toMatchObject({ code: "-1002" });
    expect(err.message).toContain("WITHDRAWAL permission");
    // The check other areas call: what the withdraw handler relies on.
    expect(() => h.sandbox.exchange.accounts.require(SUB_A.apiKey, "WITHDRAWAL")).toThrow(/WITHDRAWAL/);
    expect(() => h.sandbox.exchange.accounts.require(DEMO_CREDENTIALS.apiKey, "WITHDRAWAL")).not.toThrow();

    const blind = createWooxClient({ ...RAW_CLIENT, ...SUB_B, baseUrl: h.sandbox.url });
    expect(await failure(blind.account.info())).toMatchObject({ code: "-1002" });
    // Public market data needs no key at all.
    expect((await blind.market.systemInfo()).status).toBeDefined();
  });
});
