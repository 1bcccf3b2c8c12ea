import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions, type StreamFaultOptions } from "../src/index.js";
import { sleep, StreamClient } from "./stream-helpers.js";

// Stream faults through the sandbox's fault mechanism (POST /sandbox/faults, `streams`): dropped sockets,
// late and reordered pushes, a missed heartbeat and gaps in order book deltas, reproducible by seed.
type Delta = { prevTs: number; ts: number };

describe("stream faults", () => {
  const sandboxes: Sandbox[] = [];
  const clients: StreamClient[] = [];
  afterEach(async () => {
    for (const c of clients) {
      expect(c.problems).toEqual([]);
      c.close();
    }
    clients.length = 0;
    for (const s of sandboxes.splice(0)) await s.stop();
  });

  const start = async (options: SandboxOptions = {}) => {
    const s = await startSandbox({ rateLimits: false, ...options });
    sandboxes.push(s);
    const c = await StreamClient.open(`${s.streamsUrl}/v3/public`);
    clients.push(c);
    return { s, c };
  };
  const setFaults = async (s: Sandbox, body: { seed?: number; streams: StreamFaultOptions }) => {
    const res = await fetch(`${s.url}/sandbox/faults`, { method: "POST", body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  };
  /** Rests `n` buys below the price and moves the price through them: n fills, in price order. */
  const trades = (s: Sandbox, n: number) => {
    for (let i = 0; i < n; i++)
      s.exchange.orders.place("woox-sandbox-demo-key", {
        symbol: "SPOT_ETH_USDT",
        side: "BUY",
        type: "LIMIT",
        price: String(2999 - i),
        quantity: "0.01",
      });
    s.setPrice("SPOT_ETH_USDT", "2900");
  };
  const tradePrices = (c: StreamClient) =>
    c.pushes("trade@SPOT_ETH_USDT").map((f) => (f.json.data as { px: string }).px);

  it("refuses bad stream fault settings with a message naming the field", async () => {
    const { s } = await start();
    const res = await fetch(`${s.url}/sandbox/faults`, {
      method: "POST",
      body: JSON.stringify({ streams: { reorder: 2 } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("faults.streams.reorder");
  });

  it("drops the socket at a push (no close frame)", async () => {
    const { s, c } = await start({ streams: { pushIntervalMs: { ticker: 50 } } });
    await setFaults(s, { streams: { drop: 1 } });
    await c.command("SUBSCRIBE", ["ticker@PERP_BTC_USDT"]);
    expect((await c.closed).code).toBe(1006);
    expect(c.pushes("ticker@PERP_BTC_USDT")).toEqual([]);
  });

  it("delays pushes by delayMs", async () => {
    const { s, c } = await start();
    await setFaults(s, { streams: { delay: 1, delayMs: 300 } });
    await c.command("SUBSCRIBE", ["trade@SPOT_ETH_USDT"]);
    const sent = Date.now();
    trades(s, 1);
    await c.next((f) => f.json.topic === "trade@SPOT_ETH_USDT", 3000);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(290);
  });

  it("reorders pushes, loses none, and does it the same way for the same seed", async () => {
    const runs: string[][] = [];
    for (const seed of [5, 5]) {
      const { s, c } = await start();
      await setFaults(s, { seed, streams: { reorder: 0.4 } });
      await c.command("SUBSCRIBE", ["trade@SPOT_ETH_USDT"]);
      trades(s, 12);
      await sleep(150);
      runs.push(tradePrices(c));
    }
    const inOrder = Array.from({ length: 12 }, (_, i) => String(2999 - i));
    expect([...runs[0]!].sort().reverse()).toEqual(inOrder);
    expect(runs[0]).not.toEqual(inOrder);
    expect(runs[1]).toEqual(runs[0]);
  });

  it("leaves a PING unanswered while skipPong is on", async () => {
    const { s, c } = await start();
    await setFaults(s, { streams: { skipPong: 1 } });
    c.send({ cmd: "PING" });
    await expect(c.next((f) => f.json.cmd === "PONG", 300)).rejects.toThrow(/no matching frame/);
    expect((await c.command("SUBSCRIBE", ["bbo@PERP_BTC_USDT"])).success).toBe(true);
    await setFaults(s, { streams: {} });
    c.send({ cmd: "PING" });
    await c.next((f) => f.json.cmd === "PONG", 1000);
  });

  it("withholds book deltas so the chain shows gaps, at the same places for the same seed", async () => {
    const gapsOf: boolean[][] = [];
    for (const seed of [7, 7]) {
      // No timed pushes: every delta comes from a REST snapshot's anchor, one per price move.
      const { s, c } = await start({ streams: { pushIntervalMs: { orderbookupdate: 600_000 } } });
      await setFaults(s, { seed, streams: { bookGap: 0.3 } });
      const topic = "orderbookupdate@PERP_BTC_USDT@50";
      await c.command("SUBSCRIBE", [topic]);
      const stamps: number[] = [];
      for (let i = 1; i <= 20; i++) {
        s.setPrice("PERP_BTC_USDT", String(60000 + i * 10));
        const r = await fetch(`${s.url}/v3/public/orderbook?symbol=PERP_BTC_USDT&maxLevel=50`);
        stamps.push(((await r.json()) as { timestamp: number }).timestamp);
        await sleep(2);
      }
      await sleep(100);
      const got = new Set(c.pushes(topic).map((f) => Number((f.json.data as Delta).ts)));
      gapsOf.push(stamps.map((t) => !got.has(t)));
      // What did arrive still chains to the snapshot it followed; a missing link is a visible gap.
      const deltas = c.pushes(topic).map((f) => f.json.data as Delta);
      for (const d of deltas) expect(stamps.includes(Number(d.ts))).toBe(true);
      const gaps = deltas.slice(1).filter((d, i) => Number(d.prevTs) !== Number(deltas[i]!.ts)).length;
      expect(gaps).toBeGreaterThan(0);
    }
    expect(gapsOf[0]!.filter(Boolean).length).toBeGreaterThan(0);
    expect(gapsOf[0]!.filter(Boolean).length).toBeLessThan(20);
    expect(gapsOf[1]).toEqual(gapsOf[0]);
  });
});
