// The streams overview, /streams/: the servers, the private socket's listen key, the command envelope
// (SUBSCRIBE, UN_SUBSCRIBE, PING and their replies, with the spec's example frames), the limits and the
// heartbeat, then every topic family grouped as the spec groups them (`x-topic.docs.group`).

import { limits, listenKey, servers } from "@woox-sdk/types/streams";
import { code, esc, inlineMd, safeMarkdown, table } from "./html.js";
import { frontmatter, link, vpre, type PageContext } from "./page-parts.js";
import { sourcesInline, sourcesOf } from "./provenance.js";
import { routes } from "./site.js";
import type { StreamsSpec, StreamTopic } from "./streams-spec.js";
import { pushRateHtml } from "./topic-page.js";

type Json = Record<string, unknown>;

function serversHtml(spec: StreamsSpec): string[] {
  const rows = Object.entries(servers).map(([name, s]) => {
    const raw = spec.doc.servers[name] ?? {};
    return [
      code(name),
      code(s.url),
      `<span class="badge scope-${s.scope}">${s.scope}</span>`,
      `${esc((raw.title as string | undefined) ?? "")}${sourcesInline(sourcesOf(raw["x-source"], `server ${name}`))}`,
    ];
  });
  return [
    "## Servers",
    `<p>Two sockets, each carrying every topic subscribed on it. Against the sandbox, the same paths are served on its HTTP port (${code("ws://127.0.0.1:8787/v3/public")}).</p>`,
    table(["Server", "URL", "Socket", ""], rows, "fields"),
  ];
}

function listenKeyHtml(ctx: PageContext, spec: StreamsSpec): string[] {
  const op = listenKey.create;
  const known = ctx.table.operations[op.operationId];
  const opHtml = known
    ? link(ctx, routes.operation(op.operationId), code(`${op.method} ${op.path}`))
    : code(`${op.method} ${op.path}`);
  const description = (spec.doc.servers.private?.description as string | undefined) ?? "";
  return [
    "## Private socket and listen key",
    safeMarkdown(description),
    `<p>The key comes from the signed ${opHtml} with body ${code(JSON.stringify(op.body))} (${op.rateLimit.requests} requests per ${op.rateLimit.perMs / 1000} s per ${esc(op.rateLimit.key)}), is passed as ${code(`?${listenKey.queryParameter}=`)}, and lives ${listenKey.lifetimeMs / 3_600_000} h. ${code("@woox-sdk/streams")} fetches and renews it through the REST client.</p>`,
  ];
}

function commandsHtml(spec: StreamsSpec): string[] {
  const channel: Json | undefined = spec.doc.channels.connection;
  if (!channel) throw new Error("asyncapi.json has no connection channel");
  const blocks = ["## Commands", safeMarkdown((channel.description as string | undefined) ?? "")];
  for (const ref of Object.values(channel.messages as Record<string, Json>)) {
    const name = String(ref.$ref).slice("#/components/messages/".length);
    const m = spec.doc.components.messages[name] as Json;
    const examples = (m.examples ?? []) as { name: string; summary?: string; payload: unknown }[];
    blocks.push(
      `### ${m.title as string}`,
      [
        m.summary ? `<p>${inlineMd(m.summary as string)}</p>` : "",
        m["x-uncertain"]
          ? `<p class="uncertain"><strong>Uncertain:</strong> ${inlineMd(m["x-uncertain"] as string)}</p>`
          : "",
        sourcesInline(sourcesOf(m["x-source"], `message ${name}`)),
      ]
        .filter(Boolean)
        .join(""),
      ...examples.map((e) =>
        [e.summary ? `<p>${inlineMd(e.summary)}</p>\n` : "", "```json", JSON.stringify(e.payload), "```"].join("\n"),
      ),
    );
  }
  return blocks;
}

function limitsHtml(spec: StreamsSpec): string[] {
  const raw = spec.doc["x-limits"];
  const rows = Object.entries(limits).map(([name, value]) => {
    const r = (raw[name] ?? {}) as Json;
    const values = Object.entries(value)
      .map(([k, v]) => `${esc(k)}: ${code(v === null ? "none" : String(v))}`)
      .join("<br>");
    return [
      code(name),
      values,
      `${r.note ? inlineMd(r.note as string) : ""}${r["x-uncertain"] ? ` <em>Uncertain: ${inlineMd(r["x-uncertain"] as string)}</em>` : ""}${sourcesInline(sourcesOf(r["x-source"], `x-limits.${name}`))}`,
    ];
  });
  const idle = limits.idleCloseMs;
  return [
    "## Limits and heartbeat",
    `<p><span class="heartbeat">Send ${code("PING")} every ${idle.recommendedPingIntervalMs / 1000} s: a socket on which the client sent nothing was closed after about ${idle.observed / 1000} s (observed; the official docs say no keep-alive is needed).</span> Every socket is closed after ${limits.connectionLifetimeMs.documented / 3_600_000} h.</p>`,
    table(["Limit", "Values", "Note"], rows, "fields limits"),
  ];
}

function topicRow(ctx: PageContext, t: StreamTopic): string[] {
  return [
    link(ctx, routes.topic(t.family), esc(t.title)),
    code(t.meta.pattern),
    `<span class="badge scope-${t.meta.scope}">${t.meta.scope}</span>`,
    pushRateHtml(t.pushRate, t.meta),
  ];
}

function groupsHtml(ctx: PageContext, spec: StreamsSpec): string[] {
  const groups = [...new Set(spec.topics.map((t) => t.group))];
  return groups.flatMap((g) => [
    `### ${g}`,
    table(
      ["Topic", "Pattern", "Socket", "Push rate"],
      spec.topics.filter((t) => t.group === g).map((t) => topicRow(ctx, t)),
      "topics",
    ),
  ]);
}

/** /streams/: the overview of the WebSocket API. */
export function streamsIndexPage(ctx: PageContext, spec: StreamsSpec): string {
  const blocks = [
    `# ${esc(spec.doc.info.title)}`,
    `<p>Generated from ${code("spec/asyncapi.yaml")} (AsyncAPI, version ${esc(spec.doc.info.version)}) and its topic table. Every push is an envelope ${code('{"topic", "ts", "data"}')}; replies to commands carry ${code("cmd")}, ${code("success")}, ${code("time")} and ${code("data")}. The ${link(ctx, "/guide/streams", "stream guide")} shows how ${code("@woox-sdk/streams")} uses it; ${link(ctx, "/guide/try-streams", "try a stream")} in this browser.</p>`,
    "## Topics",
    `<p>${spec.topics.length} topic families, grouped as the spec groups them.</p>`,
    ...groupsHtml(ctx, spec),
    ...serversHtml(spec),
    ...listenKeyHtml(ctx, spec),
    ...commandsHtml(spec),
    ...limitsHtml(spec),
  ];
  return (
    frontmatter({ title: "WebSocket streams", description: "The WOO X V3 WebSocket topics", outline: [2, 3] }) +
    vpre(...blocks)
  );
}
