import { afterEach, describe, expect, it } from "vitest";
import { bookAt, Exchange, SYMBOL, TOPIC } from "./book-exchange.js";
import { ack, defaultScript, startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";
import { connect, fakeFetch } from "./helpers.js";

let server: ScriptedServer;
afterEach(() => server?.close());

describe("raw book deltas", () => {
  it("a delta that does not chain on the last one yields a sequence gap before it", async () => {
    server = await startScriptedServer();
    const { woox } = connect(server);
    try {
      const sub = woox.stream.public().subscribe(TOPIC);
      await sub.ready;
      const delta = (prevTs: number, ts: number) => ({
        topic: TOPIC,
        ts: ts + 1,
        data: { s: SYMBOL, prevTs, ts, asks: [["60001", "1"]], bids: [] },
      });
      for (const [p, t] of [
        [100, 150],
        [150, 200],
        [250, 300], // 200 → 250 was lost
        [300, 350],
      ] as const)
        server.last().send(delta(p, t));
      const items = [];
      for (let i = 0; i < 5; i++) items.push((await sub.next()).value);
      expect(items.map((x) => (x && "data" in x ? x.data.ts : x))).toEqual([
        150,
        200,
        { type: "gap", topic: TOPIC, reason: "sequence", from: 200, to: 250 },
        300,
        350,
      ]);
    } finally {
      woox.stream.close();
    }
  });
});

describe("orderBook()", () => {
  it("seeds from the REST snapshot, aligns the deltas buffered meanwhile, then follows the stream", async () => {
    const ex = new Exchange(() => server);
    for (let i = 0; i < 10; i++) ex.step(false); // history before we subscribe
    server = await startScriptedServer((frame, conn) => {
      const replies = defaultScript(frame, conn);
      if (frame.cmd === "SUBSCRIBE") setTimeout(() => [1, 2, 3].forEach(() => ex.step()), 1); // deltas race the snapshot
      return replies;
    });
    const fetch = fakeFetch({ "/v3/public/orderbook": () => ex.snapshot() });
    const { woox } = connect(server, { fetch });
    try {
      const books = woox.stream.orderBook(SYMBOL, { depth: 50 });
      const first = await books.next();
      expect(first.value).toMatchObject({ symbol: SYMBOL, resyncs: 0 });
      expect(fetch.calls).toEqual([`/v3/public/orderbook?symbol=${SYMBOL}&maxLevel=50`]);
      await waitFor(() => ex.ts >= 1_000 + 13 * 50, 2000, "the racing deltas");
      for (let i = 0; i < 30; i++) ex.step();
      const book = await bookAt(books, ex.ts);
      expect({ asks: book.asks, bids: book.bids }).toEqual(ex.expected());
      await books.return?.();
    } finally {
      woox.stream.close();
    }
  });

  it("rebuilds the book from a new snapshot after a sequence gap, and says so in resyncs", async () => {
    const ex = new Exchange(() => server);
    server = await startScriptedServer();
    const fetch = fakeFetch({ "/v3/public/orderbook": () => ex.snapshot() });
    const { woox } = connect(server, { fetch });
    try {
      const books = woox.stream.orderBook(SYMBOL);
      expect((await books.next()).value).toMatchObject({ ts: ex.ts, resyncs: 0 });
      ex.step();
      ex.step(false); // lost on the way
      ex.step();
      ex.step();
      const book = await bookAt(books, ex.ts);
      expect(book.resyncs).toBe(1);
      expect({ asks: book.asks, bids: book.bids }).toEqual(ex.expected());
      expect(fetch.calls).toHaveLength(2);
    } finally {
      woox.stream.close();
    }
  });

  it("rebuilds after a reconnect", async () => {
    const ex = new Exchange(() => server);
    server = await startScriptedServer();
    const fetch = fakeFetch({ "/v3/public/orderbook": () => ex.snapshot() });
    const { woox } = connect(server, { fetch });
    try {
      const books = woox.stream.orderBook(SYMBOL);
      await books.next();
      ex.step(false); // sent while the socket is down
      server.last().ws.terminate();
      await waitFor(
        () => server.conns.length === 2 && server.last().received.some((f) => f.cmd === "SUBSCRIBE"),
        3000,
        "resubscribed",
      );
      ex.step();
      const book = await bookAt(books, ex.ts);
      expect(book.resyncs).toBe(1);
      expect({ asks: book.asks, bids: book.bids }).toEqual(ex.expected());
    } finally {
      woox.stream.close();
    }
  });

  it("fails, naming the symbol, when the REST snapshot stays older than the stream", async () => {
    const ex = new Exchange(() => server);
    const stale = ex.snapshot();
    server = await startScriptedServer((frame, conn) => {
      if (frame.cmd === "SUBSCRIBE") {
        ex.step(false);
        ex.step(); // the stream is ahead of the snapshot before the ack arrives
      }
      return defaultScript(frame, conn);
    });
    const fetch = fakeFetch({ "/v3/public/orderbook": () => stale });
    const { woox } = connect(server, { fetch });
    try {
      const books = woox.stream.orderBook(SYMBOL, { maxSeedAttempts: 3, seedRetryDelayMs: 5 });
      await expect(books.next()).rejects.toMatchObject({
        code: "book",
        message: expect.stringMatching(
          /PERP_BTC_USDT: the REST order book stayed older than the stream after 3 snapshots/,
        ) as string,
      });
      expect(fetch.calls.length).toBeGreaterThanOrEqual(3);
    } finally {
      woox.stream.close();
    }
  });

  it("throws the subscription's error for a symbol the exchange refuses", async () => {
    server = await startScriptedServer((frame, conn) =>
      frame.cmd === "SUBSCRIBE" ? [ack(frame, [])] : defaultScript(frame, conn),
    );
    const { woox } = connect(server);
    try {
      const books = woox.stream.orderBook("PERP_NOPE_USDT", { depth: 200 });
      await expect(books.next()).rejects.toMatchObject({
        code: "rejected",
        topic: "orderbookupdate@PERP_NOPE_USDT@200",
      });
      expect(() => woox.stream.orderBook("BTC", {})).toThrow(/makes no topic/);
    } finally {
      woox.stream.close();
    }
  });
});
