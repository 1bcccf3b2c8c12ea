// What the docs know about the V3 WebSocket streams, from two generated artefacts of `pnpm gen`, like
// spec.ts for REST:
// - the topic table `@woox-sdk/types/streams` (families, patterns, scope, push intervals, keys, sequence,
//   reconcile, servers, limits, listen key): every fact codegen validated is taken from there;
// - the bundled document `@woox-sdk/types/asyncapi.json`, for what is only rendered (titles, groups,
//   descriptions, parameters, payload schemas, examples, `x-source`, `x-uncertain`).
// Payload schemas refer into the REST spec (`openapi.json#/components/schemas/Symbol`). The renderer has
// one resolver for local references, so both documents are joined into one: the AsyncAPI components under
// `#/asyncapi/`, the OpenAPI document as it is.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { topics, type TopicFamily, type TopicMeta } from "@woox-sdk/types/streams";
import { sourcesOf, type Source } from "./provenance.js";
import type { OpenApiDoc, Schema } from "./spec.js";

type Json = Record<string, unknown>;

export interface ChannelParameter {
  name: string;
  description: string;
  enum?: string[];
  examples: string[];
  /** The TypeScript template of the value (`${"SPOT" | "PERP"}_${string}_${string}`), where the spec gives one. */
  tsTemplate?: string;
  schema?: Schema;
}

export interface MessageExample {
  name: string;
  summary?: string;
  payload: unknown;
}

/** One topic family as a page shows it: its row of the table, plus what the document says for reading. */
export interface StreamTopic {
  family: TopicFamily;
  meta: TopicMeta;
  title: string;
  group: string;
  order: number;
  description: string;
  pushRate: string;
  uncertain?: string;
  parameters: ChannelParameter[];
  /** The push schema (envelope and `data`) and the `data` schema, in the joined document. */
  payload: Schema;
  data: Schema;
  examples: MessageExample[];
  sources: Source[];
}

export interface AsyncApiDoc {
  info: { title: string; version: string; description?: string };
  servers: Record<string, Json>;
  channels: Record<string, Json>;
  components: { schemas: Record<string, Schema>; messages: Record<string, Json>; parameters: Record<string, Json> };
  "x-limits": Record<string, unknown>;
}

export interface StreamsSpec {
  doc: AsyncApiDoc;
  /** The OpenAPI document with the AsyncAPI components joined in, for the schema renderer. */
  schemaDoc: OpenApiDoc;
  topics: StreamTopic[];
}

const ASYNC_LOCAL = "#/components/";
const OPENAPI_SIBLING = "openapi.json#/";

/**
 * References rewritten into the joined document; `allOf: [{$ref}, {description}]` (how the spec gives a
 * shared type a field's own description) becomes `{$ref, description}`, which the renderer shows as the
 * type with that description instead of an anonymous object.
 */
function join(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(join);
  if (node === null || typeof node !== "object") return node;
  const o = node as Json;
  const allOf = o.allOf as Json[] | undefined;
  if (allOf?.length === 2 && typeof allOf[0]?.$ref === "string") {
    const rest = allOf[1] as Json;
    if (Object.keys(rest).every((k) => k === "description") && Object.keys(o).length === 1)
      return { ...(join(allOf[0]) as Json), ...rest };
  }
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => {
      if (k !== "$ref" || typeof v !== "string") return [k, join(v)];
      if (v.startsWith(OPENAPI_SIBLING)) return [k, `#/${v.slice(OPENAPI_SIBLING.length)}`];
      if (v.startsWith(ASYNC_LOCAL)) return [k, `#/asyncapi/components/${v.slice(ASYNC_LOCAL.length)}`];
      throw new Error(`asyncapi.json: unexpected $ref ${v}`);
    }),
  );
}

const refTail = (ref: unknown, prefix: string): string => {
  if (typeof ref !== "string" || !ref.startsWith(prefix)) throw new Error(`asyncapi.json: expected a ${prefix} ref`);
  return ref.slice(prefix.length);
};

export function asyncApiPath(): string {
  return createRequire(import.meta.url).resolve("@woox-sdk/types/asyncapi.json");
}

let cachedDoc: AsyncApiDoc | undefined;

export function loadAsyncApi(): AsyncApiDoc {
  cachedDoc ??= JSON.parse(readFileSync(asyncApiPath(), "utf8")) as AsyncApiDoc;
  return cachedDoc;
}

function topicOf(doc: AsyncApiDoc, family: TopicFamily): StreamTopic {
  const channel = doc.channels[family];
  const x = channel?.["x-topic"] as Json | undefined;
  if (!channel || !x)
    throw new Error(`The topic table lists ${family}, but asyncapi.json has no such topic channel: run \`pnpm gen\``);
  const meta: TopicMeta = topics[family];
  const docs = x.docs as { title: string; group: string; order: number };
  const messages = Object.values(channel.messages as Record<string, Json>);
  if (messages.length !== 1) throw new Error(`channel ${family}: expected one message, found ${messages.length}`);
  const message = doc.components.messages[refTail(messages[0]?.$ref, "#/components/messages/")] as Json;
  const payload = join(message.payload) as Schema;
  const pushName = refTail(message.payload && (message.payload as Json).$ref, ASYNC_LOCAL + "schemas/");
  const push = doc.components.schemas[pushName] as Schema;
  const dataPart = push.allOf?.find((p) => p.properties?.data !== undefined)?.properties?.data;
  if (!dataPart) throw new Error(`${pushName}: no data property`);
  const parameters = Object.entries((channel.parameters ?? {}) as Record<string, Json>).map(([name, ref]) => {
    const p = doc.components.parameters[refTail(ref.$ref, "#/components/parameters/")] as Json;
    return {
      name,
      description: (p.description as string | undefined) ?? "",
      enum: p.enum as string[] | undefined,
      examples: (p.examples as string[] | undefined) ?? [],
      tsTemplate: p["x-ts-template"] as string | undefined,
      schema: p["x-schema"] === undefined ? undefined : (join(p["x-schema"]) as Schema),
    };
  });
  const names = parameters.map((p) => p.name);
  const listed = meta.params.map((p) => p.name);
  if (names.join() !== listed.join())
    throw new Error(`channel ${family}: parameters ${names.join()} differ from the table's ${listed.join()}`);
  return {
    family,
    meta,
    title: docs.title,
    group: docs.group,
    order: docs.order,
    description: (channel.description as string | undefined) ?? "",
    pushRate: x.pushRate as string,
    uncertain: (channel["x-uncertain"] as string | undefined) ?? (x["x-uncertain"] as string | undefined),
    parameters,
    payload,
    data: join(dataPart) as Schema,
    examples: ((message.examples ?? []) as MessageExample[]).map((e) => ({ ...e })),
    sources: sourcesOf(channel["x-source"], `channel ${family}`),
  };
}

/** Every topic family of the table, in the document's reading order (`x-topic.docs.order`). */
export function streamsSpec(openapi: OpenApiDoc, doc: AsyncApiDoc = loadAsyncApi()): StreamsSpec {
  const list = (Object.keys(topics) as TopicFamily[]).map((f) => topicOf(doc, f));
  const tableFamilies = new Set<string>(Object.keys(topics));
  for (const [name, channel] of Object.entries(doc.channels))
    if (channel["x-topic"] !== undefined && !tableFamilies.has(name))
      throw new Error(`asyncapi.json has topic channel ${name}, which the topic table lacks: run \`pnpm gen\``);
  list.sort((a, b) => a.order - b.order);
  const schemaDoc = { ...openapi, asyncapi: { components: join({ schemas: doc.components.schemas }) } } as OpenApiDoc;
  return { doc, schemaDoc, topics: list };
}

/** A concrete topic string for the page's examples, from the parameters' first examples. */
export function sampleTopic(t: StreamTopic): string {
  let out = t.meta.pattern;
  for (const p of t.parameters) out = out.replace(`{${p.name}}`, p.examples[0] ?? p.enum?.[0] ?? "");
  return out;
}

/** The REST operations a topic's page points at: its book seed, what rebuilds its state, the listen key. */
export function relatedOperations(t: StreamTopic, listenKeyOperation: string): { operationId: string; why: string }[] {
  const out: { operationId: string; why: string }[] = [];
  const meta: TopicMeta = t.meta;
  if (meta.sequence)
    out.push({
      operationId: meta.sequence.seed.operationId,
      why: `the snapshot that seeds the book: its \`${meta.sequence.seed.anchorField}\` anchors the first delta`,
    });
  for (const id of meta.reconcile ?? [])
    out.push({ operationId: id, why: "rebuilds this topic's state after a gap (the gap item's `reconcile`)" });
  if (meta.scope === "private")
    out.push({ operationId: listenKeyOperation, why: "the listen key that opens the private socket" });
  return out;
}
