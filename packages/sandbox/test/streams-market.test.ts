import { afterEach, describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers.js";
import { frameProblems, StreamClient, type Frame } from "./stream-helpers.js";

// Public topics against the engine: what is pushed is what REST shows at the same moment, the order book
// deltas chain from a REST snapshot (the official recipe), and a fill is a public trade.
describe("public streams", () => {
  let h: Harness;
  let c: StreamClient;
  const start = async (streams = {}) => {
    h = await harness({ streams });
    c = await StreamClient.open(`${h.sandbox.streamsUrl}/v3/public`);
  };
  afterEach(async () => {
    expect(c.problems).toEqual([]);
    c.close();
    await h.stop();
  });

  const snapshot = async (symbol: string, maxLevel: number) => {
    const { data } = await h.client.GET("/v3/public/orderbook", { params: { query: { symbol, maxLevel } } });
    return data!;
  };
  type Level = { price: string | number; quantity: string | number };
  const asMap = (levels: Level[]) => new Map(levels.map((l) => [String(l.price), String(l.quantity)]));

  it("chains orderbookupdate deltas from a REST snapshot to a later one", async () => {
    await start();
    const symbol = "PERP_BTC_USDT";
    const topic = `orderbookupdate@${symbol}@50`;
    expect((await c.command("SUBSCRIBE", [topic])).data).toEqual([topic]);
    const first = await snapshot(symbol, 50);

    await h.client.orders.place({ symbol, side: "BUY", type: "LIMIT", price: "59990", quantity: "0.5" });
    h.sandbox.setPrice(symbol, "60100");
    await h.client.orders.place({ symbol, side: "SELL", type: "LIMIT", price: "60250", quantity: "0.3" });
    await new Promise((r) => setTimeout(r, 120));
    h.sandbox.setPrice(symbol, "60030");
    const last = await snapshot(symbol, 50);
    await c.next((f) => f.json.topic === topic && (f.json.data as { ts: number }).ts === Number(last.timestamp));

    // The recipe: start at the delta whose prevTs is the snapshot's timestamp; each next prevTs = last ts.
    const deltas = c
      .pushes(topic)
      .map((f: Frame) => f.json.data as { prevTs: number; ts: number; asks: string[][]; bids: string[][] });
    const start0 = deltas.findIndex((d) => Number(d.prevTs) === Number(first.timestamp));
    expect(start0).toBeGreaterThanOrEqual(0);
    const asks = asMap(first.data.asks);
    const bids = asMap(first.data.bids);
    let ts = Number(first.timestamp);
    for (const d of deltas.slice(start0)) {
      expect(Number(d.prevTs)).toBe(ts);
      for (const [side, levels] of [
        [asks, d.asks],
        [bids, d.bids],
      ] as const)
        for (const [p, q] of levels)
          if (q === "0") side.delete(p!);
          else side.set(p!, q!);
      ts = Number(d.ts);
      if (ts === Number(last.timestamp)) break;
    }
    expect(ts).toBe(Number(last.timestamp));
    expect(asks).toEqual(asMap(last.data.asks));
    expect(bids).toEqual(asMap(last.data.bids));
    expect(asks.size).toBe(50);
    expect(bids.get("59990")).toBeDefined();
  });

  it("pushes a fill as a trade, then a ticker and a bbo at the new price", async () => {
    await start();
    const symbol = "PERP_ETH_USDT";
    await c.command("SUBSCRIBE", [`trade@${symbol}`, `ticker@${symbol}`, `bbo@${symbol}`]);
    await h.client.orders.place({ symbol, side: "BUY", type: "LIMIT", price: "2990", quantity: "0.1" });
    const from = c.frames.length;
    h.sandbox.setPrice(symbol, "2990");

    const trade = await c.next((f) => f.json.topic === `trade@${symbol}`);
    const rest = (await h.client.market.trades({ symbol, limit: 1 })).rows[0]!;
    // A resting BUY was filled, so the taker sold.
    expect(trade.json.data).toMatchObject({ s: symbol, px: rest.executedPrice, sx: rest.executedQuantity, sd: "SELL" });
    expect(Number((trade.json.data as { ts: number }).ts)).toBe(Number(rest.executedTimestamp));

    // Pushes built before the move may still be in flight: wait for the ones that show it.
    const ticker = await c.next(
      (f) => f.json.topic === `ticker@${symbol}` && (f.json.data as { c: string }).c === "2990",
      3000,
      from,
    );
    const futures = (await h.client.market.futures({ symbol })).rows[0]!;
    expect(ticker.json.data).toMatchObject({ s: symbol, o: futures["24hOpen"], h: futures["24hHigh"] });

    const top = await snapshot(symbol, 1);
    const touch = {
      ap: String(top.data.asks[0]!.price),
      aq: String(top.data.asks[0]!.quantity),
      bp: String(top.data.bids[0]!.price),
      bq: String(top.data.bids[0]!.quantity),
    };
    expect(Number(touch.bp)).toBeLessThan(2990);
    await c.next(
      (f) => f.json.topic === `bbo@${symbol}` && (f.json.data as { bp: string }).bp === touch.bp,
      3000,
      from,
    );
    const bbo = c.pushes(`bbo@${symbol}`).at(-1)!;
    expect(bbo.json.data).toMatchObject(touch);
  });

  it("pushes orderbook10, candles, mark, index, funding and open interest as REST shows them", async () => {
    await start({ pushIntervalMs: { estfundingrate: 100, orderbook10: 50 } });
    await h.client.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.2" });
    const topics = [
      "orderbook10@PERP_BTC_USDT",
      "kline@PERP_BTC_USDT@1h",
      "markprice@PERP_BTC_USDT",
      "indexprice@SPOT_BTC_USDT",
      "estfundingrate@PERP_BTC_USDT",
      "openinterest@PERP_BTC_USDT",
    ];
    expect((await c.command("SUBSCRIBE", topics)).data).toEqual(topics);
    const got = new Map<string, Frame>();
    for (const t of topics) got.set(t, await c.next((f) => f.json.topic === t, 3000));

    const f = (await h.client.market.futures({ symbol: "PERP_BTC_USDT" })).rows[0]!;
    expect(got.get("markprice@PERP_BTC_USDT")!.json.data).toMatchObject({ s: "PERP_BTC_USDT", px: f.markPrice });
    expect(got.get("indexprice@SPOT_BTC_USDT")!.json.data).toMatchObject({ s: "SPOT_BTC_USDT", px: f.indexPrice });
    expect(got.get("estfundingrate@PERP_BTC_USDT")!.json.data).toMatchObject({ r: f.estFundingRate });
    expect(Number((got.get("estfundingrate@PERP_BTC_USDT")!.json.data as { ft: number }).ft)).toBe(
      Number(f.nextFundingTime),
    );
    expect(got.get("openinterest@PERP_BTC_USDT")!.json.data).toMatchObject({ oi: "0.2" });
    expect(f.openInterest).toBe("0.2");

    const candle = (await h.client.market.kline({ symbol: "PERP_BTC_USDT", type: "1h", limit: 1 })).rows[0]!;
    expect(got.get("kline@PERP_BTC_USDT@1h")!.json.data).toMatchObject({
      t: "1h",
      o: candle.open,
      c: candle.close,
      h: candle.high,
      l: candle.low,
      v: candle.volume,
      a: candle.amount,
    });

    const book = await snapshot("PERP_BTC_USDT", 10);
    const ten = await c.next((x) => x.json.topic === "orderbook10@PERP_BTC_USDT", 3000, c.frames.length);
    const data = ten.json.data as { asks: string[][]; bids: string[][] };
    expect(data.asks).toEqual(book.data.asks.map((l: Level) => [String(l.price), String(l.quantity)]));
    expect(data.bids).toEqual(book.data.bids.map((l: Level) => [String(l.price), String(l.quantity)]));
  });

  it("anchors a snapshot taken while nothing changed with an empty delta", async () => {
    await start();
    const topic = "orderbookupdate@SPOT_BTC_USDT@200";
    await c.command("SUBSCRIBE", [topic]);
    await new Promise((r) => setTimeout(r, 20));
    const snap = await snapshot("SPOT_BTC_USDT", 200);
    const d = await c.next((f) => f.json.topic === topic);
    expect(d.json.data).toMatchObject({ ts: Number(snap.timestamp), asks: [], bids: [] });
  });

  it("pushes a candle's final state when the clock passes its end, then the next candle", async () => {
    await start();
    const topic = "kline@PERP_ETH_USDT@1m";
    await c.command("SUBSCRIBE", [topic]);
    const first = (await c.next((f) => f.json.topic === topic, 3000)).json.data as { st: number; et: number };
    h.sandbox.advanceClock(60_000);
    const next = await c.next(
      (f) => f.json.topic === topic && Number((f.json.data as { st: number }).st) !== Number(first.st),
      3000,
    );
    const all = c.pushes(topic).map((f) => f.json.data as { st: number; ts: number });
    const closing = all[all.indexOf(next.json.data as { st: number; ts: number }) - 1]!;
    expect(Number(closing.st)).toBe(Number(first.st));
    expect(Number(closing.ts)).toBeGreaterThanOrEqual(Number(first.et));
    expect(Number((next.json.data as { st: number }).st)).toBe(Number(first.et));
  });

  it("stops pushing a topic after UN_SUBSCRIBE", async () => {
    await start();
    await c.command("SUBSCRIBE", ["trade@PERP_BTC_USDT"]);
    await c.command("UN_SUBSCRIBE", ["trade@PERP_BTC_USDT"]);
    await h.client.orders.place({ symbol: "PERP_BTC_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    await c.command("SUBSCRIBE", ["trade@PERP_ETH_USDT"]);
    await h.client.orders.place({ symbol: "PERP_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.01" });
    await c.next((f) => f.json.topic === "trade@PERP_ETH_USDT");
    expect(c.pushes("trade@PERP_BTC_USDT")).toEqual([]);
  });

  it("checks frames with a validator that refuses a wrong one", async () => {
    await start();
    const ok = JSON.stringify({
      topic: "bbo@PERP_BTC_USDT",
      ts: 1,
      data: { s: "PERP_BTC_USDT", ap: "1", aq: "1", bp: "1", bq: "1", ts: 1 },
    });
    expect(frameProblems(ok)).toEqual([]);
    expect(frameProblems(ok.replace('"ap":"1",', ""))).not.toEqual([]);
    expect(frameProblems(JSON.stringify({ id: "1", cmd: "SUBSCRIBE", success: true, time: 1, data: "x" }))).not.toEqual(
      [],
    );
  });
});
