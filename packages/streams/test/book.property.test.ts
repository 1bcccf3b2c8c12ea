import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDelta, bookFromSnapshot, mergeDeltas, sortedLevels, type Delta, type LevelObject } from "../src/book.js";
import { canonicalDecimal, compareDecimal } from "../src/decimal.js";

// Stress tier (vitest.config.ts): many generated cases. The oracle: a book built the obvious way. Every level update in order, the last size of each price
// (compared as numbers) wins, zero sizes removed, sorted with Number. Prices below are exact in binary
// floating point, so Number is a sound reference for them.
function naiveBook(updates: [string, string][], side: "asks" | "bids"): [number, number][] {
  const last = new Map<number, number>();
  for (const [p, s] of updates) last.set(Number(p), Number(s));
  return [...last].filter(([, s]) => s !== 0).sort(([a], [b]) => (side === "asks" ? a - b : b - a));
}
const asNumbers = (levels: [string, string][]) => levels.map(([p, s]) => [Number(p), Number(s)]);

// Prices on a 0.25 grid written in several spellings ("100.5", "100.50", "1.005e2"), sizes 0..3 with
// a good share of zeros (deletions).
const spelling = (n: number) =>
  fc.constantFrom(String(n), n.toFixed(2), n.toFixed(4), n.toExponential(), Number.isInteger(n) ? `${n}.0` : String(n));
const price = fc.integer({ min: 400, max: 440 }).chain((q) => spelling(q / 4));
const size = fc.oneof(
  fc.constant("0"),
  fc.integer({ min: 1, max: 12 }).chain((q) => spelling(q / 4)),
);
const levels = fc.array(fc.tuple(price, size), { maxLength: 8 });
const snapshotSide = fc.array(fc.tuple(price, size), { maxLength: 15 });

const chain = (anchor: number, sides: { asks: [string, string][]; bids: [string, string][] }[]): Delta[] =>
  sides.map((s, i) => ({ prevTs: anchor + i * 10, ts: anchor + (i + 1) * 10, ...s }));
const toObjects = (ls: [string, string][]): LevelObject[] => ls.map(([p, q]) => ({ price: p, quantity: q }));

describe("order book: pure apply/snapshot", () => {
  it("applying random chained deltas to a snapshot equals the naive book", () => {
    fc.assert(
      fc.property(
        snapshotSide,
        snapshotSide,
        fc.array(fc.record({ asks: levels, bids: levels }), { maxLength: 40 }),
        (sa, sb, ds) => {
          const book = bookFromSnapshot("PERP_X_USDT", { asks: toObjects(sa), bids: toObjects(sb) }, 1000);
          for (const d of chain(1000, ds)) expect(applyDelta(book, d)).toBe("applied");
          expect(asNumbers(sortedLevels(book.asks, "asks"))).toEqual(
            naiveBook([...sa, ...ds.flatMap((d) => d.asks)], "asks"),
          );
          expect(asNumbers(sortedLevels(book.bids, "bids"))).toEqual(
            naiveBook([...sb, ...ds.flatMap((d) => d.bids)], "bids"),
          );
          expect(book.ts).toBe(1000 + ds.length * 10);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses a delta that does not chain (a gap) and leaves the book as it was", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ asks: levels, bids: levels }), { minLength: 2, maxLength: 20 }),
        fc.nat(),
        (ds, k) => {
          const deltas = chain(0, ds);
          const skip = 1 + (k % (deltas.length - 1)); // drop one delta after the first
          const book = bookFromSnapshot("PERP_X_USDT", { asks: [], bids: [] }, 0);
          for (const d of deltas.slice(0, skip)) applyDelta(book, d);
          const before = JSON.stringify([...book.asks, ...book.bids, book.ts]);
          if (skip + 1 < deltas.length) {
            expect(applyDelta(book, deltas[skip + 1]!)).toBe("gap");
            expect(JSON.stringify([...book.asks, ...book.bids, book.ts])).toBe(before);
          }
          expect(applyDelta(book, deltas[skip - 1]!)).toBe("stale"); // already applied
        },
      ),
    );
  });

  it("a snapshot taken between two deltas takes the delta that spans it (prevTs ≤ anchor < ts)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ asks: levels, bids: levels }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.nat(9),
        (ds, k, offset) => {
          const deltas = chain(0, ds);
          const cut = k % deltas.length; // the snapshot holds deltas before `cut` and part of it
          const anchor = Number(deltas[cut]!.prevTs) + offset;
          // The state at the anchor: every delta before `cut`, plus an arbitrary part of delta `cut`.
          const done = deltas.slice(0, cut);
          const partial = {
            asks: deltas[cut]!.asks.slice(0, offset % 3),
            bids: deltas[cut]!.bids.slice(0, offset % 2),
          };
          const snap = (side: "asks" | "bids") =>
            naiveBook(
              [...done.flatMap((d) => d[side] as [string, string][]), ...(partial[side] as [string, string][])],
              side,
            ).map(([p, s]) => ({ price: String(p), quantity: String(s) }));
          const book = bookFromSnapshot("PERP_X_USDT", { asks: snap("asks"), bids: snap("bids") }, anchor);
          for (const d of deltas) applyDelta(book, d);
          const all = (side: "asks" | "bids") =>
            naiveBook(
              deltas.flatMap((d) => d[side] as [string, string][]),
              side,
            );
          expect(asNumbers(sortedLevels(book.asks, "asks"))).toEqual(all("asks"));
          expect(asNumbers(sortedLevels(book.bids, "bids"))).toEqual(all("bids"));
        },
      ),
    );
  });

  it("merging consecutive deltas and applying the result equals applying them one by one", () => {
    fc.assert(
      fc.property(
        snapshotSide,
        fc.array(fc.record({ asks: levels, bids: levels }), { minLength: 1, maxLength: 20 }),
        (sa, ds) => {
          const deltas = chain(50, ds);
          const one = bookFromSnapshot("S", { asks: toObjects(sa), bids: [] }, 50);
          for (const d of deltas) applyDelta(one, d);
          const merged = deltas.reduce((a, b) => mergeDeltas(a, b));
          const two = bookFromSnapshot("S", { asks: toObjects(sa), bids: [] }, 50);
          expect(applyDelta(two, merged)).toBe("applied");
          expect([sortedLevels(two.asks, "asks"), sortedLevels(two.bids, "bids"), two.ts]).toEqual([
            sortedLevels(one.asks, "asks"),
            sortedLevels(one.bids, "bids"),
            one.ts,
          ]);
        },
      ),
    );
  });

  it("canonical decimals order like numbers and keep one spelling per value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.nat(8),
        (a, b, scale) => {
          const x = a / 10 ** scale;
          const y = b / 10 ** scale;
          const cx = canonicalDecimal(x.toFixed(scale + 2));
          expect(cx).toBe(canonicalDecimal(x));
          expect(Math.sign(compareDecimal(cx, canonicalDecimal(y)))).toBe(Math.sign(x - y));
        },
      ),
    );
    expect(canonicalDecimal("000.5000")).toBe("0.5");
    expect(canonicalDecimal(1e-7)).toBe("0.0000001");
    expect(canonicalDecimal("1.5e3")).toBe("1500");
    expect(() => canonicalDecimal("-1")).toThrow(/not a non-negative decimal/);
    expect(() => canonicalDecimal("abc")).toThrow(/"abc"/);
  });
});
