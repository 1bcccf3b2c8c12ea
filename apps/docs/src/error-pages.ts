// The error catalog's pages: one per entry (/errors/<api>/<code>), one index per api and one page per
// group. Everything shown comes from @woox-sdk/errors and the operation table.

import { apis, catalog, groups, type Api, type CatalogEntry, type ErrorGroup } from "@woox-sdk/errors/text";
import { code, esc, table } from "./html.js";
import { entryLabel, onResendText, processedText, recoveryText } from "./format.js";
import { entryTable, frontmatter, link, plainCode, retryBadge, vpre, type PageContext } from "./page-parts.js";
import { operationsReturning } from "./spec.js";
import { routes } from "./site.js";

const apiTitle = (api: Api) => apis[api].title;
const groupOf = (id: string): ErrorGroup | undefined => groups.find((g) => g.id === id);

/** The entry's facts, the decision fields (`processed`, `onResend`) among them where the catalog sets them. */
function factsTable(ctx: PageContext, e: CatalogEntry): string {
  const group = groupOf(e.group);
  return table(
    ["", ""],
    [
      ["Code", code(String(e.code))],
      ["Name", code(e.name)],
      ["HTTP status", `<span class="http-status">HTTP ${e.httpStatus}</span>`],
      ["Category", code(e.category)],
      ["Retryable", `${retryBadge(e)} ${e.retryable ? "Yes" : "No"}`],
      ["Recovery", `${code(e.recovery)}: ${esc(recoveryText[e.recovery])}`],
      ...(e.processed
        ? [
            [
              "Processed",
              `<span class="decision" data-field="processed">${code(e.processed)}: ${esc(processedText[e.processed])}.</span>`,
            ],
          ]
        : []),
      ...(e.onResend
        ? [
            [
              "On a resend",
              `<span class="decision" data-field="onResend">${code(e.onResend)}: ${esc(onResendText[e.onResend])}.</span>`,
            ],
          ]
        : []),
      ["API", link(ctx, routes.apiIndex(e.api), esc(apiTitle(e.api)))],
      ["Group", group ? link(ctx, routes.group(group.id), esc(group.title)) : esc(e.group)],
      [
        "Source",
        e.source === "documented" ? "Documented on an official page" : "Observed from the live API (no official page)",
      ],
    ],
    "facts",
  );
}

/** One page per catalog entry, at /errors/<api>/<code>. */
export function errorPage(ctx: PageContext, e: CatalogEntry): string {
  const isV3 = e.api === "woox";
  const ops = isV3 ? operationsReturning(ctx.ops, e.code) : [];
  const message =
    e.message === null
      ? `<p class="woox-message none">No message text is catalogued for this code.</p>`
      : `<blockquote class="woox-message"><p>${esc(e.message)}</p></blockquote>`;
  const observed =
    e.observedMessages && e.observedMessages.length > 0
      ? `<p>Also seen live under this code:</p><ul class="observed">${e.observedMessages.map((m) => `<li>${esc(m)}</li>`).join("")}</ul>`
      : "";
  const deprecated = e.deprecated
    ? `<div class="warning custom-block"><p class="custom-block-title">Deprecated</p><p>This code is retired; see the note below.</p></div>`
    : "";
  const opsHtml = !isV3
    ? `<p>None here: ${esc(apiTitle(e.api))} is a separate API, and its codes are never returned by api.woox.io V3, which this SDK's operations call.</p>`
    : ops.length === 0
      ? `<p>No operation in the spec lists this code in <code>x-error-codes</code> yet.</p>`
      : `<ul class="operations">${ops.map((op) => `<li>${link(ctx, routes.operation(op.operationId), `${code(`${op.method} ${op.path}`)} ${esc(op.summary)}`)}</li>`).join("")}</ul>`;
  // Plain (unhighlighted) code: 238 pages × a syntax highlighter would be a good part of the build time.
  const handling = isV3
    ? plainCode("ts", [
        `import { isWooxApiError } from "@woox-sdk/client";`,
        "",
        `if (isWooxApiError(err) && err.codeName === ${JSON.stringify(e.name)}) {`,
        `  // err.code === ${JSON.stringify(String(e.code))}, err.httpStatus === ${e.httpStatus}, err.retryable === ${e.retryable}`,
        `}`,
      ])
    : plainCode("ts", [
        `import { lookupWooxProError } from "@woox-sdk/errors/woox-pro";`,
        "",
        `lookupWooxProError(${e.code})?.name; // ${JSON.stringify(e.name)}`,
      ]);
  return (
    frontmatter({ title: entryLabel(e), description: e.message ?? e.hint, outline: [2, 2], prev: false, next: false }) +
    vpre(
      `# ${e.code} ${e.name}`,
      deprecated,
      message,
      factsTable(ctx, e),
      "## What to do",
      `<p class="hint">${esc(e.hint)}</p>`,
      e.note || observed ? "## Notes" : "",
      e.note ? `<p class="note">${esc(e.note)}</p>` : "",
      observed,
      "## Operations that can return it",
      opsHtml,
      "## In code",
      handling,
    )
  );
}

/** The index of one api, grouped as its tables are. */
export function apiIndexPage(ctx: PageContext, api: Api): string {
  const entries = catalog.filter((e) => e.api === api);
  const sections = groups
    .filter((g) => g.api === api)
    .flatMap((g) => [
      `## ${g.title}`,
      g.description ? `<p>${esc(g.description)} ${link(ctx, routes.group(g.id), "Group page")}.</p>` : "",
      entryTable(
        ctx,
        entries.filter((e) => e.group === g.id),
      ),
    ]);
  return (
    frontmatter({ title: `${apiTitle(api)} error codes`, outline: [2, 2] }) +
    vpre(
      `# ${apiTitle(api)} error codes`,
      `<p>${esc(apis[api].description)}</p>`,
      `<p>${entries.length} codes. Find one quickly with the ${link(ctx, routes.errorsHome, "lookup")}.</p>`,
      ...sections,
    )
  );
}

/** The page of one group of codes. */
export function groupPage(ctx: PageContext, g: ErrorGroup): string {
  const entries = catalog.filter((e) => e.group === g.id);
  return (
    frontmatter({ title: g.title }) +
    vpre(
      `# ${g.title}`,
      `<p>Part of the ${link(ctx, routes.apiIndex(g.api), esc(apiTitle(g.api)))} codes. ${entries.length} codes.</p>`,
      g.description ? `<p>${esc(g.description)}</p>` : "",
      entryTable(ctx, entries),
    )
  );
}
