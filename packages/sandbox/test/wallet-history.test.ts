import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure } from "./helpers.js";
import {
  ok,
  T0,
  TO,
  tokenHistory,
  walletHarness,
  walletHistory,
  withdraw,
  type WalletHarness,
} from "./wallet-helpers.js";

// One account's story, an hour apart on the sandbox clock (T0 = 2026-01-01 14:30 UTC):
//   T0      deposit 1000 USDT on TRX        T0+3h  withdraw 100 USDT on TRX (completes)
//   T0+1h   deposit 0.5 BTC                 T0+4h  buy 0.01 BTC on SPOT_BTC_USDT at 60000 (fee 0.3 USDT)
//   T0+2h   deposit 2000 USDT on ETH        T0+5h  withdraw 50 USDT on BSC (still NEW)
const H = 3_600_000;
let h: WalletHarness;

beforeAll(async () => {
  h = await walletHarness();
  // The clock stops exactly where each credit or debit falls due, so that the ledger shows that time.
  const deposit = (token: string, amount: string, network?: string) => {
    const { completesAt } = h.sandbox.deposit({ token, amount, network });
    const hourLater = h.sandbox.exchange.now() + H;
    h.sandbox.advanceClock(completesAt - h.sandbox.exchange.now());
    h.sandbox.advanceClock(hourLater - completesAt);
  };
  deposit("USDT", "1000", "TRX");
  deposit("BTC", "0.5");
  deposit("USDT", "2000", "ETH");
  await withdraw(h, { token: "USDT", network: "TRX", address: TO.TRX, amount: "100" });
  h.sandbox.advanceClock(60_000);
  h.sandbox.advanceClock(H - 60_000);
  await h.client.orders.place({ symbol: "SPOT_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
  h.sandbox.advanceClock(H);
  await withdraw(h, { token: "USDT", network: "BSC", address: TO.ETH, amount: "50" });
});
afterAll(() => h.stop());

const at = (hours: number) => T0 + hours * H;

describe("getWalletHistory", () => {
  it("lists deposits and withdrawals newest first, with camelCase meta", async () => {
    const page = await walletHistory(h);
    expect(page.rows.map((r) => [r.tokenSide, r.token, r.amount, r.status])).toEqual([
      ["WITHDRAW", "BSC_USDT", "50", "NEW"],
      ["WITHDRAW", "TRX_USDT", "100", "COMPLETED"],
      ["DEPOSIT", "ETH_USDT", "2000", "COMPLETED"],
      ["DEPOSIT", "BTC", "0.5", "COMPLETED"],
      ["DEPOSIT", "TRX_USDT", "1000", "COMPLETED"],
    ]);
    expect(page.meta).toEqual({ total: 5, recordsPerPage: 25, currentPage: 1 });
    expect(page.rows.map((r) => Number(r.createdTime) * 1000)).toEqual([at(5), at(3), at(2), at(1), at(0)]);
    expect(page.rows[2]).toMatchObject({ confirmingThreshold: 64, confirmedNumber: 64 });
  });

  it("filters by token (plain or network-specific), balance token, network, side, status, type and time", async () => {
    const amounts = async (query: Parameters<typeof walletHistory>[1]) =>
      (await walletHistory(h, query)).rows.map((r) => r.amount);
    expect(await amounts({ token: "USDT" })).toEqual(["50", "100", "2000", "1000"]);
    expect(await amounts({ token: "TRX_USDT" })).toEqual(["100", "1000"]);
    expect(await amounts({ balanceToken: "BTC" })).toEqual(["0.5"]);
    expect(await amounts({ network: "ETH" })).toEqual(["2000"]);
    expect(await amounts({ tokenSide: "DEPOSIT", token: "USDT" })).toEqual(["2000", "1000"]);
    expect(await amounts({ status: "NEW" })).toEqual(["50"]);
    expect(await amounts({ type: "COLLATERAL" })).toEqual([]);
    expect(await amounts({ type: "BALANCE" })).toHaveLength(5);
    expect(await amounts({ startTime: at(1), endTime: at(3) })).toEqual(["100", "2000", "0.5"]);
    expect(await amounts({ token: "ETH" })).toEqual([]);
  });

  it("pages with page/size, at most 1000 a page", async () => {
    const second = await walletHistory(h, { page: 2, size: 2 });
    expect(second.rows.map((r) => r.amount)).toEqual(["2000", "0.5"]);
    expect(second.meta).toEqual({ total: 5, recordsPerPage: 2, currentPage: 2 });
    expect((await walletHistory(h, { page: 3, size: 2 })).rows.map((r) => r.amount)).toEqual(["1000"]);
    expect(await failure(walletHistory(h, { size: 1001 }))).toMatchObject({ code: "-1005" });
  });
});

describe("getTokenHistory (the ledger)", () => {
  it("shows every balance change with its reason and signed amount, newest first", async () => {
    const page = await tokenHistory(h);
    expect(page.rows.map((r) => [r.type, r.token, r.amount, r.timestamp])).toEqual([
      ["TRANSACTION_FEE", "USDT", "-0.3", at(4)],
      ["SPOT_TRANSACTION", "USDT", "-600", at(4)],
      ["SPOT_TRANSACTION", "BTC", "0.01", at(4)],
      ["WITHDRAW", "USDT", "-1", at(3) + 60_000],
      ["WITHDRAW", "USDT", "-100", at(3) + 60_000],
      ["DEPOSIT", "USDT", "2000", at(2) + 64 * 12_000],
      ["DEPOSIT", "BTC", "0.5", at(1) + 2 * 600_000],
      ["DEPOSIT", "USDT", "1000", at(0) + 20 * 3_000],
    ]);
    expect(page.meta).toEqual({ total: 8, recordsPerPage: 25, currentPage: 1 });
    const ids = page.rows.map((r) => BigInt(r.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("filters by type, token and time, and pages (at most 1000 a page)", async () => {
    const rows = async (query: Parameters<typeof tokenHistory>[1]) =>
      (await tokenHistory(h, query)).rows.map((r) => `${r.type} ${r.amount}`);
    expect(await rows({ type: "DEPOSIT" })).toEqual(["DEPOSIT 2000", "DEPOSIT 0.5", "DEPOSIT 1000"]);
    expect(await rows({ token: "BTC" })).toEqual(["SPOT_TRANSACTION 0.01", "DEPOSIT 0.5"]);
    expect(await rows({ type: "WITHDRAW", token: "USDT" })).toEqual(["WITHDRAW -1", "WITHDRAW -100"]);
    expect(await rows({ startTime: at(1), endTime: at(3) + 60_000 })).toEqual([
      "WITHDRAW -1",
      "WITHDRAW -100",
      "DEPOSIT 2000",
      "DEPOSIT 0.5",
    ]);
    const last = await tokenHistory(h, { page: 3, size: 3 });
    expect(last.rows.map((r) => r.amount)).toEqual(["0.5", "1000"]);
    expect(last.meta).toEqual({ total: 8, recordsPerPage: 3, currentPage: 3 });
    expect(await failure(tokenHistory(h, { size: 1001 }))).toMatchObject({ code: "-1005" });
  });
});

describe("getStakingYieldHistory", () => {
  it("has no rewards (staking is not simulated), with the page's meta; an unknown token is -1005", async () => {
    const get = (query: { token?: string; page?: number; size?: number }) =>
      ok(h.client.GET("/v3/asset/staking/yieldHistory", { params: { query } }));
    expect((await get({ token: "WOO", page: 2, size: 10 })).data).toEqual({
      rows: [],
      meta: { total: 0, recordsPerPage: 10, currentPage: 2 },
    });
    expect(await failure(get({ token: "NOPE" }))).toMatchObject({ code: "-1005" });
  });
});
