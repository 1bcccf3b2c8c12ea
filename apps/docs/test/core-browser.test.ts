// The quick start's @woox-sdk/client/core example in Chromium, bundled as a browser app bundles it (esbuild,
// ES modules split into chunks, from the published files) and served from a loopback origin, against a
// sandbox that allows that origin via CORS. It proves what the bundle report counts: a successful placement
// fetches only the up-front chunks; the first failure fetches the failure chunk (WooxApiError with the
// catalog's rules, the retry loop), and explain() the prose.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build, type Metafile } from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedBrowser } from "../src/chromium.js";
import { startStaticServer, type StaticServer } from "../src/serve.js";
import { DOCS_DIR } from "./helpers.js";

const skip = !hasChromium() && process.env.CI !== "true";

/** The output chunks, by what they hold: up front (the entry and what it imports), or loaded later. */
function chunksOf(metafile: Metafile) {
  const outs = metafile.outputs;
  const entry = Object.keys(outs).find((k) => outs[k]!.entryPoint !== undefined)!;
  const upFront = new Set<string>();
  const visit = (k: string): void => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const i of outs[k]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
  const holding = (pattern: RegExp) =>
    Object.keys(outs)
      .filter((k) => k.endsWith(".js") && Object.keys(outs[k]!.inputs).some((i) => pattern.test(i)))
      .map((k) => basename(k));
  return {
    upFront: [...upFront].map((k) => basename(k)),
    failure: holding(/client\/dist\/chunks\/failure-/),
    prose: holding(/errors\/dist\/chunks\/text-woox\.gen-/),
  };
}

describe.skipIf(skip)("the core quick start in Chromium", () => {
  let dir: string;
  let chunks: ReturnType<typeof chunksOf>;
  let site: StaticServer;
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;
  const fetched: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI must install the Debian chromium package`);
    dir = mkdtempSync(join(tmpdir(), "woox-core-browser-"));
    const result = await build({
      stdin: {
        contents: `import { quickStartCore } from "./src/examples/quick-start.ts";\nglobalThis.quickStartCore = quickStartCore;`,
        resolveDir: DOCS_DIR,
        loader: "ts",
      },
      bundle: true,
      platform: "browser",
      format: "esm",
      splitting: true,
      outdir: dir,
      entryNames: "app",
      metafile: true,
      logLevel: "silent",
    });
    chunks = chunksOf(result.metafile);
    writeFileSync(join(dir, "index.html"), `<!doctype html><script type="module" src="./app.js"></script>`);
    // What the static server answers for anything else (the browser asks for /favicon.ico).
    writeFileSync(join(dir, "404.html"), "not found");
    site = await startStaticServer({ root: dir, base: "/" });
    sandbox = await startSandbox({ port: 0, cors: { origin: new URL(site.url).origin } });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("request", (r) => {
      if (r.url().startsWith(site.url) && r.url().endsWith(".js")) fetched.push(basename(new URL(r.url()).pathname));
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
    page.on("response", (r) => {
      // The page's own files only: the sandbox answers the forged signature with a 4xx on purpose.
      const own = r.url().startsWith(site.url) && !r.url().endsWith("/favicon.ico");
      if (own && r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(site.url, { waitUntil: "load" });
    await page.waitForFunction(() => typeof (globalThis as { quickStartCore?: unknown }).quickStartCore === "function");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (secret: string) =>
    page.evaluate(
      async ([key, s, url]) => {
        const r = await (
          globalThis as unknown as { quickStartCore: (...a: string[]) => Promise<unknown> }
        ).quickStartCore(key!, s!, url!);
        // bigint does not cross page.evaluate.
        return JSON.parse(JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))) as unknown;
      },
      [sandbox.credentials.apiKey, secret, sandbox.url],
    );

  it("places an algo order with the up-front chunks alone", async () => {
    expect(chunks.failure).toHaveLength(1);
    expect(chunks.prose).toHaveLength(1);
    expect(chunks.upFront).not.toContain(chunks.failure[0]);
    const placed = (await run(sandbox.credentials.apiSecret)) as { algoType: string; algoOrderId: string }[];
    expect(placed.at(-1)).toMatchObject({ algoType: "STOP" });
    expect(String(placed.at(-1)!.algoOrderId)).toMatch(/^\d+$/);
    expect(fetched.sort()).toEqual([...chunks.upFront].sort());
    expect(problems).toEqual([]);
  });

  it("fetches the failure chunk on the first failure, and the prose on explain()", async () => {
    const denied = (await run("not-the-secret")) as { codeName: string; hint: string };
    expect(denied.codeName).toMatch(/^[A-Z_]+$/);
    expect(denied.hint.length).toBeGreaterThan(10);
    expect(fetched).toContain(chunks.failure[0]);
    expect(fetched).toContain(chunks.prose[0]);
    expect(problems).toEqual([]);
  });
});
