import type { BookLevel, OrderbookDeltaData } from "@woox-sdk/types/streams";
import { fmt, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { BookSide } from "../market/book.js";

/**
 * One `orderbookupdate@{symbol}@{depth}` chain: the top `depth` levels per side as last pushed, and the
 * `ts` of that state. Each delta carries the levels that changed since (absolute sizes, `"0"` for a
 * level that left the top `depth`), `prevTs` = the previous delta's `ts` and `ts` = now, so a client
 * that keeps the book from a REST snapshot can check every link (the official recipe). A REST snapshot
 * (GET /v3/public/orderbook) is anchored to the chain with `anchor(at)`: a delta with `ts` = the
 * snapshot's `timestamp` goes out at once (empty when nothing changed), so exactly one delta has
 * `prevTs` equal to it.
 */
export class BookChain {
  private asks: Map<Dec, Dec>;
  private bids: Map<Dec, Dec>;
  /** The `ts` of the state last pushed. */
  ts: number;

  constructor(
    private readonly ex: Exchange,
    readonly symbol: string,
    readonly depth: number,
  ) {
    this.asks = this.read("asks");
    this.bids = this.read("bids");
    this.ts = ex.now();
  }

  private read(side: BookSide): Map<Dec, Dec> {
    return new Map(this.ex.book(this.symbol, side, this.depth).map((l) => [l.price, l.quantity]));
  }

  /**
   * The delta from the last state to the book now, stamped `at`; undefined when nothing changed and
   * `force` is off. The chain moves on even when the caller withholds the delta (an injected gap).
   */
  advance(at: number, force = false): OrderbookDeltaData | undefined {
    const asks = this.read("asks");
    const bids = this.read("bids");
    const askChanges = diff(this.asks, asks, (a, b) => a < b);
    const bidChanges = diff(this.bids, bids, (a, b) => a > b);
    if (!force && askChanges.length === 0 && bidChanges.length === 0) return undefined;
    const delta: OrderbookDeltaData = { s: this.symbol, prevTs: this.ts, ts: at, asks: askChanges, bids: bidChanges };
    this.asks = asks;
    this.bids = bids;
    this.ts = at;
    return delta;
  }
}

/** Levels that differ between two states of one side, best first; a level that left is sent with size 0. */
function diff(before: Map<Dec, Dec>, after: Map<Dec, Dec>, better: (a: Dec, b: Dec) => boolean): BookLevel[] {
  const changed: [Dec, Dec][] = [];
  for (const [price, q] of after) if (before.get(price) !== q) changed.push([price, q]);
  for (const price of before.keys()) if (!after.has(price)) changed.push([price, 0n]);
  changed.sort(([a], [b]) => (a === b ? 0 : better(a, b) ? -1 : 1));
  return changed.map(([p, q]) => [fmt(p), fmt(q)]);
}
