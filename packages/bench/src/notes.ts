import type { BenchReport } from "./index.js";
import { int, kb, medianUs as us, ms, overheadOf, ratio, x2 } from "./format.js";
import type { TargetRow } from "./targets.js";

/** Prose for each missed target: by how much, and why. */
export function missNotes(report: BenchReport, targets: TargetRow[]): string[] {
  const minimal = overheadOf(report, "minimal");
  const sandbox = overheadOf(report, "sandbox");
  const notes: string[] = [];
  for (const t of targets) {
    if (t.met) continue;
    if (t.id === "a/d") {
      const bd = us(minimal, "b") / us(minimal, "d");
      notes.push(
        `**a/d = ${t.measured}, target ≤ 0.50: missed by ${t.missBy}.** ccxt 4.5.84 no longer goes through \`fetch\` in Node: it loads ` +
          `undici and sends with \`undici.request\` over its own keep-alive Agent (see \`loadFetchImplementation\` in its Exchange.js). ` +
          `That puts ccxt at ${x2(us(minimal, "d") / us(minimal, "b"))}× the undici floor here, so a/d ≤ 0.5 asks for a client faster than ` +
          `the floor itself: even (b), a bare \`undici.request\` with createHmac and nothing else, only reaches b/d = ${x2(bd)}. ` +
          "In Node the client now sends over node:http, which by itself runs at " +
          `e/b = ${x2(us(minimal, "e") / us(minimal, "b"))} of the floor; what remains ` +
          `above it is per-call work in the client (see "Where the time goes"). Against the sandbox, whose validation and ` +
          `matching take about ${int(us(sandbox, "b") - us(minimal, "b"))} µs per request for every contender alike, ` +
          `a/d is ${x2(ratio(sandbox, "a/d").median)}.`,
      );
    }
    if (t.id === "a/b") {
      notes.push(
        `**a/b = ${t.measured}, target ≤ 1.50: missed by ${t.missBy}.** node:http by itself runs at e/b = ` +
          `${x2(us(minimal, "e") / us(minimal, "b"))}; the rest is per-call work above it: openapi-fetch's request building (two ` +
          "`Headers` merges, URL and serializer set-up), an `AbortSignal.timeout` per attempt, id conversion, the lossless JSON " +
          'parse and the `Response` handed back to callers. See "Where the time goes".',
      );
    }
    if (t.id === "bundle") {
      const app = report.bundle.rows.find((r) => r.id === "app")!;
      const lean = report.bundle.rows.find((r) => r.id === "app-lean")!;
      const catalog = report.bundle.breakdown
        .filter((b) => /catalog-woox/.test(b.source))
        .reduce((n, b) => n + b.minBytes, 0);
      const top = report.bundle.breakdown
        .filter((b) => !/catalog-woox/.test(b.source))
        .slice(0, 5)
        .map((b) => `${b.source} ${int(b.minBytes)} B`)
        .join(", ");
      notes.push(
        `**Minimal app = ${kb(app.gzipBytes)} gzip, target ≤ 6.0 KB: missed by ${t.missBy}.** The error catalog is most of it: ` +
          `both generated tables (catalog-woox and catalog-woox-pro, ${int(catalog)} B of ${int(app.minBytes)} B minified) are ` +
          "bundled, because @woox-sdk/errors builds its lookup maps from both at module load and the client's `WooxApiError` " +
          "looks every code up. Without the tables the same app is " +
          `${kb(lean.gzipBytes)} gzip: still over, from (largest first, minified) ${top}. ` +
          "Reaching 6 KB needs changes outside the client's transport; see the proposals below.",
      );
    }
    if (t.id === "cold") {
      notes.push(
        `**Cold import = ${t.measured}, target ≤ 40 ms: missed by ${t.missBy}.** ` +
          "Most of the import is evaluating the error catalog (see the bundle breakdown).",
      );
    }
    if (t.id === "gen") {
      notes.push(
        `**\`pnpm gen\` = ${t.measured}, target ≤ 3 s: missed by ${t.missBy}.** Of that, loading TypeScript, openapi-typescript, yaml ` +
          `and ajv takes ${ms(report.pipeline.scales[0]!.genImportMs)} and generating ${ms(report.pipeline.scales[0]!.genMs)}; the rest is ` +
          "starting Node and tsx.",
      );
    }
    if (t.id === "growth")
      notes.push(
        `**Generator growth: ${t.measured}.** Each added copy of the spec costs more than the one before (target: linear); see the pipeline table.`,
      );
    if (t.id === "tsc") notes.push(`**Consumer tsc = ${t.measured}, target ≤ 5 s: missed by ${t.missBy}.**`);
  }
  return notes;
}
