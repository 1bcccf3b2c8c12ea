import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_DOCS_BASE_URL, WooxApiError, isWooxApiError, setDocsBaseUrl } from "../src/index.js";

afterEach(() => setDocsBaseUrl(DEFAULT_DOCS_BASE_URL));

describe("WooxApiError", () => {
  it("carries the catalog entry of a known code", () => {
    const err = WooxApiError.from({
      status: 429,
      body: { success: false, code: -1003, message: "Rate limit exceed." },
      request: { method: "POST", path: "/v3/trade/algoOrder" },
    });
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({
      name: "WooxApiError",
      api: "woox",
      code: "-1003",
      codeName: "TOO_MANY_REQUEST",
      known: true,
      httpStatus: 429,
      category: "rate_limit",
      retryable: true,
      recovery: "backoff",
      wooMessage: "Rate limit exceed.",
      docsUrl: `${DEFAULT_DOCS_BASE_URL}/errors/woox/-1003`,
    });
    expect(err.hint.length).toBeGreaterThan(10);
    expect(err.message).toContain("TOO_MANY_REQUEST");
    expect(err.message).toContain("POST /v3/trade/algoOrder");
  });

  it("normalises a code that arrives as a string", () => {
    const err = WooxApiError.from({
      status: 400,
      body: { success: false, code: "-1011", message: "The system is under maintenance." },
    });
    expect(err.code).toBe("-1011");
    expect(err.codeName).toBe("RPC_NOT_CONNECT");
  });

  it("falls back to an unknown-code error that keeps the raw code and message", () => {
    const err = WooxApiError.from({ status: 418, body: { success: false, code: 999999, message: "teapot" } });
    expect(err).toMatchObject({
      known: false,
      code: "999999",
      codeName: null,
      wooMessage: "teapot",
      httpStatus: 418,
      category: "unknown",
      retryable: false,
    });
    expect(err.entry).toBeUndefined();
    expect(err.message).toContain("999999");
    expect(err.message).toContain("teapot");
  });

  it("infers category and retryability from the status when the body has no envelope", () => {
    const busy = WooxApiError.from({ status: 503, body: "<html>Service Unavailable</html>" });
    expect(busy).toMatchObject({ code: null, category: "maintenance", retryable: true, recovery: "backoff" });
    expect(busy.wooMessage).toContain("Service Unavailable");
    const denied = WooxApiError.from({ status: 401, body: "" });
    expect(denied).toMatchObject({ category: "authentication", retryable: false, wooMessage: null });
  });

  it("looks Pro codes up in the Pro table when asked", () => {
    const err = WooxApiError.from({
      api: "woox-pro",
      status: 400,
      body: { code: 40035, message: "The order is not exist" },
    });
    expect(err.codeName).not.toBeNull();
    expect(err.docsUrl).toBe(`${DEFAULT_DOCS_BASE_URL}/errors/woox-pro/40035`);
  });

  it("points docsUrl at a configurable base", () => {
    setDocsBaseUrl("http://127.0.0.1:4321/docs/");
    expect(WooxApiError.from({ status: 429, body: { code: -1003 } }).docsUrl).toBe(
      "http://127.0.0.1:4321/docs/errors/woox/-1003",
    );
    expect(
      WooxApiError.from({ status: 429, body: { code: -1003 }, docsBaseUrl: "https://mirror.example" }).docsUrl,
    ).toBe("https://mirror.example/errors/woox/-1003");
    expect(() => setDocsBaseUrl("not a url")).toThrow(/not an absolute URL/);
  });

  it("keeps the cause and serialises to plain data", () => {
    const cause = new SyntaxError("bad json");
    const err = WooxApiError.from({ status: 502, body: "oops", cause });
    expect(err.cause).toBe(cause);
    const json = JSON.parse(JSON.stringify(err)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: "WooxApiError", httpStatus: 502, category: "server" });
    expect(inspect(err)).toContain("WooxApiError");
    expect(isWooxApiError(err)).toBe(true);
    expect(isWooxApiError(new Error("x"))).toBe(false);
  });
});
