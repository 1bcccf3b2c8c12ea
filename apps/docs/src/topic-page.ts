// One page per topic family of the V3 WebSocket API, at /streams/<family>: the facts come from the
// generated topic table (`@woox-sdk/types/streams`), the text, parameters, payload schema, example frames
// and sources from the bundled AsyncAPI document. The typed snippet is type-checked by
// test/snippets.test.ts.

import { listenKey, type TopicMeta } from "@woox-sdk/types/streams";
import { overflowPolicy } from "@woox-sdk/streams";
import { code, esc, inlineMd, safeMarkdown, table } from "./html.js";
import { frontmatter, link, vpre, type PageContext } from "./page-parts.js";
import { sourcesTable } from "./provenance.js";
import { SchemaRenderer } from "./schema.js";
import { routes } from "./site.js";
import { relatedOperations, type StreamsSpec, type StreamTopic } from "./streams-spec.js";
import { topicSnippet } from "./topic-snippet.js";

/** What each `kind` of the table means for a reader of the stream. */
export const kindText: Record<TopicMeta["kind"], string> = {
  delta: "changes to apply to a local state (seeded from REST)",
  snapshot: "each push is the whole current state for its key",
  event: "each push is one occurrence",
  update: "a partial state, merged by key",
};

/** What @woox-sdk/streams does when a reader falls `bufferSize` pushes behind (its `overflowPolicy`). */
const overflowText: Record<ReturnType<typeof overflowPolicy>, string> = {
  conflate: "conflated: the reader gets the latest push per key",
  merge: "merged: the newest delta is folded into the last waiting one",
  "drop-oldest": "the oldest pushes are dropped, and an `overflow` gap item says how many",
  fail: "never dropped: the subscription ends with a `WooxStreamError` (`overflow`) after the buffered pushes",
};

/** The spec's push-rate text, with the table's interval after it where the text does not say it already. */
export function pushRateHtml(pushRate: string, meta: TopicMeta): string {
  const interval = pushIntervalText(meta);
  return `${inlineMd(pushRate)}${pushRate.includes(interval) ? "" : ` <span class="push-interval">(${esc(interval)})</span>`}`;
}

export function pushIntervalText(meta: TopicMeta): string {
  const p = meta.pushIntervalMs;
  if (p === null) return "event driven";
  if (typeof p === "number") return `${p} ms`;
  return Object.entries(p.values)
    .map(([v, ms]) => `${ms} ms at ${p.param} ${v}`)
    .join(", ");
}

function socketHtml(ctx: PageContext, meta: TopicMeta): string {
  const badge = `<span class="badge scope-${meta.scope}">${meta.scope}</span>`;
  if (meta.scope === "public") return `${badge} The public socket; no authentication.`;
  const op = listenKey.create;
  return `${badge} The private socket, opened with a listen key (${code(`?${listenKey.queryParameter}=`)}) from ${code(`${op.method} ${op.path}`)}; see the ${link(ctx, routes.streamsHome + "#private-socket-and-listen-key", "streams overview")}.`;
}

function factsTable(ctx: PageContext, t: StreamTopic): string {
  const meta: TopicMeta = t.meta;
  const rows: string[][] = [
    ["Topic", `${code(meta.pattern)} (family ${code(meta.name)})`],
    ["Socket", socketHtml(ctx, meta)],
    ["Push rate", pushRateHtml(t.pushRate, meta)],
    ["Kind", `${code(meta.kind)}: ${esc(kindText[meta.kind])}`],
  ];
  if (meta.keyFields.length > 0)
    rows.push([
      "Keyed by",
      `${meta.keyFields.map((k) => code(k)).join(" + ")}${meta.itemsField ? ` of each entry of ${code(meta.itemsField)}` : ""}${meta.versionField ? `; ${code(meta.versionField)} orders updates of one key` : ""}`,
    ]);
  if (meta.sequence)
    rows.push([
      "Sequence",
      `Each push's ${code(meta.sequence.prevField)} equals the previous push's ${code(meta.sequence.currentField)}; a break is a gap.`,
    ]);
  if (meta.maxSilenceMs !== undefined) rows.push(["Longest silence", `${meta.maxSilenceMs} ms`]);
  rows.push(["Slow reader", inlineMd(`In \`@woox-sdk/streams\`, ${overflowText[overflowPolicy(t.family)]}.`)]);
  return table(["", ""], rows, "facts");
}

function parametersHtml(t: StreamTopic, schemas: SchemaRenderer): string[] {
  if (t.parameters.length === 0)
    return ["## Parameters", `<p>None: the topic is subscribed as ${code(t.meta.pattern)}.</p>`];
  const rows = t.parameters.map((p) => [
    code(p.name),
    p.enum
      ? p.enum.map((v) => code(v)).join(" ")
      : p.schema
        ? schemas.typeHtml(p.schema)
        : `<span class="type">string</span>`,
    [inlineMd(p.description), p.examples.length > 0 ? `e.g. ${p.examples.map((e) => code(e)).join(", ")}` : ""]
      .filter(Boolean)
      .join(" "),
  ]);
  return ["## Parameters", table(["Name", "Values", "Description"], rows, "fields")];
}

function payloadHtml(t: StreamTopic, schemas: SchemaRenderer): string[] {
  const shape =
    t.meta.dataShape === "array"
      ? `an array with one entry per node`
      : t.meta.itemsField
        ? `an object whose ${code(t.meta.itemsField)} lists one entry per changed item`
        : "an object";
  return [
    "## Payload",
    `<p>Every push is an envelope ${code('{"topic": …, "ts": …, "data": …}')}: ${code("topic")} as subscribed, ${code("ts")} the server's send time (ms), and ${code("data")}, ${shape}.</p>`,
    "### Fields of data",
    schemas.render(t.data),
  ];
}

function examplesHtml(t: StreamTopic): string[] {
  if (t.examples.length === 0) return [];
  return [
    "## Example frame",
    ...t.examples.map((e, i) =>
      [
        i === 0 ? "" : `::: details ${e.summary ?? e.name}`,
        i === 0 && e.summary ? `<p>${inlineMd(e.summary)}</p>\n` : "",
        "```json",
        JSON.stringify(e.payload, null, 2),
        "```",
        i === 0 ? "" : ":::",
      ]
        .filter(Boolean)
        .join("\n"),
    ),
  ];
}

function relatedHtml(ctx: PageContext, t: StreamTopic): string[] {
  const related = relatedOperations(t, listenKey.create.operationId);
  if (related.length === 0) return [];
  const rows = related.map((r) => {
    const op = ctx.table.operations[r.operationId];
    const name = op
      ? link(ctx, routes.operation(r.operationId), `${code(`${op.method} ${op.path}`)} ${esc(op.summary)}`)
      : `${code(r.operationId)} <em>(not in the REST reference yet)</em>`;
    return [name, inlineMd(r.why)];
  });
  return ["## Related REST operations", table(["Operation", "Why"], rows, "related")];
}

function snippetHtml(ctx: PageContext, t: StreamTopic): string[] {
  const s = topicSnippet(t);
  return [
    "## With @woox-sdk/streams",
    `<p>The items of ${code("subscribe")} are typed from the topic string; a gap item says what was missed (see the ${link(ctx, "/guide/streams", "stream guide")}).</p>`,
    ["```ts", s.code, "```"].join("\n"),
  ];
}

/** One page per topic family, at /streams/<family>. */
export function topicPage(ctx: PageContext, spec: StreamsSpec, t: StreamTopic): string {
  const schemas = new SchemaRenderer(spec.schemaDoc);
  const blocks = [
    `# ${t.title}`,
    `<p class="op-line"><span class="badge scope-${t.meta.scope}">${t.meta.scope}</span> ${code(t.meta.pattern)}</p>`,
    factsTable(ctx, t),
    safeMarkdown(t.description),
    t.uncertain ? `::: warning Uncertain\n${safeMarkdown(t.uncertain)}\n:::` : "",
    ...parametersHtml(t, schemas),
    ...payloadHtml(t, schemas),
    ...examplesHtml(t),
    ...snippetHtml(ctx, t),
    ...relatedHtml(ctx, t),
    "## Sources",
    t.sources.length === 0
      ? `<p class="no-sources">The spec does not say yet where this topic's facts come from.</p>`
      : `<p>Where the facts on this page come from (${code("x-source")}); re-check these when the exchange changes.</p>${sourcesTable(t.sources)}`,
  ];
  const typesTable = schemas.typesTable();
  if (typesTable) blocks.push("## Types", "<p>The named value types used above.</p>", typesTable);
  return (
    frontmatter({ title: t.title, description: `WebSocket topic ${t.meta.pattern}`, outline: [2, 3] }) + vpre(...blocks)
  );
}
