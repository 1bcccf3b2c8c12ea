// The WebSocket stream pages, against the built site: every topic family of the generated table has
// exactly one page, each page shows its table facts, every payload field of its schema, its example frame
// and its sources; the overview lists every topic under the spec's groups, with servers, commands and
// limits; the sidebar and the search index include them.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { limits, listenKey, servers, topics, type TopicFamily } from "@woox-sdk/types/streams";
import { resolveSitePath } from "../src/serve.js";
import { context, generatedPages, streams } from "../src/routes-data.js";
import { resolve } from "../src/schema.js";
import { routes } from "../src/site.js";
import type { Schema } from "../src/spec.js";
import { sampleTopic, type StreamTopic } from "../src/streams-spec.js";
import { pushIntervalText } from "../src/topic-page.js";
import { DIST, ensureSite, filesUnder, hrefsOf, mainOf, readDist, textOf } from "./helpers.js";

const spec = streams(context());
const families = Object.keys(topics) as TopicFamily[];

function fileFor(route: string): string | undefined {
  const found = resolveSitePath(DIST, route);
  if (found && "file" in found) return found.file;
  if (found && "redirect" in found) return fileFor(`${route}/`);
  return undefined;
}

const pageHtml = (route: string) => readFileSync(fileFor(route) as string, "utf8");
const pageText = (route: string) => textOf(mainOf(pageHtml(route)));
/** Highlighted code reaches the text with spaces between its tokens: compare code without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, "");

/**
 * Every field name a schema describes, nested ones included (objects with allOf merged, array items,
 * union variants), following references through the joined document: the oracle for "lists all fields".
 */
function fieldNames(s: Schema, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  const { schema, name } = resolve(spec.schemaDoc, s);
  if (name !== undefined) {
    if (seen.has(name)) return out;
    seen = new Set([...seen, name]);
  }
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
    for (const f of fieldNames(part, seen)) out.add(f);
  if (schema.items) for (const f of fieldNames(schema.items, seen)) out.add(f);
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    out.add(k);
    for (const f of fieldNames(v, seen)) out.add(f);
  }
  return out;
}

beforeAll(async () => {
  await ensureSite();
}, 180_000);

describe("topic pages", () => {
  it("every topic family of the table has exactly one page, and every page a family", () => {
    const pages = filesUnder(join(DIST, "streams"))
      .filter((f) => f !== "index.html")
      .map((f) => f.replace(/\.html$/, "").replace(/\/index$/, ""));
    expect(pages.sort()).toEqual([...families].sort());
    expect(spec.topics.map((t) => t.family).sort()).toEqual([...families].sort());
  });

  it("the field oracle is not vacuous", () => {
    const first = spec.topics[0] as StreamTopic;
    expect(fieldNames(first.data).size).toBeGreaterThan(2);
    for (const t of spec.topics) expect(fieldNames(t.data).size, t.family).toBeGreaterThan(0);
  });

  it.each(spec.topics.map((t) => [t.family, t] as const))(
    "%s: pattern, scope, push rate, parameters, every payload field, example, sources",
    (family, t) => {
      const route = routes.topic(family);
      const text = pageText(route);
      const meta = topics[family];
      expect(text).toContain(t.title);
      expect(text).toContain(meta.pattern);
      expect(text).toContain(meta.scope);
      expect(text).toContain(pushIntervalText(meta));
      for (const p of meta.params) expect(text).toContain(p.name);
      for (const p of t.parameters) for (const v of p.enum ?? []) expect(text).toContain(v);
      // The fields table: every field name of the payload's `data` schema, as a code cell.
      const main = mainOf(pageHtml(route));
      const missing = [...fieldNames(t.data)].filter((f) => !main.includes(`<code>${f}</code>`));
      expect(missing, `${family} fields missing from the page`).toEqual([]);
      // The first example frame, verbatim (in a highlighted code block, so compared as text).
      const example = t.examples[0];
      expect(example, `${family} has an example`).toBeDefined();
      expect(squash(text)).toContain(squash(JSON.stringify(example?.payload)));
      expect(text).toContain("Sources");
      for (const s of t.sources) expect(text).toContain(s.ref);
      // The typed snippet subscribes to a concrete topic of this family on the right socket.
      expect(squash(text)).toContain(`stream.${meta.scope}().subscribe("${sampleTopic(t)}")`);
      // Related REST operations link to reference pages that exist, or say that there is none yet.
      const links = hrefsOf(main);
      for (const id of [
        ...("reconcile" in meta ? meta.reconcile : []),
        ...("sequence" in meta ? [meta.sequence.seed.operationId] : []),
      ])
        if (context().table.operations[id]) expect(links).toContain(routes.operation(id));
        else expect(text).toContain(`${id} (not in the REST reference yet)`);
    },
  );
});

describe("the streams overview", () => {
  it("lists every topic under its group, with a link to its page", () => {
    const html = mainOf(pageHtml(routes.streamsHome));
    const text = textOf(html);
    const links = hrefsOf(html);
    for (const t of spec.topics) {
      expect(links).toContain(routes.topic(t.family));
      expect(text).toContain(t.group);
    }
    // Groups appear in the spec's reading order, and each topic after its group's heading.
    const order = [...new Set(spec.topics.map((t) => t.group))].map((g) => text.indexOf(g));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("shows the servers, the listen key, the command envelope, the limits and the heartbeat", () => {
    const text = pageText(routes.streamsHome);
    for (const s of Object.values(servers)) expect(text).toContain(s.url);
    expect(text).toContain(listenKey.create.path);
    expect(text).toContain(`?${listenKey.queryParameter}=`);
    for (const cmd of ["SUBSCRIBE", "UN_SUBSCRIBE", "PING", "PONG"]) expect(squash(text)).toContain(`"cmd":"${cmd}"`);
    for (const name of Object.keys(limits)) expect(text).toContain(name);
    expect(text).toContain(`every ${limits.idleCloseMs.recommendedPingIntervalMs / 1000} s`);
  });
});

describe("navigation and search", () => {
  it("the sidebar of a topic page links every topic page", () => {
    const links = new Set(hrefsOf(pageHtml(routes.topic(families[0] as string))));
    for (const f of families) expect(links.has(routes.topic(f)), f).toBe(true);
    expect(links.has(routes.streamsHome)).toBe(true);
  });

  it("the search index holds the stream pages", () => {
    const pages = generatedPages();
    expect(pages.has("streams/index.md")).toBe(true);
    for (const f of families) expect(pages.has(`streams/${f}.md`), f).toBe(true);
    const index = filesUnder(join(DIST, "assets", "chunks")).filter((f) => f.startsWith("@localSearchIndex"));
    expect(index.length).toBeGreaterThan(0);
    const js = index.map((f) => readDist(`assets/chunks/${f}`)).join("\n");
    for (const f of families) expect(js, f).toContain(`/streams/${f}`);
  });
});
