/**
 * Differential properties of parseJson against JSON.parse. Generated JSON texts carry numbers of every
 * shape (signs, zero and negative zero, long fractions, exponents with signs and huge values, integers
 * around and far beyond 2^53 and 2^64), nested arrays and objects, whitespace, and strings with escapes,
 * digits and quotes inside. parseJson must return what JSON.parse returns, except that an integer literal
 * (no fraction, no exponent) beyond ±2^53 comes back as the exact bigint. The expected value is built by
 * walking the generated tree, whose every number keeps the literal it was written as.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "../src/json.js";

const RUNS = Number(process.env.JSON_PROPERTY_RUNS ?? 100_000);

// ---- the generated tree: every leaf keeps the exact text it is written as ----

type Node =
  | { kind: "number"; literal: string }
  | { kind: "string"; literal: string; value: string }
  | { kind: "keyword"; literal: "true" | "false" | "null" }
  | { kind: "array"; items: Node[] }
  | { kind: "object"; entries: [Extract<Node, { kind: "string" }>, Node][] };

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength, maxLength, size: "max" });

const TWO_53 = 2n ** 53n;
const TWO_63 = 2n ** 63n;
const TWO_64 = 2n ** 64n;

// The integer part without its sign: zero, short, long, and exactly around the 2^53, 2^63 and 2^64 edges.
const integerPart = fc.oneof(
  fc.constant("0"),
  fc.nat({ max: 999_999 }).map(String),
  fc.tuple(fc.constantFrom(..."123456789"), digits(0, 40)).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom(TWO_53, TWO_63, TWO_64, 10n ** 15n, 10n ** 16n), fc.bigInt({ min: -4n, max: 4n }))
    .map(([edge, delta]) => String(edge + delta)),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
);

const fraction = fc.oneof(
  fc.constant(""),
  digits(1, 40).map((d) => `.${d}`),
);
const exponent = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  fc
    .tuple(
      fc.constantFrom("e", "E"),
      fc.constantFrom("", "+", "-"),
      fc.oneof(digits(1, 3), digits(1, 20), fc.constantFrom("12345678901234567", "0000000000000000001", "308", "324")),
    )
    .map(([e, s, d]) => e + s + d),
);

const numberNode = fc
  .tuple(fc.constantFrom("", "-"), integerPart, fraction, exponent)
  .map(([sign, int, frac, exp]): Node => ({ kind: "number", literal: sign + int + frac + exp }));

type StringNode = Extract<Node, { kind: "string" }>;
type Piece = [literal: string, value: string];

const plainChar = (c: string) => c !== '"' && c !== "\\" && c.charCodeAt(0) >= 0x20;

// Pieces of a string literal: raw text (digits and JSON punctuation included), every escape, \u escapes.
const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."az09-+.eE:,{}[] é€"), maxLength: 4 }).map((s): Piece => [s, s]),
  fc
    .oneof(digits(16, 24), fc.constantFrom("-12345678901234567890", "9223372036854775807", "0.30000000000000004"))
    .map((s): Piece => [s, s]),
  fc
    .string({ unit: "binary", maxLength: 3 })
    .filter((s) => [...s].every(plainChar))
    .map((s): Piece => [s, s]),
  fc.constantFrom<Piece>(
    ['\\"', '"'],
    ["\\\\", "\\"],
    ["\\/", "/"],
    ["\\b", "\b"],
    ["\\f", "\f"],
    ["\\n", "\n"],
    ["\\r", "\r"],
    ["\\t", "\t"],
  ),
  fc.tuple(fc.nat({ max: 0xffff }), fc.boolean()).map(([code, upper]): Piece => {
    const hex = code.toString(16).padStart(4, "0");
    return [`\\u${upper ? hex.toUpperCase() : hex}`, String.fromCharCode(code)];
  }),
);

const stringNode: fc.Arbitrary<StringNode> = fc.array(piece, { maxLength: 5 }).map((pieces) => ({
  kind: "string",
  literal: `"${pieces.map((p) => p[0]).join("")}"`,
  value: pieces.map((p) => p[1]).join(""),
}));

// Keys that look like numbers (and keys with a meaning on plain objects) next to arbitrary ones.
const keyNode: fc.Arbitrary<StringNode> = fc.oneof(
  stringNode,
  fc
    .constantFrom(
      "0",
      "1",
      "-1",
      "007",
      "1.5",
      "1e5",
      "9007199254740993",
      "12345678901234567890",
      "-9223372036854775808",
      "__proto__",
      "constructor",
      "toString",
    )
    .map((k): StringNode => ({ kind: "string", literal: JSON.stringify(k), value: k })),
);

const { value: valueNode } = fc.letrec<{ value: Node; array: Node; object: Node }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    { weight: 4, arbitrary: numberNode },
    { weight: 2, arbitrary: stringNode },
    fc.constantFrom<Node>(
      { kind: "keyword", literal: "true" },
      { kind: "keyword", literal: "false" },
      {
        kind: "keyword",
        literal: "null",
      },
    ),
    { weight: 2, arbitrary: tie("array") },
    { weight: 2, arbitrary: tie("object") },
  ),
  array: fc.array(tie("value"), { maxLength: 5 }).map((items): Node => ({ kind: "array", items })),
  object: fc
    .array(fc.tuple(keyNode, tie("value")), { maxLength: 5 })
    .map((entries): Node => ({ kind: "object", entries })),
}));

// JSON's whitespace, mostly none, placed at every token boundary in turn.
const whitespace = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constant("") },
    fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), minLength: 1, maxLength: 3 }),
  ),
  { minLength: 1, maxLength: 12 },
);

/**
 * The text of a tree, with `ws` placed at every token boundary in turn. `swap` replaces the literal
 * (number, string, keyword or key) at that index, counted in writing order and wrapped around, with
 * other text: how the invalid-text property turns a key into a number, or a number into a broken one.
 */
function serialize(root: Node, ws: string[], swap?: { at: number; text: string }): string {
  let k = 0;
  const gap = () => ws[k++ % ws.length]!;
  let count = 0;
  const countLiterals = (n: Node): void => {
    if (n.kind === "array") n.items.forEach(countLiterals);
    else if (n.kind === "object")
      for (const [, v] of n.entries) {
        count++;
        countLiterals(v);
      }
    else count++;
  };
  if (swap) countLiterals(root);
  const target = swap ? swap.at % count : -1;
  let index = 0;
  const literal = (text: string) => (index++ === target ? swap!.text : text);
  const write = (n: Node): string => {
    switch (n.kind) {
      case "number":
      case "string":
      case "keyword":
        return literal(n.literal);
      case "array":
        return `[${gap()}${n.items.map((item) => write(item) + gap()).join(`,${gap()}`)}]`;
      case "object":
        return `{${gap()}${n.entries.map(([key, v]) => `${literal(key.literal)}${gap()}:${gap()}${write(v)}${gap()}`).join(`,${gap()}`)}}`;
    }
  };
  return gap() + write(root) + gap();
}

const isIntegerLiteral = (literal: string) => /^-?\d+$/.test(literal);

/** The value the text stands for; `exact` keeps integer literals beyond ±2^53 as bigint, as parseJson must. */
function expected(n: Node, exact: boolean): unknown {
  switch (n.kind) {
    case "number": {
      const v = Number(n.literal);
      return exact && isIntegerLiteral(n.literal) && !Number.isSafeInteger(v) ? BigInt(n.literal) : v;
    }
    case "string":
      return n.value;
    case "keyword":
      return n.literal === "true" ? true : n.literal === "false" ? false : null;
    case "array":
      return n.items.map((item) => expected(item, exact));
    case "object": {
      const obj = {};
      // As JSON.parse does: an own data property even for "__proto__"; a repeated key keeps its place, last value wins.
      for (const [key, v] of n.entries)
        Object.defineProperty(obj, key.value, {
          value: expected(v, exact),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return obj;
    }
  }
}

/** Where two parsed values differ: types, numbers by Object.is (so -0 ≠ 0), key order; undefined when equal. */
function difference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (typeof a === "number") return Object.is(a, b) ? undefined : `${path}: ${a} vs ${String(b)}`;
  if (a === null || b === null || typeof a !== "object")
    return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  const bo = b as object;
  if (Array.isArray(a) !== Array.isArray(bo)) return `${path}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(bo)) return `${path}: prototypes differ`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(bo);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i]))
    return `${path}: keys ${ka.map(String).join(",")} vs ${kb.map(String).join(",")}`;
  for (const k of ka) {
    const d = difference(
      (a as Record<PropertyKey, unknown>)[k],
      (bo as Record<PropertyKey, unknown>)[k],
      `${path}.${String(k)}`,
    );
    if (d !== undefined) return d;
  }
  return undefined;
}

/** parseJson's value against JSON.parse's for the same text: equal, but a bigint where JSON.parse rounded. */
function roundedDifference(exact: unknown, rounded: unknown, path = "$"): string | undefined {
  if (typeof exact === "bigint")
    return typeof rounded === "number" && Number(exact) === rounded && !Number.isSafeInteger(rounded)
      ? undefined
      : `${path}: ${exact}n vs ${String(rounded)}`;
  if (exact === null || typeof exact !== "object") return difference(exact, rounded, path);
  if (rounded === null || typeof rounded !== "object" || Array.isArray(exact) !== Array.isArray(rounded))
    return `${path}: shapes differ`;
  const ka = Reflect.ownKeys(exact);
  const kb = Reflect.ownKeys(rounded);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path}: keys differ`;
  for (const k of ka) {
    const d = roundedDifference(
      (exact as Record<PropertyKey, unknown>)[k],
      (rounded as Record<PropertyKey, unknown>)[k],
      `${path}.${String(k)}`,
    );
    if (d !== undefined) return d;
  }
  return undefined;
}

function outcome(parse: (text: string) => unknown, text: string): { value: unknown } | { error: unknown } {
  try {
    return { value: parse(text) };
  } catch (error) {
    return { error };
  }
}

// ---- invalid texts: mutations of valid ones, and soups of number-like and structural tokens ----

const MUTATION_TEXT = [
  "0",
  "1",
  "9",
  "-",
  "+",
  ".",
  "e",
  "E",
  '"',
  "\\",
  ":",
  ",",
  "{",
  "}",
  "[",
  "]",
  " ",
  "u",
  "x",
  "12345678901234567890",
];

type Mutation = { at: number; op: "insert" | "delete" | "replace"; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("insert", "delete", "replace"),
  text: fc.constantFrom(...MUTATION_TEXT),
});

function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = m.at % (t.length + 1);
    if (m.op === "insert") t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.op === "delete") t = t.slice(0, at) + t.slice(at + 1);
    else t = t.slice(0, at) + m.text + t.slice(at + 1);
  }
  return t;
}

const TOKENS = [
  "12345678901234567890",
  "-12345678901234567890",
  "01234567890123456789",
  "-01234567890123456789",
  "9007199254740993",
  "1234567890123456.5",
  ".12345678901234567890",
  "1e12345678901234567",
  "0",
  "01",
  "-",
  "--1",
  "1.",
  ".5",
  "1e",
  "1e+",
  "+1",
  "-0",
  '"a"',
  '"\\""',
  '"\\\\"',
  '"',
  "\\",
  ":",
  ",",
  "{",
  "}",
  "[",
  "]",
  " ",
  "\n",
  "true",
  "null",
  "e",
];
const soup = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 8 }).map((t) => t.join(""));

describe("parseJson against JSON.parse (property)", () => {
  it(`${RUNS} generated texts: JSON.parse's value, with integers beyond ±2^53 as exact bigint`, () => {
    fc.assert(
      fc.property(valueNode, whitespace, (root, ws) => {
        const text = serialize(root, ws);
        // The oracle itself: JSON.parse reads the generated text as the walk of the tree says.
        const rounded = difference(JSON.parse(text), expected(root, false));
        if (rounded !== undefined) throw new Error(`oracle disagrees with JSON.parse on ${text}: ${rounded}`);
        const d = difference(parseJson(text), expected(root, true));
        if (d !== undefined) throw new Error(`parseJson(${text}): ${d}`);
      }),
      { numRuns: RUNS },
    );
  });

  it(`${RUNS} invalid or mutated texts: parseJson throws a SyntaxError exactly when JSON.parse throws`, () => {
    const texts = fc.oneof(
      fc
        .tuple(valueNode, whitespace, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([root, ws, ms]) => mutate(serialize(root, ws), ms)),
      fc
        .tuple(valueNode, whitespace, fc.nat(), fc.constantFrom(...TOKENS))
        .map(([root, ws, at, text]) => serialize(root, ws, { at, text })),
      soup,
    );
    fc.assert(
      fc.property(texts, (text) => {
        const expectedOutcome = outcome(JSON.parse, text);
        const actual = outcome(parseJson, text);
        if ("error" in expectedOutcome) {
          if (!("error" in actual)) throw new Error(`parseJson accepted ${JSON.stringify(text)}`);
          if (!(actual.error instanceof SyntaxError)) throw new Error(`not a SyntaxError for ${JSON.stringify(text)}`);
        } else {
          if ("error" in actual) throw new Error(`parseJson rejected ${JSON.stringify(text)}: ${String(actual.error)}`);
          const d = roundedDifference(actual.value, expectedOutcome.value);
          if (d !== undefined) throw new Error(`parseJson(${JSON.stringify(text)}): ${d}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the generators reach the shapes that matter", () => {
    // A guard against a generator change that would quietly stop producing the hard cases.
    const numbers: string[] = [];
    const strings: string[] = [];
    const collect = (n: Node): void => {
      if (n.kind === "number") numbers.push(n.literal);
      else if (n.kind === "string") strings.push(n.literal);
      else if (n.kind === "array") n.items.forEach(collect);
      else if (n.kind === "object")
        for (const [k, v] of n.entries) {
          strings.push(k.literal);
          collect(v);
        }
    };
    for (const root of fc.sample(valueNode, { numRuns: 5_000, seed: 1 })) collect(root);
    const count = (re: RegExp, list = numbers) => list.filter((x) => re.test(x)).length;
    expect(count(/\.\d{16,}/)).toBeGreaterThan(50); // long fractions
    expect(count(/[eE][+-]?\d{10,}$/)).toBeGreaterThan(50); // huge exponents
    expect(count(/^-0$/)).toBeGreaterThan(5); // negative zero
    const ints = numbers.filter(isIntegerLiteral).map(BigInt);
    const abs = (v: bigint) => (v < 0n ? -v : v);
    expect(ints.filter((v) => abs(v - TWO_53) <= 4n || abs(v + TWO_53) <= 4n).length).toBeGreaterThan(20);
    expect(ints.filter((v) => abs(v) >= TWO_64).length).toBeGreaterThan(50);
    expect(count(/\\"\d/, strings)).toBeGreaterThan(5); // an escaped quote right before digits
    expect(count(/\\u[0-9a-fA-F]{4}/, strings)).toBeGreaterThan(50);
  });
});
