import { afterEach, describe, expect, it } from "vitest";
import { CORS_ALLOWED_HEADERS, startSandbox } from "../src/index.js";
import { harness, rawRequest, type Harness } from "./helpers.js";

const PAGE = "http://127.0.0.1:4321";
const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.stop()));
});
async function start(cors?: { origin: string | string[] }) {
  const h = await harness(cors ? { cors } : {});
  open.push(h);
  return h;
}

/** The preflight a browser sends before a signed POST from another origin. */
const preflight = (h: Harness, origin: string, path = "/v3/trade/algoOrder") =>
  fetch(`${h.sandbox.url}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type,x-api-key,x-api-signature,x-api-timestamp",
    },
  });

describe("CORS", () => {
  it("is off by default: no preflight answer, no Access-Control-* headers", async () => {
    const h = await start();
    const pre = await preflight(h, PAGE);
    expect(pre.status).toBe(405); // OPTIONS is not an API method
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await fetch(`${h.sandbox.url}/v3/public/systemInfo`, { headers: { origin: PAGE } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers the preflight of an allowed origin with the V3 headers and methods", async () => {
    const h = await start({ origin: PAGE });
    const pre = await preflight(h, PAGE);
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(pre.headers.get("vary")).toBe("Origin");
    const allowed = pre.headers.get("access-control-allow-headers")!.split(/,\s*/);
    expect(allowed).toEqual([...CORS_ALLOWED_HEADERS]);
    for (const m of ["GET", "POST", "PUT", "DELETE"])
      expect(pre.headers.get("access-control-allow-methods")).toContain(m);
    expect(await pre.text()).toBe("");
    // Preflights are not API requests: not signed, not rate-limited, never faulted.
    h.sandbox.faults.configure({ maintenance: 1 });
    expect((await preflight(h, PAGE)).status).toBe(204);
  });

  it("adds Access-Control-Allow-Origin and exposes Retry-After on answers to an allowed origin, errors included", async () => {
    const h = await start({ origin: PAGE });
    const ok = await fetch(`${h.sandbox.url}/v3/public/systemInfo`, { headers: { origin: PAGE } });
    expect(ok.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(ok.headers.get("access-control-expose-headers")).toBe("retry-after");
    const signed = await rawRequest(h.sandbox, "GET", "/v3/trade/algoOrder?algoOrderId=1", "", {
      headers: { origin: PAGE },
    });
    expect(signed.json.code).toBe(317152);
    expect(signed.headers.get("access-control-allow-origin")).toBe(PAGE);
    const unauthorized = await fetch(`${h.sandbox.url}/v3/trade/algoOrder?algoOrderId=1`, {
      headers: { origin: PAGE },
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe(PAGE); // so the page can read the error
    const control = await fetch(`${h.sandbox.url}/sandbox/price`, {
      method: "POST",
      headers: { origin: PAGE },
      body: JSON.stringify({ symbol: "PERP_BTC_USDT", price: "61000" }),
    });
    expect(control.headers.get("access-control-allow-origin")).toBe(PAGE);
  });

  it("gives nothing to other origins", async () => {
    const h = await start({ origin: [PAGE, "http://localhost:4321"] });
    const pre = await preflight(h, "http://evil.example");
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    expect(pre.headers.get("access-control-allow-headers")).toBeNull();
    const res = await fetch(`${h.sandbox.url}/v3/public/systemInfo`, { headers: { origin: "http://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(h, "http://localhost:4321")).headers.get("access-control-allow-origin")).toBe(
      "http://localhost:4321",
    );
  });

  it("grants Private Network Access to an allowed public page (Chrome asks before it lets a site reach 127.0.0.1)", async () => {
    const site = "https://woox-sdk.github.io";
    const h = await start({ origin: site });
    const pre = await fetch(`${h.sandbox.url}/v3/public/systemInfo`, {
      method: "OPTIONS",
      headers: {
        origin: site,
        "access-control-request-method": "GET",
        "access-control-request-private-network": "true",
      },
    });
    expect(pre.headers.get("access-control-allow-private-network")).toBe("true");
    expect((await preflight(h, site)).headers.get("access-control-allow-private-network")).toBeNull(); // only when asked
  });

  it('allows any origin with "*"', async () => {
    const h = await start({ origin: "*" });
    const pre = await preflight(h, "http://anything.example:8080");
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("vary")).toBeNull();
  });

  it("allows every header @woox-sdk/client sends, so the client works from a browser page", async () => {
    const h = await start({ origin: PAGE });
    const sent = new Set<string>();
    const { createWooxClient } = await import("@woox-sdk/client");
    const client = createWooxClient({
      ...h.sandbox.credentials,
      baseUrl: h.sandbox.url,
      rateLimit: false,
      retry: false,
      fetch: (url, init) => {
        new Headers(init.headers).forEach((_v, k) => sent.add(k));
        return fetch(url, init);
      },
    });
    await client.algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    });
    await client.market.systemInfo();
    await client.algoOrders.cancelAll();
    // CORS-safelisted request headers need no permission; everything else must be in the preflight answer.
    const safelisted = new Set(["accept", "accept-language", "content-language"]);
    const needed = [...sent].filter((k) => !safelisted.has(k));
    expect(needed.length).toBeGreaterThan(0);
    for (const k of needed) expect(CORS_ALLOWED_HEADERS).toContain(k);
  });

  it("refuses an origin with a path or without a scheme", async () => {
    await expect(startSandbox({ cors: { origin: "127.0.0.1:4321" } })).rejects.toThrow(/cors.origin/);
    await expect(startSandbox({ cors: { origin: `${PAGE}/try` } })).rejects.toThrow(/no path/);
  });
});
