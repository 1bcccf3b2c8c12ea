import { createHash } from "node:crypto";
import type { PageMeta } from "@woox-sdk/types";
import { decOf, floorTo, fmt, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { Page } from "../engine/page.js";
import { reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { knownTokens } from "../market/tokens.js";

/** Small pieces several handler areas share. */

/** The page's `meta` as the list operations answer it. */
export const pageMeta = (p: Page<unknown>): PageMeta => ({
  total: p.total,
  recordsPerPage: p.size,
  currentPage: p.page,
});

/** Ratios and account values: 8 decimal places are plenty. */
export const money = (v: Dec): string => fmt(floorTo(v, decOf("0.00000001")));

/** An epoch-ms query parameter (int64 in the spec) as a number. */
export const millis = (v: number | bigint | undefined): number | undefined => (v === undefined ? undefined : Number(v));

/** The instrument named by `symbol` on a non-algo endpoint (302101 when it is not listed). */
export const listed = (ex: Exchange, symbol: string): Instrument => ex.instrument(symbol, "SYMBOL_NOT_EXISTS");

/** The perpetual named by `symbol`, or every perpetual when it is absent. */
export function perpetuals(ex: Exchange, symbol: string | undefined): Instrument[] {
  if (symbol !== undefined) {
    const inst = listed(ex, symbol);
    if (inst.kind !== "PERP") reject("SYMBOL_NOT_EXISTS");
    return [inst];
  }
  return [...ex.instruments.values()].filter((i) => i.kind === "PERP");
}

/** The one token asked for, or every token the sandbox knows. */
export function tokenFilter(ex: Exchange, token: string | undefined): string[] {
  const all = knownTokens(ex);
  if (token === undefined) return all;
  // The catalog records this text live under -1005 for an unknown token.
  if (!all.includes(token)) reject("INVALID_PARAM", { observed: "The token is not supported" });
  return [token];
}

/** Stable per-key identifiers, so an account looks the same on every run. */
export function identity(apiKey: string): { applicationId: string; userId: bigint } {
  const h = createHash("sha256").update(apiKey).digest("hex");
  return {
    applicationId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    userId: BigInt(`0x${h.slice(0, 12)}`),
  };
}
