// The lookup's search, without a browser: the browser tests check the same behaviour through the page.
import { describe, expect, it } from "vitest";
import { catalog } from "@woox-sdk/errors/text";
import { searchCatalog } from "../src/lookup.js";

const first = (q: string, api?: "woox" | "woox-pro") => searchCatalog(catalog, q, api ? { api } : {})[0]?.entry;

describe("searchCatalog", () => {
  it.each([
    ["40035", "woox-pro", "ORDER_NOT_EXIST"],
    ["-1003", "woox", "TOO_MANY_REQUEST"],
    ["1003", "woox", "TOO_MANY_REQUEST"],
    [" -1003 ", "woox", "TOO_MANY_REQUEST"],
    ["TOO_MANY_REQUEST", "woox", "TOO_MANY_REQUEST"],
    ["too many request", "woox", "TOO_MANY_REQUEST"],
    ["order is not exist", "woox-pro", "ORDER_NOT_EXIST"],
    ["Rate limit exceed", "woox", "TOO_MANY_REQUEST"],
    // The catalog keeps the curly apostrophe as published; a straight one must find it too.
    ["symbol can't be empty", "woox", "SYMBOL_REQUIRED"],
  ])("%j finds %s %s first", (q, api, name) => {
    expect(first(q)).toMatchObject({ api, name });
  });

  it("finds every code by its exact value, first", () => {
    for (const e of catalog) expect(first(String(e.code), e.api)).toBe(e);
  });

  it("finds every named entry by its name, first", () => {
    for (const e of catalog) expect(first(e.name, e.api)).toBe(e);
  });

  it("prefixes list several codes, exact matches before prefixes", () => {
    const hits = searchCatalog(catalog, "3171");
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((h) => String(h.entry.code).startsWith("3171"))).toBe(true);
  });

  it("filters by api and finds nothing for an empty or unmatched query", () => {
    expect(searchCatalog(catalog, "40035", { api: "woox" })).toEqual([]);
    expect(searchCatalog(catalog, "   ")).toEqual([]);
    expect(searchCatalog(catalog, "zzzz qqqq")).toEqual([]);
    expect(searchCatalog(catalog, "order", { limit: 3 })).toHaveLength(3);
  });
});
