import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_DOCS_BASE_URL,
  WooxApiError,
  WooxError,
  isWooxApiError,
  isWooxError,
  setDocsBaseUrl,
} from "../src/index.js";
import { explainError, lookupError } from "../src/text.js";
import { wooxPro } from "../src/woox-pro.js";

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
    expect(err.rule).toBeUndefined();
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
      catalog: wooxPro,
      status: 400,
      body: { code: 40035, message: "The order is not exist" },
    });
    expect(err.api).toBe("woox-pro");
    expect(err.codeName).toBe(lookupError(40035, "woox-pro")!.name);
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

describe("explain()", () => {
  it("loads the catalog's hint and prose for a known code", async () => {
    const err = WooxApiError.from({ status: 429, body: { code: -1003, message: "Rate limit exceed." } });
    const entry = lookupError(-1003)!;
    const explained = await err.explain();
    expect(explained).toMatchObject({ hint: entry.hint, docsUrl: err.docsUrl });
    expect(explained.text).toMatchObject({ hint: entry.hint, message: entry.message, source: entry.source });
    expect(explainError(err)).toEqual(explained);
  });

  it("reads the WOO X Pro prose from the WOO X Pro table", async () => {
    const err = WooxApiError.from({ catalog: wooxPro, status: 400, body: { code: 40035, message: "x" } });
    expect((await err.explain()).text?.message).toBe("The order is not exist");
  });

  it("advises on a code the catalog lacks, and on an answer without an envelope", async () => {
    const unknown = await WooxApiError.from({ status: 418, body: { code: 999999 } }).explain();
    expect(unknown.text).toBeUndefined();
    expect(unknown.hint).toContain("999999 is not in the woox-sdk error catalog");
    const bare = WooxApiError.from({ status: 502, body: "<html>Bad gateway</html>" });
    expect((await bare.explain()).hint).toMatch(/HTTP 502 without a WOO X error envelope/);
    expect(bare.message).toMatch(/HTTP 502 without a WOO X error envelope/);
  });
});

describe("the WooxError family", () => {
  const request = { operationId: "placeAlgoOrder", method: "POST", path: "/v3/trade/algoOrder" };

  it("makes WooxApiError a WooxError of kind api with the operation, method and path", () => {
    const err = WooxApiError.from({ status: 400, body: { code: -1005, message: "bad" }, request });
    expect(err).toBeInstanceOf(WooxError);
    expect(err).toMatchObject({
      kind: "api",
      operationId: "placeAlgoOrder",
      method: "POST",
      path: "/v3/trade/algoOrder",
    });
    expect(isWooxError(err)).toBe(true);
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ kind: "api", request });
  });

  it("recognises errors of another copy of the package by their registered brand, not by name", () => {
    // What a second installed copy's errors look like to this copy: another class, the same brand.
    class OtherCopyError extends Error {
      readonly kind = "api";
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for("@woox-sdk/errors.WooxError"), { value: true });
      }
    }
    const foreign = new OtherCopyError("from the other copy");
    expect(foreign).not.toBeInstanceOf(WooxError);
    expect(isWooxError(foreign)).toBe(true);
    expect(isWooxApiError(foreign)).toBe(true);
    const impostor = Object.assign(new Error("x"), { name: "WooxApiError", codeName: "X" });
    expect(isWooxError(impostor)).toBe(false);
    expect(isWooxApiError(impostor)).toBe(false);
    expect(isWooxError(null)).toBe(false);
  });

  it("keeps Retry-After and rate-limit headers only, and reads the wait from Retry-After", () => {
    const headers = new Headers({
      "Retry-After": "2",
      "X-RateLimit-Remaining": "0",
      "RateLimit-Reset": "1",
      "Set-Cookie": "session=secret",
      "X-Api-Key": "echoed-key",
      "Content-Type": "application/json",
    });
    const err = WooxApiError.from({ status: 429, body: { code: -1003 }, headers, request });
    expect(err.headers).toEqual({ "retry-after": "2", "x-ratelimit-remaining": "0", "ratelimit-reset": "1" });
    expect(err.retryAfterMs).toBe(2000);
    expect(JSON.stringify(err)).not.toMatch(/secret|echoed-key/);
    const plain = WooxApiError.from({
      status: 429,
      body: { code: -1003 },
      headers: { "retry-after": ["3"], "x-other": "y" },
    });
    expect(plain.headers).toEqual({ "retry-after": "3" });
    expect(plain.retryAfterMs).toBe(3000);
    expect(WooxApiError.from({ status: 429, body: {}, retryAfterMs: 5, headers }).retryAfterMs).toBe(5);
  });

  it("reads an HTTP-date Retry-After as the time left, and ignores an unreadable one", () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const wait = WooxApiError.from({ status: 503, body: "", headers: { "retry-after": at } }).retryAfterMs!;
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(
      WooxApiError.from({ status: 503, body: "", headers: { "retry-after": "soon" } }).retryAfterMs,
    ).toBeUndefined();
  });
});
