import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ccxtWoo, nodeHttpBaseline, undiciFloor, wooxSdk, type Contender } from "./contenders.js";
import { BENCH_DIR, startServer } from "./servers.js";
import { median } from "./stats.js";

// Many requests at once against the minimal server: throughput with a fixed number in flight, and the
// heap each contender holds while a thousand requests wait for their answers.

export interface LoadOptions {
  /** Requests per contender for the throughput run (split over `rounds`). */
  requests: number;
  /** Requests kept in flight during the throughput run. */
  inFlight: number;
  rounds: number;
  /** Requests held in flight for the heap measurement. */
  heapInFlight: number;
  /** Fresh processes per contender for the heap measurement (the median is reported). */
  heapRuns: number;
}

export interface LoadRow {
  id: "a" | "b" | "d" | "e";
  name: string;
  /** Answers per second with `inFlight` requests in flight. */
  perSecond: number;
  /** CPU time of the benchmark process per request (user + system, µs). */
  cpuUs: number;
  /** Heap held by `heapInFlight` requests in flight (bytes, median over fresh processes). */
  heapBytes: number;
  /** How many of them had reached the server when the heap was measured (the rest wait in the contender). */
  onWire: number;
}

export interface LoadResult {
  requests: number;
  inFlight: number;
  heapInFlight: number;
  heapRuns: number;
  rows: LoadRow[];
}

/** `n` placements with `inFlight` of them in flight at any time. */
async function saturate(c: Contender, n: number, inFlight: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await c.place();
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, n) }, worker));
}

interface HeapSample {
  heapBytes: number;
  onWire: number;
}

function heapOf(id: LoadRow["id"], url: string, credentials: object, inFlight: number): Promise<HeapSample> {
  const script = fileURLToPath(new URL("./heap-child.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", script, id, url, JSON.stringify(credentials), String(inFlight)],
      { cwd: BENCH_DIR, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`heap run of (${id}) failed (${code}): ${err.slice(0, 2000)}`));
      resolve(JSON.parse(out.trim()) as HeapSample);
    });
  });
}

/**
 * Throughput: each contender places `requests` orders with `inFlight` in flight, in rounds whose
 * contender order changes, against one minimal server. Then the heap with `heapInFlight` in flight,
 * each contender in its own fresh processes.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const server = await startServer("minimal");
  const contenders: Contender[] = [];
  try {
    contenders.push(wooxSdk(server), undiciFloor(server), await ccxtWoo(server), nodeHttpBaseline(server));
    const wall = new Map<Contender["id"], number>(contenders.map((c) => [c.id, 0]));
    const cpu = new Map<Contender["id"], number>(contenders.map((c) => [c.id, 0]));
    for (const c of contenders) await saturate(c, Math.min(opts.requests, 2000), opts.inFlight);
    const perRound = Math.max(1, Math.round(opts.requests / opts.rounds));
    for (let r = 0; r < opts.rounds; r++) {
      // Each round in another order (forwards, then backwards), so that no contender always follows the
      // same one; and a pause between runs, so that one run's leftover work is not counted in the next.
      const order = r % 2 === 0 ? contenders : [...contenders].reverse();
      for (let k = 0; k < order.length; k++) {
        const c = order[(Math.floor(r / 2) + k) % order.length]!;
        await new Promise((resolve) => setTimeout(resolve, 50));
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await saturate(c, perRound, opts.inFlight);
        wall.set(c.id, wall.get(c.id)! + performance.now() - started);
        const used = process.cpuUsage(cpuBefore);
        cpu.set(c.id, cpu.get(c.id)! + used.user + used.system);
      }
    }
    const heaps = new Map<Contender["id"], HeapSample[]>(contenders.map((c) => [c.id, []]));
    for (let i = 0; i < opts.heapRuns; i++) {
      for (const c of contenders) {
        heaps.get(c.id)!.push(await heapOf(c.id as LoadRow["id"], server.url, server.credentials, opts.heapInFlight));
      }
    }
    const total = perRound * opts.rounds;
    return {
      requests: total,
      inFlight: opts.inFlight,
      heapInFlight: opts.heapInFlight,
      heapRuns: opts.heapRuns,
      rows: contenders.map((c) => ({
        id: c.id as LoadRow["id"],
        name: c.name,
        perSecond: total / (wall.get(c.id)! / 1000),
        cpuUs: cpu.get(c.id)! / total,
        heapBytes: median(heaps.get(c.id)!.map((h) => h.heapBytes)),
        onWire: Math.min(...heaps.get(c.id)!.map((h) => h.onWire)),
      })),
    };
  } finally {
    for (const c of contenders) await c.close().catch(() => undefined);
    await server.stop();
  }
}
