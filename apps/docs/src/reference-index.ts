// The reference home (/api/): the spec's own introduction, then every operation grouped by tag, each row
// linking to /api/<operationId> (never to its path, which may be a template such as ".../{withdrawId}").

import { code, esc, inlineMd, safeMarkdown, table } from "./html.js";
import { rateLimitText } from "./format.js";
import { frontmatter, link, vpre, type PageContext } from "./page-parts.js";
import type { Operation } from "./spec.js";
import { routes } from "./site.js";

function operationsTable(ctx: PageContext, list: readonly Operation[]): string {
  return table(
    ["Operation", "Summary", "Auth", "Rate limit"],
    list.map((op) => [
      link(
        ctx,
        routes.operation(op.operationId),
        `<span class="method method-${op.method.toLowerCase()}">${op.method}</span> ${code(op.path)}`,
      ),
      esc(op.summary),
      op.auth ? "signed" : "public",
      esc(rateLimitText(op.rateLimit)),
    ]),
    "operations",
  );
}

/** The tags in the spec's order, then any an operation uses without declaring it. */
export function tagOrder(ctx: PageContext): string[] {
  return [...new Set([...(ctx.doc.tags ?? []).map((t) => t.name), ...ctx.ops.flatMap((o) => o.tags)])];
}

export function referenceIndexPage(ctx: PageContext): string {
  const { doc, ops } = ctx;
  const sections = tagOrder(ctx).flatMap((name) => {
    const list = ops.filter((o) => o.tags.includes(name));
    if (list.length === 0) return [];
    const tag = doc.tags?.find((t) => t.name === name);
    return [`## ${name}`, tag?.description ? `<p>${inlineMd(tag.description)}</p>` : "", operationsTable(ctx, list)];
  });
  const untagged = ops.filter((o) => o.tags.length === 0);
  if (untagged.length > 0) sections.push("## Other", operationsTable(ctx, untagged));
  const servers = (doc.servers ?? []).map((s) => [code(s.url), esc(s.description ?? "")]);
  return (
    frontmatter({ title: "API reference", outline: [2, 2] }) +
    vpre(
      `# ${doc.info.title}`,
      `<p>Spec version ${code(doc.info.version)}, OpenAPI ${code(doc.openapi)}. ${ops.length} operation${ops.length === 1 ? "" : "s"}. Generated from ${code("spec/openapi.yaml")}.</p>`,
      servers.length > 0 ? table(["Server", ""], servers, "facts") : "",
      ...sections,
      // The spec's introduction uses level-2 headings of its own; they follow the operation list.
      doc.info.description ? safeMarkdown(doc.info.description) : "",
    )
  );
}
