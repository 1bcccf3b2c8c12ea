import { describe, expect, it } from "vitest";
import { QUICK, renderMarkdown, runBench, evaluateTargets } from "../src/index.js";

const finite = (n: number) => Number.isFinite(n) && n >= 0;

// A smoke test of `pnpm bench --quick`: every section runs and reports numbers. No timing assertions:
// benchmarks are not tests, and CI machines are too noisy for them.
describe("pnpm bench, quick", () => {
  it("runs every section and renders a report with numbers in each", async () => {
    const report = await runBench(QUICK);

    expect(report.overhead.map((o) => o.server)).toEqual(["minimal", "sandbox"]);
    for (const o of report.overhead) {
      expect(o.contenders.map((c) => c.id)).toEqual(["a", "b", "c", "d", "e"]);
      for (const c of o.contenders) {
        expect(c.us.n).toBe(QUICK.requests);
        expect(finite(c.us.median) && finite(c.us.p95) && finite(c.cpuUs)).toBe(true);
      }
      expect(o.ratios.map((r) => r.pair)).toEqual(["a/b", "a/c", "a/d"]);
      for (const r of o.ratios) expect(r.median).toBeGreaterThan(0);
    }

    expect(report.load.rows.map((r) => r.id)).toEqual(["a", "b", "d", "e"]);
    for (const r of report.load.rows) {
      expect(r.perSecond).toBeGreaterThan(0);
      expect(finite(r.cpuUs)).toBe(true);
      // A request in flight keeps something alive, in every client.
      expect(r.heapBytes).toBeGreaterThan(0);
    }
    expect(report.profile.areas.some((x) => x.label === "@woox-sdk/client")).toBe(true);
    expect(report.profile.top.length).toBeGreaterThan(0);
    const shares = report.profile.areas.reduce((n, x) => n + x.share, 0);
    expect(shares).toBeCloseTo(1, 5);

    expect(report.bundle.rows.map((r) => r.id)).toEqual([
      "app",
      "app-prose",
      "app-openapi-fetch",
      "app-node-wire",
      "app-failure",
      "app-full-client",
      "openapi-fetch",
      "ccxt",
    ]);
    for (const r of report.bundle.rows) expect(r.gzipBytes).toBeGreaterThan(0);
    expect(report.bundle.breakdown.some((b) => b.source.startsWith("@woox-sdk/client/"))).toBe(true);
    // The catalog's prose loads on explain(), what only a failure needs (its rules with WooxApiError, the
    // transport errors, the retry loop and its rules, reconciliation) on the first failure, openapi-fetch and
    // its adapter on a call only it can write, the node:http wire in Node only: none of them up front.
    for (const later of [
      "text-woox",
      "rules-woox",
      "errors/error.ts",
      "transport-errors",
      "reconcile",
      "recover",
      "openapi-fetch",
      "front.ts",
      "node-wire",
    ])
      expect(report.bundle.breakdown.some((b) => b.source.includes(later))).toBe(false);

    expect(report.coldStart.rows.map((r) => r.module)).toEqual(["@woox-sdk/client", "openapi-fetch", "ccxt"]);
    for (const r of report.coldStart.rows)
      expect(finite(r.importMs) && finite(r.heapMB) && finite(r.processMs)).toBe(true);

    const [one, two] = report.pipeline.scales;
    expect([one?.scale, two?.scale]).toEqual([1, 2]);
    expect(two!.operations).toBe(2 * one!.operations);
    for (const s of report.pipeline.scales) {
      expect([s.genMs, s.genImportMs, s.genWallMs, s.sdkBuildMs, s.consumerMs, s.consumerCheckMs].every(finite)).toBe(
        true,
      );
    }

    // Streams: every push was decoded, and the stalled subscription holds no more than its bound (plus its gap item).
    expect(report.streams.decode.messages).toBe(QUICK.streamMessages);
    expect(report.streams.decode.perSecond).toBeGreaterThan(0);
    expect(report.streams.stalled.pushes).toBe(QUICK.streamStalledPushes);
    expect(report.streams.stalled.buffered).toBeLessThanOrEqual(report.streams.stalled.bufferSize + 1);

    expect(evaluateTargets(report).map((t) => t.id)).toEqual(["a/d", "a/b", "bundle", "cold", "gen", "growth", "tsc"]);
    const md = renderMarkdown(report);
    for (const heading of [
      "## Summary",
      "## Machine and versions",
      "## 1. Request overhead",
      "### Ratios",
      "### 64 requests in flight",
      "### Heap per 100 requests in flight",
      "### Where the time goes",
      "## 2. Bundle size",
      "## 3. Cold start",
      "## 4. Pipeline",
      "## 5. Streams",
      "## Notes",
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).not.toMatch(/NaN|Infinity/);
  }, 300_000);
});
