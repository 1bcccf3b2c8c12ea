// pnpm gen: regenerate every *.gen.ts (and the bundled spec) from spec/. `--check` only compares.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { checkDrift, SpecError, writeGenerated } from "./index.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

async function main(): Promise<number> {
  if (process.argv.includes("--check")) {
    const { stale, missing, orphaned } = await checkDrift(root);
    const problems = [
      ...stale.map((p) => `stale:    ${p}`),
      ...missing.map((p) => `missing:  ${p}`),
      ...orphaned.map((p) => `orphaned: ${p} (no longer generated; delete it)`),
    ];
    if (problems.length > 0) {
      console.error(
        `Generated files are out of date with spec/:\n${problems.join("\n")}\nRun \`pnpm gen\` and commit the result.`,
      );
      return 1;
    }
    console.log("generated files are up to date with spec/");
    return 0;
  }
  const written = await writeGenerated(root);
  console.log(
    written.length === 0 ? "pnpm gen: nothing changed" : `pnpm gen: wrote\n${written.map((p) => `  ${p}`).join("\n")}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof SpecError ? `pnpm gen: ${err.message}` : err);
    process.exitCode = 1;
  },
);
