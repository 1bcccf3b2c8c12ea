import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";

// Two tiers (README "Tests"). `pnpm test:unit` runs the `unit` project: unit tests, in-process tests
// against the sandbox on loopback, and type tests (*.test-d.ts), in well under a minute. The full run
// (`vitest run`, which `pnpm check`, `npm test` and CI use) runs every project below. A test file belongs
// to `unit` unless it is listed here; each list says what its files need that the inner loop should not
// wait for. Tests import other workspace packages by name, i.e. their built dist: run `pnpm build` first
// (`pnpm check` does).
const SLOW = {
  // Tarballs from `pnpm pack` with publint, attw and size-limit; the bump check on throwaway git repos;
  // the whole release through a local Verdaccio.
  release: [
    "packages/release/test/packaging.test.ts",
    "packages/release/test/bump-check.test.ts",
    "packages/release/test/release-e2e.test.ts",
  ],
  // The built docs site (VitePress builds it on demand), read from disk and driven in Chromium.
  "docs-site": ["apps/docs/test/site.test.ts", "apps/docs/test/browser.test.ts", "apps/docs/test/try-it.test.ts"],
  // Whole-spec runs of the toolchain: \`pnpm gen\` end to end (drift, determinism, edits carried through),
  // and every client snippet of the docs' reference pages compiled by tsc.
  generation: ["packages/codegen/test/codegen.test.ts", "apps/docs/test/snippets.test.ts"],
  // Generated-input runs at CI size: the sandbox fuzz, the client soak, the parseJson property.
  stress: [
    "packages/sandbox/test/fuzz.test.ts",
    "packages/sandbox/test/soak.test.ts",
    "packages/client/test/json.property.test.ts",
  ],
  // `pnpm bench --quick` as a smoke test (no timing assertions).
  bench: ["packages/bench/test/bench.test.ts"],
};

// A renamed or deleted file must not fall silently into the unit tier.
for (const file of Object.values(SLOW).flat())
  if (!existsSync(new URL(file, import.meta.url)))
    throw new Error(`vitest.config.ts lists ${file}, which does not exist: update the tiers`);

const TESTS = ["packages/*/{src,test}/**/*.test.ts", "apps/*/{src,test}/**/*.test.ts", "scripts/**/*.test.ts"];

export default defineConfig({
  test: {
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CI reads the JSON report to print its one-line summary of the full run (see .ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "vitest.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // One module graph for all unit files: re-importing the client, the sandbox and the error catalog
          // for every file was four fifths of the tier's CPU time. No unit test leaves global state behind.
          isolate: false,
          include: TESTS,
          exclude: ["**/node_modules/**", "**/dist/**", ...Object.values(SLOW).flat()],
          typecheck: {
            enabled: true,
            include: ["packages/*/{src,test}/**/*.test-d.ts", "apps/*/{src,test}/**/*.test-d.ts"],
            tsconfig: "./tsconfig.typetests.json",
          },
        },
      },
      ...Object.entries(SLOW).map(([name, include]) => ({ extends: true as const, test: { name, include } })),
    ],
  },
});
