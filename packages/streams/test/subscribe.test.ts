import { afterEach, describe, expect, it } from "vitest";
import { isWooxError } from "@woox-sdk/errors";
import { isWooxStreamError, WooxStreamError, type GapItem } from "../src/index.js";
import {
  ack,
  defaultScript,
  sent,
  sleep,
  startScriptedServer,
  waitFor,
  type ScriptedServer,
} from "./scripted-server.js";
import { connect } from "./helpers.js";

let server: ScriptedServer;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) c();
  await server?.close();
});
function open(options: Parameters<typeof connect>[1] = {}) {
  const c = connect(server, options);
  closers.push(() => c.woox.stream.close());
  return c;
}
const bbo = (symbol: string, ts: number, extra: Record<string, unknown> = {}) => ({
  topic: `bbo@${symbol}`,
  ts,
  data: { s: symbol, ap: "101", aq: "1", bp: "100", bq: "2", ts: ts - 1, ...extra },
});

describe("subscribe", () => {
  it("subscribes on the public socket of the client's origin, yields typed pushes, and unsubscribes on break", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const sub = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await sub.ready;
    expect(server.last().path).toBe("/v3/public");
    expect(sent(server, "SUBSCRIBE")).toEqual([
      { id: expect.any(String) as string, cmd: "SUBSCRIBE", params: ["bbo@PERP_BTC_USDT"] },
    ]);
    server.broadcast(bbo("PERP_BTC_USDT", 1000, { extraField: true }));
    for await (const item of sub) {
      if (item.type === "gap") throw new Error("no gap expected");
      expect(item.data.bp).toBe("100"); // typed: BboData
      expect(item.ts).toBe(1000);
      break;
    }
    const unsub = await waitFor(() => sent(server, "UN_SUBSCRIBE")[0], 2000, "UN_SUBSCRIBE");
    expect(unsub.params).toEqual(["bbo@PERP_BTC_USDT"]);
  });

  it("shares one server subscription between readers and leaves it when the last one does", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const a = woox.stream.public().subscribe("trade@SPOT_BTC_USDT");
    const b = woox.stream.public().subscribe("trade@SPOT_BTC_USDT");
    await Promise.all([a.ready, b.ready]);
    expect(sent(server, "SUBSCRIBE")).toHaveLength(1);
    server.broadcast({
      topic: "trade@SPOT_BTC_USDT",
      ts: 5,
      data: { s: "SPOT_BTC_USDT", px: "1", sx: "2", sd: "BUY", ts: 4 },
    });
    const [x, y] = await Promise.all([a.next(), b.next()]);
    expect(x.value).toEqual(y.value);
    await a.return();
    await sleep(30);
    expect(sent(server, "UN_SUBSCRIBE")).toHaveLength(0);
    await b.return();
    await waitFor(() => sent(server, "UN_SUBSCRIBE").length === 1, 2000, "UN_SUBSCRIBE");
  });

  it("fails a topic the ack leaves out, naming it, while the others of the batch work", async () => {
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "SUBSCRIBE"
        ? [
            ack(
              frame,
              (frame.params as string[]).filter((t) => !t.includes("NOPE")),
            ),
          ]
        : defaultScript(frame, conn),
    );
    const { woox } = open();
    const good = woox.stream.public().subscribe("ticker@SPOT_BTC_USDT");
    const bad = woox.stream.public().subscribe("ticker@SPOT_NOPE_USDT");
    await good.ready;
    expect(sent(server, "SUBSCRIBE")).toHaveLength(1); // one batch
    const err = await bad.next().catch((e: unknown) => e);
    expect(isWooxStreamError(err)).toBe(true);
    // One error family with REST: a WooxError whose kind says it came from a stream.
    expect(isWooxError(err)).toBe(true);
    expect(err).toMatchObject({ kind: "stream", code: "rejected", topic: "ticker@SPOT_NOPE_USDT" });
    expect((err as Error).message).toContain("ticker@SPOT_NOPE_USDT");
    await expect(bad.ready).rejects.toBe(err);
    expect(await bad.next()).toEqual({ done: true, value: undefined });
  });

  it("throws the exchange's error reply from the iterator", async () => {
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "SUBSCRIBE"
        ? [{ id: frame.id, cmd: "SUBSCRIBE", success: false, time: 1, data: "Invalid request." }]
        : defaultScript(frame, conn),
    );
    const { woox } = open();
    const sub = woox.stream.public().subscribe("markprice@PERP_ETH_USDT");
    await expect(sub.next()).rejects.toMatchObject({
      code: "refused",
      topic: "markprice@PERP_ETH_USDT",
      serverMessage: "Invalid request.",
    });
  });

  it("sends at most 10 topics per SUBSCRIBE, and splits a batch the exchange refuses as too big", async () => {
    const cap = 4; // a server stricter than the observed 10
    server = await startScriptedServer((frame, conn) => {
      if (frame.cmd === "SUBSCRIBE" && (frame.params as string[]).length > cap)
        return [{ id: frame.id, cmd: "SUBSCRIBE", success: false, time: 1, data: "Command type invalid!" }];
      return defaultScript(frame, conn);
    });
    const { woox } = open();
    const symbols = Array.from({ length: 15 }, (_, i) => `PERP_C${i}_USDT`);
    const subs = symbols.map((s) => woox.stream.public().subscribe(`bbo@${s}` as `bbo@PERP_${string}_USDT`));
    await Promise.all(subs.map((s) => s.ready));
    const batches = sent(server, "SUBSCRIBE").map((f) => f.params as string[]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(10);
    expect(batches[0]).toHaveLength(10);
    const accepted = batches.filter((b) => b.length <= cap).flat();
    expect(accepted.sort()).toEqual(symbols.map((s) => `bbo@${s}`).sort());
  });

  it("fails a SUBSCRIBE that gets no answer, and does not leave it on the server", async () => {
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "SUBSCRIBE" ? undefined : defaultScript(frame, conn),
    );
    const { woox } = open({ ackTimeoutMs: 100 });
    const sub = woox.stream.public().subscribe("kline@SPOT_ETH_USDT@1m");
    const started = Date.now();
    await expect(sub.next()).rejects.toMatchObject({ code: "no-ack", topic: "kline@SPOT_ETH_USDT@1m" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    await waitFor(() => sent(server, "UN_SUBSCRIBE").length === 1, 2000, "UN_SUBSCRIBE");
  });

  it("refuses what is not a topic of the socket, naming it", () => {
    server = undefined as unknown as ScriptedServer;
    const { woox } = connect({ httpUrl: "http://127.0.0.1:9" } as ScriptedServer);
    closers.push(() => woox.stream.close());
    // @ts-expect-error -- V2 spelling: symbol first
    expect(() => woox.stream.public().subscribe("PERP_BTC_USDT@bbo")).toThrow(/"PERP_BTC_USDT@bbo" is not a topic/);
    // @ts-expect-error -- a private topic on the public socket
    expect(() => woox.stream.public().subscribe("executionreport")).toThrow(/private socket: use stream.private\(\)/);
    // @ts-expect-error -- index price is keyed by the spot symbol
    expect(() => woox.stream.public().subscribe("indexprice@PERP_BTC_USDT")).toThrow(WooxStreamError);
  });

  it("ends the loop when the signal aborts, and unsubscribes", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const controller = new AbortController();
    const sub = woox.stream.public().subscribe("orderbook10@PERP_BTC_USDT", { signal: controller.signal });
    await sub.ready;
    setTimeout(() => controller.abort(), 20);
    const seen: unknown[] = [];
    for await (const item of sub) seen.push(item);
    expect(seen).toEqual([]);
    await waitFor(() => sent(server, "UN_SUBSCRIBE").length === 1, 2000, "UN_SUBSCRIBE");
  });

  it("ends every loop on close(), and closes the socket", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const sub = woox.stream.public().subscribe("ticker@PERP_BTC_USDT");
    await sub.ready;
    const loop = (async () => {
      const items: unknown[] = [];
      for await (const item of sub) items.push(item);
      return items;
    })();
    woox.stream.close();
    expect(await loop).toEqual([]);
    await waitFor(() => server.last().ws.readyState === server.last().ws.CLOSED, 2000, "socket closed");
    expect(() => woox.stream.public().subscribe("ticker@PERP_BTC_USDT")).toThrow(/closed/);
  });

  it("reports frames it cannot use, marks an invalid push as a gap, and keeps going", async () => {
    server = await startScriptedServer();
    const { woox, events } = open();
    const sub = woox.stream.public().subscribe("bbo@SPOT_ETH_USDT");
    await sub.ready;
    server.last().send("not json");
    server.last().send({ topic: "nosuchtopic@X", ts: 1, data: {} });
    server.last().send({ topic: "bbo@SPOT_ETH_USDT", ts: 2, data: { s: "SPOT_ETH_USDT", ap: "1" } }); // fields missing
    server.last().send({ id: "999", cmd: "SUBSCRIBE", success: true, time: 1, data: [] }); // answers nothing we sent
    server.last().send(bbo("SPOT_ETH_USDT", 3));
    const first = (await sub.next()).value as GapItem;
    expect(first).toMatchObject({ type: "gap", reason: "invalid", topic: "bbo@SPOT_ETH_USDT", to: 2, missed: 1 });
    const second = await sub.next();
    expect(second.value).toMatchObject({ topic: "bbo@SPOT_ETH_USDT", ts: 3 });
    const reasons = events.filter((e) => e.type === "unexpected").map((e) => (e as { reason: string }).reason);
    expect(reasons).toEqual([
      "not JSON",
      'a push of an unknown topic family "nosuchtopic"',
      "a bbo push that does not match the spec",
      "a reply to no command in flight",
    ]);
  });
});
