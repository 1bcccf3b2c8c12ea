import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import type { Sandbox } from "../src/index.js";
import { harness, RAW_CLIENT, type Harness } from "./helpers.js";

/** Shared set-up of the futures tests (futures-*.test.ts). */

export const HOUR = 3_600_000;
/** 2026-03-04 05:00 UTC: the last funding round was at 00:00, the next is at 08:00. */
export const NOW = Date.UTC(2026, 2, 4, 5);
export const at = (hours: number): number => Date.UTC(2026, 2, 4, hours);

/** A client whose clock is the sandbox's, so that its requests stay fresh when a test moves that clock. */
export const clientOf = (sandbox: Sandbox, credentials = sandbox.credentials): WooxClient =>
  createWooxClient({ ...RAW_CLIENT, ...credentials, baseUrl: sandbox.url, now: () => sandbox.exchange.now() });

/** A sandbox whose clock starts at NOW, with such a client for its demo account. */
export async function futuresHarness(): Promise<Harness> {
  const h = await harness({ rateLimits: false, now: () => NOW });
  return { ...h, client: clientOf(h.sandbox) };
}

/** A client for a new account of the sandbox. */
export const newAccount = (sandbox: Sandbox): WooxClient => clientOf(sandbox, sandbox.addAccount());

/** The `data` of a raw call's answer; throws the call's error. */
export async function dataOf<D>(call: Promise<{ data?: { data: D }; error?: Error }>): Promise<D> {
  const r = await call;
  if (r.error !== undefined) throw r.error;
  return r.data!.data;
}

/** Throws a raw call's error (for answers without `data`). */
export async function done(call: Promise<{ error?: Error }>): Promise<void> {
  const r = await call;
  if (r.error !== undefined) throw r.error;
}

export const market = (
  client: WooxClient,
  symbol: string,
  side: "BUY" | "SELL",
  quantity: string,
  extra: { marginMode?: "CROSS" | "ISOLATED"; positionSide?: "LONG" | "SHORT" } = {},
) => client.orders.place({ symbol, side, type: "MARKET", quantity, ...extra });

export const usdt = async (client: WooxClient): Promise<string> =>
  String((await client.account.balances({ token: "USDT" })).holding[0]!.holding);

/**
 * Exact decimal arithmetic for expected values (a test oracle independent of the sandbox's Dec): values
 * as bigint counts of 10^-12.
 */
const SCALE = 10n ** 12n;
export function exact(text: string): bigint {
  const [int, frac = ""] = text.replace("-", "").split(".");
  const v = BigInt(int!) * SCALE + BigInt(frac.padEnd(12, "0").slice(0, 12));
  return text.startsWith("-") ? -v : v;
}
export function text(v: bigint): string {
  const a = v < 0n ? -v : v;
  const frac = (a % SCALE).toString().padStart(12, "0").replace(/0+$/, "");
  return `${v < 0n ? "-" : ""}${a / SCALE}${frac ? `.${frac}` : ""}`;
}
/** |qty| × mark × |rate|, cut to 8 decimal places: what one funding payment moves. */
export function fundingFee(qty: string, mark: string, rate: string): string {
  const raw = (exact(qty) * exact(mark) * exact(rate)) / SCALE / SCALE;
  const unsigned = raw < 0n ? -raw : raw;
  const step = 10n ** 4n; // 10^-8 in units of 10^-12
  return text((unsigned / step) * step);
}
