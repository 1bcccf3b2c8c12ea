import type { BenchReport } from "./index.js";
import type { OverheadResult } from "./overhead.js";

// Number formats and lookups shared by the summary, the notes and the report.

export const KB = 1000;
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const x2 = (n: number) => n.toFixed(2);
export const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
export const kb = (bytes: number) =>
  bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`;
export const mb = (n: number) => `${n.toFixed(1)} MB`;
export const pct = (over: number) => `${Math.round(over * 100)}%`;

export function overheadOf(report: BenchReport, server: OverheadResult["server"]): OverheadResult {
  const o = report.overhead.find((r) => r.server === server);
  if (!o) throw new Error(`no request-overhead run against the ${server} server`);
  return o;
}

export const ratio = (o: OverheadResult, pair: "a/b" | "a/c" | "a/d") => o.ratios.find((r) => r.pair === pair)!;

/** A contender's median µs per request. */
export const medianUs = (o: OverheadResult, id: string) => o.contenders.find((c) => c.id === id)!.us.median;

/** A Markdown table; numbers right-aligned unless `align` says otherwise. */
export function table(head: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  return [
    `| ${head.join(" | ")} |`,
    `|${a.map((x) => (x === "r" ? "---:" : "---")).join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
