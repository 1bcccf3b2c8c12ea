import { createRequire } from "node:module";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { WooxErrorName } from "@woox-sdk/errors";
import type { OperationMeta } from "@woox-sdk/types";
import { deref, type Reference } from "@woox-sdk/types/spec";
import { reject } from "../errors.js";
import type { Json } from "../json.js";

/**
 * Request validation compiled from the spec's own parameter and requestBody schemas with Ajv (OpenAPI 3.1
 * schemas are JSON Schema 2020-12). Failures become V3 envelopes: an unknown parameter or field is -1004,
 * anything else (missing, wrong type, bad format) is -1005, both HTTP 400 per the catalog.
 */

type SchemaObject = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
}

interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, { schema?: SchemaObject }>;
}

interface OperationObject {
  parameters?: (ParameterObject | Reference)[];
  requestBody?: RequestBodyObject | Reference;
}

/** The parts of the bundled OpenAPI document that request validation reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

let bundled: OpenApiDocument | undefined;

/** The spec shipped by @woox-sdk/types, read once: the schemas requests are validated against. */
export function bundledSpec(): OpenApiDocument {
  if (bundled === undefined)
    bundled = createRequire(import.meta.url)("@woox-sdk/types/openapi.json") as OpenApiDocument;
  return bundled;
}

const SPEC_ID = "urn:woox-sdk:openapi";
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export interface ValidatedRequest {
  query: Record<string, Json>;
  path: Record<string, Json>;
  /** undefined when the operation takes no body. */
  body: Json | undefined;
}

export interface RequestInput {
  query: URLSearchParams;
  path: Record<string, string>;
  /** Parsed body, or undefined when none was sent. */
  body: Json | undefined;
}

export interface ValidationHooks<Field extends string = string> {
  /** The catalog entry for a discriminator value the spec does not map (e.g. an unknown algoType). */
  unknownDiscriminator?: WooxErrorName;
  /**
   * Catalog entries for a body field whose value breaks its schema (wrong type or out of range), where
   * the API answers a code of its own rather than -1005. `vars` fills the message's placeholders from
   * keywords of the field's schema, e.g. { maxTriggerAfter: "maximum" }.
   */
  fieldErrors?: Partial<Record<Field, { name: WooxErrorName; vars?: Record<string, string> }>>;
}

export type RequestValidator = (input: RequestInput, hooks?: ValidationHooks) => ValidatedRequest;

function makeAjv(doc: OpenApiDocument): Ajv2020 {
  // strict: false because OpenAPI adds keywords JSON Schema does not know (discriminator, example, xml).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  // Accept OpenAPI's format names; their ranges are spelled out by minimum/maximum where they matter,
  // and int64 is checked exactly on the bigint values below.
  for (const f of ["int32", "int64", "float", "double", "byte", "binary", "password"]) ajv.addFormat(f, true);
  ajv.addSchema(doc, SPEC_ID);
  return ajv;
}

/** Rewrites local refs so that a schema lifted out of the document still resolves against it. */
function absolutize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolutize);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#") ? `${SPEC_ID}${v}` : absolutize(v);
  }
  return out;
}

/** Ajv cannot check bigint; validate a copy with doubles and check int64 ranges exactly ourselves. */
function forAjv(v: Json): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(forAjv);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, forAjv(x)]));
  return v;
}

function findOutOfRange(v: Json, where: string): string | undefined {
  if (typeof v === "bigint") return v < INT64_MIN || v > INT64_MAX ? where : undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const hit = findOutOfRange(v[i]!, `${where}.${i}`);
      if (hit) return hit;
    }
  } else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      const hit = findOutOfRange(x, where ? `${where}.${k}` : k);
      if (hit) return hit;
    }
  }
  return undefined;
}

function at(root: string, instancePath: string, child?: string): string {
  const parts = instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) parts.push(child);
  return parts.length === 0 ? root : parts.join(".");
}

function describe(e: ErrorObject, root: string): string {
  const where = at(root, e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `${at(root, e.instancePath, String(p.missingProperty))} is required`;
    case "const":
      return `${where} must be ${JSON.stringify(p.allowedValue)}`;
    case "enum":
      return `${where} must be one of ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(", ")}`;
    case "type":
      return `${where} must be of type ${String(p.type)}`;
    default:
      return `${where} ${e.message ?? "is invalid"}`;
  }
}

const UNKNOWN_KEYWORDS = new Set(["unevaluatedProperties", "additionalProperties"]);
const SUMMARY_KEYWORDS = new Set(["oneOf", "anyOf", "allOf", "if", "not"]);

/** Maps Ajv's errors to one V3 envelope. */
function raise(errors: ErrorObject[], root: string): never {
  // A failing branch of a oneOf evaluates nothing, so its fields also show up as "unevaluated": report
  // -1004 only when unknown fields are the sole problem, otherwise the real type/required errors.
  const invalid = errors.filter((e) => !UNKNOWN_KEYWORDS.has(e.keyword));
  if (invalid.length === 0) {
    const names = errors.map((e) =>
      at(
        root,
        e.instancePath,
        String(
          (e.params as Record<string, unknown>).unevaluatedProperty ??
            (e.params as Record<string, unknown>).additionalProperty,
        ),
      ),
    );
    reject("UNKNOWN_PARAM", { detail: `Unknown parameter: ${[...new Set(names)].join(", ")}` });
  }
  const specific = invalid.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
  const texts = [...new Set((specific.length > 0 ? specific : invalid).map((e) => describe(e, root)))];
  reject("INVALID_PARAM", { detail: texts.slice(0, 3).join("; ") });
}

function typesOf(doc: OpenApiDocument, schema: SchemaObject | undefined): string[] {
  if (schema === undefined) return [];
  const s = deref<SchemaObject>(doc, schema);
  const t = s.type;
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t as string[];
  for (const k of ["allOf", "oneOf", "anyOf"]) {
    const list = s[k];
    if (Array.isArray(list)) return list.flatMap((x) => typesOf(doc, x as SchemaObject));
  }
  return [];
}

/** Query strings carry text; turn it into the JSON type the parameter's schema asks for. */
function coerce(text: string, types: string[]): Json {
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return /^-?\d+$/.test(text) && !Number.isSafeInteger(n) ? BigInt(text) : n;
  }
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

interface CompiledParam {
  param: ParameterObject;
  types: string[];
  validate: ValidateFunction | undefined;
}

interface CompiledBody {
  required: boolean;
  validate: ValidateFunction;
  /** Present when the body schema is a oneOf with a discriminator: one validator per mapped value. */
  discriminator?: { property: string; variants: Map<string, ValidateFunction> };
}

const ajvByDoc = new WeakMap<OpenApiDocument, Ajv2020>();

/** The operation's parameters (path-item ones overridden by the operation's own, as OpenAPI says) and body. */
function operationObject(
  doc: OpenApiDocument,
  meta: OperationMeta,
): { parameters: ParameterObject[]; requestBody: RequestBodyObject | undefined } {
  const item = doc.paths[meta.path];
  const operation = item?.[meta.method.toLowerCase()] as OperationObject | undefined;
  if (item === undefined || operation === undefined)
    throw new Error(`the bundled spec has no ${meta.method} ${meta.path}; run pnpm gen`);
  const byKey = new Map<string, ParameterObject>();
  for (const p of [...((item.parameters ?? []) as (ParameterObject | Reference)[]), ...(operation.parameters ?? [])]) {
    const param = deref<ParameterObject>(doc, p);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return {
    parameters: [...byKey.values()],
    requestBody: operation.requestBody && deref<RequestBodyObject>(doc, operation.requestBody),
  };
}

/** Compiles the validator of one operation of the table against the schemas of `doc`. */
export function compileRequestValidator(doc: OpenApiDocument, meta: OperationMeta): RequestValidator {
  let ajv = ajvByDoc.get(doc);
  if (ajv === undefined) {
    ajv = makeAjv(doc);
    ajvByDoc.set(doc, ajv);
  }
  const compile = (schema: unknown): ValidateFunction => ajv.compile(absolutize(schema) as SchemaObject);

  const op = operationObject(doc, meta);
  const params = new Map<string, CompiledParam>();
  for (const param of op.parameters) {
    if (param.in !== "query" && param.in !== "path") continue; // headers are security schemes, not parameters
    params.set(`${param.in}:${param.name}`, {
      param,
      types: typesOf(doc, param.schema),
      validate: param.schema ? compile(param.schema) : undefined,
    });
  }

  let body: CompiledBody | undefined;
  const rb = op.requestBody;
  const jsonSchema = rb?.content?.["application/json"]?.schema;
  if (rb && jsonSchema) {
    body = { required: rb.required === true, validate: compile(jsonSchema) };
    const resolved = deref<SchemaObject>(doc, jsonSchema);
    const disc = resolved.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
    if (disc?.propertyName && Array.isArray(resolved.oneOf)) {
      const mapping =
        disc.mapping ??
        Object.fromEntries(
          (resolved.oneOf as { $ref?: string }[])
            .filter((s) => s.$ref)
            .map((s) => [s.$ref!.split("/").pop()!, s.$ref!]),
        );
      const variants = new Map<string, ValidateFunction>();
      for (const [value, ref] of Object.entries(mapping)) variants.set(value, compile({ $ref: ref }));
      body.discriminator = { property: disc.propertyName, variants };
    }
  }

  /** The schema of a top-level body property, for fieldErrors placeholders. */
  const bodyProperty = (name: string): SchemaObject | undefined => {
    if (!jsonSchema) return undefined;
    const props = deref<SchemaObject>(doc, jsonSchema).properties as Record<string, SchemaObject> | undefined;
    return props?.[name] === undefined ? undefined : deref<SchemaObject>(doc, props[name]);
  };
  const fieldError = (errors: ErrorObject[], hooks: ValidationHooks): void => {
    for (const [field, mapped] of Object.entries(hooks.fieldErrors ?? {})) {
      if (mapped === undefined || errors.length === 0 || !errors.every((e) => e.instancePath === `/${field}`)) continue;
      const schema = bodyProperty(field) ?? {};
      const vars = Object.fromEntries(
        Object.entries(mapped.vars ?? {}).map(([k, keyword]) => [k, String(schema[keyword] as string | number)]),
      );
      reject(mapped.name, { vars });
    }
  };

  return (input, hooks = {}) => {
    const out: ValidatedRequest = { query: {}, path: {}, body: undefined };

    const seen = new Map<string, string[]>();
    for (const [k, v] of input.query) seen.set(k, [...(seen.get(k) ?? []), v]);
    const unknown = [...seen.keys()].filter((k) => !params.has(`query:${k}`));
    if (unknown.length > 0) reject("UNKNOWN_PARAM", { detail: `Unknown parameter: ${unknown.join(", ")}` });

    for (const [key, c] of params) {
      const name = c.param.name;
      const raw =
        c.param.in === "query" ? seen.get(name) : input.path[name] === undefined ? undefined : [input.path[name]];
      if (raw === undefined) {
        if (c.param.required) reject("INVALID_PARAM", { detail: `${name} is required` });
        continue;
      }
      if (raw.length > 1) reject("INVALID_PARAM", { detail: `${name} must be given once` });
      const value = coerce(raw[0]!, c.types);
      if (findOutOfRange(value, name)) reject("INVALID_PARAM", { detail: `${name} is out of the int64 range` });
      if (c.validate && !c.validate(forAjv(value))) raise(c.validate.errors ?? [], name);
      out[key.startsWith("query:") ? "query" : "path"][name] = value;
    }

    if (body === undefined) {
      if (input.body !== undefined) reject("INVALID_PARAM", { detail: "This endpoint takes no request body" });
      return out;
    }
    if (input.body === undefined) {
      if (body.required) reject("INVALID_PARAM", { detail: "A JSON request body is required" });
      return out;
    }
    const tooBig = findOutOfRange(input.body, "");
    if (tooBig !== undefined) reject("INVALID_PARAM", { detail: `${tooBig} is out of the int64 range` });
    const data = forAjv(input.body);
    let validate = body.validate;
    const d = body.discriminator;
    if (d && data !== null && typeof data === "object" && !Array.isArray(data)) {
      const value = (data as Record<string, unknown>)[d.property];
      if (value === undefined) reject("INVALID_PARAM", { detail: `${d.property} is required` });
      const variant = typeof value === "string" ? d.variants.get(value) : undefined;
      if (variant === undefined) {
        const allowed = [...d.variants.keys()].join(", ");
        if (hooks.unknownDiscriminator)
          reject(hooks.unknownDiscriminator, {
            vars: { [d.property]: typeof value === "string" ? value : JSON.stringify(value) },
          });
        reject("INVALID_PARAM", { detail: `${d.property} must be one of ${allowed}` });
      }
      validate = variant;
    }
    if (!validate(data)) {
      fieldError(validate.errors ?? [], hooks);
      raise(validate.errors ?? [], "body");
    }
    out.body = input.body;
    return out;
  };
}
