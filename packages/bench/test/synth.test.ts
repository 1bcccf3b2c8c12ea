import { describe, expect, it } from "vitest";
import { copiedPath, scaleSpec } from "../src/synth.js";
import { fit } from "../src/pipeline.js";
import { quantile, summarize } from "../src/stats.js";

const doc = {
  openapi: "3.1.0",
  paths: {
    "/v3/trade/order": {
      post: {
        operationId: "placeOrder",
        "x-client-id": { field: "clientOrderId", lookup: "getOrder" },
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } },
        responses: { "400": { $ref: "#/components/responses/BadRequest" } },
      },
      get: { operationId: "getOrder", parameters: [{ $ref: "#/components/parameters/Symbol" }], responses: {} },
    },
  },
  components: {
    schemas: {
      Order: {
        oneOf: [{ $ref: "#/components/schemas/Side" }],
        discriminator: { propertyName: "t", mapping: { A: "#/components/schemas/Side" } },
      },
      Side: { type: "string", enum: ["BUY", "SELL"] },
    },
    parameters: { Symbol: { name: "symbol", in: "query", schema: { type: "string" } } },
    responses: { BadRequest: { description: "no" } },
    securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "x-api-key" } },
  },
};

describe("scaleSpec", () => {
  it("×1 is the spec itself", () => {
    expect(scaleSpec(doc, 1)).toEqual(doc);
  });

  it("copies paths, operations and components with their own names, and points each copy's refs at its own components", () => {
    const s = scaleSpec(doc, 3) as typeof doc & { paths: Record<string, (typeof doc.paths)["/v3/trade/order"]> };
    expect(Object.keys(s.paths)).toEqual(["/v3/trade/order", "/v3/x2/trade/order", "/v3/x3/trade/order"]);
    const third = s.paths["/v3/x3/trade/order"]!;
    expect(third.post.operationId).toBe("placeOrderX3");
    expect(third.post["x-client-id"]).toEqual({ field: "clientOrderId", lookup: "getOrderX3" });
    expect(third.post.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/OrderX3");
    expect(third.get.parameters[0]!.$ref).toBe("#/components/parameters/SymbolX3");
    expect(Object.keys(s.components.schemas)).toEqual(["Order", "Side", "OrderX2", "SideX2", "OrderX3", "SideX3"]);
    expect(
      (s.components.schemas as Record<string, { discriminator?: { mapping: Record<string, string> } }>).OrderX2!
        .discriminator!.mapping.A,
    ).toBe("#/components/schemas/SideX2");
    expect(Object.keys(s.components.securitySchemes)).toEqual(["apiKey"]);
    // The original is left as it was.
    expect(Object.keys(doc.paths)).toEqual(["/v3/trade/order"]);
  });

  it("names copied paths predictably", () => {
    expect(copiedPath("/v3/trade/algoOrder", 1)).toBe("/v3/trade/algoOrder");
    expect(copiedPath("/v3/trade/algoOrder", 20)).toBe("/v3/x20/trade/algoOrder");
  });
});

describe("statistics", () => {
  it("quantiles interpolate between ranks", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(summarize([5, 1, 3]).median).toBe(3);
    expect(summarize([...Array(101).keys()]).p95).toBe(95);
  });

  it("a least-squares line through points on a line has R² = 1", () => {
    const f = fit([1, 10, 20], [110, 200, 300]);
    expect(f.msPerCopy).toBeCloseTo(10);
    expect(f.interceptMs).toBeCloseTo(100);
    expect(f.r2).toBeCloseTo(1);
  });
});
