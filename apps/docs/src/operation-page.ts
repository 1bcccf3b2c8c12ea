// One reference page per operation, at /api/<operationId>. The facts codegen validated (method, path
// template, security, rate limit and its key, client-id rule, open-order limits, error codes) come from the
// operation table; descriptions, parameters, schemas, examples and sources from the bundled document.

import { WooxCode } from "@woox-sdk/errors";
import { catalog, lookupError } from "@woox-sdk/errors/text";
import { clientExamples } from "./client-examples.js";
import { code, esc, inlineMd, safeMarkdown, table } from "./html.js";
import { humanize, rateLimitSourceText, rateLimitText } from "./format.js";
import { entryTable, frontmatter, link, vpre, type PageContext } from "./page-parts.js";
import { sourcesInline, sourcesOf, sourcesTable } from "./provenance.js";
import { SchemaRenderer } from "./schema.js";
import type { Operation } from "./spec.js";
import { routes } from "./site.js";

function authHtml(ctx: PageContext, op: Operation): string {
  if (!op.auth) return "Public: no authentication.";
  const headers = op.security.map((s) => ctx.table.securitySchemes[s]?.name ?? s);
  return `Signed: sends ${headers.map((h) => code(h)).join(", ")} (see the ${link(ctx, "/guide/signing", "signing guide")}). The client adds them when it has an API key and secret.`;
}

/** The limit with whom it counts for, from the key codegen resolved (a field's name shown as code). */
function rateLimitHtml(ctx: PageContext, op: Operation): string {
  const rl = op.rateLimit;
  const limited = lookupError(WooxCode.TOO_MANY_REQUEST, "woox");
  const exceeded = limited
    ? ` Exceeding it returns HTTP ${limited.httpStatus}, ${link(ctx, routes.errorPage(limited.api, limited.code), code(String(limited.code)))}.`
    : "";
  return `<span class="rate-limit" data-scope="${rl.key.scope}">${rateLimitText(rl, code)}</span> (${esc(rateLimitSourceText[rl.source])}).${exceeded}`;
}

function clientIdHtml(ctx: PageContext, op: Operation): string | undefined {
  if (!op.clientId) return undefined;
  const lookup = ctx.table.operations[op.clientId.lookup];
  const target = lookup
    ? link(
        ctx,
        routes.operation(op.clientId.lookup),
        `${code(`${lookup.method} ${lookup.path}`)} ${esc(lookup.summary)}`,
      )
    : code(op.clientId.lookup);
  return `${code(op.clientId.field)} in the body. When the answer to a placement is lost, the client looks the order up by this id with ${target} before sending it again, so it is never placed twice.`;
}

function factsTable(ctx: PageContext, op: Operation): string {
  const rows: string[][] = [
    ["Operation", code(op.operationId)],
    ["Auth", authHtml(ctx, op)],
    ["Rate limit", rateLimitHtml(ctx, op)],
  ];
  const clientId = clientIdHtml(ctx, op);
  if (clientId) rows.push(["Client order id", clientId]);
  if (op.openOrderLimits)
    rows.push([
      "Open-order limits",
      Object.entries(op.openOrderLimits)
        .map(([k, n]) => `${esc(humanize(k))}: ${n}`)
        .join("; "),
    ]);
  if (op.tags.length > 0) rows.push(["Tag", op.tags.map((t) => esc(t)).join(", ")]);
  return table(["", ""], rows, "facts");
}

/** `x-` extensions the table does not carry, shown as they are. */
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

function parametersHtml(op: Operation, schemas: SchemaRenderer): string[] {
  if (op.parameters.length === 0) return ["## Parameters", "<p>None.</p>"];
  const rows = op.parameters.map((p) => {
    const where = `${op.method} ${op.path} parameter ${p.name}`;
    return [
      code(p.name) + (p.required ? ` <span class="badge required">required</span>` : ""),
      esc(p.in),
      p.schema ? schemas.typeHtml(p.schema) : "",
      [
        p.description ? inlineMd(p.description) : "",
        p.schema ? schemas.describe(p.schema, where) : "",
        sourcesInline(sourcesOf(p["x-source"], where)),
      ]
        .filter(Boolean)
        .join(" "),
    ];
  });
  return ["## Parameters", table(["Name", "In", "Type", "Description"], rows, "fields")];
}

function requestBodyHtml(op: Operation, schemas: SchemaRenderer): string[] {
  const rb = op.requestBody;
  if (!rb) return ["## Request body", "<p>None.</p>"];
  const blocks = [
    "## Request body",
    `<p>${rb.required ? "Required" : "Optional"}, ${code(rb.mediaType)}.${rb.description ? " " + inlineMd(rb.description) : ""}</p>`,
  ];
  if (!rb.schema) return blocks;
  const top = schemas.resolve(rb.schema).schema;
  if (!top.oneOf && !top.anyOf) return [...blocks, schemas.render(rb.schema)];
  // A union body (e.g. one variant per algoType): one heading per variant, so each is in the outline.
  const { common, variants } = schemas.union(rb.schema);
  const by = top.discriminator?.propertyName;
  blocks.push(
    `<p>${top.description ? inlineMd(top.description) + " " : ""}${variants.length} variants${by ? `, chosen by ${code(by)}` : ""}: ${variants.map((v) => code(v.title)).join(", ")}.</p>`,
  );
  if (common) blocks.push("### Fields of every variant", common);
  for (const v of variants)
    blocks.push(`### ${v.title}`, v.description ? `<p>${inlineMd(v.description)}</p>` : "", v.html);
  return blocks;
}

function examplesHtml(ctx: PageContext, op: Operation): string[] {
  const snippets = clientExamples(ctx, op);
  const blocks = ["## Examples", `<p>With a client created once:</p>`, ["```ts", snippets.setup, "```"].join("\n")];
  for (const ex of snippets.calls) {
    if (ex.body === undefined) {
      blocks.push(["```ts", ex.code, "```"].join("\n"));
      continue;
    }
    blocks.push(
      `### ${ex.title}`,
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
  return blocks;
}

function responsesHtml(op: Operation, schemas: SchemaRenderer): string[] {
  const blocks = ["## Responses"];
  for (const r of op.responses.filter((x) => x.status.startsWith("2"))) {
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
  const failures = op.responses.filter((r) => !r.status.startsWith("2"));
  if (failures.length > 0)
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
  return blocks;
}

function errorsHtml(ctx: PageContext, op: Operation): string[] {
  if (op.errorCodes.length === 0)
    return ["## Possible errors", "<p>The spec lists no error codes for this operation.</p>"];
  const entries = op.errorCodes.map((c) => catalog.find((e) => e.api === "woox" && e.code === c) ?? c);
  return [
    "## Possible errors",
    `<p>The codes this operation is known to return (${code("x-error-codes")}), each linked to its page.</p>`,
    entryTable(ctx, entries),
  ];
}

function sourcesHtml(op: Operation): string[] {
  return [
    "## Sources",
    op.sources.length === 0
      ? `<p class="no-sources">The spec does not say yet where this operation's facts come from (no ${code("x-source")}).</p>`
      : `<p>Where the facts on this page come from (${code("x-source")}); re-check these when the exchange changes.</p>${sourcesTable(op.sources)}`,
  ];
}

/** One page per operation, at /api/<operationId>. */
export function operationPage(ctx: PageContext, op: Operation): string {
  const schemas = new SchemaRenderer(ctx.doc);
  const deprecated = op.deprecated ? ` <span class="badge deprecated">deprecated</span>` : "";
  const blocks: string[] = [
    `# ${op.summary}`,
    `<p class="op-line"><span class="method method-${op.method.toLowerCase()}">${op.method}</span> ${code(op.path)}${deprecated}</p>`,
    factsTable(ctx, op),
    safeMarkdown(op.description),
    ...extensionsHtml(op),
    ...parametersHtml(op, schemas),
    ...requestBodyHtml(op, schemas),
    ...examplesHtml(ctx, op),
    ...responsesHtml(op, schemas),
    ...errorsHtml(ctx, op),
    ...sourcesHtml(op),
  ];
  const typesTable = schemas.typesTable();
  if (typesTable) blocks.push("## Types", "<p>The named value types used above.</p>", typesTable);
  return frontmatter({ title: op.summary, description: `${op.method} ${op.path}`, outline: [2, 3] }) + vpre(...blocks);
}
