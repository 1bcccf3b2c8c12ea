import { describe, expect, it } from "vitest";
import type { ExchangeRecord } from "../src/index.js";
import { responseProblems } from "../src/testing/index.js";

// The checker must itself catch non-conforming responses, or the per-test checks prove nothing.
describe("response conformance checker", () => {
  const rec = (status: number, body: unknown, headers: Record<string, string> = {}): ExchangeRecord => ({
    method: "GET",
    target: "/v3/trade/algoOrder?algoOrderId=1",
    operationId: "getAlgoOrder",
    status,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

  it("accepts conforming success and error bodies", async () => {
    expect(
      await responseProblems(
        rec(200, { success: true, data: { algoOrderId: 1, symbol: "PERP_BTC_USDT", algoType: "STOP" }, timestamp: 1 }),
      ),
    ).toEqual([]);
    expect(await responseProblems(rec(400, { success: false, code: -1005, message: "x" }))).toEqual([]);
    expect(
      await responseProblems(rec(429, { success: false, code: -1003, message: "x" }, { "retry-after": "1" })),
    ).toEqual([]);
  });

  it("rejects a wrong body, an undocumented status, media type or header value", async () => {
    expect(
      await responseProblems(
        rec(200, { success: true, data: { symbol: "PERP_BTC_USDT", algoType: "STOP" }, timestamp: 1 }),
      ),
    ).toHaveLength(1);
    expect(
      await responseProblems(
        rec(200, {
          success: true,
          data: { algoOrderId: 1, symbol: "X", algoType: "STOP", quantity: [1] },
          timestamp: 1,
        }),
      ),
    ).toHaveLength(1);
    expect(await responseProblems(rec(400, { success: true, code: -1005, message: "x" }))).toHaveLength(1);
    expect(await responseProblems(rec(418, { success: false, code: -1005, message: "x" }))).toHaveLength(1);
    expect(
      await responseProblems({
        ...rec(400, { success: false, code: -1, message: "x" }),
        headers: { "content-type": "text/plain" },
      }),
    ).toHaveLength(1);
    expect(
      await responseProblems(rec(429, { success: false, code: -1003, message: "x" }, { "retry-after": "soon" })),
    ).toHaveLength(1);
  });

  it("holds errors to the catalog: known code, its HTTP status, its message unless the code is generic", async () => {
    expect(
      await responseProblems(
        rec(400, {
          success: false,
          code: -1103,
          message: "The order price is not following the tick size rule for the symbol.",
        }),
      ),
    ).toEqual([]);
    expect(
      await responseProblems(
        rec(400, { success: false, code: 317150, message: "trigger price must be greater than 69" }),
      ),
    ).toEqual([]);
    expect(
      await responseProblems(
        rec(400, { success: false, code: -1006, message: "Your order and symbol are not valid or already canceled." }),
      ),
    ).toEqual([]);
    expect(
      await responseProblems(rec(400, { success: false, code: -1103, message: "price 1.005 is off the tick" })),
    ).toHaveLength(1);
    expect(
      await responseProblems(
        rec(401, {
          success: false,
          code: -1103,
          message: "The order price is not following the tick size rule for the symbol.",
        }),
      ),
    ).toHaveLength(1);
    expect(await responseProblems(rec(400, { success: false, code: 999999, message: "x" }))).toHaveLength(1);
    // Maintenance is -1011 with the catalog's HTTP 400; a 503 carries a code the catalog files under 503.
    const maintenance = { success: false, code: -1011, message: "The system is under maintenance." };
    expect(await responseProblems(rec(400, maintenance))).toEqual([]);
    expect((await responseProblems(rec(503, maintenance))).join()).toMatch(
      /RPC_NOT_CONNECT is HTTP 400 in the catalog/,
    );
  });

  it("holds responses to paths outside the spec to the error envelope", async () => {
    const outside = {
      ...rec(404, { success: false, code: -1006, message: "x" }),
      operationId: undefined,
      target: "/v3/nope",
    };
    expect(await responseProblems(outside)).toEqual([]);
    expect(await responseProblems({ ...outside, body: "{}" })).toHaveLength(1);
  });
});
