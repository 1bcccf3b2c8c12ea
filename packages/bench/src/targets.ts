import type { BenchReport } from "./index.js";
import { KB, kb, ms, overheadOf, pct, ratio, x2 } from "./format.js";

/** One row of the summary: a target from the benchmarks issue, what was measured, and whether it holds. */
export interface TargetRow {
  id: "a/d" | "a/b" | "bundle" | "cold" | "gen" | "growth" | "tsc";
  target: string;
  goal: string;
  measured: string;
  met: boolean;
  /** How far off, when missed ("" when met). */
  missBy: string;
}

/** Growth counts as no worse than linear while the cost per added copy grows by at most this factor (noise). */
const GROWTH_TOLERANCE = 1.5;

/**
 * The generator's cost per added copy of the spec between the first two and the last two sizes, and
 * their ratio: about 1 for linear growth, above 1 for faster than linear. Needs three sizes.
 */
function marginalGrowth(
  report: BenchReport,
): { sizes: [number, number, number]; first: number; last: number; ratio: number } | undefined {
  const s = report.pipeline.scales;
  if (s.length < 3) return undefined;
  const [a, b] = [s[0]!, s[1]!];
  const [c, d] = [s.at(-2)!, s.at(-1)!];
  const first = (b.genMs - a.genMs) / (b.scale - a.scale);
  const last = (d.genMs - c.genMs) / (d.scale - c.scale);
  return {
    sizes: [a.scale, b.scale, d.scale],
    first,
    last,
    ratio: first > 0 ? last / first : Number.POSITIVE_INFINITY,
  };
}

export function evaluateTargets(report: BenchReport): TargetRow[] {
  const minimal = overheadOf(report, "minimal");
  const sandbox = overheadOf(report, "sandbox");
  const ad = ratio(minimal, "a/d").median;
  const ab = ratio(minimal, "a/b").median;
  const app = report.bundle.rows.find((r) => r.id === "app")!;
  const cold = report.coldStart.rows.find((r) => r.module === "@woox-sdk/client")!;
  const one = report.pipeline.scales.find((s) => s.scale === 1) ?? report.pipeline.scales[0]!;
  const largest = report.pipeline.scales.at(-1)!;
  const worstTsc = Math.max(...report.pipeline.scales.map((s) => s.consumerMs));
  const growth = marginalGrowth(report);
  const rows: TargetRow[] = [
    {
      id: "a/d",
      target: "Request overhead vs ccxt (a/d, medians)",
      goal: "≤ 0.50",
      measured: `${x2(ad)} (sandbox: ${x2(ratio(sandbox, "a/d").median)})`,
      met: ad <= 0.5,
      missBy: ad <= 0.5 ? "" : `+${x2(ad - 0.5)} (${pct(ad / 0.5 - 1)} over)`,
    },
    {
      id: "a/b",
      target: "Request overhead vs the undici floor (a/b, medians)",
      goal: "≤ 1.50",
      measured: `${x2(ab)} (sandbox: ${x2(ratio(sandbox, "a/b").median)})`,
      met: ab <= 1.5,
      missBy: ab <= 1.5 ? "" : `+${x2(ab - 1.5)} (${pct(ab / 1.5 - 1)} over)`,
    },
    {
      id: "bundle",
      target: "Minimal app, minified + gzip",
      goal: "≤ 6.0 KB",
      measured: kb(app.gzipBytes),
      met: app.gzipBytes <= 6 * KB,
      missBy:
        app.gzipBytes <= 6 * KB ? "" : `+${kb(app.gzipBytes - 6 * KB)} (${(app.gzipBytes / (6 * KB)).toFixed(1)}×)`,
    },
    {
      id: "cold",
      target: "Cold `import` of @woox-sdk/client",
      goal: "≤ 40 ms",
      measured: ms(cold.importMs),
      met: cold.importMs <= 40,
      missBy: cold.importMs <= 40 ? "" : `+${ms(cold.importMs - 40)}`,
    },
    {
      id: "gen",
      target: "`pnpm gen` on spec/ (fresh process)",
      goal: "≤ 3 s",
      measured: ms(one.genWallMs),
      met: one.genWallMs <= 3000,
      missBy: one.genWallMs <= 3000 ? "" : `+${ms(one.genWallMs - 3000)}`,
    },
    {
      id: "growth",
      target: `Generator time from ×1 to ×${largest.scale} spec`,
      goal: "linear or better",
      measured: growth
        ? `${ms(growth.first)} per copy from ×${growth.sizes[0]} to ×${growth.sizes[1]}, ` +
          `${ms(growth.last)} from ×${growth.sizes[1]} to ×${growth.sizes[2]} (×${growth.ratio.toFixed(2)})`
        : `${ms(one.genMs)} → ${ms(largest.genMs)} (two sizes: the shape of the growth is not testable)`,
      met: growth ? growth.ratio <= GROWTH_TOLERANCE : true,
      missBy:
        growth && growth.ratio > GROWTH_TOLERANCE
          ? `the cost per copy grew ×${growth.ratio.toFixed(2)} (> ×${GROWTH_TOLERANCE})`
          : "",
    },
    {
      id: "tsc",
      target: "Consumer `tsc --noEmit` (slowest spec size)",
      goal: "≤ 5 s",
      measured: `${ms(worstTsc)} (×1: ${ms(one.consumerMs)}, ×${largest.scale}: ${ms(largest.consumerMs)})`,
      met: worstTsc <= 5000,
      missBy: worstTsc <= 5000 ? "" : `+${ms(worstTsc - 5000)}`,
    },
  ];
  return rows;
}
