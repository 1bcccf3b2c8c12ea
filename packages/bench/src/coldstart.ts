import { spawn } from "node:child_process";
import { BENCH_DIR } from "./servers.js";
import { median } from "./stats.js";

export interface ColdStartOptions {
  /** Fresh processes per module (medians are reported). */
  runs: number;
}

export interface ColdStartRow {
  module: string;
  label: string;
  /** `await import()` of the module in a fresh process (ms, median). */
  importMs: number;
  /** Heap used after the import and a full GC, minus the same before the import (MB, median). */
  heapMB: number;
  /** Resident set size after the import (MB, median). */
  rssMB: number;
  /** The whole process, spawn to exit (ms, median): Node's own start-up included. */
  processMs: number;
  samples: number[];
}

export interface ColdStartResult {
  runs: number;
  rows: ColdStartRow[];
  /** The same process with nothing imported: the floor under processMs and rssMB. */
  baseline: { processMs: number; rssMB: number; heapMB: number };
}

const MODULES: { module: string; label: string }[] = [
  { module: "@woox-sdk/client", label: "@woox-sdk/client" },
  { module: "openapi-fetch", label: "openapi-fetch (alone)" },
  { module: "ccxt", label: "ccxt" },
];

// Run with --expose-gc; prints one JSON line. An empty module name measures the bare process.
const PROBE = `
const MB = 1024 * 1024;
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
if (process.argv[1]) await import(process.argv[1]);
const importMs = performance.now() - started;
globalThis.gc();
const m = process.memoryUsage();
process.stdout.write(JSON.stringify({ importMs, heapMB: (m.heapUsed - before) / MB, rssMB: m.rss / MB }) + "\\n");
`;

interface Probe {
  importMs: number;
  heapMB: number;
  rssMB: number;
  processMs: number;
}

function probe(module: string): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // cwd is the bench package, so bare specifiers resolve from its node_modules.
    const child = spawn(process.execPath, ["--expose-gc", "--input-type=module", "-e", PROBE, module], {
      cwd: BENCH_DIR,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0)
        return reject(new Error(`importing ${module || "nothing"} failed (${code}): ${err.slice(0, 2000)}`));
      resolve({ ...(JSON.parse(out.trim()) as Omit<Probe, "processMs">), processMs: performance.now() - started });
    });
  });
}

/** Each module in `runs` fresh processes, the modules interleaved run by run. */
export async function runColdStart(opts: ColdStartOptions): Promise<ColdStartResult> {
  const samples = new Map<string, Probe[]>([["", []], ...MODULES.map((m) => [m.module, []] as [string, Probe[]])]);
  await probe(""); // page the node binary in before anything is timed
  for (let i = 0; i < opts.runs; i++) {
    for (const module of samples.keys()) samples.get(module)!.push(await probe(module));
  }
  const med = (module: string, key: keyof Probe) => median(samples.get(module)!.map((p) => p[key]));
  return {
    runs: opts.runs,
    baseline: { processMs: med("", "processMs"), rssMB: med("", "rssMB"), heapMB: med("", "heapMB") },
    rows: MODULES.map(({ module, label }) => ({
      module,
      label,
      importMs: med(module, "importMs"),
      heapMB: med(module, "heapMB"),
      rssMB: med(module, "rssMB"),
      processMs: med(module, "processMs"),
      samples: samples.get(module)!.map((p) => p.importMs),
    })),
  };
}
