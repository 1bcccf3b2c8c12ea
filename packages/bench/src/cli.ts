/**
 * pnpm bench: runs every benchmark and rewrites BENCHMARKS.md at the repository root.
 *
 *   pnpm bench                      full run (a few minutes)
 *   pnpm bench --quick              every section with tiny N (what CI's smoke test runs)
 *   pnpm bench --out FILE --json FILE
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FULL, QUICK, renderMarkdown, runBench } from "./index.js";
import { REPO_ROOT } from "./pipeline.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    json: { type: "string" },
    requests: { type: "string" },
  },
});

const base = values.quick ? QUICK : FULL;
const options = {
  ...base,
  ...(values.requests ? { requests: Number(values.requests) } : {}),
  log: (line: string) => console.error(`bench: ${line}`),
};
const report = await runBench(options);
const out = resolve(values.out ?? join(REPO_ROOT, "BENCHMARKS.md"));
writeFileSync(out, renderMarkdown(report));
if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(report, null, 2)}\n`);
console.error(`bench: wrote ${out} in ${(report.durationMs / 1000).toFixed(1)} s`);
