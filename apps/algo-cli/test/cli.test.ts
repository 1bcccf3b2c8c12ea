import { afterAll, describe, expect, it } from "vitest";
import type { ExchangeRecord } from "@woox-sdk/sandbox";
import { main } from "../src/cli.js";
// The sandbox's spec-conformance checker (an independent OpenAPI 3.1 validator): everything the
// embedded sandbox answered the CLI must match spec/openapi.yaml too.
import { assertConforms } from "../../../packages/sandbox/test/conformance.js";

const records: ExchangeRecord[] = [];
afterAll(async () => {
  expect(records.length).toBeGreaterThan(50);
  await assertConforms(records);
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, { env, write: (t) => (out += t), writeErr: (t) => (err += t), sandbox: { onResponse: (r) => records.push(r) } });
  return { code, out, err };
}

describe("woox-algo demo", () => {
  it("places, reads back and triggers all seven algo types on the embedded sandbox", async () => {
    const { code, out } = await run(["demo"]);
    expect(code).toBe(0);
    for (const t of ["STOP", "OCO", "TRAILING_STOP", "POSITIONAL_TP_SL", "TP_SL", "BRACKET", "STOP_BRACKET"]) expect(out).toContain(`  ${t.padEnd(16)} `);
    expect(out).toContain("7/7 algo types triggered and completed");
    for (const name of ["PRICE_FILTER", "MIN_NOTIONAL", "UNKNOWN_PARAM", "DUPLICATE_CLIENT_ORDER_ID", "UNAUTHORIZED", "ORDER_NOT_FOUND", "TOO_MANY_REQUEST"]) {
      expect(out).toContain(name);
    }
    expect(out).toMatch(/docs: +https?:\/\/\S+\/errors\/woox\/-1103/);
  });

  it("prints one JSON document with --json", async () => {
    const { code, out } = await run(["demo", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { ok: boolean; placed: unknown[]; errors: { name: string; hint: string; docsUrl: string }[] };
    expect(doc.ok).toBe(true);
    expect(doc.placed).toHaveLength(7);
    expect(doc.errors.every((e) => e.name && e.hint && e.docsUrl)).toBe(true);
  });
});

describe("woox-algo arguments", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["place"], /needs an algo type/],
    [["place", "ICEBERG", "--symbol", "PERP_BTC_USDT"], /unknown algo type/],
    [["place", "STOP"], /--symbol is required/],
    [["place", "STOP", "--symbol", "PERP_BTC_USDT", "--side", "BUY", "--quantity", "1"], /STOP needs --trigger-price/],
    [["place", "STOP", "--symbol", "PERP_BTC_USDT", "--quantity=-1"], /--quantity must be a positive decimal/],
    [["place", "STOP", "--symbol", "PERP_BTC_USDT", "--bogus", "1"], /Unknown option '--bogus'/],
    [["get"], /get needs --id or --client-id/],
    [["get", "--id", "12x"], /--id must be a whole number/],
    [["list"], /not available yet/],
  ])("%j exits 2 with a clear message", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("refuses a partial WOOX_* configuration instead of guessing production", async () => {
    const { code, err } = await run(["get", "--id", "1"], { WOOX_API_KEY: "k" });
    expect(code).toBe(2);
    expect(err).toMatch(/WOOX_API_SECRET and WOOX_BASE_URL are not set/);
  });

  it("places and gets against the embedded sandbox, and reports API errors with exit 1", async () => {
    const placed = await run(["place", "STOP", "--symbol", "PERP_BTC_USDT", "--side", "BUY", "--quantity", "0.01", "--trigger-price", "61000", "--json"]);
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.out)).toMatchObject({ ok: true, rows: [{ algoType: "STOP" }] });
    const big = await run(["place", "STOP", "--symbol", "PERP_ETH_USDT", "--side", "BUY", "--quantity", "0.01", "--trigger-price", "3100", "--client-id", "9223372036854775807", "--json"]);
    expect(big.code).toBe(0);
    expect(big.out).toContain('"clientAlgoOrderId":9223372036854775807');
    const off = await run(["place", "STOP", "--symbol", "PERP_BTC_USDT", "--side", "BUY", "--quantity", "0.01", "--trigger-price", "61000.05"]);
    expect(off.code).toBe(1);
    expect(off.out).toContain("PRICE_FILTER");
    const missing = await run(["get", "--id", "1"]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("ORDER_NOT_FOUND");
  });
});
