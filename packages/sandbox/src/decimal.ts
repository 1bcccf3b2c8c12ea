/**
 * Exact decimals for prices and quantities. Tick, step and notional checks on doubles give wrong
 * answers (0.1 + 0.2 style), so amounts are bigint counts of 10^-12: finer than any tick or step the
 * sandbox lists, and anything finer is by definition off-tick.
 */

export type Dec = bigint;

const PLACES = 12;
export const ONE: Dec = 10n ** BigInt(PLACES);
export const ZERO: Dec = 0n;

/** Parses "12.5" / "-0.001"; undefined when it is not a plain decimal or has more than 12 places. */
export function dec(text: string): Dec | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return undefined;
  const frac = (m[3] ?? "").replace(/0+$/, "");
  if (frac.length > PLACES) return undefined;
  const v = BigInt(m[2]!) * ONE + BigInt(frac.padEnd(PLACES, "0") || "0");
  return m[1] === "-" ? -v : v;
}

/** dec() for values known to be valid (constants). */
export function decOf(text: string): Dec {
  const v = dec(text);
  if (v === undefined) throw new RangeError(`not a decimal: ${text}`);
  return v;
}

/** Canonical text: no exponent, no trailing zeros ("1.50" → "1.5", "2.000" → "2"). */
export function fmt(v: Dec): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const int = a / ONE;
  const frac = (a % ONE).toString().padStart(PLACES, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

export function mul(a: Dec, b: Dec): Dec {
  return (a * b) / ONE;
}

export function div(a: Dec, b: Dec): Dec {
  return (a * ONE) / b;
}

/** True when `v` is a whole multiple of `unit`. */
export function isMultiple(v: Dec, unit: Dec): boolean {
  return unit > 0n && v % unit === 0n;
}

export const min = (a: Dec, b: Dec): Dec => (a < b ? a : b);
export const max = (a: Dec, b: Dec): Dec => (a > b ? a : b);

export const abs = (a: Dec): Dec => (a < 0n ? -a : a);

/** The largest multiple of `step` not above `v` (for v ≥ 0). */
export function floorTo(v: Dec, step: Dec): Dec {
  return step > 0n ? (v / step) * step : v;
}

/** The smallest multiple of `step` not below `v` (for v ≥ 0). */
export function ceilTo(v: Dec, step: Dec): Dec {
  if (step <= 0n) return v;
  const q = v / step;
  return (q * step === v ? q : q + 1n) * step;
}

/** The multiple of `step` nearest to a double (kline and order-book values derived from a formula). */
export function fromNumber(x: number, step: Dec): Dec {
  const stepNum = Number(step) / Number(ONE);
  return BigInt(Math.round(x / stepNum)) * step;
}

/** A double close to `v`, for formulas (never for checks). */
export function toNumber(v: Dec): number {
  return Number(v) / Number(ONE);
}
