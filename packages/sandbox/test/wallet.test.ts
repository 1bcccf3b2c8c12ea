import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngineEvent } from "../src/index.js";
import { failure } from "./helpers.js";
import {
  balanceOf,
  cancelWithdrawal,
  depositAddress,
  ok,
  tokenHistory,
  tokenNetworks,
  T0,
  TO,
  walletHarness,
  walletHistory,
  withdraw,
  type WalletHarness,
} from "./wallet-helpers.js";

// The default network table: USDT on ETH (min 10, fee 2), TRX (min 10, fee 1; 20 blocks of 3 s) and BSC;
// BTC on BTC (2 blocks of 10 min); withdrawals stay NEW for 60 s of sandbox clock. Accounts start with
// 100000 USDT and 1 BTC.

let h: WalletHarness;
beforeEach(async () => {
  h = await walletHarness();
});
afterEach(() => h.stop());

describe("token networks", () => {
  it("lists each token on each of its networks, and tokenInfo shows the same numbers", async () => {
    const rows = await tokenNetworks(h);
    expect(rows.filter((r) => r.token === "USDT").map((r) => r.network)).toEqual(["ETH", "TRX", "BSC"]);
    expect(rows.find((r) => r.token === "BTC")).toMatchObject({ network: "BTC", allowDeposit: 1, allowWithdraw: 1 });
    expect(rows.find((r) => r.token === "USDT" && r.network === "TRX")).toMatchObject({
      protocol: "TRC20",
      minimumWithdrawal: "10",
      withdrawalFee: "1",
    });
    const info = (await h.client.market.tokenInfo()).rows;
    const fromInfo = info.flatMap((t) =>
      (t.networks ?? []).map((n) => [t.token, n.network, n.minWithdraw, n.withdrawFee, n.allowWithdraw]),
    );
    const fromNetworks = rows.map((r) => [
      r.token,
      r.network,
      r.minimumWithdrawal,
      r.withdrawalFee,
      r.allowWithdraw === 1,
    ]);
    expect(fromInfo).toEqual(fromNetworks);
  });
});

describe("deposit address", () => {
  it("is the same on every call, in the network's style, the token's first network by default", async () => {
    const trx = await depositAddress(h, { token: "USDT", network: "TRX" });
    expect(trx.address).toMatch(/^T[1-9A-HJ-NP-Za-km-z]{33}$/);
    expect(trx.extra).toBe("");
    expect(await depositAddress(h, { token: "USDT", network: "TRX" })).toEqual(trx);
    const eth = await depositAddress(h, { token: "USDT", network: "ETH" });
    expect(eth.address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(await depositAddress(h, { token: "USDT" })).toEqual(eth);
    expect((await depositAddress(h, { token: "BTC" })).address).toMatch(/^bc1q[02-9ac-hj-np-z]{38}$/);
    // Another account has its own address.
    const other = h.as(h.sandbox.addAccount());
    const theirs = await ok(
      other.GET("/v3/asset/wallet/deposit", { params: { query: { token: "USDT", network: "TRX" } } }),
    );
    expect(theirs.data.address).not.toBe(trx.address);
  });

  it("refuses a token the sandbox does not list, or a network the token is not on, with -1005", async () => {
    for (const query of [{ token: "NOPE" }, { token: "BTC", network: "TRX" }]) {
      const e = await failure(depositAddress(h, query));
      expect(e.code).toBe("-1005");
      expect(e.message).toContain("The token is not supported");
    }
  });
});

describe("simulated deposits", () => {
  it("confirm block by block on the sandbox clock, then credit the balance and write a DEPOSIT ledger row", async () => {
    const events: EngineEvent[] = [];
    h.sandbox.exchange.events.subscribe((_account, e) => events.push(e));
    const receipt = h.sandbox.deposit({ token: "USDT", network: "TRX", amount: "1000" });
    expect(receipt).toMatchObject({ token: "USDT", network: "TRX", status: "CONFIRMING", confirmingThreshold: 20 });
    const address = (await depositAddress(h, { token: "USDT", network: "TRX" })).address;

    let [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({
      id: BigInt(receipt.id),
      token: "TRX_USDT",
      tokenSide: "DEPOSIT",
      type: "BALANCE",
      amount: "1000",
      status: "CONFIRMING",
      confirmingThreshold: 20,
      confirmedNumber: 0,
      targetAddress: address,
      feeToken: null,
      feeAmount: null,
    });
    expect(row!.txId).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.createdTime).toBe("1767277800.000"); // seconds, as a string
    expect(Number(row!.createdTime) * 1000).toBe(T0);
    expect((await balanceOf(h, "USDT")).holding).toBe("100000");

    h.sandbox.advanceClock(30_000); // 10 of 20 blocks
    [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({ status: "CONFIRMING", confirmedNumber: 10 });
    expect(events).toEqual([]);

    h.sandbox.advanceClock(receipt.completesAt - h.sandbox.exchange.now());
    [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({ status: "COMPLETED", confirmedNumber: 20 });
    expect(Number(row!.updatedTime) * 1000).toBe(receipt.completesAt);
    expect((await balanceOf(h, "USDT")).holding).toBe("101000");
    const [ledgerRow] = (await tokenHistory(h)).rows;
    expect(ledgerRow).toMatchObject({ type: "DEPOSIT", token: "USDT", amount: "1000" });
    expect(events).toEqual([{ kind: "balance", account: h.sandbox.credentials.apiKey, token: "USDT" }]);
  });

  it("are served at POST /sandbox/deposit, for another account too, and refuse what the network does not take", async () => {
    const other = h.sandbox.addAccount();
    const post = async (body: unknown) => {
      const res = await fetch(`${h.sandbox.url}/sandbox/deposit`, { method: "POST", body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as { success: boolean; code?: number; data?: unknown } };
    };
    const made = await post({ account: other.apiKey, token: "BTC", amount: 0.5 });
    expect(made.body).toMatchObject({ success: true, data: { network: "BTC", amount: "0.5", confirmingThreshold: 2 } });
    h.sandbox.advanceClock(2 * 600_000);
    const theirs = h.as(other);
    expect((await theirs.account.balances({ token: "BTC" })).holding[0]!.holding).toBe("1.5");
    expect((await walletHistory(h)).rows).toEqual([]); // not the first account's

    expect((await post({ token: "USDT", network: "BTC", amount: "1" })).body).toMatchObject({ code: -1005 });
    expect((await post({ token: "USDT", amount: "-1" })).body).toMatchObject({ code: 302135 });
    expect((await post({ account: "nobody", token: "USDT", amount: "1" })).body).toMatchObject({ code: -1005 });
    expect((await post({ token: "USDT" })).status).toBe(400);
  });
});

describe("withdraw and cancelWithdrawal", () => {
  it("freezes amount and fee while NEW, then processes (two WITHDRAW rows) and completes with a txId", async () => {
    const withdrawId = await withdraw(h, { token: "USDT", network: "TRX", address: TO.TRX, amount: 500 });
    expect(String(withdrawId)).toBe("26010114300000001"); // yyMMddHHmm of the sandbox clock, then a sequence
    expect(await balanceOf(h, "USDT")).toMatchObject({ holding: "100000", frozen: "501", availableBalance: "99499" });
    let [row] = (await walletHistory(h, { tokenSide: "WITHDRAW" })).rows;
    expect(row).toMatchObject({
      id: withdrawId,
      token: "TRX_USDT",
      status: "NEW",
      amount: "500",
      feeToken: "USDT",
      feeAmount: "1",
      targetAddress: TO.TRX,
      txId: null,
    });
    expect((await tokenHistory(h)).rows).toEqual([]);

    h.sandbox.advanceClock(60_000);
    [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({ status: "PROCESSING", txId: null });
    expect(await balanceOf(h, "USDT")).toMatchObject({ holding: "99499", frozen: "0", availableBalance: "99499" });
    expect((await tokenHistory(h)).rows.map((r) => [r.type, r.amount])).toEqual([
      ["WITHDRAW", "-1"],
      ["WITHDRAW", "-500"],
    ]);
    // Past NEW it cannot be cancelled.
    expect(await failure(cancelWithdrawal(h, withdrawId))).toMatchObject({ codeName: "DATA_STATUS_INVALID" });

    h.sandbox.advanceClock(20 * 3_000);
    [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({ status: "COMPLETED" });
    expect(row!.txId).toMatch(/^[0-9a-f]{64}$/);
    expect((await balanceOf(h, "USDT")).holding).toBe("99499");
  });

  it("cancels the caller's own NEW withdrawal: funds available again, CANCELED, no ledger row, never processed", async () => {
    const events: EngineEvent[] = [];
    h.sandbox.exchange.events.subscribe((_account, e) => events.push(e));
    const withdrawId = await withdraw(h, { token: "BTC", network: "BTC", address: TO.BTC, amount: "0.4" });
    expect(await balanceOf(h, "BTC")).toMatchObject({ frozen: "0.4002", availableBalance: "0.5998" });

    const stranger = h.as(h.sandbox.addAccount());
    const path = { withdrawId: String(withdrawId) };
    expect(
      await failure(ok(stranger.DELETE("/v3/asset/wallet/withdraw/{withdrawId}", { params: { path } }))),
    ).toMatchObject({ code: "-1006" });
    expect(await failure(cancelWithdrawal(h, "123456789"))).toMatchObject({ code: "-1006" });

    h.sandbox.advanceClock(59_000);
    await cancelWithdrawal(h, withdrawId);
    expect(await balanceOf(h, "BTC")).toMatchObject({ holding: "1", frozen: "0", availableBalance: "1" });
    expect(await failure(cancelWithdrawal(h, withdrawId))).toMatchObject({ code: "311001" });

    h.sandbox.advanceClock(3_600_000);
    const [row] = (await walletHistory(h)).rows;
    expect(row).toMatchObject({ status: "CANCELED", txId: null });
    expect(Number(row!.updatedTime) - Number(row!.createdTime)).toBe(59);
    expect((await tokenHistory(h)).rows).toEqual([]);
    expect((await balanceOf(h, "BTC")).holding).toBe("1");
    const balance = { kind: "balance", account: h.sandbox.credentials.apiKey, token: "BTC" };
    expect(events).toEqual([balance, balance]); // frozen, then released
  });

  it("waits as long as the wallet option says", async () => {
    await h.stop();
    h = await walletHarness({ wallet: { withdrawalDelayMs: 5_000 } });
    await withdraw(h, { token: "USDT", network: "ETH", address: TO.ETH, amount: "100" });
    h.sandbox.advanceClock(4_999);
    expect((await walletHistory(h)).rows[0]).toMatchObject({ status: "NEW" });
    h.sandbox.advanceClock(1);
    expect((await walletHistory(h)).rows[0]).toMatchObject({ status: "PROCESSING" });
    expect((await balanceOf(h, "USDT")).holding).toBe("99898");
  });
});
