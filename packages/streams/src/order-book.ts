/**
 * `orderBook(symbol)`: a book kept from `orderbookupdate` deltas on top of a REST snapshot (the topic
 * table's `sequence.seed`), rebuilt from a new snapshot after any gap (sequence break, reconnect,
 * overflow), and read as a stream of consistent books. A slow reader gets the latest book when it asks
 * for the next one: books conflate, deltas are applied as they arrive, and memory stays that of one book.
 */
import type { OrderbookDeltaData, OrderbookUpdateTopic, OrderbookUpdateRpiTopic } from "@woox-sdk/types/streams";
import { applyDelta, bookFromSnapshot, sortedLevels, type Book, type LevelObject } from "./book.js";
import type { Consumer } from "./consumer.js";
import { WooxStreamError } from "./errors.js";

export type BookDepth = 50 | 200 | 500;

export interface OrderBookOptions {
  /** Levels per side, as the topic spells it: 50 (default), 200 or 500; also the REST snapshot's `maxLevel`. */
  depth?: BookDepth | `${BookDepth}`;
  /** The RPI book (`orderbookupdaterpi`, seeded with `rpi=true`); default false. */
  rpi?: boolean;
  signal?: AbortSignal;
  /** Deltas kept while a snapshot is fetched; default the stream's `bufferSize`. */
  bufferSize?: number;
  /** Snapshots in a row that may come back older than the stream before the book fails; default 10. */
  maxSeedAttempts?: number;
  /** Wait before asking again for a snapshot that was behind, times the attempt number; default 500 ms. */
  seedRetryDelayMs?: number;
}

/** One consistent state of the book. */
export interface OrderBook {
  readonly symbol: string;
  /** Engine time of this state: the `ts` of the last delta applied (or the snapshot's time). */
  readonly ts: number;
  /** Best (lowest) first, at most `depth` levels: `[price, size]` as canonical decimal strings. */
  readonly asks: readonly (readonly [price: string, size: string])[];
  /** Best (highest) first. */
  readonly bids: readonly (readonly [price: string, size: string])[];
  /** How often the book was rebuilt from a new snapshot after a gap; a change means continuity broke there. */
  readonly resyncs: number;
}

/** The REST snapshot: its levels and its anchor time (the envelope's `timestamp`). */
export interface BookSnapshot {
  asks: readonly LevelObject[];
  bids: readonly LevelObject[];
  anchor: number;
}

type BookTopic = OrderbookUpdateTopic | OrderbookUpdateRpiTopic;

export class OrderBookStream implements AsyncIterableIterator<OrderBook, undefined> {
  private book: Book | undefined;
  private pending: OrderbookDeltaData[] = [];
  private dirty = false;
  private resyncs = 0;
  /** Snapshots that came back behind the stream since the book last moved. */
  private behind = 0;
  /** Bumped when a seeding is abandoned. */
  private epoch = 0;
  private error: Error | undefined;
  private finished = false;
  private waiter:
    { resolve: (r: IteratorResult<OrderBook, undefined>) => void; reject: (e: unknown) => void } | undefined;
  private readonly stop = new AbortController();
  private readonly depth: number;
  private readonly maxSeedAttempts: number;
  private readonly seedRetryDelayMs: number;

  constructor(
    readonly symbol: string,
    readonly topic: BookTopic,
    private readonly subscribe: (topic: BookTopic, signal: AbortSignal) => Consumer,
    private readonly snapshot: (signal: AbortSignal) => Promise<BookSnapshot>,
    private readonly options: OrderBookOptions & { bufferSize: number },
  ) {
    this.depth = Number(options.depth ?? 50);
    this.maxSeedAttempts = options.maxSeedAttempts ?? 10;
    this.seedRetryDelayMs = options.seedRetryDelayMs ?? 500;
    if (options.signal?.aborted) this.stop.abort();
    else options.signal?.addEventListener("abort", () => void this.return(), { once: true, signal: this.stop.signal });
    void this.pump(subscribe(topic, this.stop.signal));
  }

  next(): Promise<IteratorResult<OrderBook, undefined>> {
    if (this.dirty && this.book) {
      this.dirty = false;
      return Promise.resolve({ done: false, value: this.view(this.book) });
    }
    if (this.error) {
      const e = this.error;
      this.error = undefined;
      this.finished = true;
      return Promise.reject(e);
    }
    if (this.finished) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<OrderBook, undefined>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async pump(sub: Consumer): Promise<void> {
    try {
      await sub.ready;
      void this.seed();
      for await (const item of sub) {
        if ((item as { type?: unknown }).type === "gap") this.resync(undefined);
        else this.onDelta((item as { data: OrderbookDeltaData }).data);
      }
      this.end();
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private onDelta(delta: OrderbookDeltaData): void {
    if (!this.book) {
      this.pending.push(delta);
      if (this.pending.length > this.options.bufferSize) this.pending.shift();
      return;
    }
    const fromSnapshot = this.book.fromSnapshot;
    const result = applyDelta(this.book, delta);
    if (result === "applied") {
      this.behind = 0;
      this.changed();
    } else if (result === "gap") {
      // Right after a snapshot, a delta that starts later means the snapshot was older than the stream.
      if (fromSnapshot) this.behind++;
      this.resync(delta);
    }
  }

  /** Drops the book and builds it again from a new snapshot; `delta` (the one that broke the chain) is kept. */
  private resync(delta: OrderbookDeltaData | undefined): void {
    if (this.book) this.resyncs++;
    this.book = undefined;
    this.pending = delta ? [delta] : [];
    void this.seed();
  }

  private async seed(): Promise<void> {
    const epoch = ++this.epoch;
    for (;;) {
      if (this.behind >= this.maxSeedAttempts) {
        const first = this.pending[0];
        return this.fail(
          new WooxStreamError(
            "book",
            `${this.symbol}: the REST order book stayed older than the stream after ${this.behind} snapshots (the stream's first delta starts at ${first ? Number(first.prevTs) : "?"})`,
            { topic: this.topic },
          ),
        );
      }
      if (this.behind > 0 && !(await this.sleep(this.seedRetryDelayMs * this.behind))) return;
      let snap: BookSnapshot;
      try {
        snap = await this.snapshot(this.stop.signal);
      } catch (cause) {
        if (epoch === this.epoch && !this.stop.signal.aborted)
          this.fail(
            new WooxStreamError("book", `${this.symbol}: the REST order book could not be fetched`, {
              topic: this.topic,
              cause,
            }),
          );
        return;
      }
      if (epoch !== this.epoch || this.finished) return;
      const book = bookFromSnapshot(this.symbol, snap, snap.anchor);
      const pending = this.pending;
      let i = 0;
      for (; i < pending.length; i++) if (applyDelta(book, pending[i]!) === "gap") break;
      if (i === pending.length) {
        if (!book.fromSnapshot) this.behind = 0;
        this.book = book;
        this.pending = [];
        this.changed();
        return;
      }
      if (book.fromSnapshot) this.behind++; // the snapshot is older than the first delta we hold
      this.pending = pending.slice(i); // a break inside the buffered deltas: start again from it
    }
  }

  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.stop.signal.aborted) return resolve(false);
      const timer = setTimeout(() => resolve(true), ms);
      this.stop.signal.addEventListener("abort", () => (clearTimeout(timer), resolve(false)), { once: true });
    });
  }

  private view(book: Book): OrderBook {
    return {
      symbol: book.symbol,
      ts: book.ts,
      asks: sortedLevels(book.asks, "asks", this.depth),
      bids: sortedLevels(book.bids, "bids", this.depth),
      resyncs: this.resyncs,
    };
  }

  private changed(): void {
    this.dirty = true;
    const w = this.waiter;
    if (w && this.book) {
      this.waiter = undefined;
      this.dirty = false;
      w.resolve({ done: false, value: this.view(this.book) });
    }
  }

  private fail(error: Error): void {
    if (this.finished || this.error) return;
    this.error = error;
    this.book = undefined;
    this.stop.abort();
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      this.error = undefined;
      this.finished = true;
      w.reject(error);
    }
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.epoch++;
    this.stop.abort();
    this.waiter?.resolve({ done: true, value: undefined });
    this.waiter = undefined;
  }
}
