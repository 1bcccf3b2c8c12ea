// The stream client in a real browser: the browser bundle (esbuild, browser conditions, so `#websocket`
// is the page's own WebSocket) runs in Debian's Chromium, driven by playwright-core, against the scripted
// server on 127.0.0.1. Needs `pnpm build` first. Full run only (vitest.config.ts, project "browser").

import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sent, startScriptedServer, waitFor, type ScriptedServer } from "./scripted-server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Chromium, so there a missing browser is a failure, not a skip.
const skip = !existsSync(CHROMIUM) && process.env.CI !== "true";
if (skip) console.warn(`Skipping the streams browser test: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);

// What the page runs: both sockets, then it reports what it read, ids as strings (bigint does not cross
// page.evaluate).
const PAGE_CODE = `
import { withStreams } from "./index.js";
import { createWooxClient } from "@woox-sdk/client";
globalThis.runStreams = async (httpUrl) => {
  const woox = withStreams(createWooxClient({ baseUrl: httpUrl }), {
    listenKey: async () => ({ key: "browser-key" }),
    reconnect: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  const show = (item) => JSON.parse(JSON.stringify(item, (_k, v) => (typeof v === "bigint" ? v + "n" : v)));
  const trades = woox.stream.public().subscribe("trade@PERP_BTC_USDT");
  const reports = woox.stream.private().subscribe("executionreport");
  const out = { trades: [], reports: [], nativeWebSocket: String(globalThis.WebSocket).includes("[native code]") };
  globalThis.progress = out;
  for await (const item of trades) {
    out.trades.push(show(item));
    if (out.trades.length === 3) break;
  }
  const report = await reports.next();
  out.reports.push(show(report.value));
  woox.stream.close();
  return out;
};`;

describe.skipIf(skip)("in Chromium", () => {
  let server: ScriptedServer;
  let context: BrowserContext;
  let profile: string;
  let site: Server | undefined;
  let pageUrl: string;

  beforeAll(async () => {
    server = await startScriptedServer();
    const bundle = await build({
      stdin: { contents: PAGE_CODE, resolveDir: join(import.meta.dirname, "..", "dist"), loader: "js" },
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
      tsconfigRaw: {},
    });
    // The page comes from a loopback origin (as from the sandbox): Chromium blocks a page of no or a
    // public origin from reaching a loopback address.
    const html = `<!doctype html><script>${bundle.outputFiles[0]!.text}</script>`;
    site = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
    site.listen(0, "127.0.0.1");
    await once(site, "listening");
    pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    profile = mkdtempSync(join(tmpdir(), "woox-streams-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // No sandbox (containers run as root) and nothing that phones home: a run needs only loopback.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await server?.close();
    site?.close();
  });

  it("subscribes on both sockets with the page's WebSocket, keeps 64-bit ids, reconnects and reports the gap", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(pageUrl);
    const run = page.evaluate(
      (url) => (globalThis as unknown as { runStreams(u: string): Promise<unknown> }).runStreams(url),
      server.httpUrl,
    );
    run.catch(() => undefined); // awaited below; a failure before that must not be an unhandled rejection

    await waitFor(
      () => sent(server, "SUBSCRIBE").length === 2 && server.conns.length === 2,
      10_000,
      "both SUBSCRIBEs",
    ).catch((e: Error) => {
      throw new Error(
        `${e.message}; page: ${problems.join(" | ")}; connections: ${server.conns.map((c) => c.path).join(", ")}`,
      );
    });
    const pub = server.conns.find((c) => c.path === "/v3/public")!;
    const priv = server.conns.find((c) => c.path === "/v3/private?key=browser-key")!;
    expect(pub && priv).toBeTruthy();
    const trade = (ts: number) => ({
      topic: "trade@PERP_BTC_USDT",
      ts,
      data: { s: "PERP_BTC_USDT", px: "60000.5", sx: "0.1", sd: "BUY", ts },
    });
    pub.send(trade(1000));
    priv.send(
      '{"topic":"executionreport","ts":5,"data":{"s":"PERP_BTC_USDT","oid":9223372036854775807,"cid":"9007199254740993","ss":"NEW","ts":5}}',
    );
    const read = () =>
      page.evaluate(() => (globalThis as unknown as { progress: { trades: unknown[] } }).progress.trades.length);
    const end = Date.now() + 5000;
    while ((await read()) < 1) if (Date.now() > end) throw new Error("the page never read the first trade");
    pub.ws.terminate();
    await waitFor(
      () => server.conns.filter((c) => c.path === "/v3/public").length === 2 && sent(server, "SUBSCRIBE").length === 3,
      10_000,
      "the public socket again, resubscribed",
    );
    server.last().send(trade(3000));

    const out = (await run) as { trades: unknown[]; reports: unknown[]; nativeWebSocket: boolean };
    expect(out.nativeWebSocket).toBe(true);
    expect(out.trades).toEqual([
      trade(1000),
      { type: "gap", topic: "trade@PERP_BTC_USDT", reason: "reconnect", from: 1000, to: 1_700_000_000_000 },
      trade(3000),
    ]);
    expect(out.reports).toEqual([
      {
        topic: "executionreport",
        ts: 5,
        data: { s: "PERP_BTC_USDT", oid: "9223372036854775807n", cid: "9007199254740993n", ss: "NEW", ts: 5 },
      },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
