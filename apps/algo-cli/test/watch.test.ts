import { afterEach, describe, expect, it } from "vitest";
import { createWooxClient, parseJson } from "@woox-sdk/client";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { main } from "../src/cli.js";
import { buildAlgoOrder } from "../src/orders.js";

/**
 * `watch` runs in-process against a sandbox the test starts (through the WOOX_* variables, the path a
 * real account takes), while the test places algo orders over REST and moves the price.
 */
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

interface Watching {
  lines: string[];
  /** Resolves with the first line that satisfies `match` (already printed or still to come). */
  waitFor(match: (line: string) => boolean, what: string): Promise<string>;
  stop(): Promise<{ code: number; err: string }>;
}

function startWatch(sb: Sandbox, args: string[]): Watching {
  const controller = new AbortController();
  const lines: string[] = [];
  let partial = "";
  let err = "";
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  const write = (t: string) => {
    partial += t;
    const parts = partial.split("\n");
    partial = parts.pop()!;
    for (const l of parts) {
      lines.push(l);
      for (const w of [...waiters])
        if (w.match(l)) {
          w.resolve(l);
          waiters.splice(waiters.indexOf(w), 1);
        }
    }
  };
  const env = { WOOX_API_KEY: sb.credentials.apiKey, WOOX_API_SECRET: sb.credentials.apiSecret, WOOX_BASE_URL: sb.url };
  const done = main(["watch", ...args], { env, write, writeErr: (t) => (err += t), signal: controller.signal });
  return {
    lines,
    waitFor: (match, what) => {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line for ${what} within 10 s; got:\n${lines.join("\n")}\n${err}`)),
          10_000,
        );
        waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
        void done.then(() => reject(new Error(`watch ended before ${what}: ${err}\n${lines.join("\n")}`)));
      });
    },
    stop: async () => {
      controller.abort();
      return { code: await done, err };
    },
  };
}

type Line = { type: string; event?: string; report?: Record<string, unknown> };
const parse = (l: string) => parseJson(l) as Line;

describe("woox-algo watch", () => {
  it("prints the trigger and fill of each algo order as JSON lines carrying the REST ids", async () => {
    sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
    const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
    const w = startWatch(sandbox, ["--json"]);
    await w.waitFor((l) => parse(l).type === "ready", "ready");

    const stop = await client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
      clientAlgoOrderId: 31,
    });
    const tpsl = await client.algoOrders.place(
      buildAlgoOrder({
        algoType: "TP_SL",
        symbol: "SPOT_BTC_USDT",
        side: "SELL",
        quantity: "0.001",
        tp: "62000",
        sl: "58000",
      }),
    );
    const stopId = String(stop.rows[0].algoOrderId);
    const tpslIds = tpsl.rows.map((r) => String(r.algoOrderId ?? r.orderId));

    sandbox.setPrice("PERP_BTC_USDT", "61000");
    const isFor = (type: string, event: string | undefined, key: string, id: string) => (l: string) => {
      const e = parse(l);
      return e.type === type && e.event === event && String(e.report?.[key]) === id;
    };
    const trigger = parse(await w.waitFor(isFor("algo", "trigger", "aid", stopId), "the STOP's trigger"));
    expect(trigger.report).toMatchObject({ s: "PERP_BTC_USDT", at: "STOP", caid: 31, tpx: "61000" });
    const filled = parse(await w.waitFor(isFor("algo", "fill", "aid", stopId), "the STOP's fill"));
    expect(filled.report).toMatchObject({ esx: "0.01", ss: "FILLED" });
    const fill = parse(await w.waitFor(isFor("fill", undefined, "oid", stopId), "the STOP's executionreport"));
    expect(fill.report).toMatchObject({ s: "PERP_BTC_USDT", sd: "BUY", esx: "0.01", epx: "61000" });

    sandbox.setPrice("SPOT_BTC_USDT", "62000");
    const tp = parse(
      await w.waitFor((l) => parse(l).event === "fill" && parse(l).report?.s === "SPOT_BTC_USDT", "the take-profit"),
    );
    expect(tpslIds).toContain(String(tp.report?.aid));
    expect(tpslIds).toContain(String(tp.report?.raid));

    const { code } = await w.stop();
    expect(code).toBe(0);
    expect(parse(w.lines.at(-1)!)).toEqual({ type: "stopped" });
    // Every line is one JSON object.
    for (const l of w.lines) expect(typeof parse(l).type).toBe("string");
  });

  it("filters by --symbol, prints human lines, and reports a reconnect as a gap", async () => {
    sandbox = await startSandbox({ port: 0, host: "127.0.0.1", faults: { seed: 7 } });
    const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
    const w = startWatch(sandbox, ["--symbol", "PERP_ETH_USDT"]);
    await w.waitFor((l) => l.startsWith("Watching the algo orders of"), "ready");

    const btc = await client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    });
    const eth = await client.algoOrders.place({
      symbol: "PERP_ETH_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "2900",
    });
    const ethId = String(eth.rows[0].algoOrderId);
    sandbox.setPrice("PERP_BTC_USDT", "61000");
    sandbox.setPrice("PERP_ETH_USDT", "2900");
    expect(await w.waitFor((l) => l.startsWith("TRIGGER "), "a trigger")).toMatch(
      new RegExp(`^TRIGGER  STOP +#${ethId} PERP_ETH_USDT SELL at 2900`),
    );
    await w.waitFor((l) => l.startsWith(`FILL     #${ethId} PERP_ETH_USDT SELL 0.1 @ 2900`), "the ETH fill");
    expect(w.lines.join("\n")).not.toContain(`#${String(btc.rows[0].algoOrderId)}`);

    // Drop the private socket at its next push; the stream client reconnects and watch says so.
    await fetch(`${sandbox.url}/sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ streams: { drop: 1 } }),
    });
    await client.algoOrders.place({
      symbol: "PERP_ETH_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "2800",
    });
    await new Promise((r) => setTimeout(r, 100));
    await fetch(`${sandbox.url}/sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ streams: { drop: 0 } }),
    });
    const gap = await w.waitFor((l) => l.startsWith("GAP "), "the gap line");
    expect(gap).toMatch(/algoexecutionreport: pushes between .* may have been missed \(reconnect\)/);

    const { code } = await w.stop();
    expect(code).toBe(0);
    expect(w.lines.at(-1)).toBe("Stopped.");
  });

  it("refuses a malformed --symbol", async () => {
    let err = "";
    const code = await main(["watch", "--symbol", "btc"], { writeErr: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/--symbol must be a symbol such as PERP_BTC_USDT, got "btc"/);
  });
});
