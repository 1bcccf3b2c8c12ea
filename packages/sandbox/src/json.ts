/**
 * Lossless JSON for an API whose ids are 64-bit integers. JSON.parse would round 9223372036854775807 to
 * 9223372036854775808, and a sandbox that rounds ids hides exactly the bugs it exists to catch, so the
 * request parser below keeps every integer literal outside ±2^53 as a bigint, and the writer prints
 * bigint values as bare digits. This is deliberately a separate implementation from the client's.
 */

export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = "JsonSyntaxError";
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; integers that a double cannot hold exactly come back as bigint. */
export function parseJsonLossless(text: string): Json {
  let i = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, i);
  };
  const skip = (): void => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const value = (): Json => {
    skip();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj: { [key: string]: Json } = {};
      skip();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail("Expected a property name");
        const key = string();
        skip();
        if (text[i] !== ":") fail("Expected ':'");
        i++;
        // defineProperty: a "__proto__" key must become a plain property, not a prototype change.
        Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return obj;
        }
        fail("Expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++;
      const arr: Json[] = [];
      skip();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return arr;
        }
        fail("Expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    if (text.startsWith("true", i)) return ((i += 4), true);
    if (text.startsWith("false", i)) return ((i += 5), false);
    if (text.startsWith("null", i)) return ((i += 4), null);
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return fail("Unexpected token");
    i += m[0].length;
    const literal = m[0];
    const n = Number(literal);
    if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(n)) return BigInt(literal);
    return n;
  };
  const string = (): string => {
    // Find the closing quote, then let JSON.parse decode the escapes of that one string literal.
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail("Unterminated string");
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) break;
      else if (c < 0x20) fail("Control character in string");
      else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const result = value();
  skip();
  if (i !== text.length) fail("Unexpected data after JSON value");
  return result;
}

/** Serialises to JSON, writing bigint values as exact digits (JSON.stringify alone throws on them). */
export function stringifyJsonLossless(value: unknown): string {
  return write(value) ?? "null";
}

function write(v: unknown): string | undefined {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return Number.isFinite(v) ? String(v) : "null";
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "object": {
      if (v === null) return "null";
      if (Array.isArray(v)) return `[${v.map((x) => write(x) ?? "null").join(",")}]`;
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v)) {
        const w = write(x);
        if (w !== undefined) parts.push(`${JSON.stringify(k)}:${w}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      return undefined; // undefined, functions and symbols are left out, as JSON.stringify does
  }
}
