// What the docs know about the API, from two generated artefacts of `pnpm gen`:
// - the operation table `@woox-sdk/types/operations` (method, path template, security, rate limit with its
//   resolved key, open-order limits, client-id rule, error codes): every fact codegen has validated is
//   taken from there, never re-read from the document;
// - the bundled document `@woox-sdk/types/openapi.json`, for what is only rendered (descriptions,
//   parameters, schemas, examples, `x-source`), its references followed with `@woox-sdk/types/spec`.
// Never ../spec directly: the site builds from the artefacts that are published, and turbo rebuilds it
// whenever they change.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { HeaderScheme, OperationMeta } from "@woox-sdk/types";
import { operations, securitySchemes } from "@woox-sdk/types/operations";
import { deref, HTTP_METHODS, type Reference } from "@woox-sdk/types/spec";
import { sourcesOf, type Source } from "./provenance.js";

/** The subset of JSON Schema 2020-12 / OpenAPI 3.1 schema keywords the renderer understands. */
export interface Schema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  examples?: unknown[];
  example?: unknown;
  deprecated?: boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  additionalProperties?: boolean | Schema;
  unevaluatedProperties?: boolean | Schema;
  "x-source"?: unknown;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, ExampleObject | Reference>;
}

export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  schema?: Schema;
  example?: unknown;
  "x-source"?: unknown;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { description?: string; schema?: Schema }>;
  content?: Record<string, MediaType>;
}

export interface RequestBodyObject {
  description?: string;
  required?: boolean;
  content: Record<string, MediaType>;
}

/** An operation as the document holds it; only what the table does not carry is read from here. */
export interface OperationObject {
  operationId?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: (ParameterObject | Reference)[];
  requestBody?: RequestBodyObject | Reference;
  responses?: Record<string, ResponseObject | Reference>;
  [extension: `x-${string}`]: unknown;
}

export interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, OperationObject | ParameterObject[] | string>>;
  components?: {
    schemas?: Record<string, Schema>;
    responses?: Record<string, ResponseObject>;
    parameters?: Record<string, ParameterObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    examples?: Record<string, ExampleObject>;
    /** Read for their descriptions only; names and placement come from the table's `securitySchemes`. */
    securitySchemes?: Record<string, { description?: string }>;
  };
}

/** The generated operation table and security schemes; a test passes an edited copy. */
export interface OperationTable {
  operations: Readonly<Record<string, OperationMeta>>;
  securitySchemes: Readonly<Record<string, HeaderScheme>>;
}

export const generatedTable: OperationTable = { operations, securitySchemes };

/** Where the bundled spec is; exported so tests can point at the same file. */
export function specPath(): string {
  return createRequire(import.meta.url).resolve("@woox-sdk/types/openapi.json");
}

let cached: OpenApiDoc | undefined;

/** The bundled spec (parsed once per process). */
export function loadSpec(): OpenApiDoc {
  cached ??= JSON.parse(readFileSync(specPath(), "utf8")) as OpenApiDoc;
  return cached;
}

export interface NamedExample {
  key: string;
  summary?: string;
  description?: string;
  value: unknown;
}

/** One operation as a page shows it: its row of the table, plus what the document says for reading. */
export interface Operation extends OperationMeta {
  operationId: string;
  description: string;
  deprecated: boolean;
  /** Path-item and operation parameters, references followed (operation ones win). */
  parameters: ParameterObject[];
  requestBody?: {
    description?: string;
    required: boolean;
    mediaType: string;
    schema?: Schema;
    examples: NamedExample[];
  };
  responses: {
    status: string;
    description: string;
    mediaType?: string;
    schema?: Schema;
    examples: NamedExample[];
    headers: { name: string; description?: string; schema?: Schema }[];
  }[];
  /** `x-source`: where the operation's facts come from; empty where the spec does not say yet. */
  sources: Source[];
  /** `x-` extensions that the table does not carry, shown as they are. */
  extensions: Record<string, unknown>;
}

/** Extensions whose content reaches the page through the table (or, for x-source, through `sources`). */
const READ_ELSEWHERE = new Set(["x-rate-limit", "x-error-codes", "x-open-order-limits", "x-client-id", "x-source"]);

function examplesOf(doc: OpenApiDoc, media: MediaType | undefined): NamedExample[] {
  if (!media) return [];
  if (media.examples) {
    return Object.entries(media.examples).map(([key, ex]) => {
      const e = deref<ExampleObject>(doc, ex);
      return { key, summary: e.summary, description: e.description, value: e.value };
    });
  }
  return media.example === undefined ? [] : [{ key: "example", value: media.example }];
}

function firstMedia(content: Record<string, MediaType> | undefined): [string, MediaType] | undefined {
  if (!content) return undefined;
  return Object.entries(content).find(([type]) => type.includes("json")) ?? Object.entries(content)[0];
}

function objectAt(doc: OpenApiDoc, meta: OperationMeta): OperationObject | undefined {
  const raw = doc.paths[meta.path]?.[meta.method.toLowerCase()];
  return raw !== undefined && typeof raw === "object" && !Array.isArray(raw) ? raw : undefined;
}

function view(doc: OpenApiDoc, operationId: string, meta: OperationMeta): Operation {
  const op = objectAt(doc, meta);
  if (op?.operationId !== operationId)
    throw new Error(
      `The operation table lists ${operationId} at ${meta.method} ${meta.path}, but the bundled spec has ` +
        `${op ? `${op.operationId ?? "an operation without operationId"} there` : "nothing there"}: run \`pnpm gen\``,
    );
  const shared = (doc.paths[meta.path]?.parameters ?? []) as (ParameterObject | Reference)[];
  const params = new Map<string, ParameterObject>();
  for (const p of [...shared, ...(op.parameters ?? [])]) {
    const param = deref<ParameterObject>(doc, p);
    params.set(`${param.in}:${param.name}`, param);
  }
  let requestBody: Operation["requestBody"];
  if (op.requestBody) {
    const body = deref<RequestBodyObject>(doc, op.requestBody);
    const [mediaType, media] = firstMedia(body.content) ?? ["application/json", undefined];
    requestBody = {
      description: body.description,
      required: body.required === true,
      mediaType,
      schema: media?.schema,
      examples: examplesOf(doc, media),
    };
  }
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => {
    const res = deref<ResponseObject>(doc, r);
    const [mediaType, media] = firstMedia(res.content) ?? [undefined, undefined];
    return {
      status,
      description: res.description,
      mediaType,
      schema: media?.schema,
      examples: examplesOf(doc, media),
      headers: Object.entries(res.headers ?? {}).map(([name, h]) => ({
        name,
        description: h.description,
        schema: h.schema,
      })),
    };
  });
  const extensions = Object.fromEntries(
    Object.entries(op).filter(([k]) => k.startsWith("x-") && !READ_ELSEWHERE.has(k)),
  );
  return {
    ...meta,
    operationId,
    description: op.description ?? "",
    deprecated: op.deprecated === true,
    parameters: [...params.values()],
    requestBody,
    responses,
    sources: sourcesOf(op["x-source"], `${meta.method} ${meta.path}`),
    extensions,
  };
}

/**
 * Every operation of the table, in its order (the document's), joined with the document. The two come
 * from the same `pnpm gen`; if they disagree (a stale table or bundle), this says so instead of
 * rendering one of them.
 */
export function operationsOf(doc: OpenApiDoc, table: OperationTable = generatedTable): Operation[] {
  const ops = Object.entries(table.operations).map(([id, meta]) => view(doc, id, meta));
  const listed = new Set(ops.map((o) => `${o.method} ${o.path}`));
  for (const [path, item] of Object.entries(doc.paths))
    for (const method of HTTP_METHODS) {
      const at = `${method.toUpperCase()} ${path}`;
      if (item[method] !== undefined && !listed.has(at))
        throw new Error(`The bundled spec has ${at}, which the operation table lacks: run \`pnpm gen\``);
    }
  return ops;
}

/** The operations that list `code` in `x-error-codes` (codes there are api.woox.io V3 codes). */
export function operationsReturning(ops: readonly Operation[], code: number): Operation[] {
  return ops.filter((op) => op.errorCodes.includes(code));
}
