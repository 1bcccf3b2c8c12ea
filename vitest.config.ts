import { defineConfig } from "vitest/config";

// One run for the whole workspace: unit and integration tests (*.test.ts) plus type tests (*.test-d.ts).
// Tests import other workspace packages by name, i.e. their built dist: run `pnpm build` first
// (`pnpm check` does).
export default defineConfig({
  test: {
    include: ["packages/*/{src,test}/**/*.test.ts", "apps/*/{src,test}/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    // CI reads the JSON report to print its one-line summary (see .ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "vitest.json" },
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["packages/*/{src,test}/**/*.test-d.ts", "apps/*/{src,test}/**/*.test-d.ts"],
      tsconfig: "./tsconfig.typetests.json",
    },
  },
});
