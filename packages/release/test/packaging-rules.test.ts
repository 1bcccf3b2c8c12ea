import { describe, expect, it } from "vitest";
import { contractProblems, publicPackageDirs, tarballProblems } from "../src/packaging.js";
import { referenceProblems, staleOutputProblems } from "../src/references.js";
import { readPackageJson } from "../src/workspace.js";

// The packaging checks on made-up input: each one catches what it is meant to catch. packaging.test.ts
// runs them on the real tarballs.

const client = readPackageJson(publicPackageDirs().find((p) => p.name === "@woox-sdk/client")!.dir);

describe("the packaging contract", () => {
  it("passes the client's package.json and names every broken rule of a bad one", () => {
    expect(contractProblems(client)).toEqual([]);
    const bad = {
      ...client,
      exports: { ".": { default: "./dist/index.js", types: "./dist/index.d.ts" }, "./*": "./*" },
      sideEffects: true,
      files: undefined,
      dependencies: { "@woox-sdk/errors": "workspace:*", "@woox-sdk/types": "workspace:^" },
    };
    expect(contractProblems(bad)).toEqual([
      '"exports" must map "./package.json" to itself',
      'exports["."]: "types" must be the first condition',
      'exports["."]: "default" must be the last condition',
      'exports["./*"]: no wildcard subpaths (every file would become public API)',
      '"files" must be an allow-list',
      '"sideEffects" must be false',
      'dependency @woox-sdk/errors must be "workspace:^" (published as a caret range), not "workspace:*"',
    ]);
  });

  it("wants a README and a LICENSE in the tarball, and every exports target", () => {
    const pkg = { exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } } };
    expect(tarballProblems(["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.d.ts"], pkg)).toEqual(
      [],
    );
    expect(tarballProblems(["package.json", "dist/index.js", "src/index.ts", "dist/index.js.map"], pkg)).toEqual([
      "tarball contains src/index.ts",
      "tarball contains dist/index.js.map",
      "tarball has no README.md",
      "tarball has no LICENSE",
      "exports target dist/index.d.ts is not in the tarball",
    ]);
  });
});

describe("references from shipped files", () => {
  const files: Record<string, string> = {
    "dist/index.js": [
      'import { a } from "./a.js";',
      'export * from "./gone.js";',
      'import "./side-effect.js";',
      'const lazy = () => import("../outside.js");',
      'import { thirdParty } from "openapi-fetch";',
      "//# sourceMappingURL=index.js.map",
    ].join("\n"),
    "dist/index.d.ts": [
      "export {",
      "  type A,",
      '} from "./a.js";',
      'export type { B } from "./b.js";',
      'export type Spec = typeof import("../openapi.json");',
      "//# sourceMappingURL=data:application/json;base64,e30=",
    ].join("\n"),
    "dist/a.js": "export const a = 1;",
    "dist/a.d.ts": "export type A = 1;",
    "dist/side-effect.js": "",
    "openapi.json": "{}",
  };
  const read = (f: string) => files[f]!;

  it("names each relative import, export and source map whose target the tarball lacks", () => {
    expect(referenceProblems(Object.keys(files), read)).toEqual([
      "dist/index.js imports ./gone.js, but the tarball has no dist/gone.js",
      "dist/index.js imports ../outside.js, but the tarball has no outside.js",
      "dist/index.js names the source map index.js.map, which the tarball does not hold",
      "dist/index.d.ts imports ./b.js, but the tarball has no dist/b.d.ts",
    ]);
  });

  it("is content when every target is shipped", () => {
    const complete: Record<string, string> = {
      ...files,
      "dist/gone.js": "",
      "outside.js": "",
      "dist/index.js.map": "{}",
      "dist/b.d.ts": "",
    };
    expect(referenceProblems(Object.keys(complete), (f) => complete[f]!)).toEqual([]);
  });

  it("finds build outputs whose source is gone", () => {
    const sources = new Set(["src/index.ts", "src/operations.gen.ts"]);
    const shipped = [
      "dist/index.js",
      "dist/index.d.ts",
      "dist/operations.gen.js",
      "dist/enums.gen.js",
      "dist/chunks/chunk-4YX5YVOP.js",
      "LICENSE",
    ];
    expect(staleOutputProblems(shipped, (f) => sources.has(f))).toEqual([
      "dist/enums.gen.js has no source in src/ (a stale build output: delete dist/)",
    ]);
  });
});
