import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of it) out.push(row);
  return out;
}

// The client's paging iterators against the sandbox's real lists (the iterators' own edge cases are
// tested with an injected fetch in packages/client/test/paging.test.ts).
describe("client paging iterators over the sandbox", () => {
  it("orders.iterateTrades walks the trade history by page and limit: every fill once, newest first", async () => {
    for (let i = 0; i < 6; i++)
      await h.client.orders.place({ symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    const all = (await h.client.orders.trades({ limit: 100 })).rows;
    expect(all.length).toBeGreaterThanOrEqual(6);
    const before = h.records.length;
    // A page size that divides the total exactly: the walk must end on the last full page.
    const size = all.length % 2 === 0 ? 2 : 1;
    const walked = await collect(h.client.orders.iterateTrades({ limit: size }));
    expect(walked.map((t) => t.id)).toEqual(all.map((t) => t.id));
    expect(new Set(walked.map((t) => t.id)).size).toBe(walked.length);
    expect(h.records.length - before).toBe(all.length / size);
  });

  it("orders.iterate walks every order of the account", async () => {
    for (let i = 0; i < 5; i++)
      await h.client.orders.place({
        symbol: "SPOT_ETH_USDT",
        side: "BUY",
        type: "LIMIT",
        price: String(2000 + i),
        quantity: "0.01",
      });
    const ids = (await collect(h.client.orders.iterate({ size: 2 }))).map((o) => o.orderId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
});
