// What every generated page is made of: its context (the spec, the operation table, the site base), the
// frontmatter, the v-pre wrapper and the bits of HTML that error and reference pages share.
//
// Every generated body sits inside <div v-pre>: catalog messages such as "{symbol}", path templates such as
// "/v3/asset/wallet/withdraw/{withdrawId}" and spec text must reach the reader verbatim, never as Vue
// interpolation.

import type { CatalogEntry } from "@woox-sdk/errors/text";
import { code, esc, table, withBasePath, yamlString } from "./html.js";
import { generatedTable, operationsOf, type OpenApiDoc, type Operation, type OperationTable } from "./spec.js";
import { routes } from "./site.js";

export interface PageContext {
  doc: OpenApiDoc;
  table: OperationTable;
  /** The table joined with the document, once per build. */
  ops: readonly Operation[];
  /** The site base ("/" or "/woox-sdk/"), for links in raw HTML; Markdown links get it from VitePress. */
  base: string;
}

export function pageContext(doc: OpenApiDoc, base: string, table: OperationTable = generatedTable): PageContext {
  return { doc, table, ops: operationsOf(doc, table), base };
}

export const link = (ctx: PageContext, path: string, text: string) =>
  `<a href="${esc(withBasePath(ctx.base, path))}">${text}</a>`;

export function frontmatter(fields: Record<string, string | number | boolean | readonly number[]>): string {
  const lines = Object.entries(fields).map(
    ([k, v]) => `${k}: ${typeof v === "string" ? yamlString(v) : JSON.stringify(v)}`,
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

/** Generated regions are wrapped so Vue leaves their text alone (see the file comment). */
export function vpre(...blocks: string[]): string {
  return `<div v-pre class="generated">\n\n${blocks.filter((b) => b !== "").join("\n\n")}\n\n</div>\n`;
}

export function retryBadge(e: CatalogEntry): string {
  return e.retryable
    ? `<span class="badge retryable">retryable</span>`
    : `<span class="badge not-retryable">not retryable</span>`;
}

/** A code block as one line of HTML (newlines as &#10;), styled like VitePress's own blocks. */
export function plainCode(lang: string, lines: readonly string[]): string {
  return `<div class="language-${lang}"><span class="lang">${lang}</span><pre><code>${lines.map((l) => esc(l)).join("&#10;")}</code></pre></div>`;
}

export function nameAndMessage(e: CatalogEntry): string {
  const name = code(e.name) + (e.deprecated ? ` <span class="badge deprecated">deprecated</span>` : "");
  return `${name}<br>${e.message === null ? `<em>no message catalogued</em>` : esc(e.message)}`;
}

/** One row of an entry table: the code linked to its page, name and message, HTTP status, retry badge. */
export function entryRow(ctx: PageContext, e: CatalogEntry): string[] {
  return [
    link(ctx, routes.errorPage(e.api, e.code), code(String(e.code))),
    nameAndMessage(e),
    String(e.httpStatus),
    retryBadge(e),
  ];
}

/** A table of entries with links to their pages; used by api and group indexes and operation pages. */
export function entryTable(ctx: PageContext, entries: readonly (CatalogEntry | number)[]): string {
  return table(
    ["Code", "Name and message", "HTTP", "Retry"],
    entries.map((e) =>
      typeof e === "number" ? [code(String(e)), "<em>not in the catalog</em>", "", ""] : entryRow(ctx, e),
    ),
    "entries",
  );
}
