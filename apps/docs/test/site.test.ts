// Docs as tests, run against the built site (dist/): the pages agree with the catalog and the spec,
// nothing is missing or orphaned, every internal link resolves, and the URLs that WooxApiError.docsUrl
// produces are served.

import { createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apis, catalog, docsUrlFor, groups, type Api, type CatalogEntry } from "@woox-sdk/errors/text";
import { topics } from "@woox-sdk/types/streams";
import { onResendText, processedText, rateLimitText } from "../src/format.js";
import { resolveSitePath, startStaticServer, type StaticServer } from "../src/serve.js";
import { routes } from "../src/site.js";
import { generatedPages } from "../src/routes-data.js";
import { sectionsOf } from "../src/search.js";
import { loadSpec, operationsOf, operationsReturning } from "../src/spec.js";
import { DIST, ensureSite, filesUnder, hrefsOf, mainOf, readDist, textOf } from "./helpers.js";

const apiIds = Object.keys(apis) as Api[];
const ops = operationsOf(loadSpec());

/** The built file that serves a site-absolute route, as a static host resolves it. */
function fileFor(route: string): string | undefined {
  const found = resolveSitePath(DIST, route.endsWith("/") ? route : route);
  if (found && "file" in found) return found.file;
  if (found && "redirect" in found) return fileFor(`${route}/`);
  return undefined;
}

function pageText(route: string): string {
  const file = fileFor(route);
  if (!file) throw new Error(`No page for ${route}`);
  return textOf(mainOf(readFileSync(file, "utf8")));
}

beforeAll(async () => {
  await ensureSite();
}, 180_000);

describe("error pages", () => {
  /** Error pages of one api, by code, from the files (either `<code>.html` or `<code>/index.html`). */
  function pagesOf(api: Api): Map<string, string[]> {
    const byCode = new Map<string, string[]>();
    for (const rel of filesUnder(join(DIST, "errors", api))) {
      if (rel === "index.html") continue;
      const code = rel.endsWith("/index.html") ? rel.slice(0, -"/index.html".length) : rel.replace(/\.html$/, "");
      byCode.set(code, [...(byCode.get(code) ?? []), rel]);
    }
    return byCode;
  }

  it("every catalog entry has exactly one page, and no page lacks an entry", () => {
    for (const api of apiIds) {
      const pages = pagesOf(api);
      const codes = catalog.filter((e) => e.api === api).map((e) => String(e.code));
      const missing = codes.filter((c) => !pages.has(c));
      const duplicated = [...pages].filter(([, files]) => files.length > 1).map(([c]) => c);
      const orphaned = [...pages.keys()].filter((c) => !codes.includes(c));
      expect({ api, missing, duplicated, orphaned }).toEqual({ api, missing: [], duplicated: [], orphaned: [] });
      expect(pages.size).toBe(codes.length);
    }
    // Nothing else lives under /errors/ but the api folders, the group pages and the lookup.
    const top = new Set(filesUnder(join(DIST, "errors")).map((rel) => rel.split("/")[0]));
    expect([...top].sort()).toEqual(["groups", "index.html", ...apiIds].sort());
  });

  it.each(catalog.map((e) => [`${e.api}/${e.code}`, e] as const))(
    "%s shows what the catalog says",
    (_, e: CatalogEntry) => {
      const text = pageText(routes.errorPage(e.api, e.code));
      expect(text).toContain(`${e.code} ${e.name}`);
      expect(text).toContain(`HTTP ${e.httpStatus}`);
      expect(text).toContain(e.category);
      expect(text).toContain(`Retryable ${e.retryable ? "retryable Yes" : "not retryable No"}`);
      expect(text).toContain(e.recovery);
      expect(text).toContain(e.hint);
      expect(text).toContain(e.message ?? "No message text is catalogued");
      for (const m of e.observedMessages ?? []) expect(text).toContain(m);
      if (e.note) expect(text).toContain(e.note);
      // The decision fields, in words, where the catalog sets them (and nowhere else).
      if (e.processed) expect(text).toContain(`Processed ${e.processed} : ${processedText[e.processed]}.`);
      else expect(text).not.toContain("Processed ");
      if (e.onResend) expect(text).toContain(`On a resend ${e.onResend} : ${onResendText[e.onResend]}.`);
      else expect(text).not.toContain("On a resend");

      // The operations that can return it are exactly those whose x-error-codes list it.
      const html = readFileSync(fileFor(routes.errorPage(e.api, e.code)) as string, "utf8");
      const linked = new Set(
        hrefsOf(mainOf(html))
          .filter((h) => h.startsWith("/api/"))
          .map((h) => h.slice("/api/".length)),
      );
      const expected = e.api === "woox" ? operationsReturning(ops, e.code).map((o) => o.operationId) : [];
      expect([...linked].sort()).toEqual(expected.sort());
    },
  );

  it("the catalog sets both decision fields somewhere, so the checks above are not vacuous", () => {
    expect(catalog.filter((e) => e.processed !== undefined).length).toBeGreaterThan(0);
    expect(catalog.filter((e) => e.onResend !== undefined).length).toBeGreaterThan(0);
  });

  it("every entry is linked from its api index and its group page", () => {
    for (const api of apiIds) {
      const index = new Set(hrefsOf(mainOf(readFileSync(fileFor(routes.apiIndex(api)) as string, "utf8"))));
      for (const e of catalog.filter((x) => x.api === api))
        expect(index.has(routes.errorPage(e.api, e.code)), `${api} index → ${e.code}`).toBe(true);
    }
    for (const g of groups) {
      const page = new Set(hrefsOf(mainOf(readFileSync(fileFor(routes.group(g.id)) as string, "utf8"))));
      const members = catalog.filter((e) => e.group === g.id);
      expect(members.length).toBeGreaterThan(0);
      for (const e of members) expect(page.has(routes.errorPage(e.api, e.code)), `${g.id} → ${e.code}`).toBe(true);
    }
    const groupPages = filesUnder(join(DIST, "errors", "groups")).map((f) => f.replace(/\.html$/, ""));
    expect(groupPages.sort()).toEqual(groups.map((g) => g.id).sort());
  });
});

describe("API reference", () => {
  it("every operation of the spec has a reference page, and every page an operation", () => {
    const pages = filesUnder(join(DIST, "api"))
      .filter((f) => f !== "index.html")
      .map((f) => f.replace(/\.html$/, "").replace(/\/index$/, ""));
    expect(pages.sort()).toEqual(ops.map((o) => o.operationId).sort());
    const index = new Set(hrefsOf(mainOf(readDist("api/index.html"))));
    for (const op of ops) expect(index.has(routes.operation(op.operationId)), `/api/ → ${op.operationId}`).toBe(true);
  });

  it.each(ops.map((op) => [`${op.method} ${op.path}`, op] as const))(
    "%s: parameters, body, examples, limit, auth and errors",
    (_, op) => {
      const text = pageText(routes.operation(op.operationId));
      expect(text).toContain(op.summary);
      expect(text).toContain(`${op.method} ${op.path}`);
      for (const p of op.parameters) expect(text).toContain(p.name);
      expect(text).toContain(rateLimitText(op.rateLimit));
      expect(text).toContain(op.auth ? "Signed" : "Public");
      expect(text).toContain("Sources");
      for (const s of op.sources) expect(text).toContain(s.ref);
      for (const ex of op.requestBody?.examples ?? []) expect(text).toContain(ex.summary ?? ex.key);
      for (const r of op.responses) expect(text).toContain(r.status);
      const links = new Set(hrefsOf(mainOf(readFileSync(fileFor(routes.operation(op.operationId)) as string, "utf8"))));
      for (const code of op.errorCodes) expect(links.has(routes.errorPage("woox", code)), `links ${code}`).toBe(true);
      expect(op.errorCodes.filter((c) => !catalog.some((e) => e.api === "woox" && e.code === c))).toEqual([]);
    },
  );
});

describe("search index of generated pages", () => {
  it("has a section per heading, each anchored on a real heading of the built page", () => {
    const pages = generatedPages();
    const streamPages = Object.keys(topics).length + 1;
    expect(pages.size).toBe(catalog.length + apiIds.length + groups.length + ops.length + 1 + streamPages);
    for (const [rel, content] of pages) {
      const route = `/${rel.replace(/\.md$/, "").replace(/(^|\/)index$/, "$1")}`;
      const html = readFileSync(fileFor(route) as string, "utf8");
      const sections = sectionsOf(content);
      expect(sections[0]?.anchor, rel).toBe("");
      for (const s of sections.slice(1)) expect(html, `${rel}#${s.anchor}`).toContain(`id="${s.anchor}"`);
    }
  });
});

describe("links", () => {
  it("every internal link of every page resolves to a built file", () => {
    const broken: string[] = [];
    for (const rel of filesUnder(DIST).filter((f) => f.endsWith(".html"))) {
      for (const href of new Set(hrefsOf(readDist(rel)))) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const path = href.replace(/[?#].*$/, "");
        if (!fileFor(path)) broken.push(`${rel} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("served over HTTP", () => {
  let site: StaticServer;
  beforeAll(async () => {
    site = await startStaticServer({ root: DIST, base: "/" });
  });
  afterAll(async () => {
    await site.close();
  });

  it("serves the page of every WooxApiError.docsUrl", async () => {
    const base = site.url.replace(/\/$/, "");
    for (const e of catalog) {
      const res = await fetch(docsUrlFor(e.api, e.code, base));
      expect(res.status, docsUrlFor(e.api, e.code, base)).toBe(200);
      expect(await res.text()).toContain(`${e.code} ${e.name}`);
    }
  });

  it("serves the api index for an unknown code's docsUrl, and 404 for nonsense", async () => {
    const base = site.url.replace(/\/$/, "");
    for (const api of apiIds) {
      const res = await fetch(`${base}/errors/${api}`);
      expect(res.status).toBe(200);
      expect(res.url).toBe(`${base}/errors/${api}/`);
    }
    expect((await fetch(`${base}/errors/woox/999999999`)).status).toBe(404);
    expect((await fetch(`${base}/../../package.json`)).status).toBe(404);
  });
});

describe("guides", () => {
  it("the signing guide's worked example is a correct HMAC-SHA256 of its text", () => {
    const html = readDist("guide/signing.html");
    const secret = /made-up secret <code>([^<]+)<\/code>/.exec(html)?.[1];
    const blocks = [...html.matchAll(/<pre class="signed-text"><code>([^<]*)<\/code><\/pre>/g)].map((m) =>
      textOf(m[1] ?? ""),
    );
    expect(secret).toBeDefined();
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i + 1 < blocks.length; i += 2) {
      expect(blocks[i + 1]).toBe(
        createHmac("sha256", secret as string)
          .update(blocks[i] as string, "utf8")
          .digest("hex"),
      );
    }
  });

  it("the errors guide links the codes that mean “placed” on a resend, taken from the catalog", () => {
    const placed = catalog.filter((e) => e.api === "woox" && e.onResend === "placed");
    expect(placed.length).toBeGreaterThan(0);
    const links = hrefsOf(mainOf(readDist("guide/errors-and-retries.html")));
    for (const e of placed) expect(links).toContain(routes.errorPage(e.api, e.code));
  });

  it("every guide in the sidebar is built", () => {
    for (const g of [
      "quick-start",
      "signing",
      "algo-orders",
      "errors-and-retries",
      "sandbox",
      "streams",
      "try-streams",
      "regenerating",
      "releasing",
    ]) {
      expect(existsSync(join(DIST, "guide", `${g}.html`)), g).toBe(true);
    }
  });
});
