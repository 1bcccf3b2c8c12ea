import { afterAll, describe, expect, it } from "vitest";
import { startSandbox, type ExchangeRecord } from "@woox-sdk/sandbox";
import { main } from "../src/cli.js";
// The sandbox's spec-conformance checker (an independent OpenAPI 3.1 validator): everything the
// embedded sandbox answered the CLI must match spec/openapi.yaml too.
import { assertConforms } from "@woox-sdk/sandbox/testing";

const records: ExchangeRecord[] = [];
afterAll(async () => {
  expect(records.length).toBeGreaterThan(50);
  await assertConforms(records);
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    env,
    write: (t) => (out += t),
    writeErr: (t) => (err += t),
    sandbox: { onResponse: (r) => records.push(r) },
  });
  return { code, out, err };
}

/** The refusals the demo provokes on purpose, one of each. */
const DEMO_ERRORS = [
  "PRICE_FILTER",
  "MIN_NOTIONAL",
  "UNKNOWN_PARAM",
  "DUPLICATE_CLIENT_ORDER_ID",
  "UNAUTHORIZED",
  "ORDER_NOT_FOUND",
  "TOO_MANY_REQUEST",
];

interface Move {
  symbol: string;
  price: string;
  events: { event: string; algoOrderId?: number }[];
  streamed: { type: string; event?: string; report: { aid?: number } }[];
}

describe("woox-algo demo", () => {
  it("places, reads back and triggers all seven algo types on the embedded sandbox", async () => {
    const { code, out } = await run(["demo"]);
    expect(code).toBe(0);
    for (const t of ["STOP", "OCO", "TRAILING_STOP", "POSITIONAL_TP_SL", "TP_SL", "BRACKET", "STOP_BRACKET"])
      expect(out).toContain(`  ${t.padEnd(16)} `);
    expect(out).toContain("7/7 algo types triggered and completed");
    // Triggers and fills are printed as they arrive over the private stream, with the ids REST placed.
    const stopId = /STOP +PERP_BTC_USDT.*\n +rows: STOP #(\d+)/.exec(out)?.[1];
    expect(stopId).toBeDefined();
    expect(out).toMatch(new RegExp(`TRIGGER  STOP +#${stopId} PERP_BTC_USDT BUY at 61000`));
    expect(out).toMatch(new RegExp(`FILLED   STOP +#${stopId} PERP_BTC_USDT BUY 0.01 @ 61000`));
    expect(out).toMatch(new RegExp(`FILL     #${stopId} PERP_BTC_USDT BUY 0.01 @ 61000  fee \\S+ USDT  trade #\\d+`));
    expect(out).toMatch(/TRIGGER {2}TRAILING_STOP +#\d+ SPOT_ETH_USDT SELL at 3160/);
    expect(out).toMatch(/CANCEL {3}STOP_LOSS +#\d+ PERP_BTC_USDT SELL/);
    expect(out).not.toContain("MISSING");
    for (const name of DEMO_ERRORS) expect(out).toContain(name);
    expect(out).toMatch(/docs: +https?:\/\/\S+\/errors\/woox\/-1103/);
    // Listed, edited and cancelled with the helpers; the default client paced the burst instead of drawing a 429.
    expect(out).toContain("read back: triggerPrice 2850, quantity 0.4");
    expect(out).toContain("read back: algoStatus CANCELLED");
    expect(out).toMatch(/a burst of 3 orders on one symbol with the default client: all accepted/);
    expect(out).toContain("Demo complete");
  });

  it("prints one JSON document with --json", async () => {
    const { code, out } = await run(["demo", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      ok: boolean;
      placed: unknown[];
      errors: { code: string; name: string; hint: string; docsUrl: string }[];
    };
    expect(doc.ok).toBe(true);
    expect(doc.placed).toHaveLength(7);
    // Every trigger the sandbox performed arrived over the stream, joined by id.
    const moves = (doc as unknown as { moves: Move[] }).moves;
    let triggers = 0;
    for (const m of moves)
      for (const e of m.events.filter((x) => x.event === "TRIGGERED" && x.algoOrderId !== undefined)) {
        triggers++;
        expect(
          m.streamed.some((s) => s.type === "algo" && s.event === "trigger" && s.report.aid === e.algoOrderId),
          `${m.symbol} ${m.price}: trigger of #${e.algoOrderId}`,
        ).toBe(true);
      }
    expect(triggers).toBeGreaterThanOrEqual(7);
    expect(doc.errors.map((e) => e.name).sort()).toEqual([...DEMO_ERRORS].sort());
    for (const e of doc.errors) {
      expect(e.hint, e.name).not.toBe("");
      expect(e.docsUrl, e.name).toMatch(new RegExp(`/errors/woox/${e.code}$`));
    }
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
    [
      ["list", "--status", "OPEN"],
      /--status must be one of NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE, COMPLETED/,
    ],
    [["list", "--size", "0"], /--size must be a whole number from 1 to 500/],
    [["list", "--symbol", "btc"], /--symbol must look like PERP_BTC_USDT/],
    [["list", "--all", "--page", "2"], /--page goes with a single page/],
    [["list", "extra"], /takes no positional arguments/],
    [["edit", "--trigger-price", "1"], /edit needs either --id or --client-id/],
    [["edit", "--id", "1", "--client-id", "2", "--price", "1"], /edit needs either --id or --client-id \(not both\)/],
    [["edit", "--id", "1"], /edit needs at least one of --quantity/],
    [["edit", "--id", "1", "--price", "1e3"], /--price must be a positive decimal/],
    [["cancel"], /cancel needs either --id or --client-id/],
    [["cancel", "--id", "1", "--bogus"], /Unknown option '--bogus'/],
    [["cancel-all", "--symbol", "X"], /--symbol must look like/],
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
    const placed = await run([
      "place",
      "STOP",
      "--symbol",
      "PERP_BTC_USDT",
      "--side",
      "BUY",
      "--quantity",
      "0.01",
      "--trigger-price",
      "61000",
      "--json",
    ]);
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.out)).toMatchObject({ ok: true, rows: [{ algoType: "STOP" }] });
    const big = await run([
      "place",
      "STOP",
      "--symbol",
      "PERP_ETH_USDT",
      "--side",
      "BUY",
      "--quantity",
      "0.01",
      "--trigger-price",
      "3100",
      "--client-id",
      "9223372036854775807",
      "--json",
    ]);
    expect(big.code).toBe(0);
    expect(big.out).toContain('"clientAlgoOrderId":9223372036854775807');
    const off = await run([
      "place",
      "STOP",
      "--symbol",
      "PERP_BTC_USDT",
      "--side",
      "BUY",
      "--quantity",
      "0.01",
      "--trigger-price",
      "61000.05",
    ]);
    expect(off.code).toBe(1);
    expect(off.out).toContain("PRICE_FILTER");
    const missing = await run(["get", "--id", "1"]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("ORDER_NOT_FOUND");
  });
});

describe("woox-algo list, edit, cancel and cancel-all against a running sandbox", () => {
  async function withSandbox(
    fn: (env: NodeJS.ProcessEnv, sandbox: Awaited<ReturnType<typeof startSandbox>>) => Promise<void>,
  ) {
    const sandbox = await startSandbox({ onResponse: (r) => records.push(r) });
    try {
      await fn(
        {
          WOOX_API_KEY: sandbox.credentials.apiKey,
          WOOX_API_SECRET: sandbox.credentials.apiSecret,
          WOOX_BASE_URL: sandbox.url,
        },
        sandbox,
      );
    } finally {
      await sandbox.stop();
    }
  }

  it("places, lists, edits, cancels by client id and cancels all", async () => {
    await withSandbox(async (env) => {
      const place = (args: string[]) => run(["place", "STOP", "--side", "BUY", "--quantity", "0.01", ...args], env);
      expect((await place(["--symbol", "PERP_BTC_USDT", "--trigger-price", "61000", "--client-id", "11"])).code).toBe(
        0,
      );
      expect((await place(["--symbol", "PERP_BTC_USDT", "--trigger-price", "62000", "--tag", "mine"])).code).toBe(0);
      expect((await place(["--symbol", "PERP_ETH_USDT", "--trigger-price", "3100"])).code).toBe(0);

      const listed = await run(["list", "--json"], env);
      expect(listed.code).toBe(0);
      const doc = JSON.parse(listed.out) as {
        ok: boolean;
        total: number;
        rows: { algoOrderId: number; symbol: string; clientAlgoOrderId: number }[];
      };
      expect(doc).toMatchObject({ ok: true, total: 3 });
      expect(doc.rows.map((r) => r.symbol)).toEqual(["PERP_ETH_USDT", "PERP_BTC_USDT", "PERP_BTC_USDT"]);
      const first = doc.rows[2]!;
      const human = await run(["list", "--symbol", "PERP_BTC_USDT", "--size", "1"], env);
      expect(human.out).toMatch(/algo orders 1-1 of 2 \(page 1, 1 a page; --all for every page\)/);
      expect((await run(["list", "--tag", "mine", "--json"], env)).out).toContain('"total":1');
      expect(JSON.parse((await run(["list", "--client-id", "11", "--json"], env)).out)).toMatchObject({
        total: 1,
        rows: [{ algoOrderId: first.algoOrderId }],
      });

      const edited = await run(
        ["edit", "--id", String(first.algoOrderId), "--trigger-price", "61500", "--quantity", "0.02"],
        env,
      );
      expect(edited.code).toBe(0);
      expect(edited.out).toContain("EDIT_SENT: quantity 0.02, triggerPrice 61500");
      const afterEdit = JSON.parse((await run(["get", "--id", String(first.algoOrderId), "--json"], env)).out) as {
        order: { triggerPrice: string; quantity: string };
      };
      expect(afterEdit.order).toMatchObject({ triggerPrice: "61500", quantity: "0.02" });

      const cancelled = await run(["cancel", "--client-id", "11", "--json"], env);
      expect(JSON.parse(cancelled.out)).toMatchObject({
        ok: true,
        status: "CANCEL_SENT",
        order: { algoStatus: "CANCELLED" },
      });
      const all = await run(["cancel-all", "--symbol", "PERP_ETH_USDT"], env);
      expect(all.out).toContain("CANCEL_ALL_SENT: every open algo order on PERP_ETH_USDT");
      expect(JSON.parse((await run(["list", "--status", "INCOMPLETE", "--all", "--json"], env)).out)).toMatchObject({
        total: 1,
      });
      expect((await run(["cancel-all"], env)).code).toBe(0);
      expect(JSON.parse((await run(["list", "--status", "incomplete", "--json"], env)).out)).toMatchObject({
        total: 0,
      });
    });
  });

  it("prints API refusals with the catalog's name, hint and docs link, and exits 1", async () => {
    await withSandbox(async (env, sandbox) => {
      const missing = await run(["cancel", "--id", "1"], env);
      expect(missing.code).toBe(1);
      expect(missing.out).toMatch(/DELETE \/v3\/trade\/algoOrder: refused/);
      expect(missing.out).toMatch(/317152 ORDER_NOT_FOUND +HTTP 400/);
      expect(missing.out).toMatch(/hint: +Check the order id/);
      expect(missing.out).toMatch(/docs: +https?:\/\/\S+\/errors\/woox\/317152/);

      expect(
        (
          await run(
            [
              "place",
              "STOP",
              "--symbol",
              "PERP_BTC_USDT",
              "--side",
              "BUY",
              "--quantity",
              "0.01",
              "--trigger-price",
              "61000",
              "--client-id",
              "5",
            ],
            env,
          )
        ).code,
      ).toBe(0);
      sandbox.setPrice("PERP_BTC_USDT", "61000");
      const done = await run(["edit", "--client-id", "5", "--quantity", "0.03", "--json"], env);
      expect(done.code).toBe(1);
      const refusal = JSON.parse(done.out) as {
        ok: boolean;
        error: { code: string; name: string; hint: string; docsUrl: string };
      };
      expect(refusal).toMatchObject({ ok: false, error: { code: "317161", name: "ORDER_COMPLETED" } });
      expect(refusal.error.hint).not.toBe("");
      expect(refusal.error.docsUrl).toMatch(/\/errors\/woox\/317161$/);
      const again = await run(["cancel", "--client-id", "5"], env);
      expect(again.code).toBe(1);
      expect(again.out).toContain("-1006 RESOURCE_NOT_FOUND");
    });
  });
});
