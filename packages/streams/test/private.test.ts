import { createSigner, stringToSign } from "@woox-sdk/client";
import { afterEach, describe, expect, it } from "vitest";
import { readListenKey, type GapItem } from "../src/index.js";
import { sent, startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";
import { connect, fakeFetch } from "./helpers.js";

let server: ScriptedServer;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) c();
  await server?.close();
});
function open(options: Parameters<typeof connect>[1] = {}) {
  const c = connect(server, options);
  closers.push(() => c.woox.stream.close());
  return c;
}

describe("private socket", () => {
  it("connects with the listen key, and keeps 64-bit ids of execution reports exact", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const sub = woox.stream.private().subscribe("executionreport");
    await sub.ready;
    expect(server.last().path).toBe("/v3/private?key=k1");
    // 2^63 - 1 and 2^53 + 1 cannot be doubles; cid arrives as a digit string in some captures.
    server
      .last()
      .send(
        '{"topic":"executionreport","ts":1790000100050,"data":{"mt":0,"s":"PERP_ETH_USDT","cid":"9007199254740993","oid":9223372036854775807,"t":"LIMIT","sd":"BUY","ss":"NEW","ts":1790000100049}}',
      );
    const item = (await sub.next()).value!;
    if (item.type === "gap") throw new Error("unexpected gap");
    expect(item.data).toMatchObject({ oid: 9223372036854775807n, cid: 9007199254740993n, ts: 1790000100049 });
    expect(typeof item.ts).toBe("number");
  });

  it("keeps the ids of algo execution reports exact, so they join what REST returned", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const sub = woox.stream.private().subscribe("algoexecutionreport");
    await sub.ready;
    server
      .last()
      .send(
        '{"topic":"algoexecutionreport","ts":1,"data":[{"s":"PERP_BTC_USDT","raid":18446744073709,"paid":0,"aid":1234567890123456789,"caid":"77","at":"STOP","ss":"FILLED","tss":"SUCCESS","ts":1}]}',
      );
    const item = (await sub.next()).value!;
    if (item.type === "gap") throw new Error("unexpected gap");
    expect(item.data[0]).toMatchObject({ aid: 1234567890123456789n, raid: 18446744073709, caid: 77 });
  });

  it("fetches the listen key through the REST client by default (signed POST, authKey or listenKey)", async () => {
    server = await startScriptedServer();
    const fetch = fakeFetch({
      "/v3/account/listenKey": () => ({
        success: true,
        data: { authKey: "from-rest", expiredTime: Date.now() + 3_600_000 },
        timestamp: 1,
      }),
    });
    const { woox } = open({ fetch, listenKey: undefined });
    const sub = woox.stream.private().subscribe("balance");
    await sub.ready;
    expect(server.last().path).toBe("/v3/private?key=from-rest");
    expect(fetch.calls).toEqual(["/v3/account/listenKey"]);
    // Signed like every private REST call: the signature covers timestamp, method, path and body.
    const [req] = fetch.requests;
    expect(req).toMatchObject({ method: "POST", body: '{"type":"WEBSOCKET"}' });
    const ts = req!.headers["x-api-timestamp"]!;
    expect(req!.headers["x-api-key"]).toBe("test-key");
    expect(req!.headers["x-api-signature"]).toBe(
      createSigner("test-secret")(stringToSign(ts, "POST", "/v3/account/listenKey", req!.body!)),
    );
    expect(readListenKey({ data: { listenKey: "other" } })).toEqual({ key: "other" });
  });

  it("without credentials, the private subscription fails with a listen-key error instead of waiting", async () => {
    server = await startScriptedServer();
    const { woox } = open({ credentials: false, listenKey: undefined });
    const sub = woox.stream.private().subscribe("position");
    await expect(sub.next()).rejects.toMatchObject({
      code: "listen-key",
      message: expect.stringMatching(/listen key/) as string,
    });
    expect(server.conns).toHaveLength(0);
  });

  it("renews the listen key before it expires: a new key, a new socket, everything resubscribed, the gap reported", async () => {
    server = await startScriptedServer();
    let n = 0;
    const { woox } = open({
      renewMarginMs: 1000,
      listenKey: () => Promise.resolve({ key: `key${++n}`, expiresAt: Date.now() + 1150 }),
    });
    const sub = woox.stream.private().subscribe("executionreport");
    await sub.ready;
    server.last().send({ topic: "executionreport", ts: 10, data: { s: "PERP_BTC_USDT", oid: 1, ss: "NEW", ts: 9 } });
    expect((await sub.next()).value).toMatchObject({ ts: 10 });
    await waitFor(() => server.conns.length === 2, 3000, "a socket with the new key");
    expect(server.conns.map((c) => c.path)).toEqual(["/v3/private?key=key1", "/v3/private?key=key2"]);
    const gap = (await sub.next()).value as GapItem;
    expect(gap).toMatchObject({ type: "gap", reason: "reconnect", from: 10, reconcile: ["getOrders"] });
    expect(server.conns[0]!.ws.readyState).toBeGreaterThanOrEqual(server.conns[0]!.ws.CLOSING);
  });

  it("asks for a fresh key when a socket with the current one was refused", async () => {
    server = await startScriptedServer(undefined, { accept: (path) => !path.endsWith("key=key1") });
    let n = 0;
    const { woox } = open({ listenKey: () => Promise.resolve({ key: `key${++n}` }) });
    const sub = woox.stream.private().subscribe("account");
    await sub.ready;
    expect(server.refused).toEqual(["/v3/private?key=key1"]);
    expect(server.conns.map((c) => c.path)).toEqual(["/v3/private?key=key2"]);
  });
});

describe("overflow of reports", () => {
  it("never drops an execution report: a stalled reader gets the buffered ones, then an overflow error", async () => {
    server = await startScriptedServer();
    const { woox } = open();
    const sub = woox.stream.private().subscribe("executionreport", { bufferSize: 50 });
    await sub.ready;
    for (let i = 1; i <= 200; i++)
      server.last().send({ topic: "executionreport", ts: i, data: { s: "PERP_BTC_USDT", oid: i, ss: "NEW", ts: i } });
    await waitFor(() => sent(server, "UN_SUBSCRIBE").length === 1, 3000, "UN_SUBSCRIBE after the overflow");
    expect(sub.buffered).toBe(50);
    const got: number[] = [];
    const err = await (async () => {
      for await (const item of sub) if (item.type !== "gap") got.push(Number(item.ts));
    })().catch((e: unknown) => e);
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(err).toMatchObject({
      code: "overflow",
      topic: "executionreport",
      message: expect.stringMatching(/fell 50 pushes behind/) as string,
    });
  });
});
