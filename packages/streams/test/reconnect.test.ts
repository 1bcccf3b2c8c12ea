import { RateLimiter } from "@woox-sdk/client";
import { limits } from "@woox-sdk/types/streams";
import { afterEach, describe, expect, it } from "vitest";
import type { GapItem } from "../src/index.js";
import { ack, defaultScript, sent, startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";
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
const trade = (ts: number) => ({
  topic: "trade@PERP_BTC_USDT",
  ts,
  data: { s: "PERP_BTC_USDT", px: "60000", sx: "0.1", sd: "SELL", ts: ts - 1 },
});

describe("heartbeat", () => {
  it("sends PING on its interval and answers the server's PING", async () => {
    server = await startScriptedServer();
    const { woox } = open({ pingIntervalMs: 30 });
    const sub = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
    await sub.ready;
    const pings = await waitFor(() => sent(server, "PING").length >= 3 && sent(server, "PING"), 2000, "3 PINGs");
    expect(pings[0]).toEqual({ cmd: "PING", ts: expect.any(Number) as number });
    server.last().send({ cmd: "PING" });
    await waitFor(() => sent(server, "PONG").length === 1, 2000, "PONG");
    expect(server.conns).toHaveLength(1); // PONGs arrived: the socket stayed
  });

  it("counts a missing PONG as a dead socket: reconnects, resubscribes and reports the gap", async () => {
    let answerPings = false;
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "PING" && !answerPings ? undefined : defaultScript(frame, conn),
    );
    const { woox, events } = open({ pingIntervalMs: 30, pongTimeoutMs: 60 });
    const sub = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
    await sub.ready;
    server.broadcast(trade(1000));
    expect((await sub.next()).value).toMatchObject({ ts: 1000 });
    const first = server.last();
    await waitFor(() => server.conns.length === 2, 3000, "a second connection");
    answerPings = true;
    await waitFor(() => first.ws.readyState === first.ws.CLOSED, 2000, "dead socket cut");
    const gap = (await sub.next()).value as GapItem;
    expect(gap).toMatchObject({ type: "gap", reason: "reconnect", topic: "trade@PERP_BTC_USDT", from: 1000 });
    expect(server.last().received.filter((f) => f.cmd === "SUBSCRIBE")[0]?.params).toEqual(["trade@PERP_BTC_USDT"]);
    expect(events).toContainEqual(
      expect.objectContaining({ type: "close", reason: expect.stringMatching(/no PONG within 60 ms/) as string }),
    );
  });
});

describe("reconnect", () => {
  it("after the server closes the socket: resubscribes everything and yields a gap from the last push to the new ack", async () => {
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "SUBSCRIBE" ? [ack(frame, frame.params, 2000 + server.conns.length)] : defaultScript(frame, conn),
    );
    const { woox, events } = open();
    const trades = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
    const book = woox.stream.public().subscribe("orderbookupdate@PERP_BTC_USDT@50");
    await Promise.all([trades.ready, book.ready]);
    server.broadcast(trade(1500));
    expect((await trades.next()).value).toMatchObject({ ts: 1500 });
    server.last().ws.close(1012, "restart");
    await waitFor(() => server.conns.length === 2 && sent(server, "SUBSCRIBE").length === 2, 3000, "resubscribed");
    const again = server.last().received.find((f) => f.cmd === "SUBSCRIBE")!;
    expect((again.params as string[]).sort()).toEqual(["orderbookupdate@PERP_BTC_USDT@50", "trade@PERP_BTC_USDT"]);
    server.broadcast(trade(2600));
    expect((await trades.next()).value).toEqual({
      type: "gap",
      topic: "trade@PERP_BTC_USDT",
      reason: "reconnect",
      from: 1500,
      to: 2002,
    });
    expect((await trades.next()).value).toMatchObject({ ts: 2600 });
    // The book had no push before the drop: its gap has no start.
    expect((await book.next()).value).toMatchObject({ type: "gap", reason: "reconnect", from: undefined, to: 2002 });
    const close = events.find((e) => e.type === "close");
    expect(close).toMatchObject({
      reason: "closed by the server (code 1012: restart)",
      reconnectInMs: expect.any(Number) as number,
    });
    expect(events.filter((e) => e.type === "open")).toHaveLength(2);
  });

  it("backs off with jitter between failed attempts, and gives up after maxAttempts", async () => {
    server = await startScriptedServer();
    const draws = [1, 0.5, 0.25];
    const { woox, events } = open({
      reconnect: { baseDelayMs: 40, maxDelayMs: 100, maxAttempts: 3 },
      random: () => draws.shift() ?? 1,
    });
    const sub = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await sub.ready;
    await server.close(); // nobody listens any more: every attempt fails
    const err = await sub.next().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "disconnected", topic: "bbo@PERP_BTC_USDT" });
    expect((err as Error).message).toMatch(/3 reconnect attempts failed/);
    const delays = events
      .filter((e) => "reconnectInMs" in e && e.reconnectInMs !== undefined)
      .map((e) => (e as { reconnectInMs: number }).reconnectInMs);
    // Full jitter: a random share of a cap that doubles from 40 ms up to 100 ms (caps 40, 80, 100).
    expect(delays).toEqual([40 * 1, 80 * 0.5, 100 * 0.25]);
  });

  it("opens no more new sockets than the documented limit per IP (100 per 5 min), however often it is refused", async () => {
    server = await startScriptedServer(undefined, { accept: () => false });
    // The limiter's clock only moves when it waits: every attempt before a wait happens at the same time.
    let t = 1_000_000;
    const waits: { ms: number; attemptsBefore: number }[] = [];
    const connectLimiter = new RateLimiter({
      now: () => t,
      sleep: (ms) => {
        waits.push({ ms, attemptsBefore: server.refused.length });
        t += ms;
        return Promise.resolve();
      },
    });
    const { woox, events } = open({ connectLimiter, reconnect: { baseDelayMs: 1, maxDelayMs: 1 } });
    const sub = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await waitFor(() => server.refused.length >= 105, 20_000, "105 connection attempts");
    woox.stream.close();
    expect(limits.newConnectionsPerIpPer5Min.documented).toBe(100);
    // 100 attempts, then a wait for the window (5 min and the limiter's 25 ms margin), then the next ones.
    expect(waits[0]).toEqual({ ms: 5 * 60_000 + 25, attemptsBefore: 100 });
    expect(waits).toHaveLength(1);
    expect(events.filter((e) => e.type === "close" && e.reconnectInMs !== undefined).length).toBeGreaterThanOrEqual(
      100,
    );
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it("with reconnect: false, a lost socket fails its subscriptions", async () => {
    server = await startScriptedServer();
    const { woox } = open({ reconnect: false });
    const sub = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await sub.ready;
    server.last().ws.terminate();
    await expect(sub.next()).rejects.toMatchObject({
      code: "disconnected",
      message: expect.stringMatching(/reconnecting is off/) as string,
    });
  });

  it("closes the socket once no topic is left, and opens a new one for the next", async () => {
    server = await startScriptedServer();
    const { woox } = open({ lingerMs: 10 });
    const a = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await a.ready;
    await a.return();
    await waitFor(() => server.conns[0]!.ws.readyState === server.conns[0]!.ws.CLOSED, 2000, "idle socket closed");
    const b = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
    await b.ready;
    expect(server.conns).toHaveLength(2);
  });
});
