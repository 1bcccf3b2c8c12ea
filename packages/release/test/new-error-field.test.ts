// A field added to spec/errors.schema.json and filled in spec/errors.yaml, and nothing else edited,
// reaches the generated catalog (data and types) and the release bump check.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { parse, stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "@woox-sdk/codegen";
import { runBumpCheck } from "../src/bump-check/check.js";
import { REPO_ROOT } from "../src/workspace.js";
import { addChangeset, makeSpecRepo, readText, writeText } from "./fixture.js";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

interface SchemaDoc {
  $defs: { error: { properties: Record<string, object> } };
}
interface TableDoc {
  errors: { api: string; code: number; [field: string]: unknown }[];
}

/** Adds a run-time field and a prose field to the schema, and gives -1003 a value for each. */
function addFields(dir: string): void {
  const schema = JSON.parse(readText(dir, "spec/errors.schema.json")) as SchemaDoc;
  schema.$defs.error.properties.backoffFloorMs = {
    description: "Added by a test: the least wait before a retry.",
    type: "integer",
    "x-part": "rule",
    "x-change": "additive",
  };
  schema.$defs.error.properties.seeAlso = {
    description: "Added by a test: a related code.",
    type: "string",
    "x-part": "text",
    "x-change": "docs",
  };
  writeText(dir, "spec/errors.schema.json", `${JSON.stringify(schema, null, 2)}\n`);
  const table = parse(readText(dir, "spec/errors.yaml")) as TableDoc;
  Object.assign(
    table.errors.find((e) => e.api === "woox" && e.code === -1003)!,
    {
      backoffFloorMs: 1000,
      seeAlso: "-1011",
    },
  );
  writeText(dir, "spec/errors.yaml", stringify(table));
}

/**
 * Type-checks a probe against a copy of @woox-sdk/errors' sources with `files` generated over them, and
 * returns tsc's diagnostics.
 */
function typeCheck(files: Map<string, string>, probe: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "woox-errors-src-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const src = join(REPO_ROOT, "packages/errors/src");
  for (const name of readdirSync(src)) if (name.endsWith(".ts")) cpSync(join(src, name), join(dir, name));
  for (const [path, content] of files)
    if (path.startsWith("packages/errors/src/"))
      writeFileSync(join(dir, path.slice("packages/errors/src/".length)), content);
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(dir, "probe.ts"), probe);
  const program = ts.createProgram([join(dir, "probe.ts")], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const PROBE = `import { lookupError } from "./index.js";
import { lookupError as withProse } from "./text.js";
export const floor: number | undefined = lookupError(-1003)?.backoffFloorMs;
export const related: string | undefined = withProse(-1003)?.seeAlso;
`;

describe("a new entry field in errors.schema.json", () => {
  it("is carried into the generated catalog and its types with no other edit", async () => {
    const r = makeSpecRepo();
    cleanups.push(r.cleanup);
    addFields(r.dir);
    const files = await generate(r.dir);
    const types = files.get("packages/errors/src/types.gen.ts")!;
    expect(types).toMatch(/export interface ErrorRule \{[^}]*readonly backoffFloorMs\?: number;/);
    expect(types).toMatch(/export interface ErrorText \{[^}]*readonly seeAlso\?: string;/);
    expect(files.get("packages/errors/src/rules-woox.gen.ts")).toMatch(/code: -1003,[^}]*backoffFloorMs: 1000,/);
    expect(files.get("packages/errors/src/text-woox.gen.ts")).toMatch(/"-1003": \{[^}]*seeAlso: "-1011",/);
    expect(files.get("packages/errors/src/rules-woox.gen.ts")).not.toContain("seeAlso");

    // The run-time lookup returns the rule field and the prose lookup the text field, typed: the probe
    // compiles against the regenerated sources and fails against the committed ones.
    expect(typeCheck(files, PROBE)).toEqual([]);
    const committed = typeCheck(new Map(), PROBE);
    expect(committed.join("\n")).toMatch(/backoffFloorMs/);
    expect(committed.join("\n")).toMatch(/seeAlso/);
  }, 180_000);

  it("is classified by the release bump check at the level the schema declares", async () => {
    const r = makeSpecRepo();
    cleanups.push(r.cleanup);
    addFields(r.dir);
    addChangeset(r.dir, "new-field", { "@woox-sdk/errors": "patch" });
    const report = await runBumpCheck(r.dir);
    const changes = report.diffs.find((d) => d.source.file === "spec/errors.yaml")!.changes;
    expect(changes.map((c) => [c.level, c.detail])).toEqual([
      ["additive", "added entry field backoffFloorMs (rule, changes to it are additive)"],
      ["additive", "added entry field seeAlso (text, changes to it are docs)"],
      ["additive", "backoffFloorMs of woox -1003 TOO_MANY_REQUEST changed: (none) → 1000"],
      ["docs", "seeAlso of woox -1003 TOO_MANY_REQUEST changed"],
    ]);
    // A new run-time field needs a minor: the patch changeset is not enough.
    expect(report.packages.find((p) => p.name === "@woox-sdk/errors")).toMatchObject({
      planned: "patch",
      required: "minor",
      ok: false,
    });
  });
});
