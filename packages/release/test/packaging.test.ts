import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPackage, contractProblems, publicPackageDirs } from "../src/packaging.js";
import { readPackageJson, run } from "../src/workspace.js";

// The packaging contract, publint and attw (profile esm-only) on the tarball `pnpm publish` would
// upload, for every public package. Needs the packages built (`pnpm build`), like the other tests.

const packages = publicPackageDirs();

describe("packaging contract", () => {
  it("covers the four public packages", () => {
    expect(packages.map((p) => p.name).sort()).toEqual([
      "@woox-sdk/client",
      "@woox-sdk/errors",
      "@woox-sdk/sandbox",
      "@woox-sdk/types",
    ]);
  });

  it("catches what it is meant to catch", () => {
    const good = readPackageJson(packages.find((p) => p.name === "@woox-sdk/client")!.dir);
    expect(contractProblems(good)).toEqual([]);
    const bad = {
      ...good,
      exports: { ".": { default: "./dist/index.js", types: "./dist/index.d.ts" }, "./*": "./*" },
      sideEffects: true,
      files: undefined,
    };
    expect(contractProblems(bad)).toEqual(
      expect.arrayContaining([
        'exports["."]: "types" must be the first condition',
        'exports["."]: "default" must be the last condition',
        '"exports" must map "./package.json" to itself',
        'exports["./*"]: no wildcard subpaths (every file would become public API)',
        '"files" must be an allow-list',
        '"sideEffects" must be false',
      ]),
    );
  });

  it.concurrent.each(packages)("$name: contract, tarball, publint and attw are clean", async ({ dir }) => {
    expect(existsSync(join(dir, "dist")), `${dir}/dist is missing: run pnpm build first`).toBe(true);
    const r = await checkPackage(dir);
    expect({ contract: r.contract, tarball: r.tarballProblems, publint: r.publint, attw: r.attw.problems }).toEqual({
      contract: [],
      tarball: [],
      publint: [],
      attw: [],
    });
    expect(r.attw.ok).toBe(true);
  });
});

describe("size budget", () => {
  it("the client bundle stays within its size-limit budget", async () => {
    const root = join(import.meta.dirname, "..");
    const { stdout } = await run(process.execPath, [join(root, "node_modules", "size-limit", "bin.js"), "--json"], {
      cwd: root,
      check: false,
    });
    const results = JSON.parse(stdout.slice(stdout.indexOf("["))) as {
      name: string;
      passed: boolean;
      size: number;
      sizeLimit: number;
    }[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r, `${r.name}: ${r.size} B > ${r.sizeLimit} B`).toMatchObject({ passed: true });
  });
});
