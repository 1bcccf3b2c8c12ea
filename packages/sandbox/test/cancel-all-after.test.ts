import type { WooxApiError } from "@woox-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { harness, rawRequest, type Harness } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await harness({ rateLimits: false });
});
afterEach(() => h.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openOrders() {
  const o = await h.client.orders.place({
    symbol: "SPOT_ETH_USDT",
    side: "BUY",
    type: "LIMIT",
    price: "2900",
    quantity: "0.1",
  });
  const a = await h.client.algoOrders.place({
    symbol: "PERP_BTC_USDT",
    algoType: "STOP",
    side: "BUY",
    type: "MARKET",
    quantity: "0.01",
    triggerPrice: "61000",
  });
  return { orderId: o.orderId, algoOrderId: a.rows[0].algoOrderId! };
}
async function statuses(ids: { orderId: number | bigint; algoOrderId: number | bigint }) {
  return [
    (await h.client.orders.get({ orderId: ids.orderId })).status,
    (await h.client.algoOrders.get({ algoOrderId: ids.algoOrderId })).algoStatus,
  ];
}

const PATH = "/v3/trade/cancelAllAfter";
/** The path the endpoint page's header shows (x-alternative-paths): served by the same handler. */
const ALTERNATIVE = "/v3/trade/order/cancelAllAfter";

describe("POST /v3/trade/cancelAllAfter (dead man's switch)", () => {
  it("cancels every open ordinary and algo order when the timer runs out", async () => {
    const ids = await openOrders();
    const before = Date.now();
    const { expectedTriggerTime } = await h.client.orders.cancelAllAfter(150);
    expect(Number(expectedTriggerTime)).toBeGreaterThanOrEqual(before + 150);
    expect(Number(expectedTriggerTime)).toBeLessThanOrEqual(Date.now() + 150);
    expect(await statuses(ids)).toEqual(["NEW", "NEW"]);
    await sleep(300);
    expect(await statuses(ids)).toEqual(["CANCELLED", "CANCELLED"]);
  });

  it("is postponed by calling it again, and disarmed by 0", async () => {
    const ids = await openOrders();
    await h.client.orders.cancelAllAfter(150);
    await sleep(80);
    await h.client.orders.cancelAllAfter(150); // the bot is alive: push the deadline out
    await sleep(100);
    expect(await statuses(ids)).toEqual(["NEW", "NEW"]);
    expect(await h.client.orders.cancelAllAfter(0)).toEqual({ expectedTriggerTime: 0 });
    await sleep(150);
    expect(await statuses(ids)).toEqual(["NEW", "NEW"]);
  });

  it("only touches the account that armed it", async () => {
    const ids = await openOrders();
    const other = h.sandbox.addAccount();
    const armed = await rawRequest(h.sandbox, "POST", PATH, '{"triggerAfter":50}', other);
    expect(armed.status).toBe(200);
    await sleep(120);
    expect(await statuses(ids)).toEqual(["NEW", "NEW"]);
  });

  it("is served on its alternative path too: the same switch, armed, pushed out and disarmed from either", async () => {
    const ids = await openOrders();
    const armed = await rawRequest(h.sandbox, "POST", ALTERNATIVE, '{"triggerAfter":100000}');
    expect(armed.status).toBe(200);
    const at = (armed.json.data as { expectedTriggerTime: number }).expectedTriggerTime;
    expect(h.sandbox.exchange.cancelAllAfterTime(h.sandbox.credentials.apiKey)).toBe(at);
    // Disarmed through the other path: one switch per account, whichever path armed it.
    expect(await h.client.orders.cancelAllAfter(0)).toEqual({ expectedTriggerTime: 0 });
    expect(h.sandbox.exchange.cancelAllAfterTime(h.sandbox.credentials.apiKey)).toBeUndefined();
    expect((await rawRequest(h.sandbox, "POST", ALTERNATIVE, '{"triggerAfter":50}')).status).toBe(200);
    await sleep(200);
    expect(await statuses(ids)).toEqual(["CANCELLED", "CANCELLED"]);
    // The same validation as the spec's path.
    expect((await rawRequest(h.sandbox, "POST", ALTERNATIVE, '{"triggerAfter":900001}')).json.code).toBe(317176);
    expect((await rawRequest(h.sandbox, "GET", ALTERNATIVE)).status).toBe(405);
  });

  it("counts both paths against one rate-limit bucket (10 per second per account)", async () => {
    const limited = await harness({ rateLimits: true });
    try {
      const statusesOf = [];
      for (let i = 0; i < 11; i++) {
        const path = i % 2 === 0 ? PATH : ALTERNATIVE;
        statusesOf.push((await rawRequest(limited.sandbox, "POST", path, '{"triggerAfter":0}')).status);
      }
      expect(statusesOf).toEqual([...Array<number>(10).fill(200), 429]);
    } finally {
      await limited.stop();
    }
  });

  it.each([900_001, -1])("answers triggerAfter %i with 317176 and the maximum from the spec", async (triggerAfter) => {
    const e = (await h.client.orders.cancelAllAfter(triggerAfter).catch((x: unknown) => x)) as WooxApiError;
    expect(e).toMatchObject({
      codeName: "TRIGGER_AFTER_OUT_OF_RANGE",
      code: "317176",
      wooMessage: "The trigger after should from 0 to 900000",
    });
  });

  it.each([PATH, ALTERNATIVE])("still answers other body problems with -1004 / -1005 (%s)", async (path) => {
    expect((await rawRequest(h.sandbox, "POST", path, '{"triggerAfter":10,"x":1}')).json.code).toBe(-1004);
    expect((await rawRequest(h.sandbox, "POST", path, "{}")).json.code).toBe(-1005);
  });

  it("stops its timers with the sandbox", async () => {
    await h.client.orders.cancelAllAfter(900_000);
    expect(h.sandbox.exchange.cancelAllAfterTime(h.sandbox.credentials.apiKey)).toBeGreaterThan(Date.now());
    // afterEach stops the sandbox; a live 15-minute timer would keep the process up (it is unref'd too).
  });
});
