// One error family: an API refusal and "no answer" are both WooxErrors that say which call failed.
import { describe, expect, it } from "vitest";
import {
  createWooxClient,
  isWooxApiError,
  isWooxError,
  WooxApiError,
  WooxError,
  WooxTimeoutError,
  type FetchLike,
} from "../src/index.js";
import { STOP_ORDER as body } from "./stop-order.js";

const SECRET = "secret-family-0123456789";

const client = (fetch: FetchLike) =>
  createWooxClient({
    apiKey: "key-family",
    apiSecret: SECRET,
    baseUrl: "http://127.0.0.1:9",
    fetch,
    rateLimit: false,
    retry: false,
    timeoutMs: 50,
  });

/** Places one algo order and returns what one `catch` sees. */
async function caught(fetch: FetchLike): Promise<unknown> {
  try {
    await client(fetch).algoOrders.place(body);
  } catch (err) {
    return err;
  }
  throw new Error("the placement did not fail");
}

describe("WooxApiError and the transport errors", () => {
  it("tell an answer from no answer in one catch, both with operation, method and path", async () => {
    const refused = await caught(() =>
      Promise.resolve(
        new Response(JSON.stringify({ success: false, code: -1003, message: "Rate limit exceed." }), {
          status: 429,
          headers: {
            "retry-after": "1",
            "x-ratelimit-remaining": "0",
            "set-cookie": `s=${SECRET}`,
            "content-type": "application/json",
          },
        }),
      ),
    );
    const silent = await caught(
      (_url, init) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener("abort", () => reject(init.signal!.reason as Error), { once: true }),
        ),
    );
    for (const err of [refused, silent]) {
      expect(isWooxError(err)).toBe(true);
      expect(err).toBeInstanceOf(WooxError);
      expect(err).toMatchObject({ operationId: "placeAlgoOrder", method: "POST", path: "/v3/trade/algoOrder" });
      expect(JSON.stringify(err)).not.toContain(SECRET);
    }
    expect(refused).toBeInstanceOf(WooxApiError);
    expect(isWooxApiError(refused) && refused.kind).toBe("api");
    expect(silent).toBeInstanceOf(WooxTimeoutError);
    expect(isWooxApiError(silent)).toBe(false);
    expect((silent as WooxError).kind).toBe("timeout");

    const api = refused as WooxApiError;
    expect(api.headers).toEqual({ "retry-after": "1", "x-ratelimit-remaining": "0" });
    expect(api.retryAfterMs).toBe(1000);
    expect((await api.explain()).hint).toMatch(/back off/i);
  });
});
