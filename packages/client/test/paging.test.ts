import { describe, expect, it } from "vitest";
import { createWooxClient, operations, WooxAbortError, WooxPagingError, type FetchLike } from "../src/index.js";

const TS = 1700000000123;

/** A fake API on an injected fetch: `answer` gets the request's URL and returns the envelope's `data`. */
function setup(answer: (url: URL) => unknown, onRequest?: (n: number) => void) {
  const urls: URL[] = [];
  const fetch: FetchLike = (url, init) => {
    const u = new URL(url);
    urls.push(u);
    onRequest?.(urls.length);
    if (init.signal?.aborted) return Promise.reject(init.signal.reason as Error);
    const body = JSON.stringify({ success: true, data: answer(u), timestamp: TS });
    return Promise.resolve(new Response(body, { status: 200, headers: { "content-type": "application/json" } }));
  };
  // No pacing: transaction history allows 2 requests a second, and these tests are about pages, not pace.
  const client = createWooxClient({
    apiKey: "k",
    apiSecret: "s",
    baseUrl: "http://127.0.0.1:9",
    fetch,
    now: () => TS,
    rateLimit: false,
  });
  return { client, urls, pages: () => urls.map((u) => u.searchParams.get("page")) };
}

const num = (u: URL, name: string, fallback: number) => Number(u.searchParams.get(name) ?? fallback);

/** `n` ledger rows, newest first, served page by page with a camelCase `meta` (page size from `size`). */
function ledger(n: number, opts: { cap?: number } = {}) {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: n - i,
    token: "USDT",
    amount: "1",
    type: "DEPOSIT",
    timestamp: TS - i,
  }));
  return (u: URL) => {
    const page = num(u, "page", 1);
    const size = Math.min(num(u, "size", 25), opts.cap ?? Infinity);
    return {
      rows: rows.slice((page - 1) * size, page * size),
      meta: { total: rows.length, recordsPerPage: size, currentPage: page },
    };
  };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of it) out.push(row);
  return out;
}

describe("paging iterators", () => {
  it("walk every page in order, each row once", async () => {
    const { client, pages } = setup(ledger(7));
    const rows = await collect(client.wallet.iterateLedger({ token: "USDT", size: 3 }));
    expect(rows.map((r) => r.id)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(pages()).toEqual(["1", "2", "3"]);
  });

  it("send the caller's filters on every page", async () => {
    const { client, urls } = setup(ledger(4));
    await collect(client.wallet.iterateLedger({ token: "USDT", type: "DEPOSIT", size: 2 }));
    expect(urls.map((u) => u.pathname + u.search)).toEqual([
      "/v3/asset/token/history?token=USDT&type=DEPOSIT&size=2&page=1",
      "/v3/asset/token/history?token=USDT&type=DEPOSIT&size=2&page=2",
    ]);
  });

  it("yield nothing from an empty list, after one request", async () => {
    const { client, pages } = setup(() => ({ rows: [], meta: { total: 0, recordsPerPage: 25, currentPage: 1 } }));
    expect(await collect(client.futures.iterateFundingFees())).toEqual([]);
    expect(pages()).toEqual(["1"]);
  });

  it("stop at the last full page when the total is an exact multiple of the page size", async () => {
    const { client, pages } = setup(ledger(6));
    const rows = await collect(client.wallet.iterateLedger({ size: 3 }));
    expect(rows.map((r) => r.id)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(pages()).toEqual(["1", "2"]);
  });

  it("keep walking when the server caps the page below the size asked (the total decides)", async () => {
    const { client, pages } = setup(ledger(5, { cap: 2 }));
    const rows = await collect(client.wallet.iterateLedger({ size: 100 }));
    expect(rows.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
    expect(pages()).toEqual(["1", "2", "3"]);
  });

  it("start at the page asked for and count the rows before it", async () => {
    const { client, pages } = setup(ledger(7));
    const rows = await collect(client.wallet.iterateLedger({ size: 3, page: 2 }));
    expect(rows.map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(pages()).toEqual(["2", "3"]);
  });

  it("read a snake_case meta (wallet history)", async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: String(100 + i), token: "BTC", type: "BALANCE" }));
    const { client, pages } = setup((u) => {
      const page = num(u, "page", 1);
      return {
        rows: all.slice((page - 1) * 2, page * 2),
        meta: { total: 5, records_per_page: 2, current_page: page },
      };
    });
    const rows = await collect(client.wallet.iterateHistory({ tokenSide: "DEPOSIT", size: 2 }));
    // Digit-string ids come back as numbers, as from every other call.
    expect(rows.map((r) => r.id)).toEqual([100, 101, 102, 103, 104]);
    expect(pages()).toEqual(["1", "2", "3"]);
  });

  it("end a list that states a count instead of meta (convert trades), also on an exact multiple", async () => {
    const all = Array.from({ length: 4 }, (_, i) => ({ quoteId: i + 1, buyAsset: "USDT", sellAsset: "ETH" }));
    const { client, pages } = setup((u) => {
      const page = num(u, "page", 1);
      const size = num(u, "size", 25);
      return { count: all.length, tradeVos: all.slice((page - 1) * size, page * size) };
    });
    const rows = await collect(client.convert.iterateTrades({ size: 2 }));
    expect(rows.map((r) => r.quoteId)).toEqual([1, 2, 3, 4]);
    expect(pages()).toEqual(["1", "2"]);
  });

  it("page your trades with limit (transaction history has no size)", async () => {
    const trades = Array.from({ length: 5 }, (_, i) => ({ id: 50 - i, symbol: "SPOT_BTC_USDT", isMaker: 0 }));
    const { client, urls } = setup((u) => {
      const page = num(u, "page", 1);
      const limit = num(u, "limit", 25);
      return {
        rows: trades.slice((page - 1) * limit, page * limit),
        meta: { total: 5, recordsPerPage: limit, currentPage: page },
      };
    });
    const rows = await collect(client.orders.iterateTrades({ symbol: "SPOT_BTC_USDT", limit: 2, fromId: "46" }));
    expect(rows.map((r) => r.id)).toEqual([50, 49, 48, 47, 46]);
    expect(urls.map((u) => u.search)).toEqual([
      "?symbol=SPOT_BTC_USDT&limit=2&fromId=46&page=1",
      "?symbol=SPOT_BTC_USDT&limit=2&fromId=46&page=2",
      "?symbol=SPOT_BTC_USDT&limit=2&fromId=46&page=3",
    ]);
  });

  it("stop with WooxPagingError, not repeated rows, when the server ignores the page number", async () => {
    const { client, pages } = setup(() => ({
      rows: [{ id: 9 }, { id: 8 }],
      meta: { total: 10, recordsPerPage: 2, currentPage: 1 },
    }));
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const row of client.orders.iterateTrades({ limit: 2 })) seen.push(row.id);
    };
    await expect(walk()).rejects.toThrow(WooxPagingError);
    await expect(walk()).rejects.toThrow(/asked for page 2, the answer is page 1/);
    expect(seen).toEqual([9, 8, 9, 8]);
    expect(pages()).toEqual(["1", "2", "1", "2"]);
  });

  it("honour an AbortSignal between pages: no request after the abort", async () => {
    const controller = new AbortController();
    const { client, pages } = setup(ledger(9));
    const seen: (number | bigint)[] = [];
    const walk = async () => {
      for await (const row of client.wallet.iterateLedger({ size: 3 }, { signal: controller.signal })) {
        seen.push(row.id);
        if (seen.length === 3) controller.abort();
      }
    };
    const err = await walk().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WooxAbortError);
    expect((err as WooxAbortError).operationId).toBe("getTokenHistory");
    expect(seen).toEqual([9, 8, 7]);
    expect(pages()).toEqual(["1"]);
  });

  it("honour an AbortSignal that fires while a page is on the wire", async () => {
    const controller = new AbortController();
    const { client, pages } = setup(ledger(9), (n) => {
      if (n === 2) controller.abort();
    });
    const walk = collect(client.wallet.iterateLedger({ size: 3 }, { signal: controller.signal }));
    await expect(walk).rejects.toBeInstanceOf(WooxAbortError);
    expect(pages()).toEqual(["1", "2"]);
  });

  it("stop requesting when the caller breaks out of the loop", async () => {
    const { client, pages } = setup(ledger(9));
    for await (const row of client.wallet.iterateLedger({ size: 3 })) if (row.id === 8) break;
    expect(pages()).toEqual(["1"]);
  });

  it("exist for every operation the generated table marks as paged", async () => {
    const paged = Object.entries(operations)
      .filter(([, op]) => "paging" in op)
      .map(([, op]) => op.path);
    expect(paged.length).toBeGreaterThanOrEqual(15);
    const { client, urls } = setup(() => ({ rows: [], tradeVos: [], count: 0 }));
    const areas = client as unknown as Record<string, Record<string, unknown>>;
    for (const area of Object.values(areas)) {
      if (typeof area !== "object" || area === null) continue;
      for (const [name, fn] of Object.entries(area)) {
        if (!name.startsWith("iterate") || typeof fn !== "function" || name === "iterateKlines") continue;
        await collect((fn as (q: object) => AsyncIterable<unknown>)({ symbol: "SPOT_BTC_USDT" }));
      }
    }
    expect(new Set(urls.map((u) => u.pathname))).toEqual(new Set(paged));
  });

  it("walk any paged operation by id with iteratePages", async () => {
    const { client, urls } = setup(ledger(3));
    const rows = await collect(client.iteratePages("getTokenHistory", { size: 2 }));
    expect(rows).toHaveLength(3);
    expect(urls[0]!.pathname).toBe("/v3/asset/token/history");
  });
});

describe("kline history walk", () => {
  const MIN = 60_000;
  const T0 = 1_751_600_000_000;
  // 10 one-minute klines, T0 .. T0+9m; `before`/`after` exclude the cursor, newest first (the spec's rules).
  const klines = Array.from({ length: 10 }, (_, i) => ({
    symbol: "SPOT_BTC_USDT",
    type: "1m",
    open: "1",
    close: "1",
    high: "1",
    low: "1",
    volume: "0",
    amount: "0",
    startTimestamp: T0 + i * MIN,
    endTimestamp: T0 + (i + 1) * MIN,
  }));
  const serve = (u: URL) => {
    const before = u.searchParams.get("before");
    const limit = num(u, "limit", 100);
    const rows = klines
      .filter((k) => before === null || k.startTimestamp < Number(before))
      .reverse()
      .slice(0, limit);
    return { rows };
  };

  it("moves the before cursor back page by page and yields each kline once", async () => {
    const { client, urls } = setup(serve);
    const rows = await collect(client.market.iterateKlines({ symbol: "SPOT_BTC_USDT", type: "1m", limit: 4 }));
    expect(rows.map((r) => (Number(r.startTimestamp) - T0) / MIN)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(urls.map((u) => u.searchParams.get("before"))).toEqual([null, String(T0 + 6 * MIN), String(T0 + 2 * MIN)]);
  });

  it("stops at `after` without sending it, and on an exact multiple with one empty page", async () => {
    const { client, urls } = setup(serve);
    const rows = await collect(
      client.market.iterateKlines({ symbol: "SPOT_BTC_USDT", type: "1m", limit: 5, after: T0 + 4 * MIN }),
    );
    expect(rows.map((r) => (Number(r.startTimestamp) - T0) / MIN)).toEqual([9, 8, 7, 6, 5]);
    expect(urls.every((u) => !u.searchParams.has("after"))).toBe(true);
    const all = setup(serve);
    await collect(all.client.market.iterateKlines({ symbol: "SPOT_BTC_USDT", type: "1m", limit: 5 }));
    expect(all.urls).toHaveLength(3);
  });
});
