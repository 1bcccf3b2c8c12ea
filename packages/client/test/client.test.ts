import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWooxClient, MissingCredentialsError, WooxApiError, type FetchLike } from "../src/index.js";

const API_KEY = "AbmyVJGUpN064ks5ELjLfA==";
const SECRET = "QHKRXHPAW1MC9YGZMAT8YDJG2HPR";
const TS = 1578565539808;

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** An injected fetch that records exactly what the client sends and answers with the given response. */
function observedFetch(respond: (seen: Seen) => Response = () => json({ success: true, data: {}, timestamp: TS })) {
  const seen: Seen[] = [];
  const fetch: FetchLike = (url, init) => {
    const s: Seen = {
      url,
      method: init.method ?? "GET",
      headers: Object.fromEntries(new Headers(init.headers)),
      body: init.body as string | undefined,
    };
    seen.push(s);
    return Promise.resolve(respond(s));
  };
  return { fetch, seen };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { "content-type": "application/json", ...headers } });
}

// Retries are covered in reliability.test.ts; here each call is one request.
const signed = (fetch: FetchLike, extra: object = {}) =>
  createWooxClient({
    apiKey: API_KEY,
    apiSecret: SECRET,
    baseUrl: "https://api.woox.io",
    fetch,
    now: () => TS,
    retry: false,
    ...extra,
  });

describe("requests on the wire", () => {
  it("POST /v3/trade/algoOrder: compact JSON body, signed over those exact bytes", async () => {
    const { fetch, seen } = observedFetch(() =>
      json({
        success: true,
        data: { rows: [{ algoType: "TRAILING_STOP", algoOrderId: 1, clientAlgoOrderId: 0, quantity: "1" }] },
        timestamp: TS,
      }),
    );
    const client = signed(fetch);
    const { data, error } = await client.POST("/v3/trade/algoOrder", {
      body: {
        symbol: "PERP_BTC_USDT",
        side: "BUY",
        reduceOnly: false,
        type: "MARKET",
        quantity: "1",
        algoType: "TRAILING_STOP",
        callbackRate: "100",
      },
    });
    expect(error).toBeUndefined();
    expect(data?.data.rows[0]?.algoOrderId).toBe(1);
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("https://api.woox.io/v3/trade/algoOrder");
    expect(req!.body).toBe(
      '{"symbol":"PERP_BTC_USDT","side":"BUY","reduceOnly":false,"type":"MARKET","quantity":"1","algoType":"TRAILING_STOP","callbackRate":"100"}',
    );
    expect(req!.headers).toMatchObject({
      "content-type": "application/json",
      "x-api-key": API_KEY,
      "x-api-timestamp": "1578565539808",
      // Vector D1, computed with openssl.
      "x-api-signature": "a3fbbf1fbe5f88d00cb233b1e7dd5eba28a536f4a894fd667a4f99a12ed5464a",
    });
  });

  it("GET /v3/trade/algoOrder: parameters in the signed query string, no body, no content type", async () => {
    const { fetch, seen } = observedFetch();
    await signed(fetch).GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 792420 } } });
    const [req] = seen;
    expect(req!.method).toBe("GET");
    expect(req!.url).toBe("https://api.woox.io/v3/trade/algoOrder?algoOrderId=792420");
    expect(req!.body).toBeUndefined();
    expect(req!.headers["content-type"]).toBeUndefined();
    // Vector D2, computed with openssl.
    expect(req!.headers["x-api-signature"]).toBe("dc41787dfbf7a107ed6f0ed9ac0e07ba5a2f13fbe52ede2d2dfc405f13de44c6");
  });

  it("signs the path after a base URL that has a path prefix", async () => {
    const { fetch, seen } = observedFetch();
    await signed(fetch, { baseUrl: "http://127.0.0.1:9/proxy/" }).GET("/v3/trade/algoOrder", {
      params: { query: { algoOrderId: 792420 } },
    });
    expect(seen[0]!.url).toBe("http://127.0.0.1:9/proxy/v3/trade/algoOrder?algoOrderId=792420");
    expect(seen[0]!.headers["x-api-signature"]).toBe(
      "dc41787dfbf7a107ed6f0ed9ac0e07ba5a2f13fbe52ede2d2dfc405f13de44c6",
    );
  });

  it("sends a bigint client id as exact digits and reads a 19-digit id back unchanged", async () => {
    const max = 9223372036854775807n;
    const { fetch, seen } = observedFetch(() =>
      json(
        `{"success":true,"data":{"rows":[{"algoType":"STOP","algoOrderId":9223372036854775806,"clientAlgoOrderId":9223372036854775807,"quantity":"0.01"}]},"timestamp":${TS}}`,
      ),
    );
    const { data } = await signed(fetch).POST("/v3/trade/algoOrder", {
      body: {
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "BUY",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "60000",
        clientAlgoOrderId: max,
      },
    });
    expect(seen[0]!.body).toContain('"clientAlgoOrderId":9223372036854775807}');
    expect(data?.data.rows[0]?.clientAlgoOrderId).toBe(max);
    expect(data?.data.rows[0]?.algoOrderId).toBe(max - 1n);
  });
});

describe("errors", () => {
  it("turns a non-2xx envelope into a WooxApiError with its catalog entry", async () => {
    const { fetch } = observedFetch(() =>
      json({ success: false, code: -1003, message: "Rate limit exceed." }, 429, { "retry-after": "2" }),
    );
    const { data, error, response } = await signed(fetch).GET("/v3/trade/algoOrder", {
      params: { query: { algoOrderId: 1 } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(429);
    expect(error).toBeInstanceOf(WooxApiError);
    expect(error).toMatchObject({
      code: "-1003",
      codeName: "TOO_MANY_REQUEST",
      retryable: true,
      retryAfterMs: 2000,
      request: { method: "GET", path: "/v3/trade/algoOrder?algoOrderId=1" },
    });
  });

  it("treats success: false on HTTP 200 as an error too", async () => {
    const { fetch } = observedFetch(() =>
      json({ success: false, code: "-1011", message: "The system is under maintenance." }),
    );
    const { error } = await signed(fetch).GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(error).toMatchObject({ httpStatus: 200, code: "-1011", codeName: "RPC_NOT_CONNECT" });
  });

  it("reports a body that is not JSON with the parse failure as cause", async () => {
    const { fetch } = observedFetch(() => new Response("<html>ok?</html>", { status: 200 }));
    const { error } = await signed(fetch).GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(error).toBeInstanceOf(WooxApiError);
    expect(error?.cause).toBeInstanceOf(SyntaxError);
  });

  it("a 200 fundingRate answer with a 17-digit fraction is data, not an error (issue 13 §1)", async () => {
    const { fetch } = observedFetch(() =>
      json(
        `{"success":true,"data":{"rows":[{"symbol":"PERP_BTC_USDT","estFundingRate":0.30000000000000004,"estFundingRateTimestamp":${TS},"lastFundingRate":-0.00012345678901234567,"lastFundingRateTimestamp":${TS},"nextFundingTime":1e12345678901234567,"lastFundingIntervalHours":8,"estFundingIntervalHours":8}]},"timestamp":${TS}}`,
      ),
    );
    const client = createWooxClient({ baseUrl: "https://api.woox.io", fetch, retry: false });
    const { data, error, response } = await client.GET("/v3/public/fundingRate", {
      params: { query: { symbol: "PERP_BTC_USDT" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    const row = data?.data.rows[0];
    expect(row?.estFundingRate).toBe(0.30000000000000004);
    expect(row?.lastFundingRate).toBe(-0.00012345678901234567);
    expect(row?.nextFundingTime).toBe(Infinity);
    expect(row?.estFundingIntervalHours).toBe(8);
  });

  it("keeps a 64-bit id in a non-2xx error body exact", async () => {
    const { fetch } = observedFetch(() =>
      json('{"success":false,"code":-1006,"message":"order not found","data":{"orderId":9223372036854775806}}', 400),
    );
    const { error } = await signed(fetch).GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(error).toMatchObject({ httpStatus: 400, code: "-1006", codeName: "RESOURCE_NOT_FOUND" });
    expect(error?.body).toEqual({
      success: false,
      code: -1006,
      message: "order not found",
      data: { orderId: 9223372036854775806n },
    });
  });

  it("keeps a non-2xx body that is not JSON as its text", async () => {
    const { fetch } = observedFetch(() => new Response("<html>502 Bad Gateway</html>", { status: 502 }));
    const { error } = await signed(fetch).GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
    expect(error).toMatchObject({ httpStatus: 502, code: null, body: "<html>502 Bad Gateway</html>" });
  });

  it("throws instead of returning { error } in throwing mode", async () => {
    const { fetch } = observedFetch(() =>
      json({ success: false, code: -1005, message: "quantity must be positive" }, 400),
    );
    const client = signed(fetch, { throwOnError: true });
    await expect(client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } })).rejects.toMatchObject({
      name: "WooxApiError",
      codeName: "INVALID_PARAM",
      wooMessage: "quantity must be positive",
    });
  });

  it("refuses a private call without credentials before sending anything", async () => {
    const { fetch, seen } = observedFetch();
    const client = createWooxClient({ fetch });
    await expect(client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } })).rejects.toBeInstanceOf(
      MissingCredentialsError,
    );
    expect(seen).toHaveLength(0);
  });

  it("names the bad option", () => {
    expect(() => createWooxClient({ apiKey: "k" })).toThrow(/pass both apiKey and apiSecret.*only apiKey/);
    expect(() => createWooxClient({ apiKey: "", apiSecret: "s" })).toThrow(/apiKey must be a non-empty string/);
    expect(() => createWooxClient({ baseUrl: "api.woox.io" })).toThrow(/baseUrl must be an absolute http\(s\) URL/);
  });
});

describe("the secret never leaks", () => {
  afterEach(() => vi.restoreAllMocks());

  it("appears in no error, result, client, serialisation or log line", async () => {
    const logged: string[] = [];
    for (const m of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, m).mockImplementation(
        (...args: unknown[]) => void logged.push(args.map((a) => inspect(a, { depth: 10 })).join(" ")),
      );
    }
    const responses = [
      json({ success: false, code: -1002, message: "The request is unauthorized." }, 401),
      json({ success: false, code: "-1011", message: "maintenance" }),
      new Response("not json", { status: 200 }),
      json({ success: true, data: { rows: [] }, timestamp: TS }),
    ];
    const { fetch } = observedFetch(() => responses.shift() ?? json({}, 500));
    // With retries on, so that the retry and reconcile paths are covered too.
    const client = signed(fetch, { retry: { retries: 2 }, sleep: () => Promise.resolve(), autoClientIds: true });
    const body = {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "1",
      triggerPrice: "1",
    } as const;
    const outcomes: unknown[] = [client];
    for (let i = 0; i < 5; i++) outcomes.push(await client.POST("/v3/trade/algoOrder", { body }));
    outcomes.push(
      await signed(fetch, { throwOnError: true })
        .GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } })
        .catch((e: unknown) => e),
    );
    outcomes.push(
      await createWooxClient({ fetch })
        .GET("/v3/trade/algoOrder")
        .catch((e: unknown) => e),
    );
    outcomes.push(
      (() => {
        try {
          return createWooxClient({ apiSecret: SECRET });
        } catch (e) {
          return e;
        }
      })(),
    );

    const texts = outcomes.flatMap((o) => [
      inspect(o, { depth: 20, showHidden: true, getters: true }),
      JSON.stringify(o, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "",
      o instanceof Error ? `${o.message}\n${o.stack ?? ""}` : "",
    ]);
    expect(texts.join("\n").length).toBeGreaterThan(1000);
    for (const text of [...texts, ...logged]) expect(text).not.toContain(SECRET);
  });
});
