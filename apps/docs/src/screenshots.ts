// `pnpm --filter @woox-sdk/docs screenshots`: writes the README's screenshots of the lookup, of one
// error page and of the try-it page (after a real run against a local sandbox) to apps/docs/screenshots/, from the built site in Chromium. Run it after a build when the
// look of those pages changes, and commit the PNGs. (The tests never write into the repository.)

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { WooxCode } from "@woox-sdk/errors";
import { startSandbox } from "@woox-sdk/sandbox";
import { launchChromium } from "./chromium.js";
import { startStaticServer } from "./serve.js";
import { routes } from "./site.js";

const outDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const site = await startStaticServer({ base: "/" });
  const browser = await launchChromium({ width: 1280, height: 860 });
  try {
    const page = await browser.context.newPage();

    await page.goto(new URL(routes.errorsHome.slice(1), site.url).href, { waitUntil: "networkidle" });
    await page.waitForSelector(".error-lookup[data-ready='true']");
    await page.locator("#error-lookup-input").pressSequentially("not exist", { delay: 20 });
    await page.waitForSelector(".lookup-result");
    await page.locator("#error-lookup-input").blur();
    await page.screenshot({ path: `${outDir}lookup.png` });

    await page.goto(new URL(routes.errorPage("woox", WooxCode.TOO_MANY_REQUEST).slice(1), site.url).href, {
      waitUntil: "networkidle",
    });
    await page.screenshot({ path: `${outDir}error-page.png` });

    const sandbox = await startSandbox({ port: 0, cors: { origin: new URL(site.url).origin } });
    try {
      await page.goto(new URL("guide/try-it", site.url).href, { waitUntil: "networkidle" });
      await page.waitForSelector(".try-it[data-ready='true']");
      await page.locator("#try-it-url").fill(sandbox.url);
      await page.locator("#try-it-run").click();
      await page.waitForSelector(".try-it-result");
      // The result line and the form, with the page around them: fold the long JSON, scroll below the nav.
      await page.locator(".try-it-result details[open] summary").click();
      await page.evaluate(() =>
        window.scrollBy(0, (document.querySelector(".try-it")?.getBoundingClientRect().top ?? 0) - 140),
      );
      await page.screenshot({ path: `${outDir}try-it.png` });
    } finally {
      await sandbox.stop();
    }
    console.log(`wrote ${outDir}lookup.png, ${outDir}error-page.png and ${outDir}try-it.png`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
