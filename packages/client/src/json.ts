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

const UNSAFE_DIGITS = 16; // 2^53 has 16 digits; shorter integer literals are always safe.
const SIXTEEN_DIGITS = /\d{16}/;

// Character codes the scanner looks at.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;

/** Characters a number token can be made of: digits, "-", "+", ".", "e" and "E". */
function isNumberChar(c: number): boolean {
  return (c >= ZERO && c <= NINE) || c === MINUS || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/** JSON's four whitespace characters: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * JSON.parse that keeps integers outside ±2^53 exact, as bigint. Every other value, fractions and
 * exponents included, is exactly what JSON.parse returns, and text JSON.parse rejects is rejected with
 * its SyntaxError.
 *
 * One scan over the text, outside strings, reads each run of number characters whole. Only a run that
 * is a plain integer literal (optional "-", then 16 or more digits without a leading zero) and does not
 * fit a double exactly is replaced by a placeholder string, turned into a bigint after parsing; without
 * such a run the text goes to JSON.parse untouched. A run followed by ":" is left alone, as a string
 * there would turn an invalid number key into a valid one; any other place that takes the string takes
 * the number too, so the replacement never changes whether the text is valid.
 */
export function parseJson(text: string): unknown {
  // Only a run of 16 digits can be an unsafe integer; a native search rules most answers out at once.
  if (!SIXTEEN_DIGITS.test(text)) return JSON.parse(text);
  const len = text.length;
  const marks: string[] = [];
  let out = "";
  let last = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: its end is the next quote after an even number of backslashes.
      for (;;) {
        const q = text.indexOf('"', i + 1);
        if (q < 0) {
          i = len; // unterminated: JSON.parse reports it
          break;
        }
        let b = q - 1;
        while (text.charCodeAt(b) === BACKSLASH) b--;
        i = q;
        if ((q - b) % 2 === 1) break;
      }
      continue;
    }
    if (c !== MINUS && (c < ZERO || c > NINE)) continue;
    const start = i;
    if (c === MINUS) i++;
    const first = i;
    while (i < len && text.charCodeAt(i) >= ZERO && text.charCodeAt(i) <= NINE) i++;
    const end = i;
    while (i < len && isNumberChar(text.charCodeAt(i))) i++; // fraction, exponent, or stray signs
    if (i === end && end - first >= UNSAFE_DIGITS && text.charCodeAt(first) !== ZERO) {
      let k = end;
      while (k < len && isSpace(text.charCodeAt(k))) k++;
      const literal = text.slice(start, end);
      if (text.charCodeAt(k) !== COLON && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(last, start)}"\\u0000int${NONCE}:${marks.length}"`;
        marks.push(literal);
        last = end;
      }
    }
    i--; // the loop steps onto the character after the run
  }
  if (marks.length === 0) return JSON.parse(text);
  out += text.slice(last);
  return restore(JSON.parse(out), marks);
}

/**
 * Puts the bigint values in place of their placeholders in the value JSON.parse just built, mutating
 * it. A walk rather than a reviver, which V8 runs for every value at several times the cost; and a loop
 * with its own stack, so that nesting JSON.parse accepts never overflows the call stack here.
 */
function restore(root: unknown, marks: string[]): unknown {
  const bigint = (placeholder: string) => BigInt(marks[Number(placeholder.slice(INT_PREFIX.length))]!);
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
