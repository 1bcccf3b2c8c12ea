import type { BenchReport } from "./index.js";
import { ROUND, type OverheadResult } from "./overhead.js";

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

const KB = 1000;
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const x2 = (n: number) => n.toFixed(2);
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const kb = (bytes: number) =>
  bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`;
const mb = (n: number) => `${n.toFixed(1)} MB`;
const pct = (over: number) => `${Math.round(over * 100)}%`;

function overheadOf(report: BenchReport, server: OverheadResult["server"]): OverheadResult {
  const o = report.overhead.find((r) => r.server === server);
  if (!o) throw new Error(`no request-overhead run against the ${server} server`);
  return o;
}

const ratio = (o: OverheadResult, pair: "a/b" | "a/c" | "a/d") => o.ratios.find((r) => r.pair === pair)!;

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
        ? `${ms(growth.first)} per copy from ×${growth.sizes[0]} to ×${growth.sizes[1]}, ${ms(growth.last)} from ×${growth.sizes[1]} to ×${growth.sizes[2]} (×${growth.ratio.toFixed(2)})`
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

function table(head: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  return [
    `| ${head.join(" | ")} |`,
    `|${a.map((x) => (x === "r" ? "---:" : "---")).join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function overheadTable(o: OverheadResult): string {
  const a = o.contenders.find((c) => c.id === "a")!;
  return table(
    ["Contender", "Median µs", "p95 µs", "CPU µs/request", "a ÷ this (median)"],
    o.contenders.map((c) => [
      `(${c.id}) ${c.name}`,
      int(c.us.median),
      int(c.us.p95),
      int(c.cpuUs),
      c.id === "a" ? "–" : x2(a.us.median / c.us.median),
    ]),
  );
}

function ratioTable(report: BenchReport): string {
  const rows = (["a/b", "a/c", "a/d"] as const).map((pair) => {
    const m = ratio(overheadOf(report, "minimal"), pair);
    const s = ratio(overheadOf(report, "sandbox"), pair);
    return [pair, x2(m.median), x2(m.p95), x2(m.cpu), x2(s.median), x2(s.p95)];
  });
  return table(["Ratio", "Minimal: median", "Minimal: p95", "Minimal: CPU", "Sandbox: median", "Sandbox: p95"], rows);
}

/** Prose for each missed target: by how much, and why. */
function missNotes(report: BenchReport, targets: TargetRow[]): string[] {
  const minimal = overheadOf(report, "minimal");
  const sandbox = overheadOf(report, "sandbox");
  const us = (o: OverheadResult, id: string) => o.contenders.find((c) => c.id === id)!.us.median;
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
          `In Node the client now sends over node:http, which by itself runs at e/b = ${x2(us(minimal, "e") / us(minimal, "b"))} of the floor; what remains ` +
          `above it is per-call work in the client (see "Where the time goes"). Against the sandbox, whose validation and ` +
          `matching take about ${int(us(sandbox, "b") - us(minimal, "b"))} µs per request for every contender alike, a/d is ${x2(ratio(sandbox, "a/d").median)}.`,
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
      const later = report.bundle.rows.find((r) => r.id === "app-later")!;
      const errors = report.bundle.breakdown
        .filter((b) => b.source.startsWith("@woox-sdk/errors/"))
        .reduce((n, b) => n + b.minBytes, 0);
      const top = report.bundle.breakdown
        .filter((b) => !b.source.startsWith("@woox-sdk/errors/"))
        .slice(0, 5)
        .map((b) => `${b.source} ${int(b.minBytes)} B`)
        .join(", ");
      notes.push(
        `**Minimal app = ${kb(app.gzipBytes)} gzip up front, target ≤ 6.0 KB: missed by ${t.missBy}.** @woox-sdk/errors ` +
          `is ${int(errors)} B of ${int(app.minBytes)} B minified (the V3 run-time rules, which the client decides with, and ` +
          `WooxApiError); the catalog's prose is a chunk of its own (${kb(later.gzipBytes)} gzip) loaded only by ` +
          `\`explain()\` on a failure. The rest, largest first (minified): ${top}.`,
      );
    }
    if (t.id === "cold") {
      notes.push(
        `**Cold import = ${t.measured}, target ≤ 40 ms: missed by ${t.missBy}.** Most of the import is evaluating the error catalog (see the bundle breakdown).`,
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

export function renderMarkdown(report: BenchReport): string {
  const { meta } = report;
  const targets = evaluateTargets(report);
  const minimal = overheadOf(report, "minimal");
  const sandbox = overheadOf(report, "sandbox");
  const v = meta.versions;
  const app = report.bundle.rows.find((r) => r.id === "app")!;
  const out: string[] = [];
  const p = (...lines: string[]) => out.push(lines.join("\n"), "");

  p(
    "# Benchmarks",
    "",
    `Written by \`pnpm bench\` (packages/bench) on ${meta.date.slice(0, 10)}; run it again to refresh this file rather than editing it. ` +
      "Every number below comes from one run on one machine. Shared and virtual machines are noisy (absolute times moved by up to 2× " +
      "between runs while this was developed), so read the ratios, which compare contenders measured side by side in the same run, " +
      "and not the absolute microseconds.",
  );

  p(
    "## Summary",
    "",
    table(
      ["Target", "Goal", "Measured", "Met", "Short by"],
      targets.map((t) => [t.target, t.goal, t.measured, t.met ? "yes" : "**no**", t.missBy || "–"]),
      ["l", "l", "l", "l", "l"],
    ),
  );
  p(
    `Ratios are from the run against the minimal server, which isolates what each client costs; the sandbox run is in section 1.`,
  );

  p(
    "## Machine and versions",
    "",
    table(
      ["Item", "Value"],
      [
        ["Date", meta.date],
        ["Commit", meta.commit],
        ["CPU", `${meta.machine.cpu}, ${meta.machine.cores} cores`],
        ["Memory", `${meta.machine.memoryGB} GB`],
        ["OS", meta.machine.os],
        [
          "Load average (1, 5, 15 min) at start / end",
          `${meta.machine.loadAvgStart.join(", ")} / ${meta.machine.loadAvgEnd?.join(", ") ?? "?"}`,
        ],
        ["Node", meta.node],
        ...Object.entries(v).map(([k, ver]) => [k, ver]),
        ["Run time", ms(report.durationMs)],
      ],
      ["l", "l"],
    ),
  );

  p(
    "## 1. Request overhead",
    "",
    `Each contender places the same signed STOP algo order (\`POST /v3/trade/algoOrder\`, PERP_BTC_USDT, SELL, MARKET, quantity 0.01, trigger 59000) ` +
      `${int(minimal.n)} times after ${int(minimal.warmup)} untimed warm-up requests, one request at a time. The contenders are interleaved: each ` +
      "iteration runs every contender once, in an order that rotates, so that changes in the machine's speed hit all of them alike. " +
      'A request is timed from the call to the parsed answer; "CPU" is the benchmark process\'s user + system CPU time per request, ' +
      "which a busy machine disturbs less than wall time.",
    "",
    "- **(a) @woox-sdk/client** as users get it: `createWooxClient({ apiKey, apiSecret, baseUrl, rateLimit: false })`, then " +
      "`client.algoOrders.place(body)`. Retries, timeouts (10 s per attempt, via AbortSignal), id checks and lossless JSON are on, as by default. " +
      "Pacing is off: it is policy, not overhead (by default the client spaces these calls to the spec's limit of 2 per second per symbol, " +
      "which would measure the limit, not the client). In Node the client sends over node:http with a keep-alive Agent; with a `fetch` " +
      "option, or in browsers, it uses fetch.",
    "- **(b) The floor**: undici's `request` over a keep-alive Agent, the body `JSON.stringify`-ed and signed with node:crypto's `createHmac`, the answer `JSON.parse`-d.",
    "- **(c) fetch**: the same call with the global `fetch`.",
    "- **(d) ccxt `woo`**: `createOrder('BTC/USDT:USDT', 'market', 'sell', 0.01, undefined, { triggerPrice: 59000 })`, which posts " +
      "the same algo order (plus ccxt's `brokerId`), with `enableRateLimit: false` and `urls.api` pointed at the server. " +
      `Its markets were ${minimal.ccxtMarkets === "server" && sandbox.ccxtMarkets === "server" ? "loaded from the server" : `loaded from the minimal server and ${sandbox.ccxtMarkets === "seeded" ? "seeded through ccxt's own `parseMarkets` for the sandbox, which does not serve `GET /v3/public/instruments` yet" : "loaded from the sandbox"}`}, ` +
      "before timing, so no timed call loads markets. `fetchCurrencies` is off: it reads a V1 endpoint neither server has.",
    "- **(e) node:http**, for reference: a hand-written node:http call over a keep-alive Agent with createHmac, i.e. what (a) runs on in Node.",
    "",
    "Two servers, each in its own process so that its work does not share the client's event loop (on 2 cores each side gets one):",
    "",
    "- **Minimal server**: node:http on 127.0.0.1 that checks the V3 signature and answers a fixed acknowledgement. It isolates what each client costs; the targets are read from this run.",
    `- **@woox-sdk/sandbox** with rate limits off: the full exchange (spec validation, signature check, matching). Every ${ROUND} iterations its price is moved through the triggers (untimed), which closes the open orders; the sandbox allows 100 open algo orders per instrument.`,
  );
  p("### Against the minimal server", "", overheadTable(minimal));
  p("### Against @woox-sdk/sandbox", "", overheadTable(sandbox));
  p("### Ratios", "", ratioTable(report));
  p(
    "### Where the time goes",
    "",
    "Profiling the client against the minimal server (V8 CPU profiles, and the layers timed one on another) while this benchmark was " +
      "built showed three costs: the transport (global `fetch` builds a WHATWG Request, Headers and body streams per call: (c) against " +
      "(b) above), the client's per-call work (openapi-fetch's request building, the AbortSignal per attempt, JSON and ids), and the " +
      "socket write itself, which every contender pays. In Node the client now sends over node:http with a keep-alive Agent, reached " +
      "through `process.getBuiltinModule` so that browser bundles never import a node: module, and watches the AbortSignal itself rather " +
      "than handing it to node:http, whose per-request stream watcher cost more than the rest of the request's setup. Of what is " +
      "left between (a) and (e), roughly a third is the per-attempt timeout (creating an `AbortSignal.timeout` and listening on it), " +
      "the rest openapi-fetch's request building, id checks, the lossless JSON parse and the `Response` handed back to callers. " +
      "Signing (createHmac, about 2–3 µs) and parsing (about 1 µs for this answer) are small. The `fetch` option, and browsers, still use fetch.",
  );

  const br = report.bundle;
  p(
    "## 2. Bundle size",
    "",
    "esbuild " +
      v.esbuild +
      " with `--bundle --minify --format=esm --target=es2022 --splitting`; gzip at level 9; 1 KB = 1,000 bytes. " +
      "A bundle's size is what loads up front (the entry and the chunks it imports); a dynamic import() is a chunk loaded later. " +
      "Ours are bundled for the browser (which also proves that no node: module is imported); ccxt imports node: modules, so it " +
      "is bundled for Node." +
      (br.rows.some((r) => r.external.length > 0)
        ? ` Left out as not installed: ${[...new Set(br.rows.flatMap((r) => r.external))].map((x) => `\`${x}\``).join(", ")} (ccxt's optional protobuf dependency).`
        : ""),
    "",
    "The minimal app:",
    "",
    "```ts",
    'import { createWooxClient, isWooxApiError } from "@woox-sdk/client";',
    "// create the client, place one algo order; on failure: const { hint } = await e.explain();",
    "// console.log(e.codeName, hint, e.docsUrl)",
    "```",
    "",
    table(
      ["Bundle", "Platform", "Minified", "Gzip"],
      br.rows.map((r) => [r.label, r.platform, `${int(r.minBytes)} B`, `${int(r.gzipBytes)} B (${kb(r.gzipBytes)})`]),
      ["l", "l", "r", "r"],
    ),
  );
  p(
    "Minimal app by source (minified bytes in the bundle):",
    "",
    table(
      ["Source", "Bytes", "Share"],
      br.breakdown
        .slice(0, 14)
        .map((b) => [b.source, int(b.minBytes), `${((100 * b.minBytes) / app.minBytes).toFixed(1)}%`]),
    ),
  );

  const cs = report.coldStart;
  p(
    "## 3. Cold start",
    "",
    `Each module is imported in ${cs.runs} fresh \`node --expose-gc\` processes (modules interleaved run by run); medians. ` +
      '"Import" is `await import()` timed inside the process; "heap" is the heap used after the import and a full GC minus the same ' +
      'before it; "process" is spawn to exit, Node\'s own start-up included.',
    "",
    table(
      ["Module", "Import", "Heap added", "RSS after", "Process"],
      [
        ["(nothing: node itself)", "–", mb(cs.baseline.heapMB), mb(cs.baseline.rssMB), ms(cs.baseline.processMs)],
        ...cs.rows.map((r) => [r.label, ms(r.importMs), mb(r.heapMB), mb(r.rssMB), ms(r.processMs)]),
      ],
    ),
  );

  const pl = report.pipeline;
  p(
    "## 4. Pipeline",
    "",
    "The generator that `pnpm gen` runs, on spec/ and on synthetic specs k times larger with the same shapes: copy n repeats every path " +
      "under `/v3/xn/…`, every operationId and component name with the suffix `Xn`, and its `$ref`s point at its own components. " +
      `Medians of ${pl.runs} run(s) per size, each in a scratch directory, so that the repository is never written to.`,
    "",
    "- **gen**: a fresh `tsx` process running the generator, start to exit (`pnpm gen` minus pnpm's own start-up), and inside it the time to load the generator's modules (TypeScript, openapi-typescript, yaml, ajv) and to generate.",
    "- **SDK build**: `tsc` emitting the declarations of @woox-sdk/types and @woox-sdk/client from the generated sources (not a target; shown because it grows too).",
    "- **Consumer tsc**: `tsc --noEmit` (strict, skipLibCheck) of a small module that uses the helpers and typed POST/GET calls on the first and the last copy of the paths, against those declarations; wall time, and tsc's own check time.",
    "",
    table(
      [
        "Spec",
        "Operations",
        "YAML",
        "Generated types",
        "gen: generating",
        "gen: loading modules",
        "gen: fresh process",
        "SDK build",
        "Consumer tsc",
        "of which checking",
      ],
      pl.scales.map((s) => [
        `×${s.scale}`,
        int(s.operations),
        kb(s.specBytes),
        kb(s.typesBytes),
        ms(s.genMs),
        ms(s.genImportMs),
        ms(s.genWallMs),
        ms(s.sdkBuildMs),
        ms(s.consumerMs),
        ms(s.consumerCheckMs),
      ]),
    ),
    "",
    `Least-squares fit of the generator's time against the size: ${ms(pl.genFit.interceptMs)} + ${ms(pl.genFit.msPerCopy)} per copy (R² = ${pl.genFit.r2.toFixed(3)}); ` +
      `consumer tsc: ${ms(pl.consumerFit.interceptMs)} + ${ms(pl.consumerFit.msPerCopy)} per copy (R² = ${pl.consumerFit.r2.toFixed(3)}).`,
  );

  const notes = missNotes(report, targets);
  p("## Notes", "", notes.length === 0 ? "Every target was met in this run." : notes.join("\n\n"));
  if (targets.some((t) => t.id === "bundle" && !t.met)) {
    p(
      "Proposals for the bundle: let the client resolve `./wire` through a `node`/`default` export condition so browser bundles drop " +
        "the node:http wire, and trim the per-operation table to what the client reads at run time. (The error catalog is already split: " +
        "WOO X Pro and the prose are out of the up-front bundle, and its code maps are built on first lookup.)",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}
