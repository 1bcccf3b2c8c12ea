import { SpecError, type OpenApiDoc } from "../load.js";
import { literal } from "../literal.js";
import { checkMessages } from "./examples.js";
import { collectFrames } from "./frames.js";
import { GUARD_PRELUDE, GuardWriter } from "./guards.js";
import { loadAsyncApi, type AsyncApiSpec, type Where } from "./load.js";
import { openApiOperations, checkOperationRef } from "./openapi-ops.js";
import { SchemaSet, type Schema } from "./schema.js";
import { collectInt64Fields, renderConnection, renderTopicTable, TOPIC_META } from "./tables.js";
import { collectTopics, type TopicModel } from "./topics.js";
import { jsDoc, OPENAPI_SCHEMAS, TsRenderer } from "./ts-types.js";
import { xSourceProblems } from "./x-topic.js";

type Raw = Record<string, unknown>;

/** Every `x-source` in the document is a list of {kind, ref, note?} with a kind from CONTEXT's list. */
function checkSources(spec: AsyncApiSpec): void {
  const walk = (node: unknown, where: (string | number)[]): void => {
    if (node === null || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      const path = [...where, Array.isArray(node) ? Number(k) : k];
      if (k === "x-source") {
        const bad = xSourceProblems(v);
        if (bad !== undefined)
          throw new SpecError(`${spec.at(bad.index === undefined ? path : [...path, bad.index])}: ${bad.problem}`);
      } else walk(v, path);
    }
  };
  walk(spec.raw, []);
}

function checkListenKey(spec: AsyncApiSpec, ops: Map<string, Set<string>>): void {
  for (const [name, s] of Object.entries(spec.raw.servers as Record<string, Raw>)) {
    const create = (s["x-listen-key"] as Raw | undefined)?.create as Raw | undefined;
    if (create === undefined) continue;
    const where: Where = ["servers", name, "x-listen-key", "create"];
    if (typeof create.operationId !== "string") throw new SpecError(`${spec.at(where)}: needs an operationId`);
    checkOperationRef(ops, spec.at(where), create.operationId, [], create["x-openapi-missing"]);
  }
}

function topicTypes(topics: TopicModel[]): string {
  const out: string[] = [];
  for (const t of topics) {
    let tpl = t.x.pattern;
    for (const p of t.params) tpl = tpl.replace(`{${p.name}}`, p.tsTemplate);
    const type = tpl.includes("${") ? `\`${tpl}\`` : JSON.stringify(tpl);
    out.push(
      `${jsDoc(`${t.x.docs.title}: ${t.x.pushRate} (${t.x.scope} socket).`, "")}export type ${t.typeName} = ${type};`,
    );
  }
  const scoped = (scope: string) =>
    topics
      .filter((t) => t.x.scope === scope)
      .map((t) => t.typeName)
      .join(" | ") || "never";
  out.push(
    "",
    "/** A topic of the public socket. */",
    `export type PublicTopic = ${scoped("public")};`,
    "/** A topic of the private socket. */",
    `export type PrivateTopic = ${scoped("private")};`,
    "/** Any topic, as written in a SUBSCRIBE command. */",
    "export type Topic = PublicTopic | PrivateTopic;",
    "",
    "/** The push payload of each topic family. */",
    `export interface TopicPayloads {\n${topics.map((t) => `  ${t.family}: ${t.payload};`).join("\n")}\n}`,
    "export type TopicFamily = keyof TopicPayloads;",
    "/** The family of a topic: its first `@` segment. */",
    "export type FamilyOf<T extends string> = T extends `${infer F}@${string}` ? F : T;",
    '/** The push payload of a topic, e.g. `PayloadOf<"bbo@PERP_BTC_USDT">` is `BboPush`. */',
    "export type PayloadOf<T extends Topic> = TopicPayloads[FamilyOf<T> & TopicFamily];",
    "/** The `data` of a topic's pushes. */",
    'export type DataOf<T extends Topic> = PayloadOf<T>["data"];',
    "",
    "/** How many `@`-separated segments each family's topics have. */",
    `type TopicSegments = ${literal(Object.fromEntries(topics.map((t) => [t.family, t.params.length + 1])))};`,
    "type SegmentCount<T extends string, N extends unknown[] = [unknown]> = T extends `${string}@${infer R}`",
    "  ? SegmentCount<R, [...N, unknown]>",
    '  : N["length"];',
    "/**",
    " * `T` when it is a topic with exactly its family's segments, else `never`. A `${string}` part of a topic",
    " * type may itself contain `@` (`bbo@PERP_BTC_USDT@x` is a `BboTopic`); `topic: T & ExactTopic<T>` refuses that.",
    " */",
    "export type ExactTopic<T extends string> = T extends Topic",
    "  ? SegmentCount<T> extends TopicSegments[FamilyOf<T> & TopicFamily]",
    "    ? T",
    "    : never",
    "  : never;",
  );
  return out.join("\n");
}

const PARSE_TOPIC = `
const compiled = new Map<string, RegExp>();

/** The family and parameter values of a topic string, or undefined when it is not a topic of this API. */
export function parseTopic(topic: string): { family: TopicFamily; params: Record<string, string> } | undefined {
  const family = topic.split("@", 1)[0]!;
  if (!Object.hasOwn(topics, family)) return undefined;
  const meta: TopicMeta = topics[family as TopicFamily];
  let re = compiled.get(family);
  if (re === undefined) compiled.set(family, (re = new RegExp(meta.match)));
  const m = re.exec(topic);
  return m ? { family: family as TopicFamily, params: { ...m.groups } } : undefined;
}

/** Whether a string is a topic of this API, spelled as SUBSCRIBE expects it. */
export function isTopic(topic: string): topic is Topic {
  return parseTopic(topic) !== undefined;
}
`;

/**
 * @woox-sdk/types/streams from spec/asyncapi.yaml: topic types, payload and command types (shared
 * schemas as openapi.gen.ts types), the topic table, servers and limits, and runtime guards.
 */
export async function renderStreams(root: string, openapi: OpenApiDoc): Promise<string> {
  const spec = await loadAsyncApi(root);
  const schemas = new SchemaSet(spec.raw, openapi);
  const ops = openApiOperations(openapi);
  checkSources(spec);
  checkListenKey(spec, ops);
  const topics = collectTopics(spec, schemas, ops);
  checkMessages(spec, topics);
  const frames = collectFrames(spec, topics);

  const ts = new TsRenderer(schemas);
  for (const t of topics) {
    const topicType = t.bareFamily ? `${t.typeName} | ${JSON.stringify(t.family)}` : t.typeName;
    ts.overrides.set(t.payload, new Map([["topic", topicType]]));
  }
  const local = ((spec.raw.components as Raw).schemas ?? {}) as Record<string, Schema>;
  const declarations = Object.entries(local).map(([name, s]) => ts.declaration(name, s));

  const guards = new GuardWriter(schemas);
  const serverSent = [...frames.control, ...topics.map((t) => t.payload)];
  for (const p of serverSent) guards.named(p, true);
  const pushGuards = topics.map((t) => `  ${t.family}: is${t.payload},`).join("\n");

  return [
    "// From spec/asyncapi.yaml, the WOO X V3 WebSocket API. Shared schemas (symbols, decimals, ids, sides,",
    "// statuses) are spec/openapi.yaml's, typed by openapi.gen.ts.",
    "",
    'import type { components } from "./openapi.gen.js";',
    "",
    `type ${OPENAPI_SCHEMAS} = components["schemas"];`,
    "",
    "// ---- Topics",
    "",
    topicTypes(topics),
    "",
    "// ---- Payloads and commands (components.schemas)",
    "",
    declarations.join("\n\n"),
    "",
    "/** Every frame a client sends. */",
    `export type ClientFrame = ${frames.client.join(" | ")};`,
    "/** Every frame the server sends that is not a topic push: command replies, refusals, pings. */",
    `export type ControlFrame = ${frames.control.join(" | ")};`,
    "/** Every topic push. */",
    "export type PushFrame = TopicPayloads[TopicFamily];",
    "",
    "// ---- The topic table",
    TOPIC_META,
    renderTopicTable(topics),
    PARSE_TOPIC,
    "// ---- Sockets",
    "",
    renderConnection(spec),
    "",
    "/** Push and reply fields that hold 64-bit integers; they may arrive as digit strings. */",
    `export const int64Fields: ReadonlySet<string> = new Set(${literal(collectInt64Fields(schemas, serverSent))});`,
    "",
    "// ---- Runtime guards: required fields present, present fields of the right JSON type. Extra fields,",
    "// ---- unknown enum values, decimals as string or number and int64 as number, bigint or digits all pass.",
    GUARD_PRELUDE,
    [...guards.declarations.values()].join("\n\n"),
    "",
    "/** The guard of each topic family's push. */",
    `export const pushGuards: { readonly [F in TopicFamily]: (v: unknown) => v is TopicPayloads[F] } = {\n${pushGuards}\n};`,
  ].join("\n");
}
