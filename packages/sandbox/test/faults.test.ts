import { afterEach, describe, expect, it } from "vitest";
import { harness, rawRequest, type Harness } from "./helpers.js";
import type { FaultOptions } from "../src/index.js";

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.stop()));
});

async function outcomes(faults: FaultOptions, n: number): Promise<string[]> {
  const h = await harness({ faults, rateLimits: false });
  open.push(h);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const started = Date.now();
    try {
      const r = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
      const ms = Date.now() - started;
      out.push(`${r.response.status}:${r.error?.code ?? "ok"}${ms >= (faults.delayMs ?? 200) ? ":slow" : ""}`);
    } catch (e) {
      out.push(`dropped:${(e as Error).name}`);
    }
  }
  return out;
}

describe("fault injection", () => {
  it("answers a chosen fraction with 429/-1003, 400/-1011, 503/317158, dropped connections and delays", async () => {
    const faults = { seed: 7, rateLimit: 0.15, maintenance: 0.15, unavailable: 0.15, drop: 0.15, delay: 0.15 };
    const seen = await outcomes({ ...faults, delayMs: 30 }, 80);
    const count = (p: RegExp) => seen.filter((s) => p.test(s)).length;
    expect(count(/^429:-1003/)).toBeGreaterThan(4);
    expect(count(/^400:-1011/)).toBeGreaterThan(4);
    expect(count(/^503:317158/)).toBeGreaterThan(4);
    expect(count(/^503:(?!317158)/)).toBe(0);
    expect(count(/^dropped/)).toBeGreaterThan(4);
    expect(count(/:slow$/)).toBeGreaterThan(4);
    // The rest reached the exchange, which does not know order 1.
    expect(count(/^400:317152$/)).toBeGreaterThan(4);
  });

  it("is reproducible: the same seed gives the same sequence, another seed another one", async () => {
    const faults = { rateLimit: 0.3, maintenance: 0.3 };
    const a = await outcomes({ ...faults, seed: 42 }, 30);
    const b = await outcomes({ ...faults, seed: 42 }, 30);
    const c = await outcomes({ ...faults, seed: 43 }, 30);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("answers maintenance as the catalog has -1011 (HTTP 400, the observed message), retryable", async () => {
    const h = await harness({ faults: { maintenance: 1 } });
    open.push(h);
    const r = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(r.response.status).toBe(400);
    expect(r.error).toMatchObject({
      code: "-1011",
      codeName: "RPC_NOT_CONNECT",
      wooMessage: "The system is under maintenance.",
      retryable: true,
    });
  });

  it("answers the 503-class fault with 317158 for the perpetual the request names, and can be reconfigured at run time", async () => {
    const h = await harness({ faults: { unavailable: 1 } });
    open.push(h);
    const r = await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(r.response.status).toBe(503);
    expect(r.error).toMatchObject({
      code: "317158",
      codeName: "PERP_TRADING_SUSPENDED",
      wooMessage: "Trading with BTC-PERP is temporarily suspended. Please try again later.",
      retryable: true,
    });
    const eth = await h.client.GET("/v3/public/marketTrades", { params: { query: { symbol: "PERP_ETH_USDT" } } });
    expect([eth.response.status, eth.error?.wooMessage]).toEqual([
      503,
      "Trading with ETH-PERP is temporarily suspended. Please try again later.",
    ]);
    const body = await rawRequest(
      h.sandbox,
      "POST",
      "/v3/trade/order",
      '{"symbol":"PERP_ETH_USDT","side":"BUY","type":"MARKET","quantity":"0.1"}',
    );
    expect([body.status, body.json.code, body.json.message]).toEqual([
      503,
      317158,
      "Trading with ETH-PERP is temporarily suspended. Please try again later.",
    ]);
    // Control routes are never faulted, so they can switch faults off.
    const res = await fetch(`${h.sandbox.url}/sandbox/faults`, { method: "POST", body: JSON.stringify({}) });
    expect(((await res.json()) as { data: { active: boolean } }).data.active).toBe(false);
    expect((await h.client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } })).error?.codeName).toBe(
      "ORDER_NOT_FOUND",
    );
    const bad = await fetch(`${h.sandbox.url}/sandbox/faults`, { method: "POST", body: JSON.stringify({ drop: 2 }) });
    expect(bad.status).toBe(400);
  });

  it("refuses fractions that do not make sense", async () => {
    await expect(harness({ faults: { rateLimit: 0.6, drop: 0.6 } })).rejects.toThrow(/more than 1/);
    await expect(harness({ faults: { maintenance: 0.5, unavailable: 0.6 } })).rejects.toThrow(/more than 1/);
    await expect(harness({ faults: { unavailable: -0.1 } })).rejects.toThrow(/faults.unavailable must be a fraction/);
  });
});
