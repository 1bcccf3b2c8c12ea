import { afterEach, describe, expect, it, vi } from "vitest";
import { WooxApiError } from "@woox-sdk/errors";
import {
  backoffDelay,
  createWooxClient,
  decide,
  RateLimiter,
  WooxAbortError,
  WooxNetworkError,
  WooxTimeoutError,
  WooxTransportError,
  type FetchLike,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from "../src/index.js";

const TS = 1_700_000_000_000;
const ok = (data: unknown) => new Response(JSON.stringify({ success: true, data, timestamp: TS }), { status: 200 });
const fail = (status: number, code: number | string, message = "x", headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ success: false, code, message }), { status, headers });

type Step = Response | Error | ((url: string, init: RequestInit) => Promise<Response>);
/** A fetch that plays a script of answers and records what was sent. */
function scripted(...steps: Step[]) {
  const sent: { method: string; url: string; body?: string; ts: string | null }[] = [];
  const fetch: FetchLike = (url, init) => {
    sent.push({
      method: init.method!,
      url,
      body: init.body as string | undefined,
      ts: new Headers(init.headers).get("x-api-timestamp"),
    });
    const step = steps.shift();
    if (step === undefined) return Promise.reject(new Error(`unexpected request ${init.method} ${url}`));
    if (step instanceof Error) return Promise.reject(step);
    if (typeof step === "function") return step(url, init);
    return Promise.resolve(step);
  };
  return { fetch, sent };
}
const delays: number[] = [];
const client = (fetch: FetchLike, extra: object = {}) =>
  createWooxClient({
    apiKey: "k",
    apiSecret: "secret-xyz",
    baseUrl: "http://127.0.0.1:9",
    fetch,
    rateLimit: false,
    random: () => 1,
    sleep: (ms) => (delays.push(ms), Promise.resolve()),
    ...extra,
  });
const placeBody = {
  symbol: "PERP_BTC_USDT",
  algoType: "STOP",
  side: "BUY",
  type: "MARKET",
  quantity: "1",
  triggerPrice: "1",
} as const;
const refused = () =>
  Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
  });
const reset = () =>
  Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
  });

afterEach(() => {
  delays.length = 0;
  vi.useRealTimers();
});

describe("rate limiter", () => {
  it("paces a burst to the window with fake timers", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter({ marginMs: 25 });
    const rule = { requests: 2, perMs: 1000, key: { scope: "field", name: "symbol", in: "body" } } as const;
    const at: number[] = [];
    const all = Array.from({ length: 5 }, () =>
      limiter.acquire("placeAlgoOrder:PERP_BTC_USDT", rule).then(() => at.push(Date.now())),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(at).toEqual([0, 0, 1025, 1025, 2050]);
  });

  it("takes a free slot at once without a promise, and never lets a caller jump the queue", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter({ marginMs: 0 });
    const rule = { requests: 1, perMs: 1000, key: { scope: "account" } } as const;
    expect(limiter.tryAcquire("op", rule)).toBe(true);
    expect(limiter.tryAcquire("op", rule)).toBe(false);
    const order: string[] = [];
    const first = limiter.acquire("op", rule).then(() => order.push(`queued at ${Date.now()}`));
    // The window has room again, but a caller is waiting: it goes first.
    vi.setSystemTime(1000);
    expect(limiter.tryAcquire("op", rule)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await first;
    // The window is full again (the queued caller took the slot), and it frees only a window later.
    expect(limiter.tryAcquire("op", rule)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(limiter.tryAcquire("op", rule)).toBe(true);
    expect(order).toEqual(["queued at 1000"]);
  });

  it("keeps one window per symbol and one per operation", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter({ marginMs: 0 });
    const rule = { requests: 1, perMs: 1000, key: { scope: "field", name: "symbol", in: "body" } } as const;
    const keyOf = (symbol: string) => RateLimiter.bucketKey("placeAlgoOrder", rule, { symbol });
    expect(keyOf("A")).not.toBe(keyOf("B"));
    expect(
      RateLimiter.bucketKey("getAlgoOrder", { requests: 10, perMs: 1000, key: { scope: "account" } } as const, {
        symbol: "A",
      }),
    ).toBe("getAlgoOrder");
    const at: number[] = [];
    const all = [keyOf("A"), keyOf("B"), keyOf("A")].map((k) =>
      limiter.acquire(k, rule).then(() => at.push(Date.now())),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(at.sort((a, b) => a - b)).toEqual([0, 0, 1000]);
  });

  it("holds a bucket after a 429 until Retry-After has passed", async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter();
    const rule = { requests: 10, perMs: 1000, key: { scope: "account" } } as const;
    limiter.block("op", 3000);
    let at = -1;
    const p = limiter.acquire("op", rule).then(() => (at = Date.now()));
    await vi.runAllTimersAsync();
    await p;
    expect(at).toBe(3000);
  });

  it("paces real calls through the client to x-rate-limit (2 per second per symbol)", async () => {
    vi.useFakeTimers({ now: 0 });
    const at: number[] = [];
    const fetch: FetchLike = () => (
      at.push(Date.now()),
      Promise.resolve(ok({ rows: [{ algoType: "STOP", algoOrderId: 1 }] }))
    );
    const c = createWooxClient({ apiKey: "k", apiSecret: "s", baseUrl: "http://127.0.0.1:9", fetch });
    const calls = Array.from({ length: 4 }, () => c.algoOrders.place(placeBody));
    const other = c.algoOrders.place({ ...placeBody, symbol: "PERP_ETH_USDT" });
    await vi.runAllTimersAsync();
    await Promise.all([...calls, other]);
    expect(at).toEqual([0, 0, 0, 1025, 1025]);
  });
});

describe("backoff", () => {
  it("doubles from the base delay up to the cap, with full jitter", () => {
    const opts = { retries: 5, baseDelayMs: 250, maxDelayMs: 1500 };
    expect([2, 3, 4, 5, 6].map((n) => backoffDelay(n, opts, () => 1))).toEqual([250, 500, 1000, 1500, 1500]);
    expect(backoffDelay(4, opts, () => 0.5)).toBe(500);
    expect(backoffDelay(2, opts, () => 0)).toBe(0);
  });

  it("never waits less than Retry-After", () => {
    expect(backoffDelay(2, { retries: 3, baseDelayMs: 250, maxDelayMs: 8000 }, () => 1, 2000)).toBe(2000);
  });
});

describe("which failures are retried", () => {
  const api = (status: number, code: number) => WooxApiError.from({ status, body: { success: false, code } });
  const transport = (kind: "network" | "timeout" | "aborted", outcomeUnknown: boolean) =>
    new WooxTransportError(kind, "x", { request: { method: "POST", path: "/" }, outcomeUnknown, attempts: 1 });
  const cases: [string, WooxApiError | WooxTransportError, string, boolean, string][] = [
    ["429 on a POST without client id", api(429, -1003), "POST", false, "retry"],
    ["maintenance on a read", api(400, -1011), "GET", false, "retry"],
    ["503 (trading suspended) on a read", api(503, 317158), "GET", false, "retry"],
    ["maintenance on a placement with client id", api(400, -1011), "POST", true, "reconcile"],
    ["maintenance on a placement without client id", api(400, -1011), "POST", false, "fail"],
    ["internal error on a read", api(500, -1000), "GET", false, "retry"],
    ["internal error on a cancel", api(500, -1000), "DELETE", false, "fail"],
    ["receive window exceeded", api(400, 317179), "POST", false, "resync"],
    ["bad parameter", api(400, -1005), "GET", false, "fail"],
    ["timeout on a read", transport("timeout", true), "GET", false, "retry"],
    ["timeout on a placement with client id", transport("timeout", true), "POST", true, "reconcile"],
    ["timeout on a placement without client id", transport("timeout", true), "POST", false, "fail"],
    ["connection refused before sending", transport("network", false), "POST", false, "retry"],
    ["abort", transport("aborted", true), "GET", false, "fail"],
  ];
  for (const [name, error, method, hasClientId, want] of cases) {
    it(`${name}: ${want}`, () => expect(decide(error, { method, hasClientId })).toBe(want));
  }
});

describe("retries through the client", () => {
  it("retries a read after 503 and returns its data", async () => {
    const { fetch, sent } = scripted(
      fail(503, 317158, "Trading with BTC-PERP is temporarily suspended. Please try again later."),
      ok({ algoOrderId: 7, symbol: "X", algoType: "STOP" }),
    );
    const got = await client(fetch).algoOrders.get({ algoOrderId: 7 });
    expect(got.algoOrderId).toBe(7);
    expect(sent).toHaveLength(2);
    expect(delays).toEqual([250]);
  });

  it("honours Retry-After on 429", async () => {
    const { fetch, sent } = scripted(
      fail(429, -1003, "Rate limit exceed.", { "retry-after": "3" }),
      ok({ rows: [{ algoType: "STOP", algoOrderId: 1 }] }),
    );
    await client(fetch).algoOrders.place(placeBody);
    expect(sent.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(delays).toEqual([3000]);
  });

  it("gives up after the configured retries with the last error", async () => {
    const { fetch, sent } = scripted(...Array.from({ length: 3 }, () => fail(503, "-1011")));
    await expect(client(fetch, { retry: { retries: 2 } }).algoOrders.get({ algoOrderId: 1 })).rejects.toMatchObject({
      code: "-1011",
    });
    expect(sent).toHaveLength(3);
  });

  it("never resends a placement without client id after an ambiguous failure, and says how to check", async () => {
    const { fetch, sent } = scripted(reset());
    const err = await client(fetch)
      .algoOrders.place(placeBody)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxNetworkError);
    expect(err).toMatchObject({ status: 0, outcomeUnknown: true, kind: "network" });
    expect((err as Error).cause).toBeInstanceOf(TypeError);
    expect(sent).toHaveLength(1);
  });

  it("resends a placement whose connection was refused: it never reached the exchange", async () => {
    const { fetch, sent } = scripted(refused(), ok({ rows: [{ algoType: "STOP", algoOrderId: 1 }] }));
    await client(fetch).algoOrders.place(placeBody);
    expect(sent.map((s) => s.method)).toEqual(["POST", "POST"]);
  });

  it("after a timeout, looks the order up by client id and does not place it again when it exists", async () => {
    const hang = (_u: string, init: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init.signal!.addEventListener("abort", () => reject(init.signal!.reason as Error)),
      );
    const found = { algoOrderId: 99, clientAlgoOrderId: 5, symbol: "PERP_BTC_USDT", algoType: "STOP", quantity: "1" };
    const { fetch, sent } = scripted(hang, ok(found));
    const placed = await client(fetch, { timeoutMs: 20 }).algoOrders.place({ ...placeBody, clientAlgoOrderId: 5 });
    expect(placed.rows).toEqual([{ algoOrderId: 99, clientAlgoOrderId: 5, algoType: "STOP", quantity: "1" }]);
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "POST http://127.0.0.1:9/v3/trade/algoOrder",
      "GET http://127.0.0.1:9/v3/trade/algoOrder?clientAlgoOrderId=5",
    ]);
  });

  it("rebuilds the rows of a TP/SL order found by its client id, legs first", async () => {
    const parent = {
      algoOrderId: 10,
      clientAlgoOrderId: 6,
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoOrderId: 11, symbol: "PERP_BTC_USDT", algoType: "TAKE_PROFIT" },
        { algoOrderId: 12, symbol: "PERP_BTC_USDT", algoType: "STOP_LOSS" },
      ],
    };
    const { fetch } = scripted(fail(500, -1000), ok(parent));
    const placed = await client(fetch).algoOrders.place({
      symbol: "PERP_BTC_USDT",
      algoType: "POSITIONAL_TP_SL",
      clientAlgoOrderId: 6,
      childOrders: [{ algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "2" }],
    });
    expect(placed.rows.map((r) => r.algoType)).toEqual(["TAKE_PROFIT", "STOP_LOSS", "POSITIONAL_TP_SL"]);
  });

  it("resends after a dropped connection when the lookup finds nothing, and treats 302117 on a resend as placed", async () => {
    const found = { algoOrderId: 3, clientAlgoOrderId: 8, symbol: "PERP_BTC_USDT", algoType: "STOP", quantity: "1" };
    const { fetch, sent } = scripted(
      reset(),
      fail(400, -1006, "not found"),
      fail(400, 302117, "The client_order_id is repeated."),
      ok(found),
    );
    const placed = await client(fetch).algoOrders.place({ ...placeBody, clientAlgoOrderId: 8 });
    expect(placed.rows[0].algoOrderId).toBe(3);
    expect(sent.map((s) => s.method)).toEqual(["POST", "GET", "POST", "GET"]);
  });

  it("reports 302117 on a first attempt as the caller's error: that client id is in use", async () => {
    const { fetch, sent } = scripted(fail(400, 302117, "The client_order_id is repeated."));
    await expect(client(fetch).algoOrders.place({ ...placeBody, clientAlgoOrderId: 8 })).rejects.toMatchObject({
      code: "302117",
    });
    expect(sent).toHaveLength(1);
  });

  it("assigns client ids when asked, so placements become safe to retry", async () => {
    const { fetch, sent } = scripted(reset(), fail(400, -1006), ok({ rows: [{ algoType: "STOP", algoOrderId: 1 }] }));
    await client(fetch, { autoClientIds: true }).algoOrders.place(placeBody);
    const ids = sent.filter((s) => s.method === "POST").map((s) => /"clientAlgoOrderId":(\d+)/.exec(s.body!)?.[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^\d{16,19}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(sent[1]!.url).toContain(`clientAlgoOrderId=${ids[0]}`);
  });
});

describe("clock", () => {
  it("measures the offset from systemInfo and signs with the exchange's time", async () => {
    let local = 1_000_000;
    const { fetch, sent } = scripted(
      () => (
        (local += 40),
        Promise.resolve(new Response(JSON.stringify({ success: true, data: { status: 0 }, timestamp: 5_000_000 })))
      ),
      ok({ algoOrderId: 1, symbol: "X", algoType: "STOP" }),
    );
    const c = client(fetch, { now: () => local });
    expect(await c.clock.sync()).toBe(5_000_000 - 1_000_020);
    await c.algoOrders.get({ algoOrderId: 1 });
    expect(sent[1]!.ts).toBe(String(local + c.clock.offsetMs));
  });

  it("resyncs and retries once after a receive-window rejection", async () => {
    const local = 1_000_000;
    const { fetch, sent } = scripted(
      fail(400, 317179, "Request has failed as the receive window: 5000 millisecond is exceeded from 1000000"),
      () => Promise.resolve(new Response(JSON.stringify({ success: true, data: { status: 0 }, timestamp: 1_600_000 }))),
      ok({ algoOrderId: 1, symbol: "X", algoType: "STOP" }),
    );
    const retries: RetryEvent[] = [];
    await client(fetch, { now: () => local, hooks: { onRetry: (e: RetryEvent) => retries.push(e) } }).algoOrders.get({
      algoOrderId: 1,
    });
    expect(sent.map((s) => s.url.replace("http://127.0.0.1:9", ""))).toEqual([
      "/v3/trade/algoOrder?algoOrderId=1",
      "/v3/public/systemInfo",
      "/v3/trade/algoOrder?algoOrderId=1",
    ]);
    expect(sent[0]!.ts).toBe("1000000");
    expect(sent[2]!.ts).toBe("1600000");
    expect(retries.map((r) => r.strategy)).toEqual(["resync"]);
  });

  it("does not resync twice for one call", async () => {
    const { fetch, sent } = scripted(fail(400, 317179), ok({ status: 0 }), fail(400, 317179));
    await expect(client(fetch).algoOrders.get({ algoOrderId: 1 })).rejects.toMatchObject({ code: "317179" });
    expect(sent).toHaveLength(3);
  });
});

describe("timeouts, aborts and network failures", () => {
  const hang = (_u: string, init: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init.signal!.addEventListener("abort", () => reject(init.signal!.reason as Error)),
    );

  it("times out with a typed error that keeps the cause", async () => {
    const { fetch } = scripted(hang, hang);
    const err = await client(fetch, { retry: { retries: 1 } })
      .GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } }, timeoutMs: 15 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxTimeoutError);
    expect(err).toMatchObject({
      kind: "timeout",
      status: 0,
      attempts: 2,
      request: { method: "GET", path: "/v3/trade/algoOrder?algoOrderId=1" },
    });
    expect((err as Error).message).toMatch(/no answer within 15 ms/);
    expect((err as Error).cause).toBeDefined();
  });

  it("stops at once when the caller aborts", async () => {
    const { fetch, sent } = scripted(hang, hang);
    const controller = new AbortController();
    const pending = client(fetch)
      .GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } }, signal: controller.signal })
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(new Error("user gave up")), 5);
    const err = await pending;
    expect(err).toBeInstanceOf(WooxAbortError);
    expect(sent).toHaveLength(1);
  });

  it("takes timeoutMs and signal on the task-shaped helpers too", async () => {
    const { fetch } = scripted(hang);
    await expect(
      client(fetch, { retry: false }).algoOrders.get({ algoOrderId: 1 }, { timeoutMs: 10 }),
    ).rejects.toBeInstanceOf(WooxTimeoutError);
    const { fetch: fetch2 } = scripted(hang);
    const controller = new AbortController();
    const pending = client(fetch2).market.systemInfo({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(WooxAbortError);
  });

  it("maps a refused connection to a network error with status 0", async () => {
    const { fetch } = scripted(refused(), refused());
    const err = await client(fetch, { retry: { retries: 1 } })
      .market.systemInfo()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxNetworkError);
    expect(err).toMatchObject({ status: 0, outcomeUnknown: false });
  });
});

describe("hooks", () => {
  it("report each attempt with method, path, status, attempt and duration, and no credentials", async () => {
    const events: (RequestEvent | ResponseEvent | RetryEvent)[] = [];
    const push = (e: RequestEvent) => void events.push(e);
    const { fetch } = scripted(fail(503, "-1011"), ok({ algoOrderId: 1, symbol: "X", algoType: "STOP" }));
    await client(fetch, { hooks: { onRequest: push, onResponse: push, onRetry: push } }).algoOrders.get({
      algoOrderId: 1,
    });
    expect(
      events.map((e) => [
        "status" in e ? `response ${e.status}` : "strategy" in e ? `retry ${e.strategy}` : "request",
        e.attempt,
      ]),
    ).toEqual([
      ["request", 1],
      ["response 503", 1],
      ["retry retry", 1],
      ["request", 2],
      ["response 200", 2],
    ]);
    expect(events[1]).toMatchObject({
      operationId: "getAlgoOrder",
      method: "GET",
      path: "/v3/trade/algoOrder?algoOrderId=1",
      code: "-1011",
    });
    expect(typeof (events[1] as ResponseEvent).durationMs).toBe("number");
    expect(JSON.stringify(events)).not.toContain("secret-xyz");
  });
});
