import type { OrderBook } from "../src/index.js";
import type { ScriptedServer } from "./scripted-server.js";

export const SYMBOL = "PERP_BTC_USDT";
export const TOPIC = `orderbookupdate@${SYMBOL}@50`;

/** The exchange's book: every step changes a few levels, sends the delta (unless told not to) and moves ts. */
export class Exchange {
  ts = 1_000;
  asks = new Map<number, number>();
  bids = new Map<number, number>();
  private seed = 7;
  constructor(private readonly server: () => ScriptedServer) {}
  private rand(n: number): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
    return this.seed % n;
  }
  step(send = true): void {
    const asks: [string, string][] = [];
    const bids: [string, string][] = [];
    for (let k = 0; k < 3; k++) {
      const side = this.rand(2) === 0;
      const price = side ? 60_001 + this.rand(20) : 59_980 + this.rand(20);
      const size = this.rand(3) === 0 ? 0 : 1 + this.rand(9);
      (side ? this.asks : this.bids)[size === 0 ? "delete" : "set"](price, size);
      (side ? asks : bids).push([String(price), String(size)]);
    }
    const prevTs = this.ts;
    this.ts += 50;
    if (send)
      this.server().broadcast({ topic: TOPIC, ts: this.ts + 1, data: { s: SYMBOL, prevTs, ts: this.ts, asks, bids } });
  }
  snapshot(): unknown {
    const side = (m: Map<number, number>) => [...m].map(([p, q]) => ({ price: String(p), quantity: String(q) }));
    return { success: true, timestamp: this.ts, data: { asks: side(this.asks), bids: side(this.bids) } };
  }
  expected(): Pick<OrderBook, "asks" | "bids"> {
    const side = (m: Map<number, number>, dir: number) =>
      [...m].sort(([a], [b]) => dir * (a - b)).map(([p, q]) => [String(p), String(q)] as const);
    return { asks: side(this.asks, 1), bids: side(this.bids, -1) };
  }
}

/** Reads books until the one at `ts`. */
export async function bookAt(books: AsyncIterator<OrderBook, undefined>, ts: number): Promise<OrderBook> {
  for (;;) {
    const { value, done } = await books.next();
    if (done) throw new Error("the book stream ended");
    if (value.ts === ts) return value;
  }
}
