import { ccxtWoo, fetchBaseline, nodeHttpBaseline, undiciFloor, wooxSdk, type Contender } from "./contenders.js";
import { startServer, type BenchServer, type ServerKind } from "./servers.js";
import { summarize, type Summary } from "./stats.js";

export interface OverheadOptions {
  /** Timed requests per contender. */
  n: number;
  /** Untimed requests per contender first (JIT, connection pools, ccxt's markets). */
  warmup: number;
}

export interface ContenderResult {
  id: Contender["id"];
  name: string;
  /** Microseconds per signed POST, round trip included. */
  us: Summary;
  /** CPU time of the benchmark process per request (user + system, µs, mean): less sensitive to a busy machine. */
  cpuUs: number;
}

export interface OverheadResult {
  server: ServerKind;
  n: number;
  warmup: number;
  contenders: ContenderResult[];
  /** Ratios of a's median (and p95, and CPU) to b's, c's and d's. */
  ratios: { pair: "a/b" | "a/c" | "a/d"; median: number; p95: number; cpu: number }[];
  /** Where ccxt's markets came from (see contenders.ts). */
  ccxtMarkets: "server" | "seeded";
}

// All contenders share one sandbox account, which holds at most 100 open algo orders per instrument:
// every ROUND iterations (5 orders each) the price is moved through the triggers, closing them all.
export const ROUND = 18;

/**
 * N signed POST /v3/trade/algoOrder round trips per contender, interleaved: each iteration runs every
 * contender once, in an order that rotates, so drift in the machine's speed hits all of them alike.
 */
export async function runOverhead(kind: ServerKind, opts: OverheadOptions): Promise<OverheadResult> {
  const server: BenchServer = await startServer(kind);
  const contenders: Contender[] = [];
  try {
    const d = await ccxtWoo(server);
    contenders.push(wooxSdk(server), undiciFloor(server), fetchBaseline(server), d, nodeHttpBaseline(server));
    const samples = new Map<Contender["id"], number[]>(contenders.map((c) => [c.id, []]));
    const cpu = new Map<Contender["id"], number>(contenders.map((c) => [c.id, 0]));
    const total = opts.warmup + opts.n;
    for (let i = 0; i < total; i++) {
      if (i % ROUND === 0 && kind === "sandbox") await server.reset();
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(i + k) % contenders.length]!;
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await c.place();
        const us = (performance.now() - started) * 1000;
        const used = process.cpuUsage(cpuBefore);
        if (i >= opts.warmup) {
          samples.get(c.id)!.push(us);
          cpu.set(c.id, cpu.get(c.id)! + used.user + used.system);
        }
      }
    }
    const results = contenders.map((c) => ({
      id: c.id,
      name: c.name,
      us: summarize(samples.get(c.id)!),
      cpuUs: cpu.get(c.id)! / opts.n,
    }));
    const byId = new Map(results.map((r) => [r.id, r]));
    const a = byId.get("a")!;
    const ratios = (["b", "c", "d"] as const).map((x) => {
      const o = byId.get(x)!;
      return {
        pair: `a/${x}` as const,
        median: a.us.median / o.us.median,
        p95: a.us.p95 / o.us.p95,
        cpu: a.cpuUs / o.cpuUs,
      };
    });
    return { server: kind, n: opts.n, warmup: opts.warmup, contenders: results, ratios, ccxtMarkets: d.marketsFrom };
  } finally {
    for (const c of contenders) await c.close().catch(() => undefined);
    await server.stop();
  }
}
