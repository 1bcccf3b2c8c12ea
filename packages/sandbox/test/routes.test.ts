import { describe, expect, it } from "vitest";
import { SandboxError } from "../src/errors.js";
import { findRoute, pathMatcher, ROUTES } from "../src/http/routes.js";

describe("routing from the operation table", () => {
  it("finds an operation by method and path, and tells a wrong method (405) from an unknown path (404)", () => {
    const found = findRoute("DELETE", "/v3/trade/algoOrder");
    expect(found.kind === "found" && found.route.operationId).toBe("cancelAlgoOrder");
    expect(findRoute("PATCH", "/v3/trade/algoOrder").kind).toBe("method");
    expect(findRoute("GET", "/v3/trade/algoOrder/").kind).toBe("none");
    expect(findRoute("GET", "/v3/nothing").kind).toBe("none");
  });

  it("routes every operation of the table to itself", () => {
    for (const r of ROUTES) {
      const found = findRoute(r.meta.method, r.meta.path);
      expect(found.kind === "found" && found.route.operationId, r.operationId).toBe(r.operationId);
    }
  });

  it("routes an operation's alternative paths (x-alternative-paths) to it, and only for its method", () => {
    const deadman = findRoute("POST", "/v3/trade/order/cancelAllAfter");
    expect(deadman.kind === "found" && deadman.route.operationId).toBe("cancelAllAfter");
    expect(findRoute("GET", "/v3/trade/order/cancelAllAfter").kind).toBe("method");
    const margin = findRoute("POST", "/v3/account/isolatedMargin/margin");
    expect(margin.kind === "found" && margin.route.operationId).toBe("adjustIsolatedMargin");
    const alternatives = ROUTES.flatMap((r) => (r.meta.alternativePaths ?? []).map((path) => [r, path] as const));
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    for (const [r, path] of alternatives) {
      const found = findRoute(r.meta.method, path);
      expect(found.kind === "found" && found.route.operationId, path).toBe(r.operationId);
    }
  });

  it("matches path templates and decodes their values", () => {
    const match = pathMatcher({
      path: "/v3/asset/wallet/withdraw/{withdrawId}/{token}",
      pathParams: ["withdrawId", "token"],
    });
    expect(match("/v3/asset/wallet/withdraw/42/USDT")).toEqual({ withdrawId: "42", token: "USDT" });
    expect(match("/v3/asset/wallet/withdraw/a%2Fb/x")).toEqual({ withdrawId: "a/b", token: "x" });
    expect(match("/v3/asset/wallet/withdraw/42")).toBeUndefined();
    expect(match("/v3/asset/wallet/withdraw/42/USDT/more")).toBeUndefined();
    expect(match("/v3/asset/wallet/withdraw//USDT")).toBeUndefined();
    // Bad percent-encoding is the client's error (-1005), not a crash.
    expect(() => match("/v3/asset/wallet/withdraw/%E0%A4%A/x")).toThrow(SandboxError);
  });
});
