// "Try it in the browser" (/guide/try-it): @woox-sdk/client bundled into the docs page, signing with
// WebCrypto in Chromium, against a sandbox that allows the docs' origin via CORS. This is the proof that
// the client works in a browser; the bundle check proves the page's code reaches no Node.js module.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createWooxClient } from "@woox-sdk/client";
import { DEMO_CREDENTIALS, startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedBrowser } from "../src/chromium.js";
import { startStaticServer, type StaticServer } from "../src/serve.js";
import { chunkCode, chunkGraph, DIST, ensureSite, NODE_ONLY, readDist } from "./helpers.js";

const PAGE = "/guide/try-it";
const skip = !hasChromium() && process.env.CI !== "true";

describe("the try-it page's bundle", () => {
  beforeAll(async () => {
    await ensureSite();
  }, 180_000);

  it("bundles @woox-sdk/client for the page, with no Node.js module imported", () => {
    const graph = chunkGraph("TryIt");
    for (const [file, specifiers] of graph)
      for (const s of specifiers) expect(s, `${file} imports ${s}`).not.toMatch(NODE_ONLY);
    // The component's chunk and every chunk it imports (the client may sit in a chunk the pages share).
    const main = chunkCode(graph);
    // It is the client's own code: the V3 signing path with WebCrypto.
    expect(main).toContain("crypto.subtle");
    expect(main).toContain('{name:"HMAC",hash:"SHA-256"}');
    expect(main).toContain("x-api-signature");
  });

  it("prefills the sandbox's demo credentials, and nothing else", () => {
    const html = readDist("guide/try-it.html");
    expect(html).toContain(`value="${DEMO_CREDENTIALS.apiKey}"`);
    expect(html).toContain(`value="${DEMO_CREDENTIALS.apiSecret}"`);
    expect(html).toContain("--cors http://127.0.0.1:4173");
  });
});

describe.skipIf(skip)("try it in Chromium", () => {
  let site: StaticServer;
  let browser: LaunchedBrowser;
  let sandbox: Sandbox;
  let page: Page;
  let problems: string[] = [];
  /** Requests the page sent to the sandbox, and their headers. */
  let toSandbox: string[] = [];
  let sentHeaders: Record<string, string>[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI must install the Debian chromium package`);
    await ensureSite();
    site = await startStaticServer({ root: DIST, base: "/" });
    sandbox = await startSandbox({ port: 0, cors: { origin: new URL(site.url).origin } });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await site?.close();
  });

  async function open(): Promise<Page> {
    problems = [];
    toSandbox = [];
    sentHeaders = [];
    page = await browser.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(sandbox.url)) return;
      toSandbox.push(`${r.method()} ${new URL(r.url()).pathname}`);
      sentHeaders.push(r.headers());
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const res = await page.goto(new URL(PAGE.slice(1), site.url).href, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    await page.waitForSelector(".try-it[data-ready='true']");
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  it("places a STOP algo order from the page and reads it back; the sandbox has it", async () => {
    await open();
    // Nothing is sent on load: the page only talks to the sandbox when asked.
    expect(toSandbox).toEqual([]);
    expect(await page.locator(".try-it-signer").innerText()).toContain("WebCrypto");
    expect(await page.locator("#try-it-key").inputValue()).toBe(sandbox.credentials.apiKey);
    expect(await page.locator("#try-it-secret").inputValue()).toBe(sandbox.credentials.apiSecret);

    await page.locator("#try-it-url").fill(sandbox.url);
    await page.locator("#try-it-run").click();
    await page.waitForSelector(".try-it-result, .try-it-error");
    expect(
      await page.locator(".try-it-error").count(),
      await page
        .locator(".try-it-error")
        .allInnerTexts()
        .then((t) => t.join()),
    ).toBe(0);

    const id = await page.locator(".try-it-id").innerText();
    expect(id).toMatch(/^\d+$/);
    expect(await page.locator(".try-it-status").innerText()).toBe("NEW");
    const shown = JSON.parse(await page.locator(".try-it-order").innerText()) as {
      algoOrderId: number;
      algoType: string;
    };
    expect(String(shown.algoOrderId)).toBe(id);
    expect(shown.algoType).toBe("STOP");
    // Two signed, cross-origin calls from the page (the sandbox checked each signature; the preflights
    // Chromium sent first are not page requests).
    expect(toSandbox).toEqual(["POST /v3/trade/algoOrder", "GET /v3/trade/algoOrder"]);
    for (const h of sentHeaders) {
      expect(h["x-api-key"]).toBe(sandbox.credentials.apiKey);
      expect(h["x-api-signature"]).toMatch(/^[0-9a-f]{64}$/);
    }

    // The sandbox's side: exactly that order exists, for the demo key, and Node reads it back too.
    const roots = sandbox.exchange.roots(sandbox.credentials.apiKey);
    expect(roots.map((r) => String(r.algoOrderId))).toEqual([id]);
    expect(roots[0]).toMatchObject({ algoType: "STOP", side: "SELL", symbol: "PERP_BTC_USDT", status: "NEW" });
    const node = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
    const order = await node.algoOrders.get({ algoOrderId: id });
    expect(String(order.algoOrderId)).toBe(id);
    expect(problems).toEqual([]);
  });

  it("shows a WooxApiError with its code name, hint and a link to its docs page", async () => {
    await open();
    await page.locator("#try-it-url").fill(sandbox.url);
    await page.locator("#try-it-secret").fill("not-the-secret");
    await page.locator("#try-it-run").click();
    await page.waitForSelector(".try-it-error");
    expect(await page.locator(".try-it-code").innerText()).toBe("-1002");
    expect(await page.locator(".try-it-codename").innerText()).toBe("UNAUTHORIZED");
    expect(await page.locator(".try-it-hint").innerText()).not.toBe("");
    const href = await page.locator(".try-it-docs").getAttribute("href");
    expect(href).toBe(new URL("errors/woox/-1002", site.url).href);
    // The only problems are the expected 401 (and Chromium's console line for it).
    expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
    await page.locator(".try-it-docs").click();
    await page.waitForURL(/\/errors\/woox\/-1002$/);
    await expect.poll(() => page.locator("main h1").innerText()).toContain("-1002 UNAUTHORIZED");
  });

  it("without a sandbox, says what to check", async () => {
    const stopped = await startSandbox({ port: 0 });
    const url = stopped.url;
    await stopped.stop();
    await open();
    await page.locator("#try-it-url").fill(url);
    await page.locator("#try-it-run").click();
    await page.waitForSelector(".try-it-error");
    expect(await page.locator(".try-it-error-title").innerText()).toContain("WooxNetworkError");
    expect(await page.locator(".try-it-hint").innerText()).toContain(`--cors ${new URL(site.url).origin}`);
    expect(problems.filter((p) => !/ERR_CONNECTION_REFUSED/.test(p))).toEqual([]);
  });

  it("a sandbox that does not allow the docs' origin is refused by the browser", async () => {
    const closed = await startSandbox({ port: 0 });
    try {
      await open();
      await page.locator("#try-it-url").fill(closed.url);
      await page.locator("#try-it-run").click();
      await page.waitForSelector(".try-it-error");
      expect(await page.locator(".try-it-error-title").innerText()).toContain("WooxNetworkError");
      // Chromium refused the preflight (its console says why), so the order was never even sent.
      expect(problems.some((p) => /CORS/.test(p))).toBe(true);
      expect(closed.exchange.roots(closed.credentials.apiKey)).toHaveLength(0);
      expect(problems.filter((p) => !/CORS|ERR_FAILED/.test(p))).toEqual([]);
    } finally {
      await closed.stop();
    }
  });
});
