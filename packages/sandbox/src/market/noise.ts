/**
 * Deterministic "noise" for made-up market data: the same symbol, price and clock always give the same
 * book, candles and funding rates, so a test can assert on them.
 */

/** A number in [0, 1) from a string (FNV-1a), for deterministic "noise". */
export function unit(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("|")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return (h >>> 0) / 4294967296;
}
