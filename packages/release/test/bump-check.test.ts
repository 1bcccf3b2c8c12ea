import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  classifyErrorSchema,
  classifyErrorTable,
  classifyOpenApi,
  errorFieldLevels,
} from "../src/bump-check/classify.js";
import { listPackages, REPO_ROOT } from "../src/workspace.js";
import { formatReport, runBumpCheck, type BumpReport } from "../src/bump-check/check.js";
import { bumpBetween } from "../src/bump-check/git.js";
import { addChangeset, commitAll, git, makeSpecRepo, readText, writeText } from "./fixture.js";

// Each case runs on a throwaway git repo copied from this one (spec/, package.json files, changesets
// config), whose single commit stands for the last release.

type Doc = Record<string, unknown>;
interface ErrorsDoc {
  errors: { api: string; code: number; name: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function repo(): string {
  const r = makeSpecRepo();
  cleanups.push(r.cleanup);
  return r.dir;
}

function editYaml<T>(dir: string, file: string, edit: (doc: T) => void): void {
  const doc = parse(readText(dir, file), { maxAliasCount: -1 }) as T;
  edit(doc);
  writeText(dir, file, stringify(doc, { aliasDuplicateObjects: false }));
}

const removeAnOperation = (dir: string): void =>
  editYaml<Doc>(dir, "spec/openapi.yaml", (doc) => {
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const [path, item] = Object.entries(paths).find(([, it]) => "get" in it)!;
    delete item.get;
    if (Object.keys(item).length === 0) delete paths[path];
  });

const addAnOperation = (dir: string): void =>
  editYaml<Doc>(dir, "spec/openapi.yaml", (doc) => {
    (doc.paths as Record<string, unknown>)["/v3/public/bumpCheckProbe"] = {
      get: {
        operationId: "bumpCheckProbe",
        summary: "Probe",
        security: [],
        responses: { "200": { description: "OK" } },
      },
    };
  });

const removeAnErrorCode = (dir: string): void =>
  editYaml<ErrorsDoc>(dir, "spec/errors.yaml", (doc) => {
    doc.errors = doc.errors.filter((e) => !(e.api === "woox" && e.code === -1003));
  });

// Every published package of the workspace (a new one is covered without an edit here).
const PUBLIC = listPackages(REPO_ROOT)
  .filter((p) => !p.private)
  .map((p) => p.name);
const all = (bump: "patch" | "minor" | "major"): Record<string, typeof bump> =>
  Object.fromEntries(PUBLIC.map((p) => [p, bump]));
const verdict = (r: BumpReport, name: string) => r.packages.find((p) => p.name === name)!;

const schema = JSON.parse(readFileSync(join(REPO_ROOT, "spec/errors.schema.json"), "utf8")) as object;

describe("classifiers", () => {
  it("sorts OpenAPI changes into breaking, additive and docs", () => {
    const before = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/a": { get: { responses: { "200": { description: "ok" } } } } },
    };
    const removed = classifyOpenApi(before, { ...before, paths: {} });
    expect(removed.map((c) => c.level)).toEqual(["breaking"]);
    const added = classifyOpenApi(before, { ...before, paths: { ...before.paths, "/b": before.paths["/a"] } });
    expect(added.map((c) => c.level)).toEqual(["additive"]);
    const docs = classifyOpenApi(before, { ...before, info: { ...before.info, description: "more words" } });
    expect(docs.map((c) => c.level)).toEqual(["docs"]);
  });

  it("applies the error-table rule: removed or changed code/status/name breaks, added adds, prose is docs", () => {
    const entry = {
      api: "woox",
      code: -1,
      name: "A",
      httpStatus: 400,
      category: "validation",
      message: "m",
      hint: "h",
    };
    const table = (...errors: object[]) => ({ version: 1, apis: { woox: { title: "W" } }, groups: [], errors });
    const fieldLevels = errorFieldLevels(undefined, schema);
    const levels = (after: object) => classifyErrorTable(table(entry), after, fieldLevels).map((c) => c.level);
    expect(levels(table())).toEqual(["breaking"]);
    expect(levels(table({ ...entry, name: "B" }))).toEqual(["breaking"]);
    expect(levels(table({ ...entry, httpStatus: 429 }))).toEqual(["breaking"]);
    expect(levels(table({ ...entry, code: -2 }))).toEqual(["breaking"]);
    expect(classifyErrorTable(table(entry), table({ ...entry, code: -2 }), fieldLevels)[0]!.detail).toContain(
      "-1 → -2",
    );
    expect(levels(table(entry, { ...entry, code: -2, name: "B" }))).toEqual(["additive"]);
    expect(levels(table({ ...entry, message: "other", hint: "other" }))).toEqual(["docs", "docs"]);
    expect(levels(table({ ...entry, deprecated: true }))).toEqual(["additive"]);
    expect(levels(table({ ...entry, processed: "no" }))).toEqual(["additive"]);
    expect(levels(table(entry))).toEqual([]);
  });

  it("reads the level of each entry field from the schema, and classifies changes to the fields themselves", () => {
    expect(errorFieldLevels(undefined, schema)).toMatchObject({
      name: "breaking",
      httpStatus: "breaking",
      category: "breaking",
      retryable: "additive",
      recovery: "additive",
      hint: "docs",
      note: "docs",
    });
    const edited = structuredClone(schema) as {
      $defs: { error: { properties: Record<string, object>; required: string[] } };
    };
    const props = edited.$defs.error.properties;
    delete props.note;
    props.hint = { ...props.hint, "x-part": "rule" };
    props.extra = { type: "string", "x-part": "text", "x-change": "docs" };
    edited.$defs.error.required = edited.$defs.error.required.filter((f) => f !== "source");
    const changes = classifyErrorSchema(schema, edited).map((c) => [c.level, c.detail]);
    expect(changes).toEqual([
      ["breaking", "entry field hint moved from text to rule"],
      ["breaking", "entry field source is now optional"],
      ["breaking", "removed entry field note"],
      ["additive", "added entry field extra (text, changes to it are docs)"],
    ]);
    expect(classifyErrorSchema(undefined, schema)).toEqual([]);
  });

  it("measures a planned bump from the released version", () => {
    expect(bumpBetween("0.1.0", "0.1.1")).toBe("patch");
    expect(bumpBetween("0.1.0", "0.2.0")).toBe("minor");
    expect(bumpBetween("0.1.3", "1.0.0")).toBe("major");
    expect(bumpBetween("1.2.3", "1.2.3")).toBe("none");
  });
});

describe("pnpm release:check on a copy of the repo", () => {
  it("passes when spec/ is unchanged and nothing is pending", async () => {
    const report = await runBumpCheck(repo());
    expect(report.ok).toBe(true);
    expect(report.diffs.map((d) => [d.source.file, d.changes])).toEqual([
      ["spec/openapi.yaml", []],
      ["spec/errors.yaml", []],
    ]);
  });

  it("fails when an operation is removed with only a patch changeset", async () => {
    const dir = repo();
    removeAnOperation(dir);
    addChangeset(dir, "remove-op", all("patch"));
    const report = await runBumpCheck(dir);
    const text = formatReport(report);
    expect(report.ok, text).toBe(false);
    expect(text).toMatch(/breaking\s+remove\s+\[Removed\] operation GET/);
    for (const name of ["@woox-sdk/types", "@woox-sdk/client", "@woox-sdk/sandbox"]) {
      expect(verdict(report, name)).toMatchObject({ planned: "patch", required: "minor", ok: false });
    }
    // errors.yaml did not change, so a patch is enough there.
    expect(verdict(report, "@woox-sdk/errors")).toMatchObject({ required: "none", ok: true });
    expect(text).toContain("FAIL");
  });

  it("fails when an error code is removed with only a patch changeset", async () => {
    const dir = repo();
    removeAnErrorCode(dir);
    addChangeset(dir, "remove-code", all("patch"));
    const report = await runBumpCheck(dir);
    const text = formatReport(report);
    expect(report.ok, text).toBe(false);
    expect(text).toContain("removed error code woox -1003 TOO_MANY_REQUEST");
    expect(verdict(report, "@woox-sdk/errors")).toMatchObject({ planned: "patch", required: "minor", ok: false });
    expect(verdict(report, "@woox-sdk/types")).toMatchObject({ required: "none", ok: true });
  });

  it("passes an additive change with a minor changeset", async () => {
    const dir = repo();
    addAnOperation(dir);
    addChangeset(dir, "add-op", {
      "@woox-sdk/types": "minor",
      "@woox-sdk/client": "minor",
      "@woox-sdk/sandbox": "minor",
      "@woox-sdk/streams": "minor",
    });
    const report = await runBumpCheck(dir);
    expect(report.ok, formatReport(report)).toBe(true);
    expect(formatReport(report)).toMatch(/additive\s+add\s+\[Added\] operation GET \/v3\/public\/bumpCheckProbe/);
    expect(verdict(report, "@woox-sdk/client")).toMatchObject({ planned: "minor", required: "minor" });
  });

  it("fails an additive change when a package that re-exports the types only gets the automatic patch", async () => {
    const dir = repo();
    addAnOperation(dir);
    addChangeset(dir, "add-op", { "@woox-sdk/types": "minor" });
    const report = await runBumpCheck(dir);
    expect(report.ok).toBe(false);
    expect(verdict(report, "@woox-sdk/types").ok).toBe(true);
    expect(verdict(report, "@woox-sdk/client")).toMatchObject({ planned: "patch", required: "minor", ok: false });
  });

  it("needs a patch for a docs-only change where it is generated; dependents take it through their ^ range", async () => {
    const dir = repo();
    editYaml<Doc>(dir, "spec/openapi.yaml", (doc) => {
      (doc.info as Doc).summary = "Reworded for the bump-check test.";
    });
    expect((await runBumpCheck(dir)).ok).toBe(false);
    addChangeset(dir, "docs", { "@woox-sdk/types": "patch" });
    const report = await runBumpCheck(dir);
    expect(report.ok, formatReport(report)).toBe(true);
    expect(verdict(report, "@woox-sdk/types")).toMatchObject({ planned: "patch", required: "patch" });
    for (const name of ["@woox-sdk/client", "@woox-sdk/sandbox"])
      expect(verdict(report, name)).toMatchObject({ planned: "none", required: "none" });
  });

  it("needs the patch in a dependent that pins the generated package to one version", async () => {
    const dir = repo();
    const rel = "packages/client/package.json";
    writeText(
      dir,
      rel,
      readText(dir, rel).replace('"@woox-sdk/types": "workspace:^"', '"@woox-sdk/types": "workspace:*"'),
    );
    commitAll(dir, "pin the types");
    editYaml<Doc>(dir, "spec/openapi.yaml", (doc) => {
      (doc.info as Doc).summary = "Reworded for the bump-check test.";
    });
    addChangeset(dir, "docs", { "@woox-sdk/types": "patch" });
    const report = await runBumpCheck(dir);
    // changesets patches the pinned client by itself (its exact range no longer holds the new types).
    expect(verdict(report, "@woox-sdk/client")).toMatchObject({ planned: "patch", required: "patch", ok: true });
    expect(verdict(report, "@woox-sdk/sandbox")).toMatchObject({ planned: "none", required: "none" });
  });

  it("compares with the latest release tag and, from 1.0 on, requires a major for a breaking change", async () => {
    const dir = repo();
    for (const name of PUBLIC) {
      const rel = `packages/${name.split("/")[1]}/package.json`;
      writeText(dir, rel, readText(dir, rel).replace(/"version": "[^"]+"/, '"version": "1.0.0"'));
    }
    commitAll(dir, "Version packages");
    for (const name of PUBLIC) git(dir, "tag", `${name}@1.0.0`);
    // A later commit that changes the spec without a release is not a baseline: the tag is.
    removeAnOperation(dir);
    commitAll(dir, "remove an operation");
    addChangeset(dir, "remove-op", all("minor"));
    let report = await runBumpCheck(dir);
    expect(report.ok).toBe(false);
    expect(verdict(report, "@woox-sdk/types")).toMatchObject({
      baseline: { how: "tag", ref: "@woox-sdk/types@1.0.0" },
      planned: "minor",
      required: "major",
    });
    addChangeset(dir, "remove-op", all("major"));
    report = await runBumpCheck(dir);
    expect(report.ok, formatReport(report)).toBe(true);
  });

  it("accepts a release in progress: versions already bumped by `changeset version`, changesets consumed", async () => {
    const dir = repo();
    removeAnOperation(dir);
    for (const name of PUBLIC) {
      const rel = `packages/${name.split("/")[1]}/package.json`;
      writeText(dir, rel, readText(dir, rel).replace(/"version": "[^"]+"/, '"version": "0.2.0"'));
    }
    const report = await runBumpCheck(dir);
    expect(report.ok, formatReport(report)).toBe(true);
    // Once that is committed, the version commit is the new baseline and nothing is pending.
    commitAll(dir, "Version packages");
    const after = await runBumpCheck(dir);
    expect(after.ok).toBe(true);
    expect(after.diffs.map((d) => [d.source.file, d.changes])).toEqual([
      ["spec/openapi.yaml", []],
      ["spec/errors.yaml", []],
    ]);
  });

  it("refuses to guess in a shallow clone whose history stops after the last release", async () => {
    const dir = repo();
    addAnOperation(dir);
    commitAll(dir, "add an operation");
    const shallow = `${dir}-shallow`;
    cleanups.push(() => rmSync(shallow, { recursive: true, force: true }));
    git(dir, "clone", "-q", "--depth", "1", `file://${dir}`, shallow);
    await expect(runBumpCheck(shallow)).rejects.toThrow(/shallow.*git fetch --unshallow/);
    git(shallow, "fetch", "-q", "--unshallow");
    const report = await runBumpCheck(shallow);
    expect(report.ok).toBe(false);
    expect(verdict(report, "@woox-sdk/types")).toMatchObject({
      baseline: { how: "version-commit" },
      required: "minor",
    });
  });
});
