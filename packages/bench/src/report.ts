import type { BenchReport } from "./index.js";
import { ROUND, type OverheadResult } from "./overhead.js";
import { int, kb, mb, ms, table, x2 } from "./format.js";
import { evaluateTargets, missNotes, overheadOf, ratio } from "./targets.js";
import { loadSection, profileSection } from "./report-load.js";
import { streamsSection } from "./streams.js";

export { evaluateTargets } from "./targets.js";
export type { TargetRow } from "./targets.js";

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

export function renderMarkdown(report: BenchReport): string {
  const { meta } = report;
  const targets = evaluateTargets(report);
  const minimal = overheadOf(report, "minimal");
  const sandbox = overheadOf(report, "sandbox");
  const v = meta.versions;
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
      "`client.algoOrders.place(body)`. Retries, timeouts (10 s per attempt), id checks and lossless JSON are on, as by default. " +
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
  p(...loadSection(report));
  p(...profileSection(report));

  const br = report.bundle;
  const sourceTotal = br.breakdown.reduce((n, b) => n + b.minBytes, 0);
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
    "The minimal app, on `@woox-sdk/client/core` (the row named `app-full-client` is the same app on the package root, " +
      "`createWooxClient` and `client.algoOrders.place`):",
    "",
    "```ts",
    'import { createWooxCore, isWooxApiError, placeAlgoOrder } from "@woox-sdk/client/core";',
    "// create the client, place one algo order with core.call(placeAlgoOrder, { body }); on failure:",
    "// const { hint } = await e.explain(); console.log(e.codeName, hint, e.docsUrl)",
    "```",
    "",
    table(
      ["Bundle", "Platform", "Minified", "Gzip"],
      br.rows.map((r) => [r.label, r.platform, `${int(r.minBytes)} B`, `${int(r.gzipBytes)} B (${kb(r.gzipBytes)})`]),
      ["l", "l", "r", "r"],
    ),
  );
  p(
    "Minimal app by source module (minified bytes, from the same build of the TypeScript sources: the published files are bundled one per entry):",
    "",
    table(
      ["Source", "Bytes", "Share"],
      br.breakdown
        .slice(0, 14)
        .map((b) => [b.source, int(b.minBytes), `${((100 * b.minBytes) / sourceTotal).toFixed(1)}%`]),
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

  p(streamsSection(report.streams));

  const notes = missNotes(report, targets);
  p("## Notes", "", notes.length === 0 ? "Every target was met in this run." : notes.join("\n\n"));
  return `${out.join("\n").trimEnd()}\n`;
}
