import { RateLimiter, WooxApiError } from "@woox-sdk/client";
import { describe, expect, it } from "vitest";
import { listenKey } from "@woox-sdk/types/streams";
import { ListenKeySource } from "../src/listen-key.js";
import { socketUrl } from "../src/index.js";

/** A clock that only moves when the limiter sleeps. */
function fakeClock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleeps,
    sleep: (ms: number) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}

describe("listen keys", () => {
  it("keeps a valid key, and fetches a new one when asked or when it nears expiry", async () => {
    const clock = fakeClock();
    let n = 0;
    const source = new ListenKeySource(() => Promise.resolve({ key: `k${++n}`, expiresAt: clock.now() + 60_000 }), {
      now: clock.now,
      renewMarginMs: 10_000,
      limiter: new RateLimiter({ now: clock.now, sleep: clock.sleep }),
    });
    expect(await source.get(false)).toBe("k1");
    expect(await source.get(false)).toBe("k1");
    expect(await source.get(true)).toBe("k2");
    await clock.sleep(50_001); // within the margin of k2's expiry
    expect(await source.get(false)).toBe("k3");
  });

  it("paces key requests to the spec's limit (5 per 10 s)", async () => {
    const clock = fakeClock();
    const fetchedAt: number[] = [];
    const source = new ListenKeySource(
      () => {
        fetchedAt.push(clock.now());
        return Promise.resolve({ key: "k" });
      },
      {
        now: clock.now,
        renewMarginMs: 0,
        limiter: new RateLimiter({ now: clock.now, sleep: clock.sleep, marginMs: 0 }),
      },
    );
    expect(listenKey.create.rateLimit).toMatchObject({ requests: 5, perMs: 10_000 });
    for (let i = 0; i < 12; i++) await source.get(true);
    for (let i = 5; i < fetchedAt.length; i++) expect(fetchedAt[i]! - fetchedAt[i - 5]!).toBeGreaterThanOrEqual(10_000);
    expect(fetchedAt.at(-1)! - fetchedAt[0]!).toBe(20_000);
  });

  it("gives up on final answers and passes transient failures on for a retry", async () => {
    const clock = fakeClock();
    const denied = WooxApiError.from({
      status: 401,
      body: { success: false, code: -1002, message: "invalid api key" },
      request: { method: "POST", path: "/v3/account/listenKey" },
    });
    const final = new ListenKeySource(() => Promise.reject(denied), { now: clock.now, renewMarginMs: 0 });
    await expect(final.get(false)).rejects.toMatchObject({
      name: "WooxStreamError",
      code: "listen-key",
      cause: denied,
    });
    const flaky = new ListenKeySource(() => Promise.reject(new Error("socket hang up")), {
      now: clock.now,
      renewMarginMs: 0,
    });
    await expect(flaky.get(false)).rejects.toThrow("socket hang up");
    const empty = new ListenKeySource(() => Promise.resolve({ key: "" }), { now: clock.now, renewMarginMs: 0 });
    await expect(empty.get(false)).rejects.toMatchObject({
      code: "listen-key",
      message: "the listen-key provider returned no key",
    });
  });
});

describe("socket URLs from the REST base URL", () => {
  it("maps the exchange's hosts to the spec's servers and anything else to the same origin", () => {
    expect(socketUrl("https://api.woox.io", "public")).toBe("wss://wss.woox.io/v3/public");
    expect(socketUrl("https://api.woox.io", "private")).toBe("wss://wss.woox.io/v3/private");
    expect(socketUrl("https://api.staging.woox.io", "public")).toBe("wss://wss.staging.woox.io/v3/public");
    expect(socketUrl("http://127.0.0.1:8787", "private")).toBe("ws://127.0.0.1:8787/v3/private");
    expect(socketUrl("https://proxy.example:8443/woox", "public")).toBe("wss://proxy.example:8443/woox/v3/public");
  });
});
