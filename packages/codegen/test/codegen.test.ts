import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { checkDrift, generate, GENERATED_HEADER, SpecError, validateErrorTable, writeGenerated } from "../src/index.js";
import { collectOperations } from "../src/operations.js";
import { renderClientOperations } from "../src/tables.js";
import { loadOpenApi } from "../src/load.js";
import { entryFields, renderErrorTypes } from "../src/error-schema.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const schema = JSON.parse(readFileSync(join(root, "spec/errors.schema.json"), "utf8")) as object;
const table = () =>
  parse(readFileSync(join(root, "spec/errors.yaml"), "utf8")) as { errors: Record<string, unknown>[] };

/** Just the corners of the spec these tests edit. */
interface SpecDoc {
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  paths: Record<string, Record<string, Record<string, unknown>>>;
}

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A scratch repo root holding a copy of spec/, for generating from edited specs. */
function scratchRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "woox-codegen-"));
  temps.push(dir);
  cpSync(join(root, "spec"), join(dir, "spec"), { recursive: true });
  return dir;
}

describe("pnpm gen", () => {
  it("left every committed generated file up to date (run `pnpm gen` if this fails)", async () => {
    expect(await checkDrift(root)).toEqual({ stale: [], missing: [], orphaned: [] });
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    const a = await generate(root);
    const b = await generate(root);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);
  });

  it("heads every generated TypeScript file with the do-not-edit line naming `pnpm gen`", async () => {
    for (const [path, content] of await generate(root)) {
      if (!path.endsWith(".ts")) continue;
      expect(path).toMatch(/\.gen\.ts$/);
      expect(content.startsWith(GENERATED_HEADER), path).toBe(true);
      expect(content).toContain("generated — do not edit — regenerate with `pnpm gen`");
    }
  });

  it("reports stale, missing and orphaned files", async () => {
    const dir = scratchRoot();
    await writeGenerated(dir);
    expect(await checkDrift(dir)).toEqual({ stale: [], missing: [], orphaned: [] });
    writeFileSync(join(dir, "packages/client/src/operations.gen.ts"), "// edited by hand\n");
    rmSync(join(dir, "packages/errors/src/groups.gen.ts"));
    mkdirSync(join(dir, "packages/extra/src"), { recursive: true });
    writeFileSync(join(dir, "packages/extra/src/old.gen.ts"), `${GENERATED_HEADER}\n`);
    expect(await checkDrift(dir)).toEqual({
      stale: ["packages/client/src/operations.gen.ts"],
      missing: ["packages/errors/src/groups.gen.ts"],
      orphaned: ["packages/extra/src/old.gen.ts"],
    });
  });

  it("carries a spec edit into the types and the operation metadata with no hand edit", async () => {
    const dir = scratchRoot();
    const specFile = join(dir, "spec/openapi.yaml");
    const doc = parse(readFileSync(specFile, "utf8")) as SpecDoc;
    doc.components.schemas.AlgoOrder!.properties.sandboxOnlyField = { type: "string", description: "added by a test" };
    (doc.paths["/v3/trade/algoOrder"]!.get!["x-rate-limit"] as { requests: number }).requests = 7;
    writeFileSync(specFile, stringify(doc));
    const files = await generate(dir);
    expect(files.get("packages/types/src/openapi.gen.ts")).toContain("sandboxOnlyField?: string;");
    expect(files.get("packages/client/src/operations.gen.ts")).toMatch(/const getAlgoOrder = \{[^}]*requests: 7,/);
    expect(files.get("packages/types/openapi.json")).toContain("sandboxOnlyField");
  });

  it("carries an error-table edit into the catalog", async () => {
    const dir = scratchRoot();
    const file = join(dir, "spec/errors.yaml");
    const t = parse(readFileSync(file, "utf8")) as { errors: Record<string, unknown>[] };
    t.errors[0]!.hint = "A hint edited by a test.";
    writeFileSync(file, stringify(t));
    expect((await generate(dir)).get("packages/errors/src/text-woox.gen.ts")).toContain("A hint edited by a test.");
  });
});

describe("errors.yaml validation", () => {
  const withEntry = (mutate: (errors: Record<string, unknown>[]) => void) => {
    const t = table();
    mutate(t.errors);
    return () => validateErrorTable(t, schema);
  };

  it("accepts the committed table", () => {
    expect(validateErrorTable(table(), schema).errors.length).toBeGreaterThan(200);
  });

  it("rejects a duplicate code, naming both entries", () => {
    const run = withEntry((e) => e.push({ ...e[0], name: "SOME_OTHER_NAME" }));
    expect(run).toThrow(SpecError);
    expect(run).toThrow(
      /errors\[\d+\] \(woox -1000 SOME_OTHER_NAME\): duplicate code -1000 in api woox \(first at errors\[0\]/,
    );
  });

  it("rejects a duplicate name within an api", () => {
    expect(withEntry((e) => (e[1]!.name = e[0]!.name))).toThrow(
      /errors\[1\] \(woox -1001 UNKNOWN\): duplicate name UNKNOWN/,
    );
  });

  it("rejects a missing field, naming the entry and the field", () => {
    expect(withEntry((e) => delete e[3]!.hint)).toThrow(
      /errors\[3\] \(woox -1003 TOO_MANY_REQUEST\): must have required property 'hint'/,
    );
  });

  it("rejects an HTTP status outside 100–599", () => {
    expect(withEntry((e) => (e[2]!.httpStatus = 700))).toThrow(
      /errors\[2\] \(woox -1002 UNAUTHORIZED\)\/httpStatus: must be <= 599/,
    );
    expect(withEntry((e) => (e[2]!.httpStatus = 42))).toThrow(/httpStatus: must be >= 100/);
  });

  it("rejects a retryable entry with no way to recover, and a group of another api", () => {
    expect(withEntry((e) => Object.assign(e[4]!, { retryable: true, recovery: "none" }))).toThrow(
      /errors\[4\] \(woox -1004 UNKNOWN_PARAM\)\/recovery: must NOT be valid/,
    );
    expect(withEntry((e) => (e[0]!.group = "woox-pro-contract"))).toThrow(
      /errors\[0\] \(woox -1000 UNKNOWN\): group "woox-pro-contract" belongs to api woox-pro/,
    );
  });
});

describe("the operation table", () => {
  const codes = new Set(
    (table().errors as { api: string; code: number }[]).filter((e) => e.api === "woox").map((e) => e.code),
  );
  const docWith = (edit: (doc: SpecDoc & Record<string, unknown>) => void) => {
    const doc = loadOpenApi(root) as unknown as SpecDoc & Record<string, unknown>;
    edit(doc);
    return () => collectOperations(doc, codes);
  };
  const place = (doc: SpecDoc) => doc.paths["/v3/trade/algoOrder"]!.post!;

  it("reads method, path, security, x-rate-limit and the client-id rule of every operation", () => {
    const ops = collectOperations(loadOpenApi(root), codes);
    expect(ops.find((o) => o.operationId === "placeAlgoOrder")).toMatchObject({
      method: "POST",
      path: "/v3/trade/algoOrder",
      auth: true,
      security: ["apiKey", "apiSignature", "apiTimestamp"],
      body: "required",
      rateLimit: { requests: 2, perMs: 1000, key: { scope: "field", name: "symbol", in: "body" } },
      clientId: { field: "clientAlgoOrderId", lookup: "getAlgoOrder" },
      openOrderLimits: { perInstrument: 100 },
    });
    const get = ops.find((o) => o.operationId === "getAlgoOrder");
    expect(get?.rateLimit.key).toEqual({ scope: "account" });
    expect(get?.queryParams).toContainEqual({ name: "clientAlgoOrderId", required: false });
    expect(ops.find((o) => o.operationId === "getSystemInfo")).toMatchObject({ auth: false, security: [] });
  });

  it("names the operation and the field for a rate-limit key that is neither account, ip nor a field", () => {
    const run = docWith((doc) => ((place(doc)["x-rate-limit"] as { key: string }).key = "symbl"));
    expect(run).toThrow(
      /POST \/v3\/trade\/algoOrder: x-rate-limit.key "symbl" must be "account", "ip" or a query parameter or body field/,
    );
  });

  it("resolves a rate-limit key on a query parameter", () => {
    const run = docWith(
      (doc) => ((doc.paths["/v3/trade/orders"]!.get!["x-rate-limit"] as { key: string }).key = "symbol"),
    );
    expect(run().find((o) => o.operationId === "getOrders")?.rateLimit.key).toEqual({
      scope: "field",
      name: "symbol",
      in: "query",
    });
  });

  it("handles path templates, and rejects a placeholder without its path parameter", () => {
    const ok = docWith((doc) => {
      doc.paths["/v3/asset/wallet/withdraw/{withdrawId}"] = {
        delete: {
          ...structuredClone(doc.paths["/v3/trade/algoOrder"]!.delete!),
          operationId: "cancelWithdrawal",
          parameters: [{ name: "withdrawId", in: "path", required: true, schema: { type: "string" } }],
        },
      };
    });
    expect(ok().find((o) => o.operationId === "cancelWithdrawal")).toMatchObject({
      path: "/v3/asset/wallet/withdraw/{withdrawId}",
      pathParams: ["withdrawId"],
      queryParams: [],
    });
    const missing = docWith((doc) => {
      doc.paths["/v3/asset/wallet/withdraw/{withdrawId}"] = {
        delete: {
          ...structuredClone(doc.paths["/v3/trade/algoOrder"]!.delete!),
          operationId: "cancelWithdrawal",
          parameters: [],
        },
      };
    });
    expect(missing).toThrow(
      /DELETE \/v3\/asset\/wallet\/withdraw\/\{withdrawId\}: path placeholder \{withdrawId\} has no "in: path" parameter/,
    );
  });

  it("rejects error codes that the catalog does not hold, and unknown security schemes", () => {
    expect(docWith((doc) => (place(doc)["x-error-codes"] as number[]).push(999999))).toThrow(
      /POST \/v3\/trade\/algoOrder: x-error-codes: 999999 is not a woox code in spec\/errors.yaml/,
    );
    expect(docWith((doc) => (place(doc).security = [{ apiKee: [] }]))).toThrow(
      /POST \/v3\/trade\/algoOrder: security scheme apiKee is not in components.securitySchemes/,
    );
  });

  it("checks the client-id rule: a body field, and a GET lookup that takes it", () => {
    expect(docWith((doc) => ((place(doc)["x-client-id"] as { field: string }).field = "clientId"))).toThrow(
      /POST \/v3\/trade\/algoOrder: x-client-id.field clientId is not a body field/,
    );
    expect(docWith((doc) => ((place(doc)["x-client-id"] as { lookup: string }).lookup = "getOrders"))).toThrow(
      /x-client-id.lookup getOrders must be a GET taking clientAlgoOrderId in its query/,
    );
  });

  it("checks x-source lists where they are given", () => {
    expect(docWith((doc) => (place(doc)["x-source"] = [{ kind: "rumour", ref: "x" }]))).toThrow(
      /POST \/v3\/trade\/algoOrder x-source: x-source must be a non-empty list of \{kind: official\|migration-guide/,
    );
    expect(
      docWith((doc) => (place(doc)["x-source"] = [{ kind: "official", ref: "https://example.invalid/page" }])),
    ).not.toThrow();
  });

  it("carries x-alternative-paths into the table, and checks them", () => {
    const spec = loadOpenApi(root) as unknown as SpecDoc;
    const ops = collectOperations(spec as never, codes);
    // Each case edits a copy of the one parsed spec (parsing it again per case is slow).
    const docWith = (edit: (doc: SpecDoc) => void) => {
      const doc = structuredClone(spec);
      edit(doc);
      return () => collectOperations(doc as never, codes);
    };
    expect(ops.find((o) => o.operationId === "cancelAllAfter")).toMatchObject({
      path: "/v3/trade/cancelAllAfter",
      alternativePaths: ["/v3/trade/order/cancelAllAfter"],
    });
    expect(ops.find((o) => o.operationId === "placeOrder")).not.toHaveProperty("alternativePaths");
    const deadman = (doc: SpecDoc) => doc.paths["/v3/trade/cancelAllAfter"]!.post!;
    const withAlternatives = (paths: unknown) => docWith((doc) => (deadman(doc)["x-alternative-paths"] = paths));
    expect(withAlternatives(["/v3/trade/order/cancelAllAfter", "/v3/trade/cancelAll/after"])).not.toThrow();
    for (const bad of [[], "/v3/x", ["/v1/trade/cancelAllAfter"], ["v3/trade/x"], [7]]) {
      expect(withAlternatives(bad)).toThrow(
        /POST \/v3\/trade\/cancelAllAfter: x-alternative-paths.*must be a non-empty list of paths starting with \/v3\//,
      );
    }
    expect(withAlternatives(["/v3/trade/x", "/v3/trade/x"])).toThrow(/\/v3\/trade\/x is listed twice/);
    expect(withAlternatives(["/v3/trade/cancelAllAfter"])).toThrow(/is listed twice or is the path itself/);
    expect(withAlternatives(["/v3/trade/{symbol}/cancelAllAfter"])).toThrow(
      /\/v3\/trade\/\{symbol\}\/cancelAllAfter must have the placeholders of \/v3\/trade\/cancelAllAfter/,
    );
    // Another operation's route (same method), even under another placeholder name, is refused.
    expect(withAlternatives(["/v3/trade/order"])).toThrow(/POST \/v3\/trade\/order is also a path of/);
    const withdraw = docWith(
      (doc) =>
        (doc.paths["/v3/asset/wallet/withdraw/{withdrawId}"]!.delete!["x-alternative-paths"] = [
          "/v3/asset/wallet/withdraw/{id}",
        ]),
    );
    expect(withdraw).toThrow(/must have the placeholders of/);
    // A path used by another method is another route.
    expect(withAlternatives(["/v3/trade/orders"])).not.toThrow();
  });

  it("names one constant per operation in the client's table, and refuses an operationId that cannot name one", () => {
    const spec = loadOpenApi(root);
    const out = renderClientOperations(spec, codes);
    expect(out).toMatch(/^export const placeAlgoOrder = \{\n {2}id: "placeAlgoOrder",/m);
    expect(out).toMatch(/^export const operations = \{[^}]*\bplaceAlgoOrder\b/m);
    for (const bad of ["delete", "new", "operations", "int64Names"]) {
      const doc = structuredClone(spec) as unknown as SpecDoc;
      (place(doc) as { operationId: string }).operationId = bad;
      expect(() => renderClientOperations(doc as never, codes)).toThrow(
        `operationId ${JSON.stringify(bad)} cannot name a constant of the client's operation table`,
      );
    }
  });

  it("fails generation when an operation lacks x-rate-limit, naming it", async () => {
    const dir = scratchRoot();
    const specFile = join(dir, "spec/openapi.yaml");
    const doc = parse(readFileSync(specFile, "utf8")) as SpecDoc;
    delete doc.paths["/v3/trade/algoOrder"]!.get!["x-rate-limit"];
    writeFileSync(specFile, stringify(doc));
    await expect(generate(dir)).rejects.toThrow(/GET \/v3\/trade\/algoOrder: x-rate-limit is missing/);
  });
});

describe("the error types generated from errors.schema.json", () => {
  type Schema = { $defs: { error: { properties: Record<string, Record<string, unknown>> } } };
  const edited = (edit: (s: Schema) => void): object => {
    const copy = structuredClone(schema) as Schema;
    edit(copy);
    return copy;
  };

  it("splits the entry into its rule and text parts, in schema order", () => {
    const fields = entryFields(schema);
    expect(fields.filter((f) => f.part === "rule").map((f) => f.name)).toEqual([
      "api",
      "code",
      "name",
      "httpStatus",
      "category",
      "retryable",
      "recovery",
      "processed",
      "onResend",
    ]);
    const types = renderErrorTypes(schema);
    expect(types).toMatch(/export interface ErrorText \{[^}]*readonly hint: string;/);
    expect(types).toContain("export interface CatalogEntry extends ErrorRule, ErrorText {}");
    expect(types).toContain('export type Api = "woox" | "woox-pro";');
  });

  it("names the field that lacks x-part or x-change", () => {
    expect(() => entryFields(edited((s) => delete s.$defs.error.properties.hint!["x-part"]))).toThrow(
      /errors\[\]\.hint needs x-part \(rule or text\)/,
    );
    expect(() => entryFields(edited((s) => delete s.$defs.error.properties.note!["x-change"]))).toThrow(
      /errors\[\]\.note needs x-change/,
    );
  });

  it("refuses a keyword it cannot translate instead of dropping it", () => {
    const run = () =>
      renderErrorTypes(
        edited((s) => {
          s.$defs.error.properties.hint = { ...s.$defs.error.properties.hint, patternProperties: {} };
        }),
      );
    expect(run).toThrow(SpecError);
    expect(run).toThrow(/\$defs\.error\.hint: the type generator does not know the keyword "patternProperties"/);
  });
});
