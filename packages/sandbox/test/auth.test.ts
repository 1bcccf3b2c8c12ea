import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWooxClient } from "@woox-sdk/client";
import { lookupError } from "@woox-sdk/errors";
import { harness, rawRequest, type Harness } from "./helpers.js";

let h: Harness;
let clock = 1_800_000_000_000;
beforeEach(async () => {
  clock = 1_800_000_000_000;
  h = await harness({ now: () => clock });
});
afterEach(() => h.stop());

const GET = "/v3/trade/algoOrder?algoOrderId=1";

describe("authentication", () => {
  it("accepts a correctly signed request (then answers 'not found' for this id)", async () => {
    const res = await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock) });
    expect(res.json.code).toBe(317152);
  });

  it.each([
    ["x-api-key", -1001],
    ["x-api-timestamp", -1001],
    ["x-api-signature", -1001],
  ])("answers a missing %s header with %i / HTTP 401", async (name, code) => {
    const res = await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock), headers: { [name]: "" } });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ success: false, code });
  });

  it("answers an unsigned request with -1001", async () => {
    const res = await rawRequest(h.sandbox, "GET", GET, "", { sign: false });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe(-1001);
  });

  it("answers malformed headers with -1001 (timestamp not 13 digits, signature not hex)", async () => {
    expect((await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock / 1000) })).json.code).toBe(-1001);
    expect(
      (
        await rawRequest(h.sandbox, "GET", GET, "", {
          timestamp: String(clock),
          headers: { "x-api-signature": "zz".repeat(32) },
        })
      ).json.code,
    ).toBe(-1001);
  });

  it("answers an unknown key with -1002 / HTTP 401", async () => {
    const res = await rawRequest(h.sandbox, "GET", GET, "", {
      apiKey: "nobody",
      apiSecret: "x",
      timestamp: String(clock),
    });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe(-1002);
  });

  it("answers a signature made with the wrong secret with -1002, through the typed client too", async () => {
    const stranger = createWooxClient({
      apiKey: h.sandbox.credentials.apiKey,
      apiSecret: "wrong",
      baseUrl: h.sandbox.url,
      now: () => clock,
    });
    const res = await stranger.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(res.error?.codeName).toBe("UNAUTHORIZED");
    expect(res.error?.httpStatus).toBe(401);
  });

  it("verifies the exact bytes: a body changed after signing is refused", async () => {
    const signed =
      '{"symbol":"PERP_BTC_USDT","algoType":"STOP","side":"BUY","type":"MARKET","quantity":"0.01","triggerPrice":"61000"}';
    const { createHmac } = await import("node:crypto");
    const sig = createHmac("sha256", h.sandbox.credentials.apiSecret)
      .update(`${clock}POST/v3/trade/algoOrder${signed}`)
      .digest("hex");
    const sent = signed.replace('"0.01"', '"0.02"');
    const res = await fetch(`${h.sandbox.url}/v3/trade/algoOrder`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": h.sandbox.credentials.apiKey,
        "x-api-timestamp": String(clock),
        "x-api-signature": sig,
      },
      body: sent,
    });
    expect(res.status).toBe(401);
    // And the same request with the signed bytes goes through: the sandbox does not re-serialise.
    const ok = await rawRequest(h.sandbox, "POST", "/v3/trade/algoOrder", signed.replace(/,/g, ", "), {
      timestamp: String(clock),
    });
    expect(ok.status).toBe(200);
  });

  it("signs the query exactly as sent: reordered parameters are a different signature", async () => {
    const { createHmac } = await import("node:crypto");
    const signedTarget = "/v3/trade/algoOrder?algoOrderId=1&clientAlgoOrderId=2";
    const sig = createHmac("sha256", h.sandbox.credentials.apiSecret)
      .update(`${clock}GET${signedTarget}`)
      .digest("hex");
    const res = await fetch(`${h.sandbox.url}/v3/trade/algoOrder?clientAlgoOrderId=2&algoOrderId=1`, {
      headers: { "x-api-key": h.sandbox.credentials.apiKey, "x-api-timestamp": String(clock), "x-api-signature": sig },
    });
    expect(res.status).toBe(401);
  });

  it("refuses timestamps 300 s or more away with the catalog's clock error 317179", async () => {
    const entry = lookupError(317179)!;
    for (const skew of [300_000, -300_000, 3_600_000]) {
      const res = await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock + skew) });
      expect(res.status).toBe(entry.httpStatus);
      expect(res.json.code).toBe(317179);
      expect(res.json.message).toContain(String(clock + skew));
    }
    expect((await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock + 299_999) })).json.code).toBe(
      317152,
    );
    expect((await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(clock - 299_999) })).json.code).toBe(
      317152,
    );
  });

  it("after advanceClock, accepts timestamps near the moved clock or the unmoved one, and nothing else", async () => {
    h.sandbox.advanceClock(8 * 3_600_000);
    const moved = clock + 8 * 3_600_000;
    const code = async (ts: number) =>
      (await rawRequest(h.sandbox, "GET", GET, "", { timestamp: String(ts) })).json.code;
    expect(await code(clock)).toBe(317152); // a client signing with its own clock
    expect(await code(moved)).toBe(317152); // a client synced to the sandbox's answers
    expect(await code(clock + 4 * 3_600_000)).toBe(317179); // neither
  });
});
