import { limits } from "@woox-sdk/types/streams";
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, UNSERVED_TOPICS, type Sandbox, type SandboxOptions } from "../src/index.js";
import { StreamClient } from "./stream-helpers.js";

// The command envelope of spec/asyncapi.yaml (channel `connection`) on a plain `ws` client: acks with the
// request id, topics the sandbox does not serve left out of the ack, refusals, heartbeat and idle close.
// Every frame received is checked against the spec's payload schemas.
describe("stream commands", () => {
  let sandbox: Sandbox | undefined;
  const clients: StreamClient[] = [];
  const start = async (options: SandboxOptions = {}) => {
    sandbox = await startSandbox(options);
    return sandbox;
  };
  const open = async (path = "/v3/public") => {
    const c = await StreamClient.open(`${sandbox!.streamsUrl}${path}`);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of clients) {
      expect(c.problems).toEqual([]);
      c.close();
    }
    clients.length = 0;
    await sandbox?.stop();
    sandbox = undefined;
  });

  it("acks a SUBSCRIBE with the request id and the topics it took, and UN_SUBSCRIBE likewise", async () => {
    await start();
    const c = await open();
    const topics = ["bbo@PERP_BTC_USDT", "trade@SPOT_ETH_USDT", "orderbookupdate@PERP_ETH_USDT@50"];
    const ack = await c.command("SUBSCRIBE", topics);
    expect(ack).toMatchObject({ id: "1", cmd: "SUBSCRIBE", success: true, data: topics });
    expect(typeof ack.time).toBe("number");
    expect("topic" in ack).toBe(false);

    const again = await c.command("SUBSCRIBE", ["bbo@PERP_BTC_USDT"]);
    expect(again.data).toEqual([]); // a duplicate is left out, as live

    const un = await c.command("UN_SUBSCRIBE", ["trade@SPOT_ETH_USDT", "ticker@SPOT_ETH_USDT"]);
    expect(un).toMatchObject({ id: "3", cmd: "UN_SUBSCRIBE", success: true, data: ["trade@SPOT_ETH_USDT"] });
  });

  it("echoes a numeric id as its digits and accepts a lower-case command", async () => {
    await start();
    const c = await open();
    c.send({ id: 42, cmd: "subscribe", params: ["ticker@PERP_BTC_USDT"] });
    const ack = await c.next((f) => f.json.cmd === "SUBSCRIBE");
    expect(ack.json).toMatchObject({ id: "42", success: true, data: ["ticker@PERP_BTC_USDT"] });
  });

  it("leaves out unknown topics, unlisted symbols, wrong depths, the other socket's topics and what it cannot back", async () => {
    await start();
    const c = await open();
    const asked = [
      "nosuchtopic@PERP_BTC_USDT",
      "bbo@PERP_DOGE_USDT",
      "orderbookupdate@PERP_BTC_USDT@20",
      "indexprice@PERP_BTC_USDT",
      "executionreport",
      "kline@PERP_BTC_USDT@3d",
      "orderbookupdaterpi@PERP_BTC_USDT@50",
      "indexprice@SPOT_WOO_USDT",
      "markprice@SPOT_BTC_USDT",
      "kline@PERP_BTC_USDT@1M",
    ];
    const ack = await c.command("SUBSCRIBE", asked);
    expect(ack).toMatchObject({ success: true, data: ["kline@PERP_BTC_USDT@1M"] });
    expect(Object.keys(UNSERVED_TOPICS)).toEqual(["orderbookupdaterpi"]);
  });

  it("refuses a SUBSCRIBE over the per-command limit whole (observed 10; documented 20 on request)", async () => {
    await start();
    const c = await open();
    const eleven = Array.from(
      { length: 11 },
      (_, i) => `kline@PERP_BTC_USDT@${["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d"][i]}`,
    );
    const refused = await c.command("SUBSCRIBE", eleven);
    expect(refused).toMatchObject({ cmd: "SUBSCRIBE", success: false, data: "Command type invalid!" });
    expect((await c.command("SUBSCRIBE", eleven.slice(0, 10))).data).toHaveLength(limits.topicsPerSubscribe.observed);
    await sandbox!.stop();

    await start({ streams: { topicsPerSubscribe: "documented" } });
    const d = await open();
    expect((await d.command("SUBSCRIBE", eleven)).data).toEqual(eleven);
  });

  it("stops taking topics at the per-socket limit", async () => {
    await start({ streams: { topicsPerConnection: 3 } });
    const c = await open();
    const ack = await c.command("SUBSCRIBE", [
      "bbo@PERP_BTC_USDT",
      "bbo@PERP_ETH_USDT",
      "bbo@SPOT_BTC_USDT",
      "bbo@SPOT_ETH_USDT",
    ]);
    expect(ack.data).toEqual(["bbo@PERP_BTC_USDT", "bbo@PERP_ETH_USDT", "bbo@SPOT_BTC_USDT"]);
  });

  it("answers unusable frames with cmd ERROR and keeps the socket open", async () => {
    await start();
    const c = await open();
    c.send("not json");
    expect((await c.next((f) => f.json.cmd === "ERROR")).json).toMatchObject({
      id: "",
      success: false,
      data: "Invalid request.",
    });
    c.send({ id: "v1", event: "subscribe", topic: "PERP_BTC_USDT@bbo" });
    expect((await c.next((f) => f.json.id === "v1")).json).toMatchObject({
      cmd: "ERROR",
      success: false,
      data: "Command type invalid!",
    });
    c.send({ id: "p", cmd: "SUBSCRIBE", params: "bbo@PERP_BTC_USDT" });
    expect((await c.next((f) => f.json.id === "p")).json).toMatchObject({ cmd: "SUBSCRIBE", success: false });
    expect((await c.command("SUBSCRIBE", ["bbo@PERP_BTC_USDT"])).data).toEqual(["bbo@PERP_BTC_USDT"]);
  });

  it("answers PING with PONG and the server time", async () => {
    await start();
    const c = await open();
    c.send({ cmd: "PING", ts: Date.now() });
    const pong = await c.next((f) => f.json.cmd === "PONG");
    expect(pong.json).toMatchObject({ cmd: "PONG", success: true });
    expect(Math.abs(Number(pong.json.time) - sandbox!.exchange.now())).toBeLessThan(5000);
  });

  it("drops a socket idle for idleCloseMs without a close frame, while PINGs keep another alive", async () => {
    await start({ streams: { idleCloseMs: 300 } });
    const idle = await open();
    const busy = await open();
    const t0 = Date.now();
    const ping = setInterval(() => busy.send({ cmd: "PING" }), 100);
    const { code } = await idle.closed;
    clearInterval(ping);
    expect(code).toBe(1006);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(busy.ws.readyState).toBe(busy.ws.OPEN);
    expect(busy.frames.filter((f) => f.json.cmd === "PONG").length).toBeGreaterThan(0);
  });

  it("sends server PINGs when asked to, and takes a client PONG silently", async () => {
    await start({ streams: { serverPingMs: 50 } });
    const c = await open();
    await c.next((f) => f.json.cmd === "PING" && !("success" in f.json));
    c.send({ cmd: "PONG" });
    expect((await c.command("SUBSCRIBE", ["bbo@PERP_BTC_USDT"])).success).toBe(true);
  });

  it("refuses unknown stream paths and a private socket without a valid listen key", async () => {
    await start();
    await expect(StreamClient.open(`${sandbox!.streamsUrl}/v3/nothing`)).rejects.toMatchObject({ status: 404 });
    await expect(StreamClient.open(`${sandbox!.streamsUrl}/v3/private`)).rejects.toMatchObject({ status: 401 });
    await expect(StreamClient.open(`${sandbox!.streamsUrl}/v3/private?key=deadbeef`)).rejects.toMatchObject({
      status: 401,
    });
  });
});
