import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { withStreams, type OrderBook, type WithStreams } from "@woox-sdk/streams";
import { afterEach, expect, it } from "vitest";

// The maintained book of the built stream client against the built sandbox, with order book deltas
// withheld at random (the sandbox's `bookGap` stream fault): after 10,000 random moves (prices, resting
// limit orders placed, cancelled and partly filled), and at checkpoints along the way, the book the
// client keeps equals the sandbox's REST book.

const SYMBOL = "PERP_BTC_USDT";
const MOVES = 10_000;
const CHECKPOINT_EVERY = 2_000;

let sandbox: Sandbox | undefined;
let woox: WithStreams<WooxClient> | undefined;
afterEach(async () => {
  woox?.stream.close();
  await sandbox?.stop();
  woox = sandbox = undefined;
});

/** A small seeded generator, so that a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const rows = (levels: readonly (readonly [string, string])[]) => levels.map(([p, q]) => `${p} ${q}`);

async function restBook(client: WooxClient) {
  const r = await client.GET("/v3/public/orderbook", { params: { query: { symbol: SYMBOL, maxLevel: 50 } } });
  if (r.error) throw r.error;
  const levels = (ls: readonly { price: unknown; quantity: unknown }[]) =>
    ls.map((l) => `${String(l.price)} ${String(l.quantity)}`);
  return { asks: levels(r.data.data.asks), bids: levels(r.data.data.bids) };
}

/** Waits until the maintained book equals the REST book; on timeout, shows the last difference. */
async function converge(client: WooxClient, latest: () => OrderBook | undefined, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const rest = await restBook(client);
    const book = latest();
    const kept = book && { asks: rows(book.asks), bids: rows(book.bids) };
    if (JSON.stringify(kept) === JSON.stringify(rest)) return;
    if (Date.now() > end) expect(kept).toEqual(rest);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it("keeps a book equal to the sandbox's after 10,000 random moves with deltas withheld", async () => {
  const seed = Number(process.env.BOOK_SEED ?? 20261201);
  sandbox = await startSandbox({
    port: 0,
    streams: { pushIntervalMs: { orderbookupdate: 5 } },
    faults: { seed, streams: { bookGap: 0.05 } },
  });
  woox = withStreams(createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url }), {
    onEvent: () => undefined,
  });
  const state: { latest?: OrderBook; books: number } = { books: 0 };
  void (async () => {
    for await (const b of woox.stream.orderBook(SYMBOL, { depth: 50, seedRetryDelayMs: 20 })) {
      state.latest = b;
      state.books++;
    }
  })().catch(() => undefined); // a failed book stops changing, and the next checkpoint fails
  await converge(woox, () => state.latest);

  const next = random(seed);
  let price = 60_000;
  const account = sandbox.credentials.apiKey;
  const open: bigint[] = [];
  let refused = 0;
  const rest = (side: "BUY" | "SELL", at: number, r: () => number) => {
    const off = Math.round(r() * 300) / 10; // up to 30 away from the price, on the resting side
    const limit = (side === "BUY" ? at - off - 0.1 : at + off + 0.1).toFixed(1);
    const quantity = (0.001 + Math.floor(r() * 50) / 1000).toFixed(3);
    try {
      open.push(
        sandbox!.exchange.orders.place(account, { symbol: SYMBOL, side, type: "LIMIT", price: limit, quantity })
          .orderId,
      );
    } catch {
      refused++; // e.g. margin used up by the positions the fills opened: the book simply does not change
    }
  };
  const cancel = (orderId: bigint) => {
    try {
      sandbox!.exchange.orders.cancel(account, SYMBOL, { orderId });
    } catch {
      // already filled
    }
  };
  for (let i = 1; i <= MOVES; i++) {
    // A random walk in steps of up to ±20 ticks of 0.1, kept within ±5% of the start.
    price = Math.min(63_000, Math.max(57_000, price + Math.round((next() - 0.5) * 40) / 10));
    // Quantities move too: resting limit orders join the book, leave it, or partly fill as the price
    // passes them (at most `quantity` trades per move).
    const roll = next();
    if (roll < 0.2) rest(next() < 0.5 ? "BUY" : "SELL", price, next);
    else if (roll < 0.25 && open.length > 0) cancel(open.splice(Math.floor(next() * open.length), 1)[0]!);
    sandbox.setPrice(SYMBOL, price.toFixed(1), (0.001 + Math.floor(next() * 20) / 1000).toFixed(3));
    // Let the stream server push (deltas every 5 ms) between bursts of moves.
    if (i % 5 === 0) await new Promise((r) => setTimeout(r, 1));
    if (i % CHECKPOINT_EVERY === 0) await converge(woox, () => state.latest);
  }
  await converge(woox, () => state.latest);
  // Gaps were injected and noticed: the book was rebuilt from snapshots along the way.
  expect(state.latest!.resyncs).toBeGreaterThan(0);
  expect(state.books).toBeGreaterThan(100);
  expect(refused).toBeLessThan(MOVES * 0.1);
}, 180_000);
