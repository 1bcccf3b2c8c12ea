// What the dynamic routes under pages/ enumerate. Each `*.paths.ts` there is a thin wrapper around one
// of these, so the set of generated pages is defined once and the tests can compare it with the output.

import { apis, catalog, groups, type Api } from "@woox-sdk/errors/text";
import { apiIndexPage, errorPage, groupPage } from "./error-pages.js";
import { operationPage } from "./operation-page.js";
import { pageContext, type PageContext } from "./page-parts.js";
import { referenceIndexPage } from "./reference-index.js";
import { loadSpec } from "./spec.js";
import { streamsIndexPage } from "./streams-index.js";
import { streamsSpec, type StreamsSpec } from "./streams-spec.js";
import { topicPage } from "./topic-page.js";
import { siteBase } from "./site.js";

export interface GeneratedRoute {
  params: Record<string, string>;
  content: string;
}

let cached: PageContext | undefined;

/** The site's context: the bundled spec, the generated operation table and the configured base. */
export function context(): PageContext {
  const base = siteBase();
  if (cached?.base !== base) cached = pageContext(loadSpec(), base);
  return cached;
}

/** pages/errors/[api]/[code].md: one page per catalog entry. */
export function errorRoutes(ctx: PageContext = context()): GeneratedRoute[] {
  return catalog.map((e) => ({ params: { api: e.api, code: String(e.code) }, content: errorPage(ctx, e) }));
}

/** pages/errors/[api]/index.md: one index per api. */
export function apiIndexRoutes(ctx: PageContext = context()): GeneratedRoute[] {
  return (Object.keys(apis) as Api[]).map((api) => ({ params: { api }, content: apiIndexPage(ctx, api) }));
}

/** pages/errors/groups/[group].md: one page per group. */
export function groupRoutes(ctx: PageContext = context()): GeneratedRoute[] {
  return groups.map((g) => ({ params: { group: g.id }, content: groupPage(ctx, g) }));
}

/**
 * pages/api/[page].md: the reference home (page "index", i.e. /api/) and one page per operation. A
 * dynamic route cannot produce a page without a parameter, hence "index" as the home's parameter.
 */
export function referenceRoutes(ctx: PageContext = context()): GeneratedRoute[] {
  const ids = new Set<string>();
  for (const op of ctx.ops) {
    if (op.operationId === "index" || ids.has(op.operationId))
      throw new Error(`operationId "${op.operationId}" is reserved or not unique`);
    ids.add(op.operationId);
  }
  return [
    { params: { page: "index" }, content: referenceIndexPage(ctx) },
    ...ctx.ops.map((op) => ({ params: { page: op.operationId }, content: operationPage(ctx, op) })),
  ];
}

let cachedStreams: { ctx: PageContext; spec: StreamsSpec } | undefined;

/** The streams spec (topic table joined with the bundled AsyncAPI document) of a context, once. */
export function streams(ctx: PageContext = context()): StreamsSpec {
  if (cachedStreams?.ctx !== ctx) cachedStreams = { ctx, spec: streamsSpec(ctx.doc) };
  return cachedStreams.spec;
}

/** pages/streams/[topic].md: the streams overview (topic "index", i.e. /streams/) and one page per topic family. */
export function streamRoutes(ctx: PageContext = context()): GeneratedRoute[] {
  const spec = streams(ctx);
  return [
    { params: { topic: "index" }, content: streamsIndexPage(ctx, spec) },
    ...spec.topics.map((t) => ({ params: { topic: t.family }, content: topicPage(ctx, spec, t) })),
  ];
}

/**
 * Every generated page by its path under pages/ (e.g. "errors/woox/-1003.md"), with its content: the
 * search index needs it because these pages have no file of their own.
 */
export function generatedPages(ctx: PageContext = context()): Map<string, string> {
  const templates: [string, GeneratedRoute[]][] = [
    ["errors/[api]/[code].md", errorRoutes(ctx)],
    ["errors/[api]/index.md", apiIndexRoutes(ctx)],
    ["errors/groups/[group].md", groupRoutes(ctx)],
    ["api/[page].md", referenceRoutes(ctx)],
    ["streams/[topic].md", streamRoutes(ctx)],
  ];
  const out = new Map<string, string>();
  for (const [template, list] of templates) {
    for (const r of list)
      out.set(
        template.replace(/\[(\w+)\]/g, (_, k: string) => r.params[k] ?? ""),
        r.content,
      );
  }
  return out;
}
