// The OpenAPI document as the docs see it: loaded from @woox-sdk/types' bundled copy of spec/openapi.yaml
// (written by `pnpm gen`), never from ../spec directly, so the site builds from the same artefact that is
// published, and turbo rebuilds it whenever that artefact changes.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

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
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, ExampleObject | { $ref: string }>;
}

export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  schema?: Schema;
  example?: unknown;
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

export interface RateLimit {
  requests: number;
  perMs: number;
  key: string;
  source?: string;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: RequestBodyObject | { $ref: string };
  responses?: Record<string, ResponseObject | { $ref: string }>;
  security?: Record<string, string[]>[];
  "x-rate-limit"?: RateLimit;
  "x-error-codes"?: number[];
  [extension: `x-${string}`]: unknown;
}

export interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  description?: string;
}

export interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, OperationObject | ParameterObject[] | string>>;
  components?: {
    schemas?: Record<string, Schema>;
    responses?: Record<string, ResponseObject>;
    parameters?: Record<string, ParameterObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    examples?: Record<string, ExampleObject>;
    securitySchemes?: Record<string, SecurityScheme>;
  };
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

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

/** Follows a local `#/components/...` reference. Throws on anything else: the bundle has only local refs. */
export function deref<T>(doc: OpenApiDoc, value: T | { $ref: string }): T {
  let v: unknown = value;
  for (let hops = 0; hops < 20 && v !== null && typeof v === "object" && "$ref" in v; hops++) {
    const ref = (v as { $ref: string }).$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
    v = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    if (v === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return v as T;
}

/** The last segment of a `$ref`, e.g. "AlgoOrderRequest". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

export interface NamedExample {
  key: string;
  summary?: string;
  description?: string;
  value: unknown;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  deprecated: boolean;
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
  rateLimit?: RateLimit;
  errorCodes: number[];
  /** Names of the security schemes that must all be satisfied; empty for a public operation. */
  security: string[];
  /** Other `x-` extensions, e.g. `x-open-order-limits`, shown as they are. */
  extensions: Record<string, unknown>;
}

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

/** Every operation of the spec, in document order (paths, then methods in HTTP order). */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (Array.isArray(item.parameters) ? item.parameters : []) as (ParameterObject | { $ref: string })[];
    for (const method of METHODS) {
      const raw = item[method];
      if (raw === undefined || typeof raw !== "object" || Array.isArray(raw)) continue;
      const op = raw;
      if (!op.operationId)
        throw new Error(`${method.toUpperCase()} ${path} has no operationId; the docs name pages after it`);
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
      const security = op.security ?? doc.security ?? [];
      const extensions: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(op)) {
        if (k.startsWith("x-") && k !== "x-rate-limit" && k !== "x-error-codes") extensions[k] = v;
      }
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? `${method.toUpperCase()} ${path}`,
        description: op.description ?? "",
        tags: op.tags ?? [],
        deprecated: op.deprecated === true,
        parameters: [...params.values()],
        requestBody,
        responses,
        rateLimit: op["x-rate-limit"],
        errorCodes: op["x-error-codes"] ?? [],
        // One requirement object whose schemes must all hold; alternatives are not used by this API.
        security: security.length === 0 ? [] : Object.keys(security[0] ?? {}),
        extensions,
      });
    }
  }
  return out;
}

/** The operations that list `code` in `x-error-codes` (codes there are api.woox.io V3 codes). */
export function operationsReturning(ops: readonly Operation[], code: number): Operation[] {
  return ops.filter((op) => op.errorCodes.includes(code));
}
