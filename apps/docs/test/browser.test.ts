// The site in a real browser: Debian's Chromium driven by playwright-core, against the built site served
// from 127.0.0.1 by the same static server `pnpm docs` uses. Every test also fails on any console error,
// uncaught exception or failed request of the page it visits.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { apis, catalog } from "@woox-sdk/errors/text";
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedBrowser } from "../src/chromium.js";
import { startStaticServer, type StaticServer } from "../src/serve.js";
import { routes } from "../src/site.js";
import { loadSpec } from "../src/spec.js";
import { DIST, ensureSite } from "./helpers.js";

// CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
const skip = !hasChromium() && process.env.CI !== "true";
if (skip)
  console.warn(
    `Skipping the docs browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );

describe.skipIf(skip)("docs site in Chromium", () => {
  let site: StaticServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI must install the Debian chromium package`);
    await ensureSite();
    site = await startStaticServer({ root: DIST, base: "/" });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A fresh tab whose console errors, page errors and failed requests are collected. */
  async function open(path: string): Promise<Page> {
    problems = [];
    page = await browser.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const res = await page.goto(new URL(path.replace(/^\//, ""), site.url).href, { waitUntil: "load" });
    expect(res?.status(), path).toBe(200);
    // Wait for Vue to hydrate: interactive parts (the lookup) only work after that.
    await page.waitForFunction(
      () => (document.querySelector("#app") as { __vue_app__?: unknown } | null)?.__vue_app__ !== undefined,
    );
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(problems).toEqual([]);
  });

  /** Types into the lookup as a person would, key by key. */
  async function lookUp(query: string): Promise<void> {
    await page.waitForSelector(".error-lookup[data-ready='true']");
    await page.locator("#error-lookup-input").pressSequentially(query, { delay: 10 });
  }

  const result = (api: string, code: number | string) =>
    page.locator(`.lookup-result[data-api="${api}"][data-code="${code}"]`);

  it("typing 40035 shows “The order is not exist” and HTTP 400", async () => {
    await open(routes.errorsHome);
    await lookUp("40035");
    const hit = result("woox-pro", 40035);
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator(".result-message").innerText()).toBe("The order is not exist");
    expect(await hit.locator(".result-http").innerText()).toBe("HTTP 400");
    // It is the first result, and the URL now links to this lookup.
    expect(await page.locator(".lookup-result").first().getAttribute("data-code")).toBe("40035");
    expect(new URL(page.url()).searchParams.get("q")).toBe("40035");
  });

  it("typing -1003 shows the rate-limit entry as retryable", async () => {
    await open(routes.errorsHome);
    await lookUp("-1003");
    const hit = result("woox", -1003);
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator(".result-link").innerText()).toContain("TOO_MANY_REQUEST");
    expect(await hit.locator(".result-category").innerText()).toBe("rate_limit");
    expect(await hit.locator(".badge.retryable").innerText()).toBe("retryable");
    expect(await hit.locator(".badge.not-retryable").count()).toBe(0);
  });

  it("a fragment of a message finds its entry", async () => {
    await open(routes.errorsHome);
    const entry = catalog.find((e) => e.api === "woox" && e.code === 317152);
    expect(entry?.message).toBeTruthy();
    // "The order not found for the order id : {orderId}" → a fragment from its middle.
    await lookUp("order not found for");
    await expect.poll(() => result("woox", 317152).count()).toBe(1);
    await page.locator("#error-lookup-input").fill("");
    await lookUp("Rate limit exce");
    await expect.poll(() => page.locator(".lookup-result").first().getAttribute("data-code")).toBe("-1003");
  });

  it("a lookup link (?q=) restores the query and its results", async () => {
    await open(`${routes.errorsHome}?q=40035`);
    await expect.poll(() => result("woox-pro", 40035).count()).toBe(1);
    expect(await page.locator("#error-lookup-input").inputValue()).toBe("40035");
  });

  it("a result links to its error page, in the single-page app", async () => {
    await open(routes.errorsHome);
    await lookUp("-1003");
    await result("woox", -1003).locator(".result-link").click();
    await page.waitForURL(/\/errors\/woox\/-1003$/);
    // The router changes the URL first and swaps the page content right after.
    await expect.poll(() => page.locator("main h1").innerText()).toContain("-1003 TOO_MANY_REQUEST");
  });

  it("the POST /v3/trade/algoOrder page shows its seven algo types", async () => {
    const mapping = loadSpec().components?.schemas?.AlgoOrderRequest?.discriminator?.mapping ?? {};
    const types = Object.keys(mapping);
    expect(types).toHaveLength(7);
    await open(routes.operation("placeAlgoOrder"));
    expect(await page.locator(".op-line").innerText()).toContain("POST");
    expect(await page.locator(".op-line").innerText()).toContain("/v3/trade/algoOrder");
    // Its limit is counted per symbol: the key codegen resolved, in words.
    expect(await page.locator(".rate-limit").innerText()).toContain("per value of symbol in the request body");
    const headings = (await page.locator("main h3").allInnerTexts()).map((t) => t.replace(/\u200b|#/g, "").trim());
    for (const t of types) expect(headings, t).toContain(t);
    // The same seven appear in the outline, so they are one click away.
    for (const t of types)
      expect(await page.locator(`main h3#${t.toLowerCase().replace(/_/g, "-")}`).count(), t).toBe(1);
  });

  it.each([
    ["woox-pro", 40035, "The order is not exist", "HTTP 400"],
    ["woox", -1003, "Rate limit exceed.", "HTTP 429"],
  ] as const)("a deep link to /errors/%s/%s loads directly", async (api, code, message, status) => {
    await open(routes.errorPage(api, code));
    const entry = catalog.find((e) => e.api === api && e.code === code);
    expect(await page.locator("main h1").innerText()).toContain(`${code} ${entry?.name}`);
    expect(await page.locator("main .woox-message").innerText()).toBe(message);
    expect(await page.locator("main .http-status").innerText()).toBe(status);
    expect(await page.title()).toContain(String(code));
    // Still the error page after hydration (not VitePress's client-side 404).
    expect(await page.locator(".NotFound").count()).toBe(0);
  });

  it("an unknown code's docsUrl (/errors/<api>) lands on the api index", async () => {
    for (const api of Object.keys(apis)) {
      await open(`/errors/${api}`);
      expect(await page.locator("main h1").innerText()).toContain("error codes");
      expect(await page.locator(".NotFound").count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  // Twelve pages in one test: a budget per page, not for the whole run, on a busy machine.
  it("the home page, the indexes and every guide load without errors", { timeout: 180_000 }, async () => {
    const guides = [
      "quick-start",
      "signing",
      "algo-orders",
      "errors-and-retries",
      "sandbox",
      "try-it",
      "regenerating",
      "releasing",
    ];
    for (const path of [
      "/",
      routes.referenceHome,
      routes.apiIndex("woox"),
      routes.group("woox-general"),
      ...guides.map((g) => `/guide/${g}`),
    ]) {
      await open(path);
      expect(await page.locator(".NotFound").count(), path).toBe(0);
      expect(await page.locator("main h1, .VPHero .name").count(), path).toBeGreaterThan(0);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it("the algo-orders guide shows the spec's fields for every type", async () => {
    const types = Object.keys(loadSpec().components?.schemas?.AlgoOrderRequest?.discriminator?.mapping ?? {});
    await open("/guide/algo-orders");
    for (const t of types) {
      const section = page.locator(`h2#${t.toLowerCase().replace(/_/g, "-")}`);
      expect(await section.count(), t).toBe(1);
    }
    // Each type's generated field table shows its algoType constant.
    const text = await page.locator("main").innerText();
    for (const t of types) expect(text).toContain(`"${t}"`);
  });

  it("the site search finds generated pages, offline", async () => {
    await open(routes.referenceHome);
    await page.keyboard.press("Control+k");
    await page.locator(".VPLocalSearchBox input").pressSequentially("TOO_MANY_REQUEST", { delay: 10 });
    await expect
      .poll(() => page.locator(".VPLocalSearchBox .result").allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining("-1003 TOO_MANY_REQUEST")]));
    await page.locator(".VPLocalSearchBox input").fill("Place algo order");
    await expect
      .poll(() => page.locator(".VPLocalSearchBox .result").allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining("Place algo order")]));
  });
});
