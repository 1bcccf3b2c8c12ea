import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import { categories, normalizeCode, woox } from "../src/index.js";
import { catalog, errorsOf, groups, lookupError, lookupErrorByName, textOf } from "../src/text.js";
import { lookupWooxProError, lookupWooxProErrorByName, wooxPro, WooxProCode } from "../src/woox-pro.js";

// The published WOO X Pro table, transcribed row by row (code, HTTP status, message, section).
const seedRows = readFileSync(new URL("./fixtures/woox-pro-seed.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l !== "" && !l.startsWith("#"))
  .map((l) => {
    const [code, status, message, section] = l.split("\t");
    return { code: Number(code), status: Number(status), message: message!, section: section! };
  });

describe("the error catalog", () => {
  it("holds every row of the WOO X Pro seed table with its exact message and HTTP status", () => {
    expect(seedRows).toHaveLength(76);
    for (const row of seedRows) {
      const entry = lookupError(row.code, "woox-pro");
      expect(entry, `woox-pro ${row.code}`).toBeDefined();
      expect(entry!.httpStatus, `status of ${row.code}`).toBe(row.status);
      expect(entry!.message, `message of ${row.code}`).toBe(row.message);
      expect(entry!.source).toBe("documented");
    }
    expect(errorsOf("woox-pro")).toHaveLength(seedRows.length);
  });

  it("keeps the seed's grouping: global HTTP, authentication and contract codes in their own groups", () => {
    const groupOf = (code: number) => lookupError(code, "woox-pro")!.group;
    const bySection = new Map<string, Set<string>>();
    for (const row of seedRows)
      bySection.set(row.section, (bySection.get(row.section) ?? new Set()).add(groupOf(row.code)));
    for (const ids of bySection.values()) expect(ids.size).toBe(1);
    expect(new Set([...bySection.values()].map((s) => [...s][0])).size).toBe(3);
  });

  it("has the V3 codes -1000 … -1105 with their documented statuses", () => {
    const expected: [number, number, string][] = [
      [-1000, 500, "UNKNOWN"],
      [-1001, 401, "INVALID_SIGNATURE"],
      [-1002, 401, "UNAUTHORIZED"],
      [-1003, 429, "TOO_MANY_REQUEST"],
      [-1004, 400, "UNKNOWN_PARAM"],
      [-1005, 400, "INVALID_PARAM"],
      [-1006, 400, "RESOURCE_NOT_FOUND"],
      [-1007, 409, "DUPLICATE_REQUEST"],
      [-1008, 400, "QUANTITY_TOO_HIGH"],
      [-1009, 400, "CAN_NOT_WITHDRAWAL"],
      [-1011, 400, "RPC_NOT_CONNECT"],
      [-1012, 400, "RPC_REJECT"],
      [-1101, 400, "RISK_TOO_HIGH"],
      [-1102, 400, "MIN_NOTIONAL"],
      [-1103, 400, "PRICE_FILTER"],
      [-1104, 400, "SIZE_FILTER"],
      [-1105, 400, "PERCENTAGE_FILTER"],
    ];
    for (const [code, status, name] of expected) {
      const e = lookupError(code);
      expect(e, String(code)).toMatchObject({ api: "woox", httpStatus: status, name, source: "documented" });
    }
  });

  it("gives every entry a name, category, retryable flag, recovery and one-line hint", () => {
    expect(catalog.length).toBeGreaterThan(200);
    for (const e of catalog) {
      const label = `${e.api} ${e.code}`;
      expect(e.name, label).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(categories, label).toContain(e.category);
      expect(typeof e.retryable, label).toBe("boolean");
      expect(e.hint.trim().length, label).toBeGreaterThan(10);
      expect(e.hint, label).not.toContain("\n");
      if (e.retryable) expect(e.recovery, label).not.toBe("none");
      if (e.message === null) expect(e.note, label).toBeTruthy();
      expect(
        groups.some((g) => g.id === e.group && g.api === e.api),
        label,
      ).toBe(true);
    }
  });

  it("marks exactly the transient codes retryable", () => {
    expect(lookupError(-1003)).toMatchObject({ retryable: true, recovery: "backoff", category: "rate_limit" });
    expect(lookupError(317179)).toMatchObject({ retryable: true, recovery: "resync" });
    expect(lookupError(302117)).toMatchObject({ retryable: false, recovery: "reconcile" });
    expect(lookupError(-1005)).toMatchObject({ retryable: false, recovery: "none" });
    expect(lookupError(40035, "woox-pro")).toMatchObject({ retryable: false });
  });

  it("never reuses a code or a name within an api", () => {
    for (const api of ["woox", "woox-pro"] as const) {
      const entries = errorsOf(api);
      expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
      expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    }
  });
});

describe("lookup", () => {
  it("finds codes sent as numbers or strings, as the API does both", () => {
    expect(lookupError("-1011")).toBe(lookupError(-1011));
    expect(lookupError(" -1011 ")).toBe(lookupError(-1011));
    expect(lookupError("40035", "woox-pro")?.message).toBe("The order is not exist");
  });

  it("keeps the apis apart: a Pro code is not a V3 code", () => {
    expect(lookupError(40035)).toBeUndefined();
    expect(lookupError(-1003, "woox-pro")).toBeUndefined();
  });

  it("answers undefined for codes that are not integers or not in the table", () => {
    expect(lookupError("abc")).toBeUndefined();
    expect(lookupError(1.5)).toBeUndefined();
    expect(lookupError(-9999)).toBeUndefined();
    expect(normalizeCode("007")).toBe("7");
    expect(normalizeCode(null)).toBeUndefined();
  });

  it("finds entries by their stable name", () => {
    expect(lookupErrorByName("TOO_MANY_REQUEST")?.code).toBe(-1003);
    expect(lookupErrorByName("NOT_A_NAME")).toBeUndefined();
  });
});

describe("the split: run-time rules apart from the prose", () => {
  it("gives the root only the fields decisions read, and /text the same entries with their prose", () => {
    for (const full of catalog) {
      const rule = full.api === "woox" ? root.lookupError(full.code) : lookupWooxProError(full.code);
      const label = `${full.api} ${full.code}`;
      expect(rule, label).toBeDefined();
      expect(Object.keys(rule!).sort(), label).toEqual(
        Object.keys(full)
          .filter((k) => !(k in textOf(full.code, full.api)!))
          .sort(),
      );
      expect(full, label).toMatchObject(rule!);
      expect(rule, label).not.toHaveProperty("hint");
    }
    expect(woox.rules.length + wooxPro.rules.length).toBe(catalog.length);
  });

  it("keeps WOO X Pro out of the root: its own subpath, and a clear error when asked for at the root", () => {
    expect(root.lookupError(40035)).toBeUndefined();
    expect(() => root.lookupError(40035, "woox-pro" as "woox")).toThrow(/@woox-sdk\/errors\/woox-pro/);
    expect(lookupWooxProError("40035")?.name).toBe(lookupError(40035, "woox-pro")?.name);
    expect(lookupWooxProErrorByName(lookupError(40035, "woox-pro")!.name)?.code).toBe(40035);
    expect(Object.keys(root)).not.toContain("WooxProCode");
    expect(WooxProCode[lookupWooxProError(40035)!.name as keyof typeof WooxProCode]).toBe(40035);
  });

  it("finds V3 rules by code or name at the root", () => {
    expect(root.lookupError("-1003")).toBe(root.lookupError(-1003));
    expect(root.lookupErrorByName("TOO_MANY_REQUEST")?.code).toBe(-1003);
    expect(root.lookupError(-1003)).toMatchObject({ retryable: true, recovery: "backoff", processed: "no" });
  });

  it("loads an api's prose once, and again after a failed load", async () => {
    const first = await woox.loadText();
    expect(await woox.loadText()).toBe(first);
    expect(first["-1003"]?.hint).toBe(lookupError(-1003)?.hint);
    let calls = 0;
    const flaky = (await import("../src/catalog.js")).defineCatalog("woox", [], () =>
      ++calls === 1 ? Promise.reject(new Error("chunk failed")) : Promise.resolve({}),
    );
    await expect(flaky.loadText()).rejects.toThrow("chunk failed");
    await expect(flaky.loadText()).resolves.toEqual({});
    expect(calls).toBe(2);
  });
});
