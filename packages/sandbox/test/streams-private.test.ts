import type { AlgoOrderRequest } from "@woox-sdk/types";
import { afterEach, describe, expect, it } from "vitest";
import type { Json } from "../src/json.js";
import { clientFor, harness, type Harness } from "./helpers.js";
import { StreamClient, type Frame } from "./stream-helpers.js";

// The private socket of an account: opened with a listen key from REST, it carries that account's order
// and algo order reports, balances, positions and account figures, with the ids REST answered. Algo ids
// start above 2^53 here, so a rounded id would fail the comparisons.
type Data = Record<string, Json>;
const FIRST_ALGO_ID = 9_007_199_254_740_993n;
/** A node's status and trigger status, e.g. "NEW USELESS". */
const status = (n: Data) => `${n.ss as string} ${n.tss as string}`;
const PRIVATE = ["executionreport", "algoexecutionreport", "balance", "position", "account"];

describe("private streams", () => {
  let h: Harness;
  const clients: StreamClient[] = [];
  afterEach(async () => {
    for (const c of clients) {
      expect(c.problems).toEqual([]);
      c.close();
    }
    clients.length = 0;
    await h.stop();
  });

  const listenKey = async (client = h.client) => {
    const r = await client.POST("/v3/account/listenKey", { body: { type: "WEBSOCKET" } });
    if (r.error) throw r.error;
    return r.data.data.authKey;
  };
  const openPrivate = async (key: string) => {
    const c = await StreamClient.open(`${h.sandbox.streamsUrl}/v3/private?key=${key}`);
    clients.push(c);
    expect((await c.command("SUBSCRIBE", PRIVATE)).data).toEqual(PRIVATE);
    return c;
  };
  const placeAlgo = async (body: AlgoOrderRequest) => {
    const r = await h.client.POST("/v3/trade/algoOrder", { body });
    if (r.error) throw r.error;
    return r.data.data.rows;
  };
  const moveTo = async (symbol: string, price: string) => {
    const res = await fetch(`${h.sandbox.url}/sandbox/price`, {
      method: "POST",
      body: JSON.stringify({ symbol, price }),
    });
    expect(res.status).toBe(200);
  };
  const algoRows = (c: StreamClient, aid: bigint | number) =>
    c
      .pushes("algoexecutionreport")
      .flatMap((f: Frame) => f.json.data as Data[])
      .filter((n) => BigInt(n.aid as number) === BigInt(aid));

  it("opens with a listen key only while it is the account's current one", async () => {
    h = await harness();
    const first = await listenKey();
    await openPrivate(first);
    const second = await listenKey();
    await expect(StreamClient.open(`${h.sandbox.streamsUrl}/v3/private?key=${first}`)).rejects.toMatchObject({
      status: 401,
    });
    await openPrivate(second);
    h.sandbox.advanceClock(24 * 3_600_000);
    await expect(StreamClient.open(`${h.sandbox.streamsUrl}/v3/private?key=${second}`)).rejects.toMatchObject({
      status: 401,
    });
    // Private topics are not served on the public socket.
    const pub = await StreamClient.open(`${h.sandbox.streamsUrl}/v3/public`);
    clients.push(pub);
    expect((await pub.command("SUBSCRIBE", PRIVATE)).data).toEqual([]);
  });

  it("reports a STOP from placement through trigger and fill, with the fill's executionreport, balance and position", async () => {
    h = await harness({ firstAlgoOrderId: FIRST_ALGO_ID });
    const c = await openPrivate(await listenKey());
    const [row] = await placeAlgo({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.1",
      triggerPrice: "61000",
      clientAlgoOrderId: 77,
    });
    const aid = BigInt(row.algoOrderId!);
    expect(aid).toBe(FIRST_ALGO_ID);
    await c.next((f) => f.json.topic === "algoexecutionreport");
    expect(algoRows(c, aid)[0]).toMatchObject({
      ss: "NEW",
      at: "STOP",
      tss: "USELESS",
      caid: 77,
      trp: "61000",
      sx: "0.1",
    });

    await moveTo("PERP_BTC_USDT", "61000");
    await c.next((f) => f.json.topic === "position");
    const rows = algoRows(c, aid);
    expect(rows.map(status)).toEqual(["NEW USELESS", "NEW SUCCESS", "FILLED SUCCESS"]);
    expect(rows[1]).toMatchObject({ tpx: "61000", tid: 0 });
    const trade = (await h.client.orders.trades({ symbol: "PERP_BTC_USDT" })).rows[0]!;
    expect(rows[2]).toMatchObject({ epx: "61000", esx: "0.1", tesx: "0.1", aepx: "61000", f: trade.fee });
    expect(BigInt(rows[2]!.tid as number)).toBe(BigInt(trade.id));
    expect(Number(rows[2]!.tt)).toBeGreaterThan(0);
    for (const n of rows) expect([n.raid, n.paid]).toEqual([aid, 0]);

    const er = c.pushes("executionreport").map((f) => f.json.data as Data);
    expect(er).toHaveLength(1);
    expect(er[0]).toMatchObject({
      s: "PERP_BTC_USDT",
      cid: 77,
      ss: "FILLED",
      sd: "BUY",
      esx: "0.1",
      epx: "61000",
      mk: false,
    });
    expect(BigInt(er[0]!.oid as number)).toBe(aid);
    expect(BigInt(trade.orderId)).toBe(aid);

    const usdt = (await h.client.account.balances({ token: "USDT" })).holding[0]!;
    const balance = c.pushes("balance").at(-1)!.json.data as { balances: Data[] };
    expect(balance.balances).toEqual([expect.objectContaining({ t: "USDT", h: usdt.holding, f: usdt.frozen })]);
    const pos = (await h.client.account.positions({ symbol: "PERP_BTC_USDT" })).positions[0]!;
    const position = c.pushes("position").at(-1)!.json.data as { positions: Data[] };
    expect(position.positions).toEqual([
      expect.objectContaining({ s: "PERP_BTC_USDT", h: pos.holding, aop: pos.averageOpenPrice, ps: "BOTH", ver: 1 }),
    ]);
    const info = await h.client.account.info();
    const account = await c.next(
      (f) => f.json.topic === "account" && (f.json.data as Data).tc === info.totalCollateral,
    );
    expect(account.json.data).toMatchObject({
      P: info.positionMode,
      fc: info.freeCollateral,
      v: info.totalAccountValue,
    });
  });

  it("pushes a bracket as one tree, then its take-profit leg's trigger and fill and the cancelled stop-loss", async () => {
    h = await harness({ firstAlgoOrderId: FIRST_ALGO_ID });
    const c = await openPrivate(await listenKey());
    const rows = await placeAlgo({
      symbol: "PERP_ETH_USDT",
      algoType: "BRACKET",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
      childOrders: [
        {
          algoType: "POSITIONAL_TP_SL",
          childOrders: [
            { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "3100" },
            { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "2900" },
          ],
        },
      ],
    });
    const ids = rows.map((r) => BigInt((r.algoOrderId ?? r.orderId)!));
    const [tp, sl, container, root] = ids as [bigint, bigint, bigint, bigint];
    const tree = await c.next((f) => f.json.topic === "algoexecutionreport");
    expect((tree.json.data as Data[]).map((n) => BigInt(n.aid as number))).toEqual([root, container, tp, sl]);
    expect((tree.json.data as Data[]).map((n) => BigInt(n.paid as number))).toEqual([0n, root, container, container]);

    await moveTo("PERP_ETH_USDT", "3100");
    await c.next((f) => f.json.topic === "position" && (f.json.data as { positions: Data[] }).positions[0]!.h === "0");
    expect(algoRows(c, tp).map(status).slice(-2)).toEqual(["NEW SUCCESS", "FILLED SUCCESS"]);
    expect(algoRows(c, sl).at(-1)).toMatchObject({ ss: "CANCELLED" });
    expect(algoRows(c, container).at(-1)).toMatchObject({ ss: "FILLED" });
    const fills = c.pushes("executionreport").map((f) => f.json.data as Data);
    expect(fills.map((d) => [BigInt(d.oid as number), d.sd, d.esx])).toEqual([
      [root, "BUY", "1"],
      [tp, "SELL", "1"],
    ]);
    const rest = (await h.client.algoOrders.get({ algoOrderId: root })).childOrders![0]!.childOrders!;
    expect(rest.map((n) => n.algoStatus)).toEqual(["FILLED", "CANCELLED"]);
  });

  it("reports ordinary orders from NEW to FILLED with the REST ids, to that account's sockets only", async () => {
    h = await harness();
    const c = await openPrivate(await listenKey());
    const other = clientFor(h.sandbox, h.sandbox.addAccount());
    const d = await openPrivate(await listenKey(other));
    const placed = await h.client.orders.place({
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      type: "LIMIT",
      price: "2990",
      quantity: "0.5",
      clientOrderId: 9_007_199_254_740_995n,
    });
    await c.next((f) => f.json.topic === "balance");
    h.sandbox.setPrice("SPOT_ETH_USDT", "2990", "0.2");
    h.sandbox.setPrice("SPOT_ETH_USDT", "2980");
    await c.next((f) => f.json.topic === "executionreport" && (f.json.data as Data).ss === "FILLED");
    const reports = c.pushes("executionreport").map((f) => f.json.data as Data);
    expect(reports.map((r) => [r.ss, r.esx, r.tesx])).toEqual([
      ["NEW", "0", "0"],
      ["PARTIAL_FILLED", "0.2", "0.2"],
      ["FILLED", "0.3", "0.5"],
    ]);
    for (const r of reports) {
      expect(BigInt(r.oid as number)).toBe(BigInt(placed.orderId));
      expect(BigInt(r.cid as number)).toBe(9_007_199_254_740_995n);
    }
    expect(reports[1]).toMatchObject({ mk: true, epx: "2990", t: "LIMIT", sd: "BUY" });
    // Placing froze USDT: the balance push says so, as REST does.
    const frozenPush = (c.pushes("balance")[0]!.json.data as { balances: Data[] }).balances.find(
      (b) => b.t === "USDT",
    )!;
    expect(frozenPush.f).toBe("1495");
    const eth = (await h.client.account.balances({ token: "ETH" })).holding[0]!;
    const last = c.pushes("balance").at(-1)!.json.data as { balances: Data[] };
    expect(last.balances.find((b) => b.t === "ETH")).toMatchObject({ h: eth.holding });
    expect(d.frames.filter((f) => f.json.topic !== undefined)).toEqual([]);
  });
});
