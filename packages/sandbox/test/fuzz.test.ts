/**
 * Hostile input: fast-check generates well over 10,000 malformed requests (wrong types, huge numbers,
 * unicode, missing and unknown fields, broken JSON and bytes that are not UTF-8, odd percent-encodings,
 * bad or missing signatures and timestamps) against every operation of the spec. The sandbox must
 * never crash, never answer 5xx, and reject each with a catalog code at that code's documented status.
 */
import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupError } from "@woox-sdk/errors";
import type { OperationMeta } from "@woox-sdk/types";
import { operations } from "@woox-sdk/types/operations";
import { startSandbox, type Sandbox } from "../src/index.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_500);

let sandbox: Sandbox;
const ops: OperationMeta[] = Object.values(operations);
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => {
  agent.destroy();
  await sandbox.stop();
});

interface Answer {
  status: number;
  text: string;
}

function send(
  method: string,
  target: string,
  body: Buffer | undefined,
  headers: Record<string, string>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const u = new URL(sandbox.url);
    // Frame the body as any HTTP client would; a body without a length would be read as the next request.
    const framed = body === undefined ? headers : { ...headers, "content-length": String(body.length) };
    const req = request({ host: u.hostname, port: u.port, method, path: target, headers: framed, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// Values that break assumptions: huge and fractional numbers, int64 edges, unicode, empty, nested.
const hostileScalar = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-0",
    "1e400",
    "NaN",
    "Infinity",
    "9223372036854775807",
    "9223372036854775808",
    "-1",
    "0x10",
    "1.5",
    "１２３",
    "PERP_BTC_USDT",
    "SPOT_BTC_USDT",
    "STOP",
    "BUY",
    "true",
    "null",
    "%00",
    "\u0000",
    "\ud800",
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileScalar,
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileScalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), hostileScalar, { maxKeys: 3 }),
);

const knownNames = () => [
  ...new Set(
    ops.flatMap((o) => [
      ...o.pathParams,
      ...o.queryParams.map((p) => p.name),
      "symbol",
      "algoType",
      "side",
      "type",
      "quantity",
      "price",
      "triggerPrice",
      "clientAlgoOrderId",
      "childOrders",
      "callbackRate",
    ]),
  ),
];

// Lone surrogates cannot be percent-encoded; a client would send U+FFFD in their place.
const enc = (x: string) =>
  encodeURIComponent(x.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));

/** A query string, sometimes with raw bytes and broken percent-encodings that are still legal on the wire. */
const queryArb = fc.oneof(
  fc.constant(""),
  fc
    .dictionary(fc.oneof(fc.constantFrom(...knownNames()), fc.string({ maxLength: 8 })), hostileScalar, { maxKeys: 4 })
    .map((d) =>
      Object.entries(d)
        .map(([k, v]) => `${enc(k)}=${enc(String(v))}`)
        .join("&"),
    ),
  fc.constantFrom(
    "a=%ZZ",
    "symbol=%E0%A4%A",
    "symbol=PERP_BTC_USDT&symbol=SPOT_BTC_USDT",
    "==&&=",
    "algoOrderId=1&algoOrderId=2",
    "clientAlgoOrderId=99999999999999999999999",
    "%",
  ),
);

/** A body: a valid-looking algo order with one field broken, random JSON, text that is not JSON, or bytes that are not UTF-8. */
const bodyArb: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .record({
      field: fc.constantFrom(...knownNames()),
      value: hostileValue,
      drop: fc.constantFrom("symbol", "side", "quantity", "triggerPrice", ""),
    })
    .map(({ field, value, drop }) => {
      const body: Record<string, unknown> = {
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "50000",
      };
      if (drop) delete body[drop];
      body[field] = value;
      return Buffer.from(JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
    }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v) ?? "null")),
  fc
    .constantFrom(
      "{",
      "{}}",
      "[]",
      '{"symbol":',
      "\ufeff{}",
      '{"quantity": 1e999999}',
      '{"clientAlgoOrderId": 123456789012345678901234567890}',
      '{"a":"\\ud800"}',
    )
    .map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
  fc.constant(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])), // {"\xc3(":1} — invalid UTF-8
);

const authArb = fc.constantFrom(
  "good",
  "good",
  "good",
  "badSignature",
  "upperHexSignature",
  "noKey",
  "unknownKey",
  "noSignature",
  "staleTimestamp",
  "futureTimestamp",
  "wordTimestamp",
  "secondsTimestamp",
  "none",
);
const contentTypeArb = fc.constantFrom(
  "application/json",
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/json; charset=latin1",
  "",
);

function headersFor(
  auth: string,
  method: string,
  target: string,
  body: Buffer | undefined,
  contentType: string,
): Record<string, string> {
  const { apiKey, apiSecret } = sandbox.credentials;
  const now = Date.now();
  const ts =
    auth === "staleTimestamp"
      ? String(now - 600_000)
      : auth === "futureTimestamp"
        ? String(now + 600_000)
        : auth === "wordTimestamp"
          ? "yesterday"
          : auth === "secondsTimestamp"
            ? String(Math.floor(now / 1000))
            : String(now);
  const sig = createHmac("sha256", apiSecret)
    .update(Buffer.concat([Buffer.from(`${ts}${method}${target}`), body ?? Buffer.alloc(0)]))
    .digest("hex");
  const h: Record<string, string> = {};
  if (contentType) h["content-type"] = contentType;
  if (auth === "none") return h;
  if (auth !== "noKey") h["x-api-key"] = auth === "unknownKey" ? "not-a-key" : apiKey;
  h["x-api-timestamp"] = ts;
  if (auth !== "noSignature")
    h["x-api-signature"] =
      auth === "badSignature"
        ? sig.replace(/^./, (c) => (c === "0" ? "1" : "0"))
        : auth === "upperHexSignature"
          ? sig.toUpperCase()
          : sig;
  return h;
}

describe("hostile requests", () => {
  it(`${RUNS} generated requests: no crash, no 5xx, every rejection a catalog code at its documented status`, async () => {
    const seen = { total: 0, rejected: 0, accepted: 0, codes: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        queryArb,
        bodyArb,
        authArb,
        contentTypeArb,
        async (opIndex, query, body, auth, contentType) => {
          const op = ops[opIndex % ops.length]!;
          // Path parameters get a plain value; the query and body carry the hostile ones.
          const target = op.path.replace(/\{[^}]+\}/g, "1") + (query ? `?${query}` : "");
          const answer = await send(op.method, target, body, headersFor(auth, op.method, target, body, contentType));
          seen.total++;
          expect(answer.status, `${op.method} ${target}`).toBeLessThan(500);
          const json = JSON.parse(answer.text) as { success: boolean; code?: number | string };
          if (json.success) {
            seen.accepted++;
            return;
          }
          seen.rejected++;
          const entry = lookupError(json.code!, "woox");
          expect(entry, `code ${String(json.code)} of ${op.method} ${target}`).toBeDefined();
          expect(answer.status, `${String(json.code)} ${entry!.name}`).toBe(entry!.httpStatus);
          seen.codes.set(entry!.name, (seen.codes.get(entry!.name) ?? 0) + 1);
        },
      ),
      { numRuns: RUNS, seed: 20261122 },
    );
    expect(seen.total).toBe(RUNS);
    // The generators reach deep: auth, validation and order-rule rejections all occur, and some requests pass.
    for (const name of ["UNAUTHORIZED", "INVALID_PARAM", "UNKNOWN_PARAM"])
      expect(seen.codes.get(name) ?? 0, name).toBeGreaterThan(50);
    expect(seen.accepted).toBeGreaterThan(50);
    // And the sandbox is still serving.
    const health = await send("GET", "/v3/public/systemInfo", undefined, {});
    expect(health.status).toBe(200);
  }, 300_000);
});
