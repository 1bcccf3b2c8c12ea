import { afterEach, describe, expect, it } from "vitest";
import type { PushFrame } from "@woox-sdk/types/streams";
import { applyDelta, bookFromSnapshot, sortedLevels, type GapItem } from "../src/index.js";
import { overflowPolicy, PushQueue } from "../src/queue.js";
import { startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";
import { connect } from "./helpers.js";

const trade = (i: number) =>
  ({
    topic: "trade@PERP_BTC_USDT",
    ts: i,
    data: { s: "PERP_BTC_USDT", px: String(i), sx: "1", sd: "BUY", ts: i },
  }) as PushFrame;
const delta = (i: number, asks: [string, string][]) =>
  ({
    topic: "orderbookupdate@PERP_BTC_USDT@50",
    ts: i,
    data: { s: "PERP_BTC_USDT", prevTs: i - 1, ts: i, asks, bids: [] },
  }) as PushFrame;
type Item = { ts?: number | bigint; data?: never };
const drain = (q: PushQueue): Item[] => {
  const out: Item[] = [];
  for (let item = q.shift(); item !== undefined; item = q.shift()) out.push(item as Item);
  return out;
};
const bboLike = (i: number) =>
  ({ topic: "bbo@PERP_BTC_USDT", ts: i, data: { s: "PERP_BTC_USDT", ts: i } }) as unknown as PushFrame;

describe("the overflow rule comes from the topic table", () => {
  it("conflates snapshots, merges book deltas, drops public events, never drops private reports", () => {
    expect(overflowPolicy("bbo")).toBe("conflate");
    expect(overflowPolicy("kline")).toBe("conflate");
    expect(overflowPolicy("account")).toBe("conflate");
    expect(overflowPolicy("orderbookupdate")).toBe("merge");
    expect(overflowPolicy("trade")).toBe("drop-oldest");
    for (const f of ["executionreport", "algoexecutionreport", "balance", "position"] as const)
      expect(overflowPolicy(f)).toBe("fail");
  });
});

describe("a stalled reader: N pushes into a buffer of B", () => {
  const N = 3_000;
  const B = 100;

  it("drop-oldest (trade): holds B pushes and one gap marker counting the rest", () => {
    const q = new PushQueue(B, "drop-oldest");
    let peak = 0;
    let refused = 0;
    for (let i = 1; i <= N; i++) {
      if (!q.push(trade(i))) refused++;
      peak = Math.max(peak, q.size);
    }
    expect(refused).toBe(0);
    expect(peak).toBe(B + 1);
    const items = drain(q);
    expect(items[0]).toEqual({
      type: "gap",
      topic: "trade@PERP_BTC_USDT",
      reason: "overflow",
      from: undefined,
      to: N - B,
      missed: N - B,
    });
    expect(items.slice(1).map((t) => t.ts)).toEqual(Array.from({ length: B }, (_, i) => N - B + 1 + i));
  });

  it("drop-oldest after some reads: the gap starts at the last push read", () => {
    const q = new PushQueue(3, "drop-oldest");
    for (let i = 1; i <= 3; i++) q.push(trade(i));
    expect(q.shift()).toMatchObject({ ts: 1 });
    for (let i = 4; i <= 9; i++) q.push(trade(i));
    expect(drain(q)).toEqual([
      { type: "gap", topic: "trade@PERP_BTC_USDT", reason: "overflow", from: 1, to: 6, missed: 5 },
      trade(7),
      trade(8),
      trade(9),
    ]);
  });

  it("conflate (bbo): one waiting push per key, the latest", () => {
    const q = new PushQueue(B, "conflate", (p) => String((p.data as { s: string }).s));
    for (let i = 1; i <= N; i++) q.push(bboLike(i));
    expect(q.size).toBe(1);
    expect(drain(q)).toEqual([{ topic: "bbo@PERP_BTC_USDT", ts: N, data: { s: "PERP_BTC_USDT", ts: N } }]);
  });

  it("merge (book deltas): at most B deltas, and they build the same book as all N", () => {
    const q = new PushQueue(B, "merge");
    const all = [];
    let peak = 0;
    for (let i = 1; i <= N; i++) {
      const d = delta(i, [[String(100 + (i % 37)), String(i % 5)]]);
      all.push(d);
      q.push(d);
      peak = Math.max(peak, q.size);
    }
    expect(peak).toBe(B);
    const viaQueue = bookFromSnapshot("S", { asks: [], bids: [] }, 0);
    for (const item of drain(q)) expect(applyDelta(viaQueue, item.data!)).toBe("applied");
    const direct = bookFromSnapshot("S", { asks: [], bids: [] }, 0);
    for (const d of all) applyDelta(direct, d.data as never);
    expect(sortedLevels(viaQueue.asks, "asks")).toEqual(sortedLevels(direct.asks, "asks"));
    expect(viaQueue.ts).toBe(N);
  });

  it("fail (private reports): refuses the push past the bound and keeps every earlier one", () => {
    const q = new PushQueue(B, "fail");
    for (let i = 1; i <= B; i++) expect(q.push(trade(i))).toBe(true);
    expect(q.push(trade(B + 1))).toBe(false);
    expect(drain(q).map((t) => t.ts)).toEqual(Array.from({ length: B }, (_, i) => i + 1));
  });
});

describe("backpressure on a live socket", () => {
  let server: ScriptedServer;
  afterEach(() => server?.close());

  it("a stalled trade reader stays at its bound while 5,000 pushes arrive, then learns what it missed", async () => {
    server = await startScriptedServer();
    const { woox } = connect(server);
    try {
      const sub = woox.stream.public().subscribe("trade@PERP_BTC_USDT", { bufferSize: 64 });
      const fast = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
      await Promise.all([sub.ready, fast.ready]);
      for (let i = 1; i <= 5000; i++) server.last().send(trade(i));
      let peak = 0;
      let lastSeen = 0;
      for await (const item of fast) {
        peak = Math.max(peak, sub.buffered);
        if (item.type !== "gap") lastSeen = Number(item.ts);
        if (lastSeen === 5000) break;
      }
      expect(peak).toBeLessThanOrEqual(65);
      const first = (await sub.next()).value as GapItem;
      expect(first).toMatchObject({ type: "gap", reason: "overflow", missed: 5000 - 64, to: 5000 - 64 });
      expect((await sub.next()).value).toMatchObject({ ts: 5000 - 63 });
    } finally {
      woox.stream.close();
    }
  });

  it("a stalled ticker reader holds one push: the latest", async () => {
    server = await startScriptedServer();
    const { woox } = connect(server);
    try {
      const sub = woox.stream.public().subscribe("ticker@SPOT_ETH_USDT");
      await sub.ready;
      for (let i = 1; i <= 500; i++)
        server.last().send({
          topic: "ticker@SPOT_ETH_USDT",
          ts: i,
          data: { s: "SPOT_ETH_USDT", o: "1", c: String(i), h: "1", l: "1", v: "1", a: "1", ts: i },
        });
      await waitFor(() => server.last().ws.bufferedAmount === 0 && sub.buffered === 1, 2000, "all pushes in");
      await new Promise((r) => setTimeout(r, 50));
      expect(sub.buffered).toBe(1);
      const item = (await sub.next()).value;
      expect(item).toMatchObject({ ts: 500, data: { c: "500" } });
    } finally {
      woox.stream.close();
    }
  });
});
