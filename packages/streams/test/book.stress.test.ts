// Stress tier (vitest.config.ts): a maintained book against an exchange model over 10,000 random updates,
// with deltas lost on the way and the socket killed twice; at the end it must equal the exchange's book.
import { afterEach, describe, expect, it } from "vitest";
import type { OrderBook } from "../src/index.js";
import { Exchange, SYMBOL } from "./book-exchange.js";
import { startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";
import { connect, fakeFetch } from "./helpers.js";

let server: ScriptedServer;
afterEach(() => server?.close());

const STEPS = 10_000;
const tick = () => new Promise((r) => setImmediate(r));

describe("a maintained book under gaps", () => {
  it("equals the exchange's book after 10,000 random updates with lost deltas and dropped sockets", async () => {
    const ex = new Exchange(() => server);
    server = await startScriptedServer();
    const fetch = fakeFetch({ "/v3/public/orderbook": () => ex.snapshot() });
    const { woox } = connect(server, { fetch });
    let seed = 12345;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    try {
      const books = woox.stream.orderBook(SYMBOL);
      await books.next();
      let lost = 0;
      const finalTs = ex.ts + 50 * STEPS; // every step moves the exchange's time by 50
      const sender = (async () => {
        for (let i = 1; i <= STEPS; i++) {
          const send = i > STEPS - 10 || rand() > 0.005;
          if (!send) lost++;
          ex.step(send);
          if (i % 50 === 0) await tick();
          if (i === 3_000 || i === 7_000) {
            const before = server.conns.length;
            server.last().ws.terminate();
            await waitFor(
              () => server.conns.length === before + 1 && server.last().received.some((f) => f.cmd === "SUBSCRIBE"),
              5000,
              "resubscribed",
            );
          }
        }
      })();
      // A reader that takes its time, so books conflate between its reads.
      let reads = 0;
      let book: OrderBook | undefined;
      while (!book) {
        const { value, done } = await books.next();
        if (done) throw new Error("the book stream ended");
        reads++;
        if (value.ts === finalTs) book = value;
        else await tick();
      }
      await sender;
      expect(ex.ts).toBe(finalTs);
      expect(reads).toBeLessThan(STEPS);
      console.info(
        `book under gaps: ${STEPS} updates, ${lost} lost, 2 sockets dropped, ${book.resyncs} resyncs, ${reads} books read`,
      );
      expect({ asks: book.asks, bids: book.bids }).toEqual(ex.expected());
      expect(lost).toBeGreaterThan(10);
      // Every loss and every reconnect cost at most one resync (several may fold into one).
      expect(book.resyncs).toBeGreaterThanOrEqual(1);
      expect(book.resyncs).toBeLessThanOrEqual(lost + 2);
    } finally {
      woox.stream.close();
    }
  });
});
