// `pnpm --filter @woox-sdk/docs screenshots`: writes the README's screenshots of the lookup and of one
// error page to apps/docs/screenshots/, from the built site in Chromium. Run it after a build when the
// look of those pages changes, and commit the PNGs. (The tests never write into the repository.)

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

    await page.goto(new URL(routes.errorPage("woox", -1003).slice(1), site.url).href, { waitUntil: "networkidle" });
    await page.screenshot({ path: `${outDir}error-page.png` });
    console.log(`wrote ${outDir}lookup.png and ${outDir}error-page.png`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
