// pnpm soak [N]: the full soak (default 2,000 orders, ~20% faults); prints the figures, exits 1 on any duplicate or loss.
import { runSoak } from "./soak.js";

const n = Number(process.argv[2] ?? 2000);
const report = await runSoak({ n, faultRate: 0.2, seed: Number(process.env.SOAK_SEED ?? 7) });
const rows = Object.entries(report).map(([k, v]) => `  ${k.padEnd(20)} ${String(v)}`);
console.log(`soak: ${n} algo orders, ~20% of requests faulted\n${rows.join("\n")}`);
const ok =
  report.duplicates === 0 &&
  report.lost === 0 &&
  report.mismatched === 0 &&
  report.untypedErrors === 0 &&
  report.unhandledRejections === 0;
console.log(ok ? "OK: 0 duplicates, 0 lost, every call resolved to a result or a typed error" : "FAILED");
process.exitCode = ok ? 0 : 1;
