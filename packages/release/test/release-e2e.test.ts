import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { bumpBetween } from "../src/bump-check/git.js";
import { E2E_CHANGESET_SUMMARY, runReleaseE2E } from "../src/e2e/release-e2e.js";
import { listPackages, REPO_ROOT } from "../src/workspace.js";

// The whole release through a local Verdaccio, in a copy of the repo, consumed by a fresh project
// (see src/e2e/release-e2e.ts; also `pnpm release:e2e`). About 1.5–2 minutes on 2 cores; needs the
// default registry for the consumer's third-party dependencies.

it(
  "publishes with changesets to a local registry, and a stranger's project installs and uses the packages",
  { timeout: 600_000 },
  async () => {
    const before = listPackages(REPO_ROOT).filter((p) => !p.private);
    const lines: string[] = [];
    const r = await runReleaseE2E({ log: (l) => lines.push(l) });
    console.log(lines.filter((l) => / done in | versions: |cleaned up/.test(l)).join("\n"));

    // The release: every public package got a version, a changelog entry, a tag and a registry entry
    // whose workspace dependencies (`workspace:^`) became caret ranges on the released versions.
    expect(Object.keys(r.published).sort()).toEqual(before.map((p) => p.name).sort());
    for (const p of before) {
      const version = r.published[p.name]!;
      expect(bumpBetween(p.version, version), `${p.name} ${p.version} → ${version}`).not.toBe("none");
      expect(r.changelogs[p.name]).toContain(`## ${version}`);
      expect(r.changelogs[p.name]).toContain(E2E_CHANGESET_SUMMARY);
      expect(r.tags).toContain(`${p.name}@${version}`);
      expect(r.registry[p.name]!.versions).toContain(version);
      for (const [dep, range] of Object.entries(r.registry[p.name]!.dependencies)) {
        if (dep.startsWith("@woox-sdk/")) expect(range, `${p.name} → ${dep}`).toBe(`^${r.published[dep]}`);
        expect(range).not.toMatch(/^(workspace|link|file):/);
      }
    }

    for (const name of ["@woox-sdk/client", "@woox-sdk/sandbox"])
      expect(r.registry[name]!.dependencies).toMatchObject({
        "@woox-sdk/errors": `^${r.published["@woox-sdk/errors"]}`,
        "@woox-sdk/types": `^${r.published["@woox-sdk/types"]}`,
      });

    // The stranger installed the release with a later patch of @woox-sdk/errors, and the client and
    // the sandbox share that one copy instead of keeping their own.
    expect(bumpBetween(r.published["@woox-sdk/errors"]!, r.errorsPatch)).toBe("patch");
    expect(r.errorsCopies).toEqual([{ path: join("node_modules", "@woox-sdk", "errors"), version: r.errorsPatch }]);

    // The stranger's ES-module and CommonJS scripts placed an algo order on the sandbox and read it back,
    // and a forged signature came back as a catalogued WooxApiError, also by the class the project
    // imports from @woox-sdk/errors itself.
    for (const result of [r.esm, r.cjs]) {
      expect(result).toMatchObject({
        algoType: "STOP",
        deniedIsWooxApiError: true,
        deniedIsErrorsPackageError: true,
        catalogAgrees: true,
        typesVersion: r.published["@woox-sdk/types"],
      });
      expect(result.readBack).toBe(result.algoOrderId);
      expect(result.coreReadBack).toBe(result.algoOrderId);
      expect(result.deniedName).not.toBeNull();
      expect(result.coreDeniedName).toBe(result.deniedName);
      expect(result.deniedHint?.length).toBeGreaterThan(10);
    }
    // require() of our ES modules from node_modules is quiet on Node 20.19+ (no ExperimentalWarning).
    expect(r.cjsStderr).not.toMatch(/ExperimentalWarning|ERR_REQUIRE/);
    expect(r.typecheck.nodenext).toMatch(/^nodenext: ok/);
    expect(r.typecheck.bundler).toMatch(/^bundler: ok/);
    expect(r.readmeExamples).toHaveLength(before.length);

    // After the release the bump check compares with the tags just made, and finds nothing pending.
    expect(r.bumpCheckAfterRelease).toContain(`since tag @woox-sdk/types@${r.published["@woox-sdk/types"]}`);
    expect(r.bumpCheckAfterRelease).toContain("ok: the pending version bumps cover the spec changes");

    // Nothing is left behind, and the real tree kept its versions and changesets.
    expect(existsSync(r.workDir)).toBe(false);
    expect(
      listPackages(REPO_ROOT)
        .filter((p) => !p.private)
        .map((p) => `${p.name}@${p.version}`),
    ).toEqual(before.map((p) => `${p.name}@${p.version}`));
    expect(existsSync(join(REPO_ROOT, ".changeset", "release-e2e.md"))).toBe(false);
  },
);
