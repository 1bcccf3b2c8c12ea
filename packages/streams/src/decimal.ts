/**
 * Decimals as the exchange sends them: strings in streams, strings or numbers in REST answers, and the
 * same price may be spelled "2760.50" in one and 2760.5 in the other. A book keys its levels by one
 * canonical spelling and orders them exactly, without going through binary floating point.
 */

const DECIMAL = /^(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The canonical spelling of a non-negative decimal: no exponent, no leading or trailing zeros ("0" for zero). */
export function canonicalDecimal(value: string | number): string {
  const text = typeof value === "number" ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m || (typeof value === "number" && !Number.isFinite(value)))
    throw new TypeError(`not a non-negative decimal: ${JSON.stringify(value)}`);
  let digits = m[1]! + (m[2] ?? "");
  let point = m[1]!.length + (m[3] === undefined ? 0 : Number(m[3]));
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) digits += "0".repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

/** Orders two canonical decimals: negative when a < b, 0 when equal, positive when a > b. */
export function compareDecimal(a: string, b: string): number {
  const [ai, af = ""] = a.split(".");
  const [bi, bf = ""] = b.split(".");
  if (ai!.length !== bi!.length) return ai!.length - bi!.length;
  if (ai !== bi) return ai! < bi! ? -1 : 1;
  return af === bf ? 0 : af < bf ? -1 : 1;
}
