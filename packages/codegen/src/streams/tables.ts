import { SpecError } from "../load.js";
import { literal } from "../literal.js";
import type { AsyncApiSpec } from "./load.js";
import type { SchemaSet, Schema, Origin } from "./schema.js";
import type { TopicModel } from "./topics.js";

type Raw = Record<string, unknown>;

/** The interface of a topic table row, written into streams.gen.ts above the table. */
export const TOPIC_META = `
/** One row of the topic table (\`x-topic\` of spec/asyncapi.yaml). */
export interface TopicMeta {
  /** The topic family: the first \`@\` segment. */
  name: string;
  /** The topic with its parameters as placeholders, e.g. \`kline@{symbol}@{interval}\`. */
  pattern: string;
  /** The socket that carries it. */
  scope: "public" | "private";
  /** delta: changes to apply to local state; snapshot: the whole state for its key; event: one occurrence; update: a partial state merged by key. */
  kind: "delta" | "snapshot" | "event" | "update";
  /** Whether \`data\` is one object or an array. */
  dataShape: "object" | "array";
  /** The parameters in topic order, with their values where the spec lists them. */
  params: readonly { name: string; enum?: readonly string[] }[];
  /** A regular expression (source) that matches a whole topic of this family; one named group per parameter. */
  match: string;
  /** Push interval: a number of ms, null when event driven, or per value of a parameter. */
  pushIntervalMs: number | null | { param: string; values: Readonly<Record<string, number>> };
  /** Longest silence while subscribed, where the spec states one. */
  maxSilenceMs?: number;
  /** Each push fully replaces the state for its key fields. */
  snapshot: boolean;
  /** The server pushes the current state right after SUBSCRIBE. */
  snapshotOnSubscribe: boolean;
  /** The \`data\` field that holds the symbol, if any (routing fallback). */
  symbolField: string | null;
  /** The \`data\` array that holds one entry per entity (balances, positions); the fields below are its entries'. */
  itemsField?: string;
  /** The \`data\` fields that identify what a push is about. */
  keyFields: readonly string[];
  /** A per-key version that grows with every change (drop older pushes). */
  versionField?: string;
  /** Delta chaining and the REST snapshot that seeds it (order books). */
  sequence?: {
    prevField: string;
    currentField: string;
    seed: { operationId: string; query: Readonly<Record<string, string>>; anchorField: string };
  };
  /** REST operations that rebuild the state after a reconnect. */
  reconcile?: readonly string[];
}
`;

/** The topic table: x-topic without its docs-only fields, plus parameters and the topic regex. */
export function renderTopicTable(topics: TopicModel[]): string {
  const rows = Object.fromEntries(
    topics.map((t) => {
      const x = t.x;
      const seed = x.sequence?.seed;
      return [
        t.family,
        {
          name: x.name,
          pattern: x.pattern,
          scope: x.scope,
          kind: x.kind,
          dataShape: x.dataShape,
          params: t.params.map((p) => ({ name: p.name, ...(p.enum ? { enum: p.enum } : {}) })),
          match: t.regex,
          pushIntervalMs: x.pushIntervalMs,
          maxSilenceMs: x.maxSilenceMs,
          snapshot: x.snapshot,
          snapshotOnSubscribe: x.snapshotOnSubscribe,
          symbolField: x.symbolField,
          itemsField: x.itemsField,
          keyFields: x.keyFields,
          versionField: x.versionField,
          sequence: x.sequence && {
            prevField: x.sequence.prevField,
            currentField: x.sequence.currentField,
            seed: seed && { operationId: seed.operationId, query: seed.query, anchorField: seed.anchorField },
          },
          reconcile: x.reconcile?.operationIds,
        },
      ];
    }),
  );
  return `export const topics = ${literal(rows)} as const satisfies Record<TopicFamily, TopicMeta>;`;
}

/** Keys of annotation only, left out of the runtime tables. */
const PROSE = (k: string) => k === "description" || k === "note" || k === "title" || k.startsWith("x-");

function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Raw)
      .filter(([k]) => !PROSE(k))
      .map(([k, v]) => [k, withoutProse(v)]),
  );
}

/** Servers (URL and socket), the listen-key recipe and the connection limits, for the stream client. */
export function renderConnection(spec: AsyncApiSpec): string {
  const servers: Raw = {};
  let listenKey: Raw | undefined;
  for (const [name, s] of Object.entries(
    spec.raw.servers as Record<string, Raw & { protocol: string; host: string }>,
  )) {
    servers[name] = {
      url: `${s.protocol}://${s.host}${(s.pathname as string | undefined) ?? ""}`,
      scope: s.security === undefined ? "public" : "private",
    };
    if (s["x-listen-key"] !== undefined) {
      if (listenKey !== undefined)
        throw new SpecError(
          `${spec.at(["servers", name, "x-listen-key"])}: only one server may describe the listen key`,
        );
      listenKey = withoutProse(s["x-listen-key"]) as Raw;
    }
  }
  if (listenKey === undefined) throw new SpecError(`${spec.at(["servers"])}: a private server must carry x-listen-key`);
  return [
    "/** The sockets: URL and which topics they carry. */",
    `export const servers = ${literal(servers)} as const;`,
    "",
    "/** How to get and pass the private socket's listen key (`x-listen-key` of spec/asyncapi.yaml). */",
    `export const listenKey = ${literal(listenKey)} as const;`,
    "",
    "/** Connection and subscription limits: `documented`, `observed` and the `recommended` value to use. */",
    `export const limits = ${literal(withoutProse(spec.raw["x-limits"] ?? {}))} as const;`,
  ].join("\n");
}

/**
 * Names of the push fields that hold 64-bit integers (ids and ms times), for a client that turns digit
 * strings into numbers or bigint as it does for REST. A name must mean the same everywhere.
 */
export function collectInt64Fields(schemas: SchemaSet, payloads: string[]): string[] {
  const int64 = new Map<string, boolean>();
  const seen = new Set<Schema>();
  const walk = (s: Schema, origin: Origin): void => {
    const d = schemas.deref(s, origin);
    if (seen.has(d.schema)) return;
    seen.add(d.schema);
    const view = schemas.objectView(d.schema, d.origin);
    for (const [k, p] of view?.properties ?? []) {
      const t = schemas.deref(p.schema, p.origin).schema;
      const is =
        t.format === "int64" || (t.allOf ?? []).some((m) => schemas.deref(m, p.origin).schema.format === "int64");
      const before = int64.get(k);
      if (before !== undefined && before !== is)
        throw new SpecError(
          `spec/asyncapi.yaml: push field "${k}" is a 64-bit integer in one payload and not in another`,
        );
      int64.set(k, is);
      walk(p.schema, p.origin);
    }
    const x = d.schema;
    for (const m of [...(x.allOf ?? []), ...(x.anyOf ?? []), ...(x.oneOf ?? []), ...(x.items ? [x.items] : [])])
      walk(m, d.origin);
  };
  for (const p of payloads) walk({ $ref: `#/components/schemas/${p}` }, "asyncapi");
  return [...int64]
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();
}
