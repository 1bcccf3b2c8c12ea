import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPackage, publicPackageDirs } from "../src/packaging.js";
import { run } from "../src/workspace.js";

// The packaging contract, publint and attw (profile esm-only) on the tarball `pnpm publish` would
// upload, for every public package. Needs the packages built (`pnpm build`), like the other tests. The
// checks themselves are tested on made-up input in packaging-rules.test.ts.

const packages = publicPackageDirs();

describe("packaging contract", () => {
  it("covers the five public packages", () => {
    expect(packages.map((p) => p.name).sort()).toEqual([
      "@woox-sdk/client",
      "@woox-sdk/errors",
      "@woox-sdk/sandbox",
      "@woox-sdk/streams",
      "@woox-sdk/types",
    ]);
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
