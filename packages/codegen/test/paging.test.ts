import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadOpenApi, type OpenApiDoc } from "../src/load.js";
import { collectPaging } from "../src/paging.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** A one-path document: GET /list with these query parameters, answering `{ success, data }`. */
function doc(query: string[], data: Record<string, unknown>): OpenApiDoc {
  return {
    openapi: "3.1.0",
    paths: {
      "/list": {
        get: {
          operationId: "getList",
          parameters: query.map((name) => ({ name, in: "query", schema: { type: "integer" } })),
          responses: {
            "200": {
              content: {
                "application/json": {
                  schema: {
                    allOf: [
                      { $ref: "#/components/schemas/Envelope" },
                      { type: "object", properties: { data: { type: "object", properties: data } } },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Envelope: { type: "object", properties: { success: { type: "boolean" } } },
        Meta: { type: "object", properties: { total: { type: "integer" } } },
      },
    },
  };
}

describe("paging read from the spec", () => {
  it("reads the page size parameter, the rows and where the total is", () => {
    const rows = { type: "array", items: {} };
    expect(collectPaging(doc(["page", "size"], { rows, meta: { $ref: "#/components/schemas/Meta" } }))).toEqual(
      new Map([["getList", { page: "page", size: "size", rows: "rows", total: { meta: "meta" } }]]),
    );
    expect(collectPaging(doc(["page", "limit"], { rows }))).toEqual(
      new Map([["getList", { page: "page", size: "limit", rows: "rows" }]]),
    );
    expect(collectPaging(doc(["page", "size"], { count: { type: "integer" }, tradeVos: rows }))).toEqual(
      new Map([["getList", { page: "page", size: "size", rows: "tradeVos", total: { count: "count" } }]]),
    );
  });

  it("ignores lists without a page parameter", () => {
    expect(collectPaging(doc(["limit"], { rows: { type: "array" } })).size).toBe(0);
  });

  it("refuses a paged operation whose data does not hold exactly one array, naming it", () => {
    expect(() => collectPaging(doc(["page"], { count: { type: "integer" } }))).toThrow(
      /GET \/list \(getList\): takes "page", so its 200 answer's data must hold exactly one array \(the rows\); found none/,
    );
    expect(() => collectPaging(doc(["page"], { a: { type: "array" }, b: { type: "array" } }))).toThrow(/found a, b/);
  });

  it("marks the fifteen list operations of spec/openapi.yaml, transaction history sized by limit", () => {
    const paging = collectPaging(loadOpenApi(root));
    expect(paging.size).toBe(15);
    expect(paging.get("getTransactionHistory")).toEqual({
      page: "page",
      size: "limit",
      rows: "rows",
      total: { meta: "meta" },
    });
    expect(paging.get("getConvertTrades")?.total).toEqual({ count: "count" });
  });
});
