import { decOf, type Dec } from "../decimal.js";

/**
 * Spot-margin settings of the sandbox, in one table so the rates page, the hourly interest run and the
 * leverage checks read the same numbers. The rates are fractions per hour, of the size of the official
 * example's (USDT 0.00001 per hour ≈ 8.76 % a year); the live rates float, these stay put.
 */
export const HOURLY_INTEREST_RATES: Readonly<Record<string, string>> = Object.freeze({
  USDT: "0.00001",
  BTC: "0.000002",
  ETH: "0.000003",
  WOO: "0.00002",
  BAL: "0.00002",
});

/** The rate of a token the table does not list. */
export const DEFAULT_HOURLY_INTEREST_RATE = "0.00001";

/** Hours in a (non-leap) year: the annual rate the API reports is 8760 × the hourly one. */
export const HOURS_PER_YEAR = 8760n;

/** The highest spot-margin leverage POST /v3/spotMargin/leverage accepts (V3 token configs show 10). */
export const MAX_SPOT_MARGIN_LEVERAGE = 10;

export const INTEREST_INTERVAL_MS = 3_600_000;

export const hourlyRate = (token: string): Dec => decOf(HOURLY_INTEREST_RATES[token] ?? DEFAULT_HOURLY_INTEREST_RATE);

export const annualRate = (token: string): Dec => hourlyRate(token) * HOURS_PER_YEAR;
