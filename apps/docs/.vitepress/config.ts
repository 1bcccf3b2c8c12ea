// VitePress configuration. The sidebar is derived from the spec and the catalog like the pages are, so a
// new operation or error group shows up in the navigation without editing this file.

import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { defineConfig, type DefaultTheme } from "vitepress";
import { apis, groups, type Api } from "@woox-sdk/errors/text";
import { context, generatedPages, streams } from "../src/routes-data.js";
import { tagOrder } from "../src/reference-index.js";
import { sectionsOf, type SearchSection } from "../src/search.js";
import { OUT_DIR, routes, siteBase } from "../src/site.js";

const ctx = context();
const generated = generatedPages(ctx);
const srcDir = fileURLToPath(new URL("../pages/", import.meta.url));
const { ops } = ctx;

const guides: DefaultTheme.SidebarItem[] = [
  { text: "Quick start", link: "/guide/quick-start" },
  { text: "Signing", link: "/guide/signing" },
  { text: "Algo orders", link: "/guide/algo-orders" },
  { text: "Errors and retries", link: "/guide/errors-and-retries" },
  { text: "Testing with the sandbox", link: "/guide/sandbox" },
  { text: "Streams", link: "/guide/streams" },
  { text: "Try it in the browser", link: "/guide/try-it" },
  { text: "Try a stream in the browser", link: "/guide/try-streams" },
  { text: "Regenerating from the spec", link: "/guide/regenerating" },
  { text: "Releasing", link: "/guide/releasing" },
];

function referenceSidebar(): DefaultTheme.SidebarItem[] {
  const tags = tagOrder(ctx);
  const item = (op: (typeof ops)[number]) => ({
    text: `${op.method} ${op.summary}`,
    link: routes.operation(op.operationId),
  });
  const tagged = tags
    .map((tag) => ({ text: tag, collapsed: false, items: ops.filter((o) => o.tags.includes(tag)).map(item) }))
    .filter((g) => g.items.length > 0);
  const untagged = ops.filter((o) => o.tags.length === 0).map(item);
  return [
    { text: "Overview", link: routes.referenceHome },
    ...tagged,
    ...(untagged.length > 0 ? [{ text: "Other", items: untagged }] : []),
  ];
}

/** The streams overview, then the topic families grouped as the spec groups them. */
function streamsSidebar(): DefaultTheme.SidebarItem[] {
  const { topics } = streams(ctx);
  const groups = [...new Set(topics.map((t) => t.group))];
  return [
    { text: "Overview", link: routes.streamsHome },
    ...groups.map((g) => ({
      text: g,
      collapsed: false,
      items: topics.filter((t) => t.group === g).map((t) => ({ text: t.title, link: routes.topic(t.family) })),
    })),
  ];
}

function errorsSidebar(): DefaultTheme.SidebarItem[] {
  return [
    { text: "Lookup", link: routes.errorsHome },
    ...(Object.keys(apis) as Api[]).map((api) => ({
      text: apis[api].title,
      collapsed: api !== "woox",
      items: [
        { text: "All codes", link: routes.apiIndex(api) },
        ...groups.filter((g) => g.api === api).map((g) => ({ text: g.title, link: routes.group(g.id) })),
      ],
    })),
  ];
}

export default defineConfig({
  title: "woox-sdk",
  description: "Typed TypeScript SDK for the WOO X V3 REST API: reference, error codes and guides",
  lang: "en-US",
  base: siteBase(),
  srcDir: "pages",
  outDir: OUT_DIR,
  // Kept under node_modules so that neither git nor ESLint ever sees Vite's pre-bundled dependencies.
  cacheDir: "node_modules/.vitepress-cache",
  cleanUrls: true,
  lastUpdated: false,
  head: [["link", { rel: "icon", type: "image/svg+xml", href: `${siteBase()}favicon.svg` }]],
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide/quick-start", activeMatch: "^/guide/(?!try-)" },
      { text: "Try it", link: "/guide/try-it", activeMatch: "^/guide/try-(it|streams)" },
      { text: "API reference", link: routes.referenceHome, activeMatch: "^/api/" },
      { text: "Streams", link: routes.streamsHome, activeMatch: "^/streams/" },
      { text: "Error codes", link: routes.errorsHome, activeMatch: "^/errors/" },
    ],
    sidebar: {
      "/guide/": [{ text: "Guides", items: guides }],
      "/api/": [{ text: "API reference", items: referenceSidebar() }],
      "/streams/": [{ text: "WebSocket streams", items: streamsSidebar() }],
      "/errors/": [{ text: "Error codes", items: errorsSidebar() }],
    },
    // Local search: the index is built into the site, no external service.
    search: {
      provider: "local",
      options: {
        miniSearch: {
          // Generated pages have no Markdown file, so VitePress indexes them as empty: give it their
          // sections. For every other page, returning nothing makes VitePress use its own splitter.
          _splitIntoSections: (file: string, html: string) => {
            const content = html === "" ? generated.get(relative(srcDir, file).split("\\").join("/")) : undefined;
            return (content === undefined ? undefined : sectionsOf(content)) as SearchSection[];
          },
        },
      },
    },
    outline: { level: [2, 3] },
    footer: { message: "Generated from spec/openapi.yaml, spec/asyncapi.yaml and spec/errors.yaml. MIT licensed." },
  },
  vite: {
    server: { host: "127.0.0.1" },
    preview: { host: "127.0.0.1" },
  },
});
