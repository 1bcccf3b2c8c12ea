// The stream guide's examples (pages/guide/streams.md), type-checked against @woox-sdk/streams and run
// against the sandbox's WebSocket server by test/stream-examples.test.ts. Each takes the sandbox's URL or
// a client for it and returns what it saw, so the test can check it.

import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { isWooxError } from "@woox-sdk/errors";
import { isWooxStreamError, withStreams, type GapItem, type StreamEvent } from "@woox-sdk/streams";

/** Public topics: the best bid and offer of one symbol, until `count` quotes were read. */
export async function watchQuotes(baseUrl: string, count: number) {
  // #region public
  const woox = withStreams(createWooxClient({ baseUrl }));
  const quotes: { bid: string; ask: string }[] = [];
  for await (const item of woox.stream.public().subscribe("bbo@PERP_BTC_USDT")) {
    if (item.type === "gap") continue; // see "Gaps and reconnects"
    quotes.push({ bid: String(item.data.bp), ask: String(item.data.ap) });
    if (quotes.length === count) break; // leaving the loop unsubscribes
  }
  woox.stream.close(); // closes the socket (it would also close itself shortly after the last topic)
  // #endregion public
  return quotes;
}

/**
 * The private stream: place a stop order over REST, then follow it on `algoexecutionreport` until it
 * fills. `moveMarket` is what makes it trigger (against the sandbox, `sandbox.setPrice`).
 */
export async function followAlgoOrder(client: WooxClient<true>, moveMarket: () => unknown) {
  // #region private
  const woox = withStreams(client); // the listen key is fetched (and renewed) through the client
  const reports = woox.stream.private().subscribe("algoexecutionreport", { signal: AbortSignal.timeout(30_000) });
  await reports.ready; // acknowledged: nothing that happens from here on is missed silently

  const placed = await woox.algoOrders.place({
    symbol: "PERP_BTC_USDT",
    algoType: "STOP",
    side: "BUY",
    type: "MARKET",
    quantity: "0.01",
    triggerPrice: "62000",
  });
  const algoOrderId = String(placed.rows[0]?.algoOrderId); // ids are compared as strings: they may be bigint
  await moveMarket();

  const statuses: string[] = [];
  for await (const item of reports) {
    if (item.type === "gap") continue; // a real bot reconciles here, see "Gaps and reconnects"
    for (const node of item.data) if (String(node.aid) === algoOrderId) statuses.push(String(node.ss));
    if (statuses.includes("FILLED")) break;
  }
  woox.stream.close();
  // #endregion private
  return { algoOrderId, statuses };
}

/** A maintained order book: consistent books, best level first, until `count` were read. */
export async function watchBook(baseUrl: string, count: number) {
  // #region book
  const woox = withStreams(createWooxClient({ baseUrl }));
  const tops: { ts: number; bid?: string; ask?: string; resyncs: number }[] = [];
  for await (const book of woox.stream.orderBook("PERP_BTC_USDT", { depth: 50 })) {
    // Seeded from GET /v3/public/orderbook, then chained delta by delta (prevTs = the last ts).
    tops.push({ ts: book.ts, bid: book.bids[0]?.[0], ask: book.asks[0]?.[0], resyncs: book.resyncs });
    if (tops.length === count) break;
  }
  woox.stream.close();
  // #endregion book
  return tops;
}

/**
 * Gaps and reconnects: every item is either a push or a gap marker. `signal` ends the loop; `events`
 * receives what happens to the socket.
 */
export async function quotesAcrossReconnects(baseUrl: string, signal: AbortSignal, events: (e: StreamEvent) => void) {
  // #region gaps
  const woox = withStreams(createWooxClient({ baseUrl }), {
    onEvent: events, // opens, closes (with the next attempt's delay), connect errors
    reconnect: { baseDelayMs: 200, maxDelayMs: 5_000 }, // the default is 500 ms doubling to 30 s
  });
  const gaps: GapItem[] = [];
  let pushes = 0;
  for await (const item of woox.stream.public().subscribe("bbo@PERP_BTC_USDT", { signal })) {
    if (item.type === "gap") {
      // Nothing between item.from and item.to (server times) was received. For state topics,
      // item.reconcile names the REST operations that rebuild it (e.g. ["getOrders"]).
      gaps.push(item);
      continue;
    }
    pushes++;
  }
  woox.stream.close();
  // #endregion gaps
  return { gaps, pushes };
}

/**
 * Backpressure: a reader slower than the pushes. `bbo` is a snapshot topic, so waiting pushes conflate
 * to the latest per symbol and the buffer never grows; returns the most that ever waited.
 */
export async function slowReader(baseUrl: string, reads: number, workMs: number) {
  // #region backpressure
  const woox = withStreams(createWooxClient({ baseUrl }), { bufferSize: 100 });
  const quotes = woox.stream.public().subscribe("bbo@PERP_BTC_USDT");
  let mostWaiting = 0;
  let read = 0;
  for await (const item of quotes) {
    mostWaiting = Math.max(mostWaiting, quotes.buffered);
    if (item.type !== "gap" && ++read === reads) break;
    await new Promise((r) => setTimeout(r, workMs)); // slow work: the quote changes many times meanwhile
  }
  woox.stream.close();
  // #endregion backpressure
  return mostWaiting;
}

/** Errors: a topic the exchange does not serve fails its loop with a WooxStreamError naming it. */
export async function unknownSymbol(baseUrl: string) {
  // #region errors
  const woox = withStreams(createWooxClient({ baseUrl }));
  try {
    for await (const item of woox.stream.public().subscribe("bbo@PERP_NOSUCHCOIN_USDT")) void item;
  } catch (err) {
    if (isWooxStreamError(err)) {
      // err.code "rejected": the exchange left the topic out of its SUBSCRIBE reply. It is also a
      // WooxError of kind "stream", so one isWooxError check can handle REST and stream failures alike.
      return { code: err.code, topic: err.topic, kind: isWooxError(err) ? err.kind : undefined };
    }
    throw err;
  } finally {
    woox.stream.close();
  }
  // #endregion errors
  return undefined;
}
