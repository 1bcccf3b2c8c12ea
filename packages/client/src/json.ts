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

/**
 * JSON.stringify that writes bigint values as plain digits (JSON.stringify alone throws on them).
 * `mayHoldBigint: false`, from a caller that has walked the value, skips the replacer, which V8 calls
 * for every value.
 */
export function stringifyJson(value: unknown, mayHoldBigint = true): string {
  if (!mayHoldBigint) return JSON.stringify(value);
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

const SIXTEEN_DIGITS = /\d{16}/;

/**
 * The tokens that matter, left to right: a string, skipped whole (an unterminated one to the end of the
 * text), so that digits inside it are never read as a number; or a whole number token, its integer part,
 * fraction and exponent apart, and a ":" after it. A match ends only after a whole string or number, so
 * the search never starts inside either.
 */
const TOKEN = /"(?:[^"\\]|\\[\s\S])*"?|(-?(?:0|[1-9]\d*))(\.\d+)?([eE][+-]?\d+)?(\s*:)?/g;

/**
 * JSON.parse that keeps integers outside ±2^53 exact, as bigint. Every other value, fractions and
 * exponents included, is exactly what JSON.parse returns, and text JSON.parse rejects is rejected with
 * its SyntaxError.
 *
 * An integer literal without fraction or exponent that does not fit a double exactly is replaced by a
 * placeholder string holding its digits, turned into a bigint after parsing; without one the text goes
 * to JSON.parse untouched. A number followed by ":" is left alone, as a string there would turn an
 * invalid number key into a valid one; any other place that takes the string takes the number too, so
 * the replacement never changes whether the text is valid.
 */
export function parseJson(text: string): unknown {
  // Only a run of 16 digits can be an unsafe integer; a native search rules most answers out at once.
  if (!SIXTEEN_DIGITS.test(text)) return JSON.parse(text);
  let out = "";
  let last = 0;
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  // A loop over exec: V8 runs it at about half the cost of a replace with a callback per token.
  while ((m = TOKEN.exec(text))) {
    const [, int, fraction, exponent, colon] = m;
    if (int === undefined || fraction || exponent || colon || int.length < 16 || Number.isSafeInteger(Number(int))) {
      continue;
    }
    out += `${text.slice(last, m.index)}"\\u0000int${NONCE}:${int}"`;
    last = TOKEN.lastIndex;
  }
  return last === 0 ? JSON.parse(text) : restore(JSON.parse(out + text.slice(last)));
}

/**
 * Puts the bigint values in place of their placeholders in the value JSON.parse just built, mutating
 * it. A walk rather than a reviver, which V8 runs for every value at several times the cost; and a loop
 * with its own stack, so that nesting JSON.parse accepts never overflows the call stack here.
 */
function restore(root: unknown): unknown {
  const bigint = (placeholder: string) => BigInt(placeholder.slice(INT_PREFIX.length));
  if (typeof root === "string") return root.startsWith(INT_PREFIX) ? bigint(root) : root;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v === "string") {
          if (v.startsWith(INT_PREFIX)) node[i] = bigint(v);
        } else if (typeof v === "object") pending.push(v);
      }
    } else {
      const obj = node as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        const v = obj[key];
        // An own data property already, so assigning it is safe even for a "__proto__" key.
        if (typeof v === "string") {
          if (v.startsWith(INT_PREFIX)) obj[key] = bigint(v);
        } else if (typeof v === "object") pending.push(v);
      }
    }
  }
  return root;
}

/** parseJson, or the text itself when it is not JSON (error bodies may be HTML or plain text). */
export function parseJsonOrText(text: string): unknown {
  try {
    return parseJson(text);
  } catch {
    return text;
  }
}
