import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { withStreams, type OrderBook, type StreamEvent, type StreamItem, type WithStreams } from "@woox-sdk/streams";
import type { AlgoOrderRequest } from "@woox-sdk/types";
import type { Topic } from "@woox-sdk/types/streams";
import { afterEach, describe, expect, it } from "vitest";

// The built stream client against the built sandbox on loopback: nothing scripted. Orders go in over
// REST, prices move through the sandbox, and what the sockets report must join what REST answered.

let sandbox: Sandbox | undefined;
let woox: WithStreams<WooxClient> | undefined;
afterEach(async () => {
  woox?.stream.close();
  await sandbox?.stop();
  woox = sandbox = undefined;
});

async function start(options: Parameters<typeof startSandbox>[0] = {}, onEvent: (e: StreamEvent) => void = () => {}) {
  sandbox = await startSandbox({
    port: 0,
    streams: { pushIntervalMs: { orderbookupdate: 20 } },
    // Ids above 2^53: a report that rounded an id would not join its REST answer.
    firstAlgoOrderId: 9_007_199_254_740_993n,
    ...options,
  });
  woox = withStreams(createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url }), {
    onEvent,
  });
  return { sandbox, woox };
}

/** Reads a subscription in the background into `items`. */
function drain<T extends Topic>(sub: AsyncIterable<StreamItem<T>>) {
  const items: StreamItem<T>[] = [];
  const done = (async () => {
    for await (const item of sub) items.push(item);
  })();
  done.catch(() => undefined);
  return { items, done };
}

/** Keeps the latest book of a book stream. */
function follow(books: AsyncIterable<OrderBook>) {
  const state: { latest?: OrderBook; count: number } = { count: 0 };
  void (async () => {
    for await (const b of books) {
      state.latest = b;
      state.count++;
    }
  })().catch(() => undefined);
  return state;
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The REST book, levels as `[price, size]` strings like the maintained book. */
async function restBook(client: WooxClient, symbol: string, maxLevel = 50) {
  const r = await client.GET("/v3/public/orderbook", { params: { query: { symbol, maxLevel } } });
  if (r.error) throw r.error;
  const levels = (ls: readonly { price: unknown; quantity: unknown }[]) =>
    ls.map((l) => [String(l.price), String(l.quantity)]);
  return { asks: levels(r.data.data.asks), bids: levels(r.data.data.bids) };
}

const sameBook = async (client: WooxClient, book: OrderBook | undefined) => {
  if (!book) return false;
  const rest = await restBook(client, book.symbol);
  return (
    JSON.stringify(rest) === JSON.stringify({ asks: book.asks.map((l) => [...l]), bids: book.bids.map((l) => [...l]) })
  );
};

const TP = { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", reduceOnly: true } as const;
const SL = { algoType: "STOP_LOSS", type: "CLOSE_POSITION", reduceOnly: true } as const;

/** One order per algo type (the bodies of apps/algo-cli's demo), each with its own clientAlgoOrderId. */
const ORDERS: AlgoOrderRequest[] = [
  { symbol: "PERP_BTC_USDT", algoType: "STOP", side: "BUY", type: "MARKET", quantity: "0.01", triggerPrice: "61000" },
  {
    symbol: "PERP_BTC_USDT",
    algoType: "POSITIONAL_TP_SL",
    side: "SELL",
    childOrders: [
      { ...TP, side: "SELL", triggerPrice: "62000" },
      { ...SL, side: "SELL", triggerPrice: "59000" },
    ],
  },
  {
    symbol: "PERP_ETH_USDT",
    algoType: "OCO",
    side: "BUY",
    type: "LIMIT",
    price: "2900",
    quantity: "0.1",
    childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "3100" }],
  },
  {
    symbol: "SPOT_ETH_USDT",
    algoType: "TRAILING_STOP",
    side: "SELL",
    type: "MARKET",
    quantity: "0.1",
    activatedPrice: "3050",
    callbackRate: "0.01",
  },
  {
    symbol: "SPOT_BTC_USDT",
    algoType: "TP_SL",
    side: "SELL",
    quantity: "0.001",
    childOrders: [
      { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "62000" },
      { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "58000" },
    ],
  },
  {
    symbol: "SPOT_BAL_USDT",
    algoType: "BRACKET",
    side: "BUY",
    type: "LIMIT",
    price: "69",
    quantity: "1",
    childOrders: [
      {
        algoType: "POSITIONAL_TP_SL",
        childOrders: [
          { ...TP, side: "SELL", triggerPrice: "76" },
          { ...SL, side: "SELL", triggerPrice: "50" },
        ],
      },
    ],
  },
  {
    symbol: "SPOT_WOO_USDT",
    algoType: "STOP_BRACKET",
    side: "BUY",
    type: "MARKET",
    quantity: "100",
    triggerPrice: "0.21",
    childOrders: [
      {
        algoType: "TP_SL",
        childOrders: [
          { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "0.25" },
          { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "0.18" },
        ],
      },
    ],
  },
].map((o, i) => ({ ...o, clientAlgoOrderId: 700 + i }) as AlgoOrderRequest);

/** Price moves that walk every order above through its trigger (as the demo does). */
const MOVES: [string, string][] = [
  ["PERP_BTC_USDT", "61000"],
  ["PERP_BTC_USDT", "62000"],
  ["PERP_ETH_USDT", "3100"],
  ["SPOT_ETH_USDT", "3050"],
  ["SPOT_ETH_USDT", "3200"],
  ["SPOT_ETH_USDT", "3160"],
  ["SPOT_BTC_USDT", "62000"],
  ["SPOT_BAL_USDT", "69"],
  ["SPOT_BAL_USDT", "76"],
  ["SPOT_WOO_USDT", "0.21"],
  ["SPOT_WOO_USDT", "0.18"],
];

type Node = Record<string, unknown>;
const big = (v: unknown) => BigInt(v as number | bigint | string);

describe("the built stream client against the built sandbox", () => {
  it("reports the trigger and fill of each of the seven algo types with the REST ids, and keeps the book", async () => {
    const { sandbox, woox } = await start();
    const priv = woox.stream.private();
    const algo = priv.subscribe("algoexecutionreport");
    const exec = priv.subscribe("executionreport");
    const balance = priv.subscribe("balance");
    const position = priv.subscribe("position");
    const trades = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
    await Promise.all([algo.ready, exec.ready, balance.ready, position.ready, trades.ready]);
    const reports = { algo: drain(algo), exec: drain(exec), balance: drain(balance), position: drain(position) };
    const tradeItems = drain(trades);
    const book = follow(woox.stream.orderBook("PERP_BTC_USDT", { depth: 50 }));
    await until("the first book", () => book.count > 0);

    // Placed over REST: the answer's rows carry every node's algoOrderId (the parent last).
    const placed: { body: AlgoOrderRequest; ids: bigint[]; root: bigint }[] = [];
    for (const body of ORDERS) {
      const r = await woox.POST("/v3/trade/algoOrder", { body });
      if (r.error) throw r.error;
      const ids = r.data.data.rows.map((row) => big(row.algoOrderId ?? row.orderId));
      placed.push({ body, ids, root: ids.at(-1)! });
    }
    for (const [symbol, price] of MOVES) sandbox.setPrice(symbol, price);

    const nodes = () => reports.algo.items.flatMap((i) => (i.type === "gap" ? [] : (i.data as unknown as Node[])));
    const rootsFilled = () => placed.every((p) => nodes().some((n) => big(n.aid) === p.root && n.ss === "FILLED"));
    await until("every root algo order's FILLED report", rootsFilled);
    for (const r of Object.values(reports)) expect(r.items.filter((i) => i.type === "gap")).toEqual([]);

    for (const p of placed) {
      const final = await woox.algoOrders.get({ algoOrderId: p.root });
      expect(final.algoStatus).toBe("FILLED");
      const mine = nodes().filter((n) => big(n.raid) === p.root || big(n.aid) === p.root);
      // Every node the placement answered was reported under the same id.
      for (const id of p.ids)
        expect(
          mine.some((n) => big(n.aid) === id),
          `${p.body.algoType} #${id}`,
        ).toBe(true);
      const rootReports = mine.filter((n) => big(n.aid) === p.root);
      for (const n of rootReports) {
        expect(n.at).toBe(p.body.algoType);
        expect(n.s).toBe(p.body.symbol);
        expect(big(n.caid)).toBe(BigInt(p.body.clientAlgoOrderId!));
      }
      // Triggered (some node of the tree reports a successful trigger) and filled.
      expect(
        mine.some((n) => n.tss === "SUCCESS"),
        `${p.body.algoType} triggered`,
      ).toBe(true);
      expect(rootReports.at(-1)!.ss).toBe("FILLED");
      // Every node REST now shows filled, or triggered, had that report pushed under its REST id.
      const walk = (o: typeof final): (typeof final)[] => [o, ...(o.childOrders ?? []).flatMap(walk)];
      for (const o of walk(final)) {
        const of = mine.filter((n) => big(n.aid) === big(o.algoOrderId));
        if (o.algoStatus === "FILLED")
          expect(
            of.map((n) => n.ss),
            `#${o.algoOrderId} filled`,
          ).toContain("FILLED");
        if (o.triggerStatus === "SUCCESS")
          expect(
            of.map((n) => n.tss),
            `#${o.algoOrderId} triggered`,
          ).toContain("SUCCESS");
      }
    }

    // Fills: each executionreport fill is a REST trade (same trade id, order id, price and size).
    const restTrades = new Map<bigint, { orderId: unknown; executedPrice?: unknown; executedQuantity?: unknown }>();
    for (const symbol of new Set(ORDERS.map((o) => o.symbol)))
      for (const t of (await woox.orders.trades({ symbol })).rows) restTrades.set(big(t.id), t);
    const fills = reports.exec.items
      .flatMap((i) => (i.type === "gap" ? [] : [i.data as unknown as Node]))
      .filter((d) => d.tid);
    expect(fills.length).toBe(restTrades.size);
    // An algo fill is booked under the algo order's id: a node of one of the trees placed above.
    const roots = new Set(placed.map((p) => p.root));
    const treeIds = new Set(
      nodes()
        .filter((n) => roots.has(big(n.raid)))
        .map((n) => big(n.aid)),
    );
    for (const f of fills) {
      const t = restTrades.get(big(f.tid))!;
      expect(t, `trade ${String(f.tid)}`).toBeDefined();
      expect(big(f.oid)).toBe(big(t.orderId));
      expect(treeIds.has(big(f.oid)), `oid ${String(f.oid)}`).toBe(true);
      expect([f.epx, f.esx]).toEqual([String(t.executedPrice), String(t.executedQuantity)]);
    }

    // Balances and positions: the last push of each equals what REST shows now.
    await until(
      "balance and position pushes",
      () => reports.balance.items.length > 0 && reports.position.items.length > 0,
    );
    await new Promise((r) => setTimeout(r, 200));
    const lastOf = <T>(items: StreamItem<Topic>[], pick: (d: never) => T[], key: (x: T) => string) => {
      const out = new Map<string, T>();
      for (const i of items) if (i.type !== "gap") for (const x of pick(i.data as never)) out.set(key(x), x);
      return out;
    };
    const pushedBalances = lastOf(
      reports.balance.items,
      (d: { balances: { t: string; h: string }[] }) => d.balances,
      (b) => b.t,
    );
    const restBalances = await woox.GET("/v3/asset/balances", {});
    for (const row of restBalances.data!.data.holding)
      if (pushedBalances.has(row.token)) expect(pushedBalances.get(row.token)!.h).toBe(String(row.holding));
    expect([...pushedBalances.keys()]).toEqual(expect.arrayContaining(["USDT", "BTC", "ETH", "BAL", "WOO"]));
    const pushedPositions = lastOf(
      reports.position.items,
      (d: { positions: { s: string; h: string }[] }) => d.positions,
      (p) => p.s,
    );
    expect(pushedPositions.get("PERP_BTC_USDT")!.h).toBe("0");
    const restPositions = await woox.GET("/v3/futures/positions", {});
    for (const p of restPositions.data!.data.positions)
      if (pushedPositions.has(p.symbol)) expect(pushedPositions.get(p.symbol)!.h).toBe(String(p.holding));

    // Public trades of PERP_BTC_USDT: the fills at 61000 and 62000.
    await until("public trades", () => tradeItems.items.length >= 2);
    const prices = tradeItems.items.map((i) => (i.type === "gap" ? "gap" : i.data.px));
    expect(prices).toEqual(expect.arrayContaining(["61000", "62000"]));

    // The maintained book follows the moves and equals the REST book.
    await until("the maintained book to equal GET /v3/public/orderbook", () => sameBook(woox, book.latest));
    expect(Number(book.latest!.bids[0]![0])).toBeLessThan(62000);
    expect(Number(book.latest!.asks[0]![0])).toBeGreaterThan(62000);
  });

  it("reconnects after the server drops both sockets mid-stream, resubscribes, reports the gap and goes on", async () => {
    const events: StreamEvent[] = [];
    const { sandbox, woox } = await start({}, (e) => events.push(e));
    const trades = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
    const exec = woox.stream.private().subscribe("executionreport");
    await Promise.all([trades.ready, exec.ready]);
    const t = drain(trades);
    const x = drain(exec);
    const buy = async () => {
      const r = await woox.POST("/v3/trade/order", {
        body: { symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" },
      });
      if (r.error) throw r.error;
      return big(r.data.data.orderId);
    };
    const pushes = <T extends Topic>(items: StreamItem<T>[]) => items.filter((i) => i.type !== "gap");

    await buy();
    await until("the first fill on both sockets", () => pushes(t.items).length > 0 && pushes(x.items).length > 0);
    const before = { trade: pushes(t.items).length, exec: pushes(x.items).length };

    // The next push on each socket drops it instead (no close frame), as a network failure would.
    sandbox.faults.configure({ streams: { drop: 1 } });
    await buy();
    await until(
      "both sockets closed",
      () => new Set(events.filter((e) => e.type === "close").map((e) => e.socket)).size === 2,
    );
    sandbox.faults.configure({});
    await until("both topics to report the gap", () =>
      [t.items, x.items].every((items) => items.some((i) => i.type === "gap")),
    );
    for (const items of [t.items, x.items] as StreamItem<Topic>[][]) {
      const gaps = items.filter((i) => i.type === "gap");
      expect(gaps).toHaveLength(1);
      expect(gaps[0]).toMatchObject({ reason: "reconnect" });
      expect(gaps[0]!.to).toBeGreaterThanOrEqual(gaps[0]!.from!);
    }
    // The dropped pushes are lost (the gap says so); nothing arrived twice.
    expect(pushes(t.items)).toHaveLength(before.trade);
    expect(pushes(x.items)).toHaveLength(before.exec);
    expect(
      events
        .filter((e) => e.type === "open")
        .map((e) => e.type === "open" && e.socket)
        .sort(),
    ).toEqual(["private", "private", "public", "public"]);

    // Resubscribed: the next fill arrives on both sockets, after the gap.
    const third = await buy();
    await until(
      "pushes after the reconnect",
      () => pushes(t.items).length > before.trade && pushes(x.items).length > before.exec,
    );
    const last = x.items.at(-1)!;
    if (last.type === "gap") throw new Error("expected a report");
    expect(big(last.data.oid)).toBe(third);
    expect(t.items.at(-1)).toMatchObject({ data: { s: "PERP_BTC_USDT", sd: "BUY" } });
  });
});
