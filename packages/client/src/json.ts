/**
 * JSON for an exchange whose ids are 64-bit integers: bigint goes out as exact digits, and integers
 * beyond Number.MAX_SAFE_INTEGER come back as bigint instead of being rounded by JSON.parse.
 */

// Placeholders for values JSON cannot carry natively. The random part keeps a string that happens to
// look like a placeholder (it would need this process's nonce) from ever being mistaken for one.
const NONCE = Math.random().toString(36).slice(2, 10);
const BIG_PREFIX = `\u0000big${NONCE}:`;
const BIG_RE = new RegExp(`"\\\\u0000big${NONCE}:(-?\\d+)"`, "g");
const INT_PREFIX = `\u0000int${NONCE}:`;

/** JSON.stringify that writes bigint values as plain digits (JSON.stringify alone throws on them). */
export function stringifyJson(value: unknown): string {
  let hasBigint = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") {
      hasBigint = true;
      return BIG_PREFIX + v.toString();
    }
    return v;
  });
  // JSON.stringify writes U+0000 as the six characters \u0000, which BIG_RE matches.
  return hasBigint ? text.replace(BIG_RE, "$1") : text;
}

const UNSAFE_DIGITS = 16; // 2^53 has 16 digits; shorter integer literals are always safe.

/**
 * JSON.parse that keeps integers outside ±2^53 exact, as bigint. A single scan finds long integer
 * literals outside strings; only when there is one does it fall back to a reviver pass.
 */
export function parseJson(text: string): unknown {
  const marks: string[] = [];
  let out = "";
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + (c === 45 ? 1 : 0);
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const next = text.charCodeAt(j);
      const isInteger = next !== 46 && next !== 101 && next !== 69; // not followed by . e E
      const digits = j - i - (c === 45 ? 1 : 0);
      if (isInteger && digits >= UNSAFE_DIGITS) {
        const literal = text.slice(i, j);
        if (!Number.isSafeInteger(Number(literal))) {
          out += `${text.slice(last, i)}"\\u0000int${NONCE}:${marks.length}"`;
          marks.push(literal);
          last = j;
        }
      }
      i = j - 1;
    }
  }
  if (marks.length === 0) return JSON.parse(text);
  out += text.slice(last);
  return JSON.parse(out, (_key, v: unknown) => {
    if (typeof v === "string" && v.startsWith(INT_PREFIX)) return BigInt(marks[Number(v.slice(INT_PREFIX.length))]!);
    return v;
  });
}
