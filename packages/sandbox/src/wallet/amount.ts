import { dec, ZERO, type Dec } from "../decimal.js";
import { reject } from "../errors.js";
import { tokenMeta } from "../market/tokens.js";

/**
 * An amount of `token` from a request: a decimal string, or a JSON number (the spec's DecimalIn; an
 * independent client sends numbers). Not above zero is 302135; more decimal places than the token has
 * is -1005.
 */
export function amountOf(value: string | number, token: string): Dec {
  const text = typeof value === "number" ? plain(value) : value;
  if (!/^-?\d+(\.\d+)?$/.test(text)) reject("INVALID_PARAM", { detail: `amount must be a decimal, got ${text}` });
  const places = tokenMeta(token).decimals;
  const v = dec(text);
  if (v === undefined || (text.split(".")[1] ?? "").replace(/0+$/, "").length > places)
    reject("INVALID_PARAM", { detail: `amount has more than ${places} decimal places, the precision of ${token}` });
  if (v <= ZERO) reject("AMOUNT_MUST_BE_POSITIVE");
  return v;
}

/** A JSON number as plain decimal text: 1e-7 is "0.0000001" (String() would give the exponent form). */
function plain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(n));
  if (m === null) return String(n);
  const digits = `${m[2]}${m[3] ?? ""}`;
  const point = 1 + Number(m[4]);
  const text =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${m[1]}${text}`;
}
