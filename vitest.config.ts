import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";

// Two tiers (README "Tests"). `pnpm test:unit` runs the `unit` project, the inner loop: unit tests,
// in-process tests against the sandbox on loopback, and type tests (*.test-d.ts), in under a minute. The
// full run (`vitest run`, which `pnpm check`, `npm test` and CI use) adds the projects listed here. A test
// file belongs to `unit` unless it is listed; each project says what its files need that the inner loop
// should not wait for. Tests import other workspace packages by name, i.e. their built dist: run
// `pnpm build` first (`pnpm check` and `pnpm test:unit` do).
const FULL_RUN: Record<string, { files: string[]; testTimeout?: number }> = {
  // Tarballs from `pnpm pack` with publint, attw and size-limit; the bump check on throwaway git repos;
  // the whole release through a local Verdaccio. They drive pnpm, git and tsc, so a busy machine can
  // stretch a single test to minutes.
  release: {
    files: [
      "packages/release/test/packaging.test.ts",
      "packages/release/test/bump-check.test.ts",
      "packages/release/test/release-e2e.test.ts",
      "packages/release/test/new-endpoint.test.ts",
    ],
    testTimeout: 300_000,
  },
  // The built docs site (VitePress builds it on demand), read from disk and driven in Chromium.
  "docs-site": {
    files: [
      "apps/docs/test/site.test.ts",
      "apps/docs/test/browser.test.ts",
      "apps/docs/test/try-it.test.ts",
      "apps/docs/test/streams-pages.test.ts",
      "apps/docs/test/try-streams.test.ts",
    ],
  },
  // Whole-spec runs of the toolchain: `pnpm gen` end to end (drift, determinism, edits carried through),
  // the AsyncAPI checks (@asyncapi/parser over edited copies of spec/), and every client snippet of the
  // docs' reference pages compiled by tsc.
  generation: {
    files: [
      "packages/codegen/test/codegen.test.ts",
      "packages/codegen/test/streams-spec.test.ts",
      "apps/docs/test/snippets.test.ts",
      "packages/release/test/new-error-field.test.ts",
    ],
  },
  // Generated input at CI size: the sandbox fuzz, the client soak, the parseJson property; and the docs'
  // place-once recipe under seeded faults, which waits out every Retry-After (a second each).
  stress: {
    files: [
      "packages/sandbox/test/fuzz.test.ts",
      "packages/sandbox/test/soak.test.ts",
      "apps/docs/test/retry.test.ts",
      "packages/client/test/json.property.test.ts",
      "packages/streams/test/book.property.test.ts",
      "packages/streams/test/book.stress.test.ts",
      "packages/streams/test/sandbox-book.stress.test.ts",
    ],
  },
  // The stream client's browser bundle in Chromium (playwright-core) against a scripted WebSocket server.
  // And the docs' core quick start, bundled into chunks, placing and failing in Chromium against the sandbox.
  browser: { files: ["packages/streams/test/browser.test.ts", "apps/docs/test/core-browser.test.ts"] },
  // `pnpm bench --quick` as a smoke test (no timing assertions).
  bench: { files: ["packages/bench/test/bench.test.ts"] },
  // ccxt's `woo`, an independent client, against the sandbox (loading ccxt alone takes seconds).
  interop: {
    files: ["packages/sandbox/test/ccxt-interop.test.ts", "packages/sandbox/test/ccxt-interop-funds.test.ts"],
  },
};
const FULL_RUN_FILES = Object.values(FULL_RUN).flatMap((p) => p.files);

// A renamed or deleted file must not fall silently into the unit tier.
for (const file of FULL_RUN_FILES)
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
          exclude: ["**/node_modules/**", "**/dist/**", ...FULL_RUN_FILES],
          typecheck: {
            enabled: true,
            include: ["packages/*/{src,test}/**/*.test-d.ts", "apps/*/{src,test}/**/*.test-d.ts"],
            tsconfig: "./tsconfig.typetests.json",
          },
        },
      },
      ...Object.entries(FULL_RUN).map(([name, { files, testTimeout }]) => ({
        extends: true as const,
        test: { name, include: files, ...(testTimeout ? { testTimeout } : {}) },
      })),
    ],
  },
});
