import { runBundle, type BundleResult } from "./bundle.js";
import { runColdStart, type ColdStartResult } from "./coldstart.js";
import { collectMeta, type Meta } from "./meta.js";
import { runOverhead, type OverheadResult } from "./overhead.js";
import { runPipeline, type PipelineResult } from "./pipeline.js";
import { runLoad, type LoadResult } from "./load.js";
import { runProfile, type ProfileResult } from "./profile.js";
import { runStreams, type StreamsResult } from "./streams.js";
import { loadavg } from "node:os";

export interface BenchOptions {
  /** Timed requests per contender and server. */
  requests: number;
  warmup: number;
  coldStartRuns: number;
  /** Spec multiples for the pipeline, starting at 1. */
  scales: number[];
  pipelineRuns: number;
  /** Requests per contender with `inFlight` in flight (throughput). */
  loadRequests: number;
  inFlight: number;
  /** Requests held in flight for the heap measurement, and fresh processes per contender. */
  heapInFlight: number;
  heapRuns: number;
  /** Requests under the CPU profiler. */
  profileRequests: number;
  /** Pushes decoded in the streams throughput run, and pushes sent at a stalled subscription. */
  streamMessages: number;
  streamStalledPushes: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export const FULL: BenchOptions = {
  requests: 2000,
  warmup: 300,
  coldStartRuns: 7,
  scales: [1, 10, 20],
  pipelineRuns: 3,
  loadRequests: 20_000,
  inFlight: 64,
  heapInFlight: 1000,
  heapRuns: 3,
  profileRequests: 10_000,
  streamMessages: 200_000,
  streamStalledPushes: 200_000,
};
/** What CI runs: every section, tiny N, no timing assertions. */
export const QUICK: BenchOptions = {
  requests: 20,
  warmup: 5,
  coldStartRuns: 2,
  scales: [1, 2],
  pipelineRuns: 1,
  loadRequests: 200,
  inFlight: 64,
  heapInFlight: 100,
  heapRuns: 1,
  profileRequests: 100,
  streamMessages: 2_000,
  streamStalledPushes: 5_000,
};

export interface BenchReport {
  options: Omit<BenchOptions, "log">;
  meta: Meta;
  overhead: OverheadResult[];
  load: LoadResult;
  profile: ProfileResult;
  bundle: BundleResult;
  coldStart: ColdStartResult;
  pipeline: PipelineResult;
  streams: StreamsResult;
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
  log(
    `throughput with ${opts.inFlight} in flight (${opts.loadRequests} requests per contender), heap with ${opts.heapInFlight} in flight`,
  );
  const load = await runLoad({
    requests: opts.loadRequests,
    inFlight: opts.inFlight,
    rounds: 10,
    heapInFlight: opts.heapInFlight,
    heapRuns: opts.heapRuns,
  });
  log(`CPU profile of the client: ${opts.profileRequests} requests`);
  const profile = await runProfile({ requests: opts.profileRequests });
  log("bundle sizes (esbuild)");
  const bundle = await runBundle();
  log(`cold start: ${opts.coldStartRuns} fresh processes per module`);
  const coldStart = await runColdStart({ runs: opts.coldStartRuns });
  log(`pipeline: spec x${opts.scales.join(", x")}, ${opts.pipelineRuns} run(s) each`);
  const pipeline = await runPipeline({ scales: opts.scales, runs: opts.pipelineRuns });
  log(`streams: ${opts.streamMessages} pushes decoded, ${opts.streamStalledPushes} pushes at a stalled subscription`);
  const streams = await runStreams({
    messages: opts.streamMessages,
    stalledPushes: opts.streamStalledPushes,
    bufferSize: 1000,
  });
  meta.machine.loadAvgEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  const options: Omit<BenchOptions, "log"> = {
    requests: opts.requests,
    warmup: opts.warmup,
    coldStartRuns: opts.coldStartRuns,
    scales: opts.scales,
    pipelineRuns: opts.pipelineRuns,
    loadRequests: opts.loadRequests,
    inFlight: opts.inFlight,
    heapInFlight: opts.heapInFlight,
    heapRuns: opts.heapRuns,
    profileRequests: opts.profileRequests,
    streamMessages: opts.streamMessages,
    streamStalledPushes: opts.streamStalledPushes,
  };
  return {
    options,
    meta,
    overhead,
    load,
    profile,
    bundle,
    coldStart,
    pipeline,
    streams,
    durationMs: performance.now() - started,
  };
}

export { renderMarkdown, evaluateTargets } from "./report.js";
export type { TargetRow } from "./report.js";
