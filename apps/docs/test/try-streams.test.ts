// "Try a stream in the browser" (/guide/try-streams): @woox-sdk/streams bundled into the docs page, with
// Chromium's own WebSocket, subscribed to a public topic of a sandbox on loopback. The docs are served
// from loopback too: Chromium blocks a page of a public origin from opening a socket to 127.0.0.1
// (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS). The bundle check proves the page's code reaches no
// Node.js module and no `ws`.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { topics } from "@woox-sdk/types/streams";
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedBrowser } from "../src/chromium.js";
import { startStaticServer, type StaticServer } from "../src/serve.js";
import { context, streams } from "../src/routes-data.js";
import { sampleTopic } from "../src/streams-spec.js";
import { chunkCode, chunkGraph, DIST, ensureSite, NODE_ONLY, readDist } from "./helpers.js";

const PAGE = "/guide/try-streams";
const skip = !hasChromium() && process.env.CI !== "true";
const publicTopics = streams(context()).topics.filter((t) => t.meta.scope === "public");

describe("the stream page's bundle", () => {
  beforeAll(async () => {
    await ensureSite();
  }, 180_000);

  it("bundles @woox-sdk/streams for the page, with no Node.js module and no ws imported", () => {
    const graph = chunkGraph("TryStream");
    for (const [file, specifiers] of graph)
      for (const s of specifiers) expect(s, `${file} imports ${s}`).not.toMatch(NODE_ONLY);
    // The component's chunk and every chunk it imports (the client may sit in a chunk the pages share).
    const code = chunkCode(graph);
    // The stream client's own code: the command envelope and the ack diff's error.
    expect(code).toContain("SUBSCRIBE");
    expect(code).toContain("WooxStreamError");
  });

  it("offers a topic of every public family of the table, and no private one", () => {
    const html = readDist("guide/try-streams.html");
    for (const t of publicTopics) expect(html).toContain(`value="${sampleTopic(t)}"`);
    const privates = Object.values(topics).filter((m) => m.scope === "private");
    expect(privates.length).toBeGreaterThan(0);
    for (const m of privates) expect(html).not.toContain(`value="${m.pattern}"`);
  });
});

describe.skipIf(skip)("a stream in Chromium", () => {
  let site: StaticServer;
  let browser: LaunchedBrowser;
  let sandbox: Sandbox;
  let page: Page;
  let problems: string[] = [];
  let mover: ReturnType<typeof setInterval> | undefined;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI must install the Debian chromium package`);
    await ensureSite();
    site = await startStaticServer({ root: DIST, base: "/" });
    sandbox = await startSandbox({ port: 0 });
    browser = await launchChromium();
    // The sandbox pushes quotes and books when they change: keep its price moving.
    let up = true;
    mover = setInterval(() => {
      sandbox.setPrice("PERP_BTC_USDT", up ? "60010" : "60000");
      up = !up;
    }, 50);
  }, 180_000);

  afterAll(async () => {
    clearInterval(mover);
    await browser?.close();
    await sandbox?.stop();
    await site?.close();
  });

  async function open(): Promise<Page> {
    problems = [];
    page = await browser.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    const res = await page.goto(new URL(PAGE.slice(1), site.url).href, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    await page.waitForSelector(".try-stream[data-ready='true']");
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  const frames = async () =>
    (await page.locator(".try-stream-frame code").allInnerTexts()).map(
      (t) => JSON.parse(t) as { topic: string; ts: number; data: { s?: string } },
    );

  it("shows live frames of the chosen topic from the sandbox, and Stop ends them", async () => {
    await open();
    const topic = await page.locator("#try-stream-topic").inputValue();
    expect(publicTopics.map(sampleTopic)).toContain(topic);
    await page.locator("#try-stream-url").fill(sandbox.url);
    await page.locator("#try-stream-start").click();
    await page.waitForSelector(".try-stream-status[data-status='subscribed']");
    await expect.poll(async () => (await frames()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const shown = await frames();
    for (const f of shown) expect(f.topic).toBe(topic);
    // Newest first, in the server's order.
    for (let i = 1; i < shown.length; i++) expect(shown[i - 1]!.ts).toBeGreaterThanOrEqual(shown[i]!.ts);
    expect(await page.locator(".try-stream-socket").innerText()).toContain(new URL(sandbox.url).host);

    await page.locator("#try-stream-stop").click();
    await page.waitForSelector(".try-stream-status[data-status='stopped']");
    const count = Number(await page.locator(".try-stream-count").innerText());
    await new Promise((r) => setTimeout(r, 500));
    expect(Number(await page.locator(".try-stream-count").innerText())).toBe(count);
    expect(problems).toEqual([]);
  });

  it("a topic the sandbox does not serve is a WooxStreamError naming it", async () => {
    await open();
    const bad = (await page.locator("#try-stream-topic").inputValue()).replace(
      /@[A-Z]+_[A-Z0-9]+_/,
      "@PERP_NOSUCHCOIN_",
    );
    await page.locator("#try-stream-url").fill(sandbox.url);
    await page.locator("#try-stream-topic").fill(bad);
    await page.locator("#try-stream-start").click();
    await page.waitForSelector(".try-stream-error");
    expect(await page.locator(".try-stream-error-code").innerText()).toBe("rejected");
    expect(await page.locator(".try-stream-error").innerText()).toContain(bad);
  });

  it("without a sandbox, gives up with `disconnected` instead of retrying forever", async () => {
    const stopped = await startSandbox({ port: 0 });
    const url = stopped.url;
    await stopped.stop();
    await open();
    await page.locator("#try-stream-url").fill(url);
    await page.locator("#try-stream-start").click();
    await page.waitForSelector(".try-stream-error", { timeout: 20_000 });
    expect(await page.locator(".try-stream-error-code").innerText()).toBe("disconnected");
  });
});
