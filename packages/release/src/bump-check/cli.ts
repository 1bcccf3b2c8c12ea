// pnpm release:check — does the pending release bump each package as much as spec/ changed since the
// last release? Prints the classified changes and one verdict per public package; exits 1 if not.
// Usage: tsx packages/release/src/bump-check/cli.ts [--root <repo>]
import { resolve } from "node:path";
import { formatReport, runBumpCheck } from "./check.js";

const args = process.argv.slice(2);
const at = args.indexOf("--root");
const root = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : resolve(import.meta.dirname, "../../../..");

try {
  const report = await runBumpCheck(root);
  console.log(formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
} catch (err) {
  console.error(`release:check: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
