import { Ajv2020 } from "ajv/dist/2020.js";

/** The shape of `x-topic` on a topic channel (described in spec/asyncapi.yaml's info.description). */
export interface XTopic {
  name: string;
  pattern: string;
  scope: "public" | "private";
  params: string[];
  dataShape: "object" | "array";
  kind: "delta" | "snapshot" | "event" | "update";
  snapshot: boolean;
  snapshotOnSubscribe: boolean;
  pushRate: string;
  pushIntervalMs: number | null | { param: string; values: Record<string, number> };
  maxSilenceMs?: number;
  symbolField: string | null;
  itemsField?: string;
  keyFields: string[];
  versionField?: string;
  sequence?: {
    prevField: string;
    currentField: string;
    seed: { operationId: string; query: Record<string, string>; anchorField: string; "x-openapi-missing"?: string };
  };
  reconcile?: { operationIds: string[] };
  docs: { title: string; group: string; order: number };
}

const field = { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$" };

const X_TOPIC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: [
    "name",
    "pattern",
    "scope",
    "params",
    "dataShape",
    "kind",
    "snapshot",
    "snapshotOnSubscribe",
    "pushRate",
    "pushIntervalMs",
    "symbolField",
    "keyFields",
    "docs",
  ],
  properties: {
    name: { type: "string", pattern: "^[a-z][a-z0-9]*$" },
    pattern: { type: "string" },
    scope: { enum: ["public", "private"] },
    params: { type: "array", items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" } },
    dataShape: { enum: ["object", "array"] },
    kind: { enum: ["delta", "snapshot", "event", "update"] },
    snapshot: { type: "boolean" },
    snapshotOnSubscribe: { type: "boolean" },
    pushRate: { type: "string", minLength: 1 },
    pushIntervalMs: {
      oneOf: [
        { type: "integer", minimum: 1 },
        { type: "null" },
        {
          type: "object",
          additionalProperties: false,
          required: ["param", "values"],
          properties: {
            param: { type: "string" },
            values: { type: "object", additionalProperties: { type: "integer", minimum: 1 } },
          },
        },
      ],
    },
    maxSilenceMs: { type: "integer", minimum: 1 },
    symbolField: { oneOf: [field, { type: "null" }] },
    itemsField: field,
    keyFields: { type: "array", items: field },
    versionField: field,
    sequence: {
      type: "object",
      additionalProperties: false,
      required: ["prevField", "currentField", "seed"],
      properties: {
        prevField: field,
        currentField: field,
        seed: {
          type: "object",
          additionalProperties: false,
          required: ["operationId", "query", "anchorField"],
          properties: {
            operationId: { type: "string" },
            query: { type: "object", additionalProperties: { type: "string" } },
            anchorField: field,
            "x-openapi-missing": { type: "string" },
          },
        },
      },
    },
    reconcile: {
      type: "object",
      additionalProperties: false,
      required: ["operationIds"],
      properties: { operationIds: { type: "array", minItems: 1, items: { type: "string" } } },
    },
    docs: {
      type: "object",
      additionalProperties: false,
      required: ["title", "group", "order"],
      properties: { title: { type: "string" }, group: { type: "string" }, order: { type: "integer" } },
    },
  },
};

const SOURCE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "ref"],
  properties: {
    kind: { enum: ["official", "migration-guide", "independent-client", "observed"] },
    ref: { type: "string", minLength: 1 },
    note: { type: "string" },
  },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
const xTopic = ajv.compile<XTopic>(X_TOPIC_SCHEMA);
const xSource = ajv.compile(SOURCE_SCHEMA);

function problems(errors: typeof xTopic.errors, what: string): string {
  return (errors ?? [])
    .map((e) => {
      const extra =
        e.keyword === "additionalProperties"
          ? ` (${String(e.params.additionalProperty)})`
          : e.keyword === "enum"
            ? ` (${(e.params.allowedValues as unknown[]).join(", ")})`
            : "";
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : what;
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join("; ");
}

/** Validates one `x-topic`; returns a problem description, or undefined when it is well formed. */
export function xTopicProblems(value: unknown): string | undefined {
  return xTopic(value) ? undefined : problems(xTopic.errors, "(x-topic)");
}

/**
 * Validates one `x-source` list, [{kind: official|migration-guide|independent-client|observed, ref, note?}]:
 * a problem with its index in the list, or undefined when it is well formed.
 */
export function xSourceProblems(value: unknown): { index?: number; problem: string } | undefined {
  if (!Array.isArray(value) || value.length === 0) return { problem: "x-source must be a non-empty list" };
  for (const [index, entry] of value.entries()) {
    if (!xSource(entry)) return { index, problem: problems(xSource.errors, "(entry)") };
  }
  return undefined;
}
