import type { WooxClient } from "@woox-sdk/client";
import type { operations } from "@woox-sdk/types";
import type { Credentials, SandboxOptions } from "../src/index.js";
import { clientFor, harness, RAW_CLIENT, type Harness } from "./helpers.js";

/** 2026-01-01 14:30 UTC: the sandbox clock starts here and moves only when a test moves it. */
export const T0 = Date.UTC(2026, 0, 1, 14, 30);

export interface WalletHarness extends Harness {
  /** A client for another account, signing with the sandbox clock too. */
  as(credentials: Credentials): WooxClient;
}

/**
 * A sandbox whose clock stands still at T0 unless the test advances it, and clients that sign with that
 * clock (so that moving it by hours stays within the receive window). Rate limits are off.
 */
export async function walletHarness(options: SandboxOptions = {}): Promise<WalletHarness> {
  const h = await harness({ rateLimits: false, now: () => T0, ...options });
  const as = (credentials: Credentials) =>
    clientFor(h.sandbox, credentials, { ...RAW_CLIENT, now: () => h.sandbox.exchange.now() });
  return { ...h, client: as(h.sandbox.credentials), as };
}

/** Raw typed calls of the asset operations, resolving to `data` and throwing the WooxApiError on failure. */

type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;
type Body<K extends keyof operations> = NonNullable<operations[K]["requestBody"]>["content"]["application/json"];

export async function ok<R extends { data?: unknown; error?: Error }>(p: Promise<R>): Promise<NonNullable<R["data"]>> {
  const r = await p;
  if (r.error !== undefined) throw r.error;
  return r.data as NonNullable<R["data"]>;
}

/** Addresses of the right shape to withdraw to. */
export const TO = {
  TRX: "TKHuVq1oKVruCGLvqVexFs6dawKv6fQgFs",
  ETH: "0x31d6a3bcd0e1f5b24c8a7a9e0f1e2d3c4b5a6978",
  BTC: "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
};

export const tokenNetworks = async (h: Harness) => (await ok(h.client.GET("/v3/public/tokenNetwork"))).data.rows;

export const depositAddress = async (h: Harness, query: Query<"getDepositAddress">) =>
  (await ok(h.client.GET("/v3/asset/wallet/deposit", { params: { query } }))).data;

export const withdraw = async (h: Harness, body: Body<"withdraw">) =>
  (await ok(h.client.POST("/v3/asset/wallet/withdraw", { body }))).data.withdrawId;

export const cancelWithdrawal = (h: Harness, withdrawId: number | bigint | string) =>
  ok(
    h.client.DELETE("/v3/asset/wallet/withdraw/{withdrawId}", { params: { path: { withdrawId: String(withdrawId) } } }),
  );

export const walletHistory = async (h: Harness, query: Query<"getWalletHistory"> = {}) =>
  (await ok(h.client.GET("/v3/asset/wallet/history", { params: { query } }))).data;

export const tokenHistory = async (h: Harness, query: Query<"getTokenHistory"> = {}) =>
  (await ok(h.client.GET("/v3/asset/token/history", { params: { query } }))).data;

/** The account's balance row of one token (holding, frozen, availableBalance). */
export const balanceOf = async (h: Harness, token: string) => (await h.client.account.balances({ token })).holding[0]!;
