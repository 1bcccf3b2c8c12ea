/**
 * An order book kept from a REST snapshot and `orderbookupdate` deltas, as pure functions (no I/O, no
 * timers): what the maintained book of `orderBook()` runs on, and what its property test checks against
 * a naive reference.
 *
 * The chain (the spec's `x-topic.sequence` of `orderbookupdate`): every delta carries the engine time of
 * the previous delta (`prevTs`) and its own (`ts`). After a delta, the next must have `prevTs` equal to
 * the last `ts`; anything else is a gap and the book must be rebuilt from a new snapshot. Sizes are
 * absolute ("0" deletes the level), so replaying a change the snapshot already holds changes nothing.
 * That is why the first delta after a snapshot taken at `anchor` may start at or before it
 * (`prevTs <= anchor < ts`): the documented recipe asks for `prevTs == anchor`, which is the special
 * case, and the general one brings the same book.
 */
import { canonicalDecimal, compareDecimal } from "./decimal.js";

/** One level as a stream sends it: `[price, size]`. */
export type LevelTuple = readonly [string | number, string | number];
/** One level as the REST snapshot sends it. */
export interface LevelObject {
  price: string | number;
  quantity: string | number;
}

export interface Delta {
  prevTs: number | bigint;
  ts: number | bigint;
  asks: readonly LevelTuple[];
  bids: readonly LevelTuple[];
}

/** Canonical price → canonical size, for one side. */
export type Side = Map<string, string>;

export interface Book {
  symbol: string;
  /** Engine time of the state: the snapshot's anchor, then the `ts` of the last delta applied. */
  ts: number;
  /** True until the first delta is applied: the next delta may then start at or before `ts`. */
  fromSnapshot: boolean;
  asks: Side;
  bids: Side;
}

/**
 * - `applied`: the book moved to the delta's `ts`;
 * - `stale`: the delta ends at or before the book's time (already in it); nothing changed;
 * - `gap`: the delta does not chain on; nothing changed. Right after a snapshot this means the
 *   snapshot is older than the stream (`prevTs > anchor`), and a newer snapshot is needed.
 */
export type ApplyResult = "applied" | "stale" | "gap";

export function bookFromSnapshot(
  symbol: string,
  snapshot: { asks: readonly LevelObject[]; bids: readonly LevelObject[] },
  anchor: number | bigint,
): Book {
  const side = (levels: readonly LevelObject[]): Side => {
    const out: Side = new Map();
    for (const l of levels) setLevel(out, l.price, l.quantity);
    return out;
  };
  return { symbol, ts: Number(anchor), fromSnapshot: true, asks: side(snapshot.asks), bids: side(snapshot.bids) };
}

/** Whether `delta` is the next link after the book's state. */
export function chains(book: Book, delta: Delta): boolean {
  const prev = Number(delta.prevTs);
  return book.fromSnapshot ? prev <= book.ts && Number(delta.ts) > book.ts : prev === book.ts;
}

/** Applies one delta in place when it chains on (see ApplyResult). */
export function applyDelta(book: Book, delta: Delta): ApplyResult {
  if (Number(delta.ts) <= book.ts) return "stale";
  if (!chains(book, delta)) return "gap";
  for (const [price, size] of delta.asks) setLevel(book.asks, price, size);
  for (const [price, size] of delta.bids) setLevel(book.bids, price, size);
  book.ts = Number(delta.ts);
  book.fromSnapshot = false;
  return "applied";
}

function setLevel(side: Side, price: string | number, size: string | number): void {
  const p = canonicalDecimal(price);
  const s = canonicalDecimal(size);
  if (s === "0") side.delete(p);
  else side.set(p, s);
}

/** A side's levels best first (asks ascending, bids descending), at most `depth` of them. */
export function sortedLevels(side: Side, order: "asks" | "bids", depth = Infinity): [string, string][] {
  const prices = [...side.keys()].sort(order === "asks" ? compareDecimal : (a, b) => compareDecimal(b, a));
  const n = Math.min(prices.length, depth);
  const out: [string, string][] = new Array<[string, string]>(n);
  for (let i = 0; i < n; i++) out[i] = [prices[i]!, side.get(prices[i]!)!];
  return out;
}

/**
 * Two consecutive deltas as one (`b` must chain on `a`: `b.prevTs == a.ts`): the later size of each
 * price wins. Applying the result equals applying `a` then `b`, which lets a slow consumer of raw deltas
 * fall behind without losing a change or growing a queue.
 */
export function mergeDeltas<D extends Delta>(a: D, b: D): D {
  const overlay = (x: readonly LevelTuple[], y: readonly LevelTuple[]): [string, string][] => {
    const m = new Map<string, [string, string]>();
    for (const [p, s] of [...x, ...y]) m.set(canonicalDecimal(p), [String(p), String(s)]);
    return [...m.values()];
  };
  return { ...b, prevTs: a.prevTs, asks: overlay(a.asks, b.asks), bids: overlay(a.bids, b.bids) };
}
