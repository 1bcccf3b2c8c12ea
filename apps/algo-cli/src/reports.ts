import type { WooxClient } from "@woox-sdk/client";
import { withStreams, type GapItem } from "@woox-sdk/streams";
import type { AlgoExecutionNode, ExecutionReportUpdate } from "@woox-sdk/types/streams";
import { OrderStatus, TriggerStatus } from "@woox-sdk/types/enums";

/**
 * What `watch` and the demo print: the account's algo order reports (`algoexecutionreport`), the fills
 * of those orders (`executionreport`, whose `oid` is the algo order's id) and gaps (pushes that may have
 * been missed, e.g. across a reconnect). Ids stay as the stream client parsed them (number, or bigint
 * beyond 2^53), so `stringifyJson` writes them as exact digits.
 */
export type ReportEvent =
  | { type: "algo"; event: "trigger" | "fill" | "update"; report: AlgoExecutionNode }
  | { type: "fill"; report: ExecutionReportUpdate }
  | {
      type: "gap";
      topic: string;
      reason: string;
      from: number | undefined;
      to: number | undefined;
      missed?: number;
      reconcile?: readonly string[];
    };

export interface WatchOptions {
  /** Only reports of this symbol. */
  symbol?: string;
  /** Ends the iteration (and closes the socket). */
  signal: AbortSignal;
  /** Called once both topics are acknowledged by the server: from here on nothing is missed silently. */
  onReady?: () => void;
}

const positive = (v: unknown): boolean => v !== undefined && Number(v) > 0;

/** How a node push reads: a fill (it carries a trade), its first trigger, or another change. */
function classify(node: AlgoExecutionNode, triggered: Set<string>): "trigger" | "fill" | "update" {
  if (positive(node.esx)) return "fill";
  const id = String(node.aid);
  // A parent whose leg fired is marked triggered too, without a trigger price of its own: not a trigger.
  if (node.tss === TriggerStatus.SUCCESS && positive(node.tpx) && !triggered.has(id)) {
    triggered.add(id);
    return "trigger";
  }
  return "update";
}

function gapEvent(g: GapItem<string>): ReportEvent {
  return {
    type: "gap",
    topic: g.topic,
    reason: g.reason,
    from: g.from,
    to: g.to,
    ...(g.missed !== undefined ? { missed: g.missed } : {}),
    ...(g.reconcile ? { reconcile: g.reconcile } : {}),
  };
}

/**
 * Live reports of the account's algo orders over the private stream, until `signal` aborts. Fills of
 * ordinary orders are left out: an `executionreport` is shown when its `oid` belongs to an algo order
 * this watch has seen a report of (algo orders fill under their own id).
 */
export async function* watchReports(client: WooxClient, options: WatchOptions): AsyncGenerator<ReportEvent> {
  const woox = withStreams(client);
  const own = new AbortController();
  const stop = () => own.abort();
  options.signal.addEventListener("abort", stop, { once: true });
  if (options.signal.aborted) own.abort();
  const socket = woox.stream.private();
  const algo = socket.subscribe("algoexecutionreport", { signal: own.signal });
  const exec = socket.subscribe("executionreport", { signal: own.signal });
  const algoIds = new Set<string>();
  const triggered = new Set<string>();
  const wanted = (s: string) => options.symbol === undefined || s === options.symbol;
  try {
    await Promise.all([algo.ready, exec.ready]);
    options.onReady?.();
    type Next = { from: "algo" | "exec"; r: IteratorResult<unknown> };
    const pull = {
      algo: () => algo.next().then((r): Next => ({ from: "algo", r })),
      exec: () => exec.next().then((r): Next => ({ from: "exec", r })),
    };
    const pending = new Map<"algo" | "exec", Promise<Next>>([
      ["algo", pull.algo()],
      ["exec", pull.exec()],
    ]);
    while (pending.size === 2) {
      const { from, r } = await Promise.race(pending.values());
      if (r.done) break;
      pending.set(from, pull[from]());
      const item = r.value as { type?: "gap"; data?: unknown };
      if (item.type === "gap") {
        yield gapEvent(item as GapItem<string>);
      } else if (from === "algo") {
        for (const node of item.data as AlgoExecutionNode[]) {
          algoIds.add(String(node.aid));
          const event = classify(node, triggered);
          if (wanted(node.s)) yield { type: "algo", event, report: node };
        }
      } else {
        const report = item.data as ExecutionReportUpdate;
        // Rejected edits and cancels (mt 1..3) carry no fill.
        if ((report.mt ?? 0) !== 0 || !algoIds.has(String(report.oid)) || !positive(report.esx)) continue;
        if (wanted(report.s)) yield { type: "fill", report };
      }
    }
  } finally {
    options.signal.removeEventListener("abort", stop);
    own.abort();
    woox.stream.close();
  }
}

const iso = (ms: number | undefined) => (ms === undefined ? "the start" : new Date(ms).toISOString());

/** One human line per event. */
export function reportLine(e: ReportEvent): string {
  if (e.type === "gap") {
    const how = e.missed !== undefined ? `${e.missed} pushes` : "pushes";
    const fix = e.reconcile?.length ? `; read the state again over REST (${e.reconcile.join(", ")})` : "";
    return `GAP      ${e.topic}: ${how} between ${iso(e.from)} and ${iso(e.to)} may have been missed (${e.reason})${fix}`;
  }
  if (e.type === "fill") {
    const r = e.report;
    return (
      `FILL     #${String(r.oid)} ${r.s} ${String(r.sd ?? "")} ${String(r.esx)} @ ${String(r.epx)}` +
      `  fee ${String(r.f ?? "0")} ${r.fa ?? ""}  trade #${String(r.tid ?? "")}  status ${String(r.ss)}`
    );
  }
  const n = e.report;
  const head = `${n.at.padEnd(16)} #${String(n.aid)} ${n.s} ${String(n.sd ?? "")}`;
  const root = String(n.raid) !== String(n.aid) ? `  (root #${String(n.raid)})` : "";
  if (e.event === "trigger") return `TRIGGER  ${head} at ${String(n.tpx)}  status ${String(n.ss)}${root}`;
  if (e.event === "fill") return `FILLED   ${head} ${String(n.esx)} @ ${String(n.epx)}  status ${String(n.ss)}${root}`;
  const verb = n.ss === OrderStatus.CANCELLED ? "CANCEL " : n.ss === OrderStatus.FILLED ? "DONE   " : "UPDATE ";
  return `${verb}  ${head}  status ${String(n.ss)}  trigger ${String(n.tss ?? "-")}${root}`;
}
