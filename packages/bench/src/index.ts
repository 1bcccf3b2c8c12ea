import { runBundle, type BundleResult } from "./bundle.js";
import { runColdStart, type ColdStartResult } from "./coldstart.js";
import { collectMeta, type Meta } from "./meta.js";
import { runOverhead, type OverheadResult } from "./overhead.js";
import { runPipeline, type PipelineResult } from "./pipeline.js";
import { loadavg } from "node:os";

export interface BenchOptions {
  /** Timed requests per contender and server. */
  requests: number;
  warmup: number;
  coldStartRuns: number;
  /** Spec multiples for the pipeline, starting at 1. */
  scales: number[];
  pipelineRuns: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export const FULL: BenchOptions = {
  requests: 2000,
  warmup: 300,
  coldStartRuns: 7,
  scales: [1, 10, 20],
  pipelineRuns: 3,
};
/** What CI runs: every section, tiny N, no timing assertions. */
export const QUICK: BenchOptions = { requests: 20, warmup: 5, coldStartRuns: 2, scales: [1, 2], pipelineRuns: 1 };

export interface BenchReport {
  options: Omit<BenchOptions, "log">;
  meta: Meta;
  overhead: OverheadResult[];
  bundle: BundleResult;
  coldStart: ColdStartResult;
  pipeline: PipelineResult;
  durationMs: number;
}

export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const meta = collectMeta();
  const overhead: OverheadResult[] = [];
  for (const kind of ["minimal", "sandbox"] as const) {
    log(
      `request overhead against the ${kind} server: ${opts.requests} requests per contender after ${opts.warmup} untimed`,
    );
    overhead.push(await runOverhead(kind, { n: opts.requests, warmup: opts.warmup }));
  }
  log("bundle sizes (esbuild)");
  const bundle = await runBundle();
  log(`cold start: ${opts.coldStartRuns} fresh processes per module`);
  const coldStart = await runColdStart({ runs: opts.coldStartRuns });
  log(`pipeline: spec x${opts.scales.join(", x")}, ${opts.pipelineRuns} run(s) each`);
  const pipeline = await runPipeline({ scales: opts.scales, runs: opts.pipelineRuns });
  meta.machine.loadAvgEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  const options = {
    requests: opts.requests,
    warmup: opts.warmup,
    coldStartRuns: opts.coldStartRuns,
    scales: opts.scales,
    pipelineRuns: opts.pipelineRuns,
  };
  return { options, meta, overhead, bundle, coldStart, pipeline, durationMs: performance.now() - started };
}

export { renderMarkdown, evaluateTargets } from "./report.js";
export type { TargetRow } from "./report.js";
