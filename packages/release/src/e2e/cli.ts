// pnpm release:e2e — the release end to end through a local Verdaccio (see release-e2e.ts).
// Usage: tsx packages/release/src/e2e/cli.ts [--keep]
import { runReleaseE2E } from "./release-e2e.js";

const keep = process.argv.includes("--keep");
try {
  const r = await runReleaseE2E({ keep });
  console.log(
    `\npublished: ${Object.entries(r.published)
      .map(([n, v]) => `${n}@${v}`)
      .join(", ")}`,
  );
  console.log(`dependencies as published: ${JSON.stringify(r.registry["@woox-sdk/client"]?.dependencies)}`);
  console.log(`@woox-sdk/errors ${r.errorsPatch} installed as: ${JSON.stringify(r.errorsCopies)}`);
  console.log(`ESM script: ${JSON.stringify(r.esm)}`);
  console.log(`CJS script: ${JSON.stringify(r.cjs)}`);
  console.log(
    `type-check: ${r.typecheck.nodenext}; ${r.typecheck.bundler}; README examples: ${r.readmeExamples.join(", ")}`,
  );
  console.log(`timings (ms): ${JSON.stringify(r.timings)}`);
  console.log("release e2e: ok");
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  console.error("release e2e: FAILED");
  process.exitCode = 1;
}
