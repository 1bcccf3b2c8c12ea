// Page generators: Markdown (with one-line HTML blocks) for every generated route. The `*.paths.ts`
// loaders under pages/ call these with data from @woox-sdk/errors and the bundled spec; nothing about an
// operation or an error code is written by hand in pages/.
//
// Every generated body sits inside <div v-pre>: catalog messages such as "{symbol}" and spec text must
// reach the reader verbatim, never as Vue interpolation.

import { apis, catalog, groups, type Api, type CatalogEntry, type ErrorGroup } from "@woox-sdk/errors";
import { code, esc, inlineMd, safeMarkdown, table, tsLiteral, withBasePath, yamlString } from "./html.js";
import { entryLabel, humanize, rateLimitText, recoveryText } from "./format.js";
import { SchemaRenderer, sampleValue } from "./schema.js";
import { operationsOf, operationsReturning, type OpenApiDoc, type Operation } from "./spec.js";
import { routes } from "./site.js";

export interface PageContext {
  doc: OpenApiDoc;
  /** The site base ("/" or "/woox-sdk/"), for links in raw HTML; Markdown links get it from VitePress. */
  base: string;
}

const link = (ctx: PageContext, path: string, text: string) =>
  `<a href="${esc(withBasePath(ctx.base, path))}">${text}</a>`;

function frontmatter(fields: Record<string, string | number | boolean | readonly number[]>): string {
  const lines = Object.entries(fields).map(
    ([k, v]) => `${k}: ${typeof v === "string" ? yamlString(v) : JSON.stringify(v)}`,
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

/** Generated regions are wrapped so Vue leaves their text alone (see the file comment). */
function vpre(...blocks: string[]): string {
  return `<div v-pre class="generated">\n\n${blocks.filter((b) => b !== "").join("\n\n")}\n\n</div>\n`;
}

const apiTitle = (api: Api) => apis[api].title;
const groupOf = (id: string): ErrorGroup | undefined => groups.find((g) => g.id === id);

function retryBadge(e: CatalogEntry): string {
  return e.retryable
    ? `<span class="badge retryable">retryable</span>`
    : `<span class="badge not-retryable">not retryable</span>`;
}

/** A code block as one line of HTML (newlines as &#10;), styled like VitePress's own blocks. */
function plainCode(lang: string, lines: readonly string[]): string {
  return `<div class="language-${lang}"><span class="lang">${lang}</span><pre><code>${lines.map((l) => esc(l)).join("&#10;")}</code></pre></div>`;
}

/** A table of entries with links to their pages; used by api and group indexes. */
function entryTable(ctx: PageContext, entries: readonly CatalogEntry[]): string {
  return table(
    ["Code", "Name and message", "HTTP", "Retry"],
    entries.map((e) => [
      link(ctx, routes.errorPage(e.api, e.code), code(String(e.code))),
      nameAndMessage(e),
      String(e.httpStatus),
      retryBadge(e),
    ]),
    "entries",
  );
}

function nameAndMessage(e: CatalogEntry): string {
  const name = code(e.name) + (e.deprecated ? ` <span class="badge deprecated">deprecated</span>` : "");
  return `${name}<br>${e.message === null ? `<em>no message catalogued</em>` : esc(e.message)}`;
}

// ---------------------------------------------------------------------------------------------------
// Errors

/** One page per catalog entry, at /errors/<api>/<code>. */
export function errorPage(ctx: PageContext, e: CatalogEntry): string {
  const group = groupOf(e.group);
  const ops = e.api === "woox" ? operationsReturning(operationsOf(ctx.doc), e.code) : [];
  const facts = table(
    ["", ""],
    [
      ["Code", code(String(e.code))],
      ["Name", code(e.name)],
      ["HTTP status", `<span class="http-status">HTTP ${e.httpStatus}</span>`],
      ["Category", code(e.category)],
      ["Retryable", `${retryBadge(e)} ${e.retryable ? "Yes" : "No"}`],
      ["Recovery", `${code(e.recovery)}: ${esc(recoveryText[e.recovery])}`],
      ["API", link(ctx, routes.apiIndex(e.api), esc(apiTitle(e.api)))],
      ["Group", group ? link(ctx, routes.group(group.id), esc(group.title)) : esc(e.group)],
      [
        "Source",
        e.source === "documented" ? "Documented on an official page" : "Observed from the live API (no official page)",
      ],
    ],
    "facts",
  );
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
  const opsHtml =
    e.api !== "woox"
      ? `<p>None here: ${esc(apiTitle(e.api))} is a separate API, and its codes are never returned by api.woox.io V3, which this SDK's operations call.</p>`
      : ops.length === 0
        ? `<p>No operation in the spec lists this code in <code>x-error-codes</code> yet.</p>`
        : `<ul class="operations">${ops.map((op) => `<li>${link(ctx, routes.operation(op.operationId), `${code(`${op.method} ${op.path}`)} ${esc(op.summary)}`)}</li>`).join("")}</ul>`;
  // Plain (unhighlighted) code: 238 pages × a syntax highlighter would be a good part of the build time.
  const handling =
    e.api === "woox"
      ? plainCode("ts", [
          `import { isWooxApiError } from "@woox-sdk/client";`,
          "",
          `if (isWooxApiError(err) && err.codeName === ${JSON.stringify(e.name)}) {`,
          `  // err.code === ${JSON.stringify(String(e.code))}, err.httpStatus === ${e.httpStatus}, err.retryable === ${e.retryable}`,
          `}`,
        ])
      : plainCode("ts", [
          `import { lookupError } from "@woox-sdk/errors";`,
          "",
          `lookupError(${e.code}, ${JSON.stringify(e.api)})?.name; // ${JSON.stringify(e.name)}`,
        ]);
  return (
    frontmatter({ title: entryLabel(e), description: e.message ?? e.hint, outline: [2, 2], prev: false, next: false }) +
    vpre(
      `# ${e.code} ${e.name}`,
      deprecated,
      message,
      facts,
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
    .flatMap((g) => {
      const inGroup = entries.filter((e) => e.group === g.id);
      return [
        `## ${g.title}`,
        g.description ? `<p>${esc(g.description)} ${link(ctx, routes.group(g.id), "Group page")}.</p>` : "",
        entryTable(ctx, inGroup),
      ];
    });
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

// ---------------------------------------------------------------------------------------------------
// API reference

function authHtml(ctx: PageContext, op: Operation): string {
  if (op.security.length === 0) return "Public: no authentication.";
  const schemes = ctx.doc.components?.securitySchemes ?? {};
  const headers = op.security.map((s) => schemes[s]?.name ?? s);
  return `Signed: sends ${headers.map((h) => code(h)).join(", ")} (see the ${link(ctx, "/guide/signing", "signing guide")}). The client adds them when it has an API key and secret.`;
}

function rateLimitHtml(op: Operation): string {
  if (!op.rateLimit) return "Not stated.";
  const rl = op.rateLimit;
  const src =
    rl.source === "documented"
      ? "documented by WOO X"
      : rl.source === "reported"
        ? "reported by third-party clients, not documented"
        : rl.source;
  return `${esc(rateLimitText(rl))}${src ? ` (${esc(src)})` : ""}. Exceeding it returns HTTP 429, code ${code("-1003")}.`;
}

/** `client.GET(path, { params })` / `client.POST(path, { body })` for one example. */
function clientCall(ctx: PageContext, op: Operation, body?: unknown): string {
  const init: string[] = [];
  const byIn = (where: string) => op.parameters.filter((p) => p.in === where);
  const params: Record<string, Record<string, unknown>> = {};
  for (const where of ["path", "query"]) {
    const list = byIn(where);
    // Required parameters, or the first one when all are optional (e.g. "one of these two ids").
    const chosen = list.filter((p) => p.required === true);
    if (chosen.length === 0 && list[0]) chosen.push(list[0]);
    if (chosen.length > 0)
      params[where] = Object.fromEntries(
        chosen.map((p) => [p.name, p.example ?? responseValue(op, p.name) ?? sampleValue(ctx.doc, p.schema)]),
      );
  }
  if (Object.keys(params).length > 0) init.push(`params: ${tsLiteral(params, 1)}`);
  if (body !== undefined) init.push(`body: ${tsLiteral(body, 1)}`);
  const arg = init.length > 0 ? `, {\n  ${init.join(",\n  ")},\n}` : "";
  return `const { data, error } = await client.${op.method}(${JSON.stringify(op.path)}${arg});`;
}

/** A field of the same name in the operation's success example, as a realistic parameter value. */
function responseValue(op: Operation, name: string): unknown {
  const ok = op.responses.find((r) => r.status.startsWith("2"));
  const value = ok?.examples[0]?.value as { data?: Record<string, unknown> } | undefined;
  const v = value?.data?.[name];
  return v === undefined || v === null || typeof v === "object" ? undefined : v;
}

function extensionsHtml(op: Operation): string[] {
  return Object.entries(op.extensions).flatMap(([key, value]) => {
    const body =
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? table(
            ["", ""],
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [
              esc(humanize(k)),
              code(JSON.stringify(v)),
            ]),
            "facts",
          )
        : `<p>${code(JSON.stringify(value))}</p>`;
    return [`## ${humanize(key)}`, `<p class="extension-key">From ${code(key)}.</p>${body}`];
  });
}

export interface ClientExamples {
  /** Creating the client (with credentials when the operation is signed). */
  setup: string;
  /** One call per request example, or a single call built from the parameters. */
  calls: { title: string; code: string; body?: unknown }[];
}

/** The TypeScript shown on an operation's page; exported so a test can type-check every snippet. */
export function clientExamples(ctx: PageContext, op: Operation): ClientExamples {
  const setup = [
    `import { createWooxClient } from "@woox-sdk/client";`,
    "",
    op.security.length > 0
      ? `const client = createWooxClient({\n  apiKey: process.env.WOOX_API_KEY,\n  apiSecret: process.env.WOOX_API_SECRET,\n});`
      : `const client = createWooxClient();`,
  ].join("\n");
  const examples = op.requestBody?.examples ?? [];
  const calls =
    examples.length > 0
      ? examples.map((ex) => ({ title: ex.summary ?? ex.key, code: clientCall(ctx, op, ex.value), body: ex.value }))
      : [{ title: op.summary, code: clientCall(ctx, op) }];
  return { setup, calls };
}

/** One page per operation, at /api/<operationId>. */
export function operationPage(ctx: PageContext, op: Operation): string {
  const schemas = new SchemaRenderer(ctx.doc);
  const facts = table(
    ["", ""],
    [
      ["Operation", code(op.operationId)],
      ["Auth", authHtml(ctx, op)],
      ["Rate limit", rateLimitHtml(op)],
      ...(op.tags.length > 0 ? [["Tag", op.tags.map((t) => esc(t)).join(", ")]] : []),
    ],
    "facts",
  );
  const blocks: string[] = [
    `# ${op.summary}`,
    `<p class="op-line"><span class="method method-${op.method.toLowerCase()}">${op.method}</span> ${code(op.path)}${op.deprecated ? ` <span class="badge deprecated">deprecated</span>` : ""}</p>`,
    facts,
    safeMarkdown(op.description),
    ...extensionsHtml(op),
  ];

  blocks.push("## Parameters");
  if (op.parameters.length === 0) blocks.push("<p>None.</p>");
  else
    blocks.push(
      table(
        ["Name", "In", "Type", "Description"],
        op.parameters.map((p) => [
          code(p.name) + (p.required ? ` <span class="badge required">required</span>` : ""),
          esc(p.in),
          p.schema ? schemas.typeHtml(p.schema) : "",
          [p.description ? inlineMd(p.description) : "", p.schema ? schemas.describe(p.schema) : ""]
            .filter(Boolean)
            .join(" "),
        ]),
        "fields",
      ),
    );

  blocks.push("## Request body");
  const rb = op.requestBody;
  if (!rb) blocks.push("<p>None.</p>");
  else {
    blocks.push(
      `<p>${rb.required ? "Required" : "Optional"}, ${code(rb.mediaType)}.${rb.description ? " " + inlineMd(rb.description) : ""}</p>`,
    );
    if (rb.schema) {
      const top = schemas.resolve(rb.schema).schema;
      if (top.oneOf || top.anyOf) {
        // A union body (e.g. one variant per algoType): one heading per variant, so each is in the outline.
        const { common, variants } = schemas.union(rb.schema);
        const by = top.discriminator?.propertyName;
        blocks.push(
          `<p>${top.description ? inlineMd(top.description) + " " : ""}${variants.length} variants${by ? `, chosen by ${code(by)}` : ""}: ${variants.map((v) => code(v.title)).join(", ")}.</p>`,
        );
        if (common) blocks.push("### Fields of every variant", common);
        for (const v of variants)
          blocks.push(`### ${v.title}`, v.description ? `<p>${inlineMd(v.description)}</p>` : "", v.html);
      } else blocks.push(schemas.render(rb.schema));
    }
  }

  blocks.push("## Examples");
  const snippets = clientExamples(ctx, op);
  blocks.push(`<p>With a client created once:</p>`, ["```ts", snippets.setup, "```"].join("\n"));
  for (const ex of snippets.calls) {
    if (ex.body === undefined) {
      blocks.push(["```ts", ex.code, "```"].join("\n"));
      continue;
    }
    blocks.push(`### ${ex.title}`);
    blocks.push(
      [
        "::: code-group",
        "```ts [TypeScript]",
        ex.code,
        "```",
        "",
        "```json [JSON body]",
        JSON.stringify(ex.body, null, 2),
        "```",
        ":::",
      ].join("\n"),
    );
  }

  blocks.push("## Responses");
  const ok = op.responses.filter((r) => r.status.startsWith("2"));
  const failures = op.responses.filter((r) => !r.status.startsWith("2"));
  for (const r of ok) {
    blocks.push(`### ${r.status}`, `<p>${inlineMd(r.description)}</p>`);
    if (r.schema) blocks.push(schemas.render(r.schema));
    for (const ex of r.examples)
      blocks.push(
        [
          `::: details Example${ex.summary ? `: ${ex.summary}` : ""}`,
          "```json",
          JSON.stringify(ex.value, null, 2),
          "```",
          ":::",
        ].join("\n"),
      );
  }
  if (failures.length > 0) {
    blocks.push(
      "### Errors",
      `<p>Failures use the error envelope ${code('{"success": false, "code": …, "message": "…"}')}; the client turns them into a ${code("WooxApiError")} carrying the catalog entry.</p>`,
      table(
        ["Status", "Meaning", "Example body"],
        failures.map((r) => [
          code(r.status),
          inlineMd(r.description) +
            (r.headers.length > 0 ? ` Headers: ${r.headers.map((h) => code(h.name)).join(", ")}.` : ""),
          r.examples[0] ? code(JSON.stringify(r.examples[0].value)) : "",
        ]),
        "fields",
      ),
    );
  }

  blocks.push("## Possible errors");
  const entries = op.errorCodes.map((c) => catalog.find((e) => e.api === "woox" && e.code === c) ?? c);
  if (entries.length === 0) blocks.push("<p>The spec lists no error codes for this operation.</p>");
  else
    blocks.push(
      `<p>The codes this operation is known to return (${code("x-error-codes")}), each linked to its page.</p>`,
      table(
        ["Code", "Name and message", "HTTP", "Retry"],
        entries.map((e) =>
          typeof e === "number"
            ? [code(String(e)), "<em>not in the catalog</em>", "", ""]
            : [
                link(ctx, routes.errorPage(e.api, e.code), code(String(e.code))),
                nameAndMessage(e),
                String(e.httpStatus),
                retryBadge(e),
              ],
        ),
        "entries",
      ),
    );

  const typesTable = schemas.typesTable();
  if (typesTable) blocks.push("## Types", "<p>The named value types used above.</p>", typesTable);

  return frontmatter({ title: op.summary, description: `${op.method} ${op.path}`, outline: [2, 3] }) + vpre(...blocks);
}

/** The reference home: the spec's own introduction, then every operation grouped by tag. */
export function referenceIndexPage(ctx: PageContext): string {
  const ops = operationsOf(ctx.doc);
  const tags = ctx.doc.tags ?? [];
  const tagNames = [
    ...tags.map((t) => t.name),
    ...ops.flatMap((o) => o.tags).filter((t) => !tags.some((x) => x.name === t)),
  ];
  const untagged = ops.filter((o) => o.tags.length === 0);
  const opTable = (list: readonly Operation[]) =>
    table(
      ["Operation", "Summary", "Auth", "Rate limit"],
      list.map((op) => [
        link(
          ctx,
          routes.operation(op.operationId),
          `<span class="method method-${op.method.toLowerCase()}">${op.method}</span> ${code(op.path)}`,
        ),
        esc(op.summary),
        op.security.length === 0 ? "public" : "signed",
        op.rateLimit ? esc(rateLimitText(op.rateLimit)) : "",
      ]),
      "operations",
    );
  const sections = [...new Set(tagNames)].flatMap((name) => {
    const list = ops.filter((o) => o.tags.includes(name));
    if (list.length === 0) return [];
    const tag = tags.find((t) => t.name === name);
    return [`## ${name}`, tag?.description ? `<p>${inlineMd(tag.description)}</p>` : "", opTable(list)];
  });
  if (untagged.length > 0) sections.push("## Other", opTable(untagged));
  const servers = (ctx.doc.servers ?? []).map((s) => [code(s.url), esc(s.description ?? "")]);
  return (
    frontmatter({ title: "API reference", outline: [2, 2] }) +
    vpre(
      `# ${ctx.doc.info.title}`,
      `<p>Spec version ${code(ctx.doc.info.version)}, OpenAPI ${code(ctx.doc.openapi)}. ${ops.length} operation${ops.length === 1 ? "" : "s"}. Generated from ${code("spec/openapi.yaml")}.</p>`,
      servers.length > 0 ? table(["Server", ""], servers, "facts") : "",
      ...sections,
      // The spec's introduction uses level-2 headings of its own; they follow the operation list.
      ctx.doc.info.description ? safeMarkdown(ctx.doc.info.description) : "",
    )
  );
}
