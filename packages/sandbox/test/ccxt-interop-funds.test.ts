import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Exchange as CcxtExchange } from "ccxt";
import type { WooxClient } from "@woox-sdk/client";
import { clientFor, harness, RAW_CLIENT, type Harness } from "./helpers.js";
import { ccxtWoo, lastBody, type CcxtRequest } from "./ccxt-woo.js";

/*
 * ccxt 4.5.84's `woo` against the sandbox for the operations that move funds or read their history:
 * funding, the wallet (deposit address, withdrawals, deposits, ccxt's ledger), transfers between the
 * main account and its sub-accounts, convert and spot-margin leverage. As in ccxt-interop.test.ts, every
 * call must succeed and parse into ccxt's unified structures with the values the sandbox holds (read
 * back through @woox-sdk/client), and every response is validated against the spec when the harness
 * stops.
 */

const HOUR = 3_600_000;
const num = (v: unknown) => (v === undefined || v === null ? undefined : Number(v));

/** A string ccxt types as possibly undefined (an id, an address), required here. */
function must(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new Error(`ccxt returned no ${what}`);
  return value;
}

let h: Harness;
/** The demo account's @woox-sdk/client, signing with the sandbox clock (which these tests move). */
let client: WooxClient;
let woo: CcxtExchange;
let sent: CcxtRequest[];

/** Moves the sandbox clock and keeps ccxt's signatures inside the timestamp window. */
function advance(ms: number) {
  h.sandbox.advanceClock(ms);
  woo.options["timeDifference"] = Date.now() - h.sandbox.exchange.now();
}

beforeAll(async () => {
  h = await harness({ rateLimits: false });
  // A sub-account of the demo account, to transfer to (an object, not a literal: `parent` and `name` are
  // the sandbox's account settings on the branch that serves sub-accounts).
  const sub = {
    apiKey: "ccxt-sub-key",
    apiSecret: "ccxt-sub-secret",
    parent: h.sandbox.credentials.apiKey,
    name: "ccxt-sub",
  };
  h.sandbox.addAccount(sub);
  client = clientFor(h.sandbox, h.sandbox.credentials, { ...RAW_CLIENT, now: () => h.sandbox.exchange.now() });
  ({ exchange: woo, sent } = ccxtWoo(h.sandbox));
  await woo.loadMarkets();
});

afterAll(async () => {
  await h.stop();
});

describe("ccxt woo against the sandbox: funding", () => {
  it("fetchFundingHistory reads the fees charged on an open position, Pay negated", async () => {
    await woo.createOrder("BTC/USDT:USDT", "market", "buy", 0.1);
    advance(8 * HOUR); // at least one funding time passes
    const rows: { id: unknown; fundingFee: unknown; paymentType: string; fundingRate?: unknown }[] = [];
    for await (const r of client.futures.iterateFundingFees({ symbol: "PERP_BTC_USDT" })) rows.push(r);
    expect(rows.length).toBeGreaterThan(0);
    const incomes = await woo.fetchFundingHistory("BTC/USDT:USDT");
    expect(
      incomes
        .map((i) => [i.id, i.amount, (i as unknown as { rate?: number }).rate])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      rows
        .map((r) => [String(r.id), (r.paymentType === "Pay" ? -1 : 1) * Number(r.fundingFee), num(r.fundingRate)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("fetchFundingRateHistory reads the past rounds, oldest first", async () => {
    const rows: { fundingRate: unknown; fundingRateTimestamp: unknown }[] = [];
    for await (const r of client.market.iterateFundingRates({ symbol: "PERP_BTC_USDT", startTime: 0 })) rows.push(r);
    const rates = await woo.fetchFundingRateHistory("BTC/USDT:USDT", 0);
    expect(rates.map((r) => [r.timestamp, r.fundingRate])).toEqual(
      rows.map((r) => [Number(r.fundingRateTimestamp), num(r.fundingRate)]).sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(rates.length).toBeGreaterThan(0);
  });
});

describe("ccxt woo against the sandbox: wallet", () => {
  let address: string;
  let withdrawId: string;

  it("fetchDepositAddress reads the address of a token on a network, the same on every call", async () => {
    const other = ccxtWoo(h.sandbox, h.sandbox.addAccount());
    await other.exchange.loadMarkets();
    const got = await other.exchange.fetchDepositAddress("USDT", { network: "TRC20" });
    expect(new URL(other.sent.at(-1)!.url).search).toContain("network=TRX");
    address = must(got.address, "address");
    expect(got).toMatchObject({ currency: "USDT", network: "TRC20" });
    expect((await other.exchange.fetchDepositAddress("USDT", { network: "TRC20" })).address).toBe(address);
    const mine = await woo.fetchDepositAddress("USDT", { network: "TRC20" });
    expect(mine.address).toBe((await client.wallet.depositAddress("USDT", "TRX")).address);
  });

  it("withdraw debits available balance and shows as a pending withdrawal", async () => {
    const before = (await client.account.balances({ token: "USDT" })).holding[0]!;
    const w = await woo.withdraw("USDT", 50, address, undefined, { network: "TRC20" });
    expect(lastBody(sent, "POST", "/v3/asset/wallet/withdraw")).toMatchObject({
      token: "USDT",
      network: "TRX",
      address,
      amount: 50,
    });
    withdrawId = String(w.id);
    expect(w).toMatchObject({ type: "withdrawal", status: "pending", amount: 50 });
    const rows = [];
    for await (const r of client.wallet.iterateHistory({ tokenSide: "WITHDRAW" })) rows.push(r);
    const row = rows.find((r) => String(r.id) === withdrawId);
    expect(row).toMatchObject({ tokenSide: "WITHDRAW", status: "NEW" });
    // The amount leaves the available balance together with the network fee the sandbox's row states.
    const after = (await client.account.balances({ token: "USDT" })).holding[0]!;
    expect(Number(after.availableBalance)).toBeCloseTo(
      Number(before.availableBalance) - 50 - Number(row!.feeAmount ?? 0),
      8,
    );
  });

  it("fetchWithdrawals and fetchDeposits read the wallet history", async () => {
    const withdrawals = await woo.fetchWithdrawals("USDT");
    expect(withdrawals.find((t) => t.id === withdrawId)).toMatchObject({
      type: "withdrawal",
      status: "pending",
      amount: 50,
      addressTo: address,
    });
    // A deposit arriving at the demo account (the sandbox's control route), still confirming.
    const res = await fetch(`${h.sandbox.url}/sandbox/deposit`, {
      method: "POST",
      body: JSON.stringify({ token: "USDT", network: "TRX", amount: "25" }),
    });
    const { data: receipt } = (await res.json()) as { data: { id: string; status: string } };
    const deposits = [];
    for await (const r of client.wallet.iterateHistory({ token: "USDT", tokenSide: "DEPOSIT" })) deposits.push(r);
    const read = await woo.fetchDeposits("USDT");
    expect(read.map((t) => [t.id, t.amount, t.type]).sort()).toEqual(
      deposits.map((r) => [String(r.id), num(r.amount), "deposit"]).sort(),
    );
    expect(read.find((t) => t.id === receipt.id)).toMatchObject({ amount: 25, status: "pending", currency: "USDT" });
  });

  it("fetchLedger reads the wallet movements (ccxt's ledger is the wallet history)", async () => {
    // ccxt keeps only rows whose token is the currency itself: a native-chain withdrawal (BTC on BTC)
    // is one; USDT on TRX is listed as TRX_USDT and dropped by ccxt's own filter.
    const other = ccxtWoo(h.sandbox, h.sandbox.addAccount());
    await other.exchange.loadMarkets();
    const to = must((await other.exchange.fetchDepositAddress("BTC", { network: "BTC" })).address, "address");
    const w = await woo.withdraw("BTC", 0.01, to, undefined, { network: "BTC" });
    const rows = [];
    for await (const r of client.wallet.iterateHistory({ token: "BTC" })) rows.push(r);
    const ledger = await woo.fetchLedger("BTC");
    expect(ledger.map((e) => [e.id, e.amount, e.direction]).sort()).toEqual(
      rows.map((r) => [String(r.id), num(r.amount), r.tokenSide === "DEPOSIT" ? "in" : "out"]).sort(),
    );
    expect(ledger.map((e) => e.id)).toContain(String(w.id));
  });
});

describe("ccxt woo against the sandbox: accounts and transfers", () => {
  it("fetchAccounts reads the main account and its sub-accounts; transfer and fetchTransfers move and show funds", async () => {
    const info = await client.account.info();
    const accounts = await woo.fetchAccounts();
    expect(accounts[0]!.id).toBe(info.applicationId);
    const subAccounts = await client.GET("/v3/account/subAccounts/all");
    if (subAccounts.error) throw subAccounts.error;
    const subs = subAccounts.data.data.rows;
    expect(accounts.slice(1).map((a) => [a.id, (a as unknown as { name?: string }).name])).toEqual(
      subs.map((s) => [s.applicationId, s.name]),
    );
    expect(subs.length, "the sandbox's main account needs a sub-account to transfer to").toBeGreaterThan(0);

    const to = subs[0]!.applicationId;
    const from = must(info.applicationId, "main applicationId");
    const before = Number((await client.account.balances({ token: "USDT" })).holding[0]!.holding);
    const t = await woo.transfer("USDT", 10, from, to);
    expect(lastBody(sent, "POST", "/v3/asset/transfer")).toEqual({
      token: "USDT",
      amount: 10,
      from: { applicationId: from },
      to: { applicationId: to },
    });
    expect(Number((await client.account.balances({ token: "USDT" })).holding[0]!.holding)).toBe(before - 10);
    const history = [];
    for await (const r of client.account.iterateTransfers()) history.push(r);
    expect(history.map((r) => String(r.id))).toContain(t.id);
    const read = (await woo.fetchTransfers("USDT")).find((x) => x.id === t.id);
    expect(read).toMatchObject({ currency: "USDT", amount: 10, fromAccount: from, toAccount: to });
    expect(read!.status).toBe("ok");
  });
});

describe("ccxt woo against the sandbox: convert and spot margin", () => {
  it("fetchConvertCurrencies reads the convertible tokens", async () => {
    const assets = await client.GET("/v3/convert/assetInfo");
    if (assets.error) throw assets.error;
    const rows = assets.data.rows;
    const currencies = await woo.fetchConvertCurrencies();
    expect(Object.keys(currencies).sort()).toEqual(rows.map((r) => r.token).sort());
  });

  it("fetchConvertQuote, createConvertTrade (once), fetchConvertTrade and fetchConvertTradeHistory", async () => {
    const eth = async () => Number((await client.account.balances({ token: "ETH" })).holding[0]!.holding);
    const ethBefore = await eth();
    const q = await woo.fetchConvertQuote("ETH", "USDT", 0.5);
    expect(q).toMatchObject({ fromCurrency: "ETH", toCurrency: "USDT", fromAmount: 0.5 });
    expect(q.toAmount).toBeGreaterThan(0);
    const quoteId = must(q.id, "quote id");
    const done = await woo.createConvertTrade(quoteId, "ETH", "USDT", 0.5);
    expect(done.id).toBe(quoteId);
    expect(lastBody(sent, "POST", "/v3/convert/rft")).toEqual({ quoteId });
    expect(await eth()).toBe(ethBefore - 0.5);
    await expect(woo.createConvertTrade(quoteId, "ETH", "USDT", 0.5)).rejects.toThrow();
    expect(await eth()).toBe(ethBefore - 0.5);

    const trade = await client.convert.trade(quoteId);
    const read = await woo.fetchConvertTrade(quoteId);
    // ccxt maps getConvertTrade's buyAsset/sellAsset onto from/to the other way round than a quote; the
    // amounts it reads are the sandbox's.
    expect(read).toMatchObject({ id: quoteId, fromAmount: num(trade.sellAmount), toAmount: num(trade.buyAmount) });
    const history = await woo.fetchConvertTradeHistory();
    expect(history.map((c) => c.id)).toContain(quoteId);
  });

  it("setLeverage without a symbol sets the spot-margin leverage", async () => {
    await woo.setLeverage(3);
    expect(lastBody(sent, "POST", "/v3/spotMargin/leverage")).toEqual({ leverage: 3 });
    expect(Number((await client.account.info()).leverage)).toBe(3);
  });
});
