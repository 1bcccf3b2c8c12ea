import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as streams from "../../types/src/streams.gen.js";
import { loadAsyncApi, type AsyncApiSpec } from "../src/streams/load.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

type Json = Record<string, unknown>;
type Guard = (v: unknown) => boolean;

/**
 * The oracle: the guard policy written a second time, over the payload schemas as @asyncapi/parser
 * resolved them (refs into openapi.yaml inlined), not over the generator's reading of the raw YAML.
 * JSON Schema semantics for type, required, properties, items, minItems, allOf and anyOf; a lone
 * const/enum value is checked, other enums only by type; patterns, maxItems and bounds are not; an int64
 * integer may also be a bigint or a string of digits.
 */
function accepts(s: Json, v: unknown): boolean {
  if (s.$ref !== undefined) throw new Error("the parser left a $ref in a payload");
  if (s.const !== undefined) return v === s.const;
  const en = s.enum as unknown[] | undefined;
  if (en?.length === 1 && s["x-open-enum"] !== true) return v === en[0];
  if ((s.allOf as Json[] | undefined)?.some((m) => !accepts(m, v))) return false;
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (union && !union.some((m) => accepts(m, v))) return false;
  let types = s.type === undefined ? [] : ([] as string[]).concat(s.type as string);
  if (types.length === 0 && en) types = en.map((x) => (typeof x === "string" ? "string" : "number"));
  if (types.length > 0 && !types.some((t) => hasType(t, s.format, v))) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o = v as Json;
    if ((s.required as string[] | undefined)?.some((k) => o[k] === undefined)) return false;
    for (const [k, p] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
      if (o[k] !== undefined && !accepts(p, o[k])) return false;
    }
  }
  if (Array.isArray(v)) {
    if (v.length < ((s.minItems as number | undefined) ?? 0)) return false;
    if (s.items && !v.every((x) => accepts(s.items as Json, x))) return false;
  }
  return true;
}

function hasType(t: string, format: unknown, v: unknown): boolean {
  switch (t) {
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number";
    case "integer":
      if (format === "int64")
        return Number.isInteger(v) || typeof v === "bigint" || (typeof v === "string" && /^\d+$/.test(v));
      return Number.isInteger(v);
    case "boolean":
      return typeof v === "boolean";
    case "null":
      return v === null;
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
  }
  throw new Error(`unknown type ${t}`);
}

interface Mutation {
  label: string;
  value: unknown;
  /** A tolerated variation of a valid frame: decimal as number, int64 as bigint or digits, extra field. */
  tolerance?: "decimal" | "int64" | "extra";
}

const WRONG: unknown[] = [{}, [], "x1", true, 1.5, null];

/**
 * Variations of an example, each a fresh copy with one change at one field (nested ones and the first
 * entry of each array included): removed, set to each wrong JSON type, or varied as the exchange may.
 * `rebuild` puts a replacement of `node` back into a copy of the whole example.
 */
function without(obj: object, key: string): Json {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
}

function* mutateAt(node: unknown, path: string, rebuild: (replacement: unknown) => unknown): Generator<Mutation> {
  if (Array.isArray(node)) {
    const list = node as unknown[];
    yield { label: `${path} = []`, value: rebuild([]) };
    if (list.length > 0) yield* mutateAt(list[0], `${path}[0]`, (r) => rebuild([r, ...list.slice(1)]));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const obj = node as Json;
  yield { label: `${path} + extra field`, value: rebuild({ ...obj, zzExtra: 1 }), tolerance: "extra" };
  for (const [k, v] of Object.entries(obj)) {
    const at = `${path}.${k}`;
    const set = (x: unknown) => rebuild({ ...obj, [k]: x });
    yield { label: `${at} removed`, value: rebuild(without(obj, k)) };
    for (const w of WRONG) yield { label: `${at} = ${JSON.stringify(w)}`, value: set(w) };
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v))
      yield { label: `${at} as number`, value: set(Number(v)), tolerance: "decimal" };
    if (typeof v === "string") yield { label: `${at} = "SOMETHING_NEW"`, value: set("SOMETHING_NEW") };
    if (Number.isInteger(v)) {
      yield { label: `${at} as bigint`, value: set(BigInt(v as number)), tolerance: "int64" };
      yield { label: `${at} as digits`, value: set(String(v)), tolerance: "int64" };
    }
    yield* mutateAt(v, at, set);
  }
}

let spec: AsyncApiSpec;
beforeAll(async () => {
  spec = await loadAsyncApi(root);
}, 60_000);

/** Every example of every message the server sends, with the exported guard of its payload. */
function serverExamples(): { message: string; payload: string; guard: Guard; schema: Json; examples: Json[] }[] {
  const out = [];
  const messages = (
    spec.raw.components as { messages: Record<string, { payload: { $ref: string }; examples?: Json[] }> }
  ).messages;
  for (const [message, m] of Object.entries(messages)) {
    const payload = m.payload.$ref.slice("#/components/schemas/".length);
    const guard = (streams as unknown as Record<string, Guard | undefined>)[`is${payload}`];
    if (guard === undefined) continue; // sent by the client: no guard
    const schema = spec.document.components().messages().get(message)!.payload()!.json<Json>();
    out.push({ message, payload, guard, schema, examples: (m.examples ?? []).map((e) => e.payload as Json) });
  }
  return out;
}

describe("@woox-sdk/types/streams guards", () => {
  it("has a guard for every topic and every reply, and pushGuards maps each family to its payload's guard", () => {
    const found = serverExamples();
    for (const [family, meta] of Object.entries(streams.topics)) {
      const push = found.find((f) =>
        f.examples.some((e) => e.topic !== undefined && streams.parseTopic(e.topic as string)?.family === family),
      );
      expect(push, family).toBeDefined();
      expect(streams.pushGuards[family as streams.TopicFamily], family).toBe(push!.guard);
      expect(meta.name).toBe(family);
    }
    expect(found.map((f) => f.payload)).toEqual(
      expect.arrayContaining(["SubscribeAck", "UnsubscribeAck", "Pong", "CommandRejected", "ServerPing"]),
    );
  });

  it("accepts every example of the spec", () => {
    let n = 0;
    for (const { message, guard, examples } of serverExamples()) {
      for (const [i, ex] of examples.entries()) {
        expect(guard(ex), `${message} example ${i}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(25);
  });

  it("agrees with the oracle on every mutated example: required fields, JSON types, tolerated variations", () => {
    for (const { message, guard, schema, examples } of serverExamples()) {
      const rejected = new Set<string>();
      const tolerated = new Set<string>();
      for (const [i, ex] of examples.entries()) {
        expect(accepts(schema, ex), `oracle on ${message} example ${i}`).toBe(true);
        for (const m of mutateAt(ex, "payload", (x) => x)) {
          const expected = accepts(schema, m.value);
          expect(guard(m.value), `${message} example ${i}: ${m.label} (oracle: ${expected})`).toBe(expected);
          if (!expected) rejected.add(m.label);
          else if (m.tolerance) tolerated.add(m.tolerance);
        }
      }
      // Not vacuous: each message has mutations that must fail, and extra fields always pass.
      expect(rejected.size, message).toBeGreaterThan(3);
      expect(tolerated.has("extra"), message).toBe(true);
    }
  });

  it("rejects a push without topic, ts or data and accepts decimals as numbers and ids as bigint or digits", () => {
    const bbo = {
      topic: "bbo@PERP_ETH_USDT",
      ts: 1,
      data: { s: "PERP_ETH_USDT", ap: "1", aq: "2", bp: "0.5", bq: "3", ts: 1 },
    };
    expect(streams.isBboPush(bbo)).toBe(true);
    for (const k of ["topic", "ts", "data"] as const) {
      expect(streams.isBboPush(without(bbo, k)), k).toBe(false);
    }
    expect(streams.isBboPush({ ...bbo, data: { ...bbo.data, ap: 1.25, bq: 7 } })).toBe(true);
    expect(streams.isBboPush({ ...bbo, data: { ...bbo.data, ap: null } })).toBe(false);
    const node = { s: "PERP_ETH_USDT", raid: 9007199254740993n, paid: "0", aid: "9007199254740993", at: "STOP", ts: 1 };
    expect(streams.isAlgoExecutionReportPush({ topic: "algoexecutionreport", ts: 1, data: [node] })).toBe(true);
    expect(streams.isAlgoExecutionReportPush({ topic: "algoexecutionreport", ts: 1, data: [] })).toBe(false);
    expect(
      streams.isAlgoExecutionReportPush({ topic: "algoexecutionreport", ts: 1, data: [{ ...node, aid: "12a" }] }),
    ).toBe(false);
    expect(streams.isAlgoExecutionReportPush({ topic: "executionreport", ts: 1, data: [node] })).toBe(false);
  });
});

describe("@woox-sdk/types/streams topics", () => {
  it("parses every example topic to its family and the parameter values its data repeats", () => {
    for (const [family, meta] of Object.entries(streams.topics)) {
      const examples = serverExamples().find(
        (f) => streams.pushGuards[family as streams.TopicFamily] === f.guard,
      )!.examples;
      for (const ex of examples) {
        const parsed = streams.parseTopic(ex.topic as string);
        expect(parsed?.family, ex.topic as string).toBe(family);
        expect(Object.keys(parsed!.params)).toEqual(meta.params.map((p) => p.name));
        const data = ex.data as Json;
        if (parsed!.params.symbol !== undefined) expect(parsed!.params.symbol).toBe(data.s);
      }
    }
  });

  it("refuses topics the exchange would not subscribe", () => {
    for (const bad of [
      "orderbookupdate@PERP_BTC_USDT@20", // unsupported depth
      "PERP_BTC_USDT@orderbookupdate@50", // the V2 symbol-first spelling
      "kline@PERP_BTC_USDT@1mon", // the REST month spelling
      "indexprice@PERP_BTC_USDT", // keyed by the spot symbol
      "estfundingrate@SPOT_BTC_USDT", // perpetuals only
      "bbo@PERP_BTC_USDT@50", // an extra segment
      "bbo@perp_btc_usdt",
      "bbo",
      "executionreport@PERP_BTC_USDT",
      "__proto__",
      "constructor@x",
      "",
    ]) {
      expect(streams.parseTopic(bad), bad).toBeUndefined();
      expect(streams.isTopic(bad), bad).toBe(false);
    }
    expect(streams.parseTopic("kline@SPOT_ETH_USDT@1M")).toEqual({
      family: "kline",
      params: { symbol: "SPOT_ETH_USDT", interval: "1M" },
    });
    expect(streams.isTopic("executionreport")).toBe(true);
  });

  it("lists the 64-bit fields of the pushes, the ids a report shares with REST among them", () => {
    for (const id of ["oid", "cid", "aid", "raid", "paid", "caid", "tid", "ts"])
      expect(streams.int64Fields.has(id), id).toBe(true);
    for (const notId of ["s", "px", "ver", "cnt", "id"]) expect(streams.int64Fields.has(notId), notId).toBe(false);
  });
});
