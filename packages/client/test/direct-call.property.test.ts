import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createQuerySerializer } from "openapi-fetch";
import { operations as spec } from "@woox-sdk/types/operations";
import { int64Names, operations } from "../src/operations.gen.js";
import { createClientOver } from "../src/create-client.js";
import { serializeQuery } from "../src/url-text.js";
import type { FetchLike } from "../src/index.js";

// A call without headers or openapi-fetch options of the caller's is written and sent by the client
// itself; any other goes through openapi-fetch. openapi-fetch is the oracle: the two must put the very
// same request on the wire.

const BASE = "http://127.0.0.1:9/base";
const TS = 1700000000123;

const text = fc.string({ unit: "binary", maxLength: 12 });
const primitive = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);
const query = fc.dictionary(
  name,
  fc.oneof(
    { weight: 6, arbitrary: primitive },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
    { weight: 1, arbitrary: fc.array(primitive, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(name, primitive, { minKeys: 1, maxKeys: 3 }) },
  ),
  { maxKeys: 6 },
);

describe("the client's query serializer", () => {
  const oracle = createQuerySerializer();

  it("writes what openapi-fetch's default serializer writes, with ' encoded as a URL parser would", () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(serializeQuery(q)).toBe(oracle(q).replaceAll("'", "%27"));
      }),
      { numRuns: 10_000 },
    );
  });

  it("refuses a nested value rather than writing something the exchange cannot read", () => {
    expect(() => serializeQuery({ a: [[1]] })).toThrow(/query\.a: a nested array or object/);
    expect(() => serializeQuery({ a: { b: { c: 1 } } })).toThrow(/query\.a\[b\]/);
  });
});

interface Sent {
  url: string;
  method: string;
  body: string | undefined;
  headers: [string, string][];
}

function recorder() {
  const sent: Sent[] = [];
  const fetch: FetchLike = (url, init) => {
    const headers = [...new Headers(init.headers)].sort(([a], [b]) => a.localeCompare(b));
    sent.push({ url, method: init.method!, body: init.body as string | undefined, headers });
    return Promise.resolve(new Response(JSON.stringify({ success: true, data: {}, timestamp: TS }), { status: 200 }));
  };
  const client = createClientOver(operations, {
    apiKey: "key",
    apiSecret: "secret",
    baseUrl: BASE,
    fetch,
    now: () => TS,
    rateLimit: false,
    retry: false,
  });
  return { client: client as unknown as Record<string, (url: string, init: object) => Promise<unknown>>, sent };
}

// A value a path or query parameter may hold: an id (any int64) where the spec says so, else text of any
// characters in a path (one segment: not empty, "." or "..") and any string, number or boolean in a query.
const id = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const pathValue = (param: string) => (int64Names.has(param) ? id : text.filter((v) => !["", ".", ".."].includes(v)));
const queryValue = (param: string) => (int64Names.has(param) ? id : primitive);

describe("a direct call and the same call through openapi-fetch", () => {
  for (const [id, op] of Object.entries(operations)) {
    const meta = spec[id as keyof typeof spec];
    const params = fc.record({
      path: fc.record(Object.fromEntries(meta.pathParams.map((p) => [p, pathValue(p)]))),
      query: fc.record(Object.fromEntries(meta.queryParams.map((q) => [q.name, queryValue(q.name)])), {
        requiredKeys: [],
      }),
    });

    it(`${id}: put the same request on the wire`, async () => {
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const { client, sent } = recorder();
          const body = meta.body === "none" ? {} : { body: { note: "x'y", symbol: "SPOT_BTC_USDT" } };
          await client[op.method]!(op.path, { params: p, ...body });
          // `headers: {}` changes nothing on the wire, but makes the call openapi-fetch's.
          await client[op.method]!(op.path, { params: p, ...body, headers: {} });
          expect(sent).toHaveLength(2);
          expect(sent[0]).toEqual(sent[1]);
          expect(new URL(sent[0]!.url).href).toBe(sent[0]!.url);
        }),
        { numRuns: 25 },
      );
    });
  }
});
