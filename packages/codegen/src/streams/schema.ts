import { SpecError } from "../load.js";
import type { OpenApiDoc } from "../load.js";

/** The JSON Schema keywords the stream generators read (AsyncAPI 3.0 schema objects, draft-07 based). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  "x-open-enum"?: boolean;
}

/** Which document a schema was written in: a `#/...` ref inside it points into the same document. */
export type Origin = "asyncapi" | "openapi";

/** A named schema: `#/components/schemas/Name` in its origin document. */
export interface Named {
  origin: Origin;
  name: string;
}

const LOCAL = "#/components/schemas/";
const OPENAPI = "./openapi.yaml#/components/schemas/";

/** Keywords that only annotate: a schema made of these alone constrains nothing. */
const ANNOTATIONS = new Set(["description", "title", "examples", "default", "deprecated"]);

export function isAnnotationOnly(s: Schema): boolean {
  return Object.keys(s).every((k) => ANNOTATIONS.has(k) || k.startsWith("x-"));
}

/**
 * Schemas of both specs, by name. The stream generators understand two kinds of reference, and the
 * parser has already checked that each resolves: `#/components/schemas/X` (the document it is written
 * in) and, from spec/asyncapi.yaml, `./openapi.yaml#/components/schemas/X`.
 */
export class SchemaSet {
  constructor(
    private readonly asyncapi: Record<string, unknown>,
    private readonly openapi: OpenApiDoc,
  ) {}

  refOf(ref: string, from: Origin): Named {
    if (ref.startsWith(LOCAL)) return { origin: from, name: ref.slice(LOCAL.length) };
    if (from === "asyncapi" && ref.startsWith(OPENAPI)) return { origin: "openapi", name: ref.slice(OPENAPI.length) };
    throw new SpecError(`spec/asyncapi.yaml: $ref ${ref} is not supported here (use ${LOCAL}X or ${OPENAPI}X)`);
  }

  get(named: Named): Schema {
    const doc = named.origin === "asyncapi" ? this.asyncapi : this.openapi;
    const all = (doc.components as { schemas?: Record<string, Schema> } | undefined)?.schemas ?? {};
    const s = all[named.name];
    if (s === undefined) throw new SpecError(`spec/${named.origin}.yaml: no schema components.schemas.${named.name}`);
    return s;
  }

  /** Follows references until a schema that is not one; returns it with the document it lives in. */
  deref(s: Schema, origin: Origin): { schema: Schema; origin: Origin; named?: Named } {
    let named: Named | undefined;
    for (let hops = 0; s.$ref !== undefined; hops++) {
      if (hops > 32) throw new SpecError(`spec/${origin}.yaml: $ref cycle at ${s.$ref}`);
      named = this.refOf(s.$ref, origin);
      origin = named.origin;
      s = this.get(named);
    }
    return { schema: s, origin, ...(named ? { named } : {}) };
  }

  /** True when the schema (behind any references) is an open enum: unknown values are valid. */
  isOpen(s: Schema, origin: Origin): boolean {
    return this.deref(s, origin).schema["x-open-enum"] === true;
  }

  /**
   * An object schema with its `allOf` members merged: properties of later members refine earlier ones
   * (an unconstrained or annotation-only property never replaces a constrained one), `required` is the
   * union. Undefined when the schema is not an object (or an allOf of objects).
   */
  objectView(s: Schema, origin: Origin): ObjectView | undefined {
    const { schema, origin: o } = this.deref(s, origin);
    const parts = (schema.allOf ?? []).filter((m) => !isAnnotationOnly(m));
    if (parts.length > 0) {
      const views = parts.map((m) => this.objectView(m, o));
      if (views.some((v) => v === undefined)) return undefined;
      const own =
        schema.properties || schema.required ? this.objectView({ ...schema, allOf: undefined }, o) : undefined;
      return mergeViews([...(views as ObjectView[]), ...(own ? [own] : [])]);
    }
    if (schema.properties === undefined && schema.type !== "object") return undefined;
    const properties = new Map<string, Located>();
    for (const [k, p] of Object.entries(schema.properties ?? {})) properties.set(k, { schema: p, origin: o });
    return {
      properties,
      required: new Set(schema.required ?? []),
      description: schema.description,
    };
  }
}

/** A schema together with the document its references are relative to. */
export interface Located {
  schema: Schema;
  origin: Origin;
}

export interface ObjectView {
  properties: Map<string, Located>;
  required: Set<string>;
  description?: string;
}

function mergeViews(views: ObjectView[]): ObjectView {
  const properties = new Map<string, Located>();
  const required = new Set<string>();
  let description: string | undefined;
  for (const v of views) {
    for (const [k, p] of v.properties) {
      const before = properties.get(k);
      if (before === undefined || !isAnnotationOnly(p.schema)) properties.set(k, p);
    }
    for (const r of v.required) required.add(r);
    description ??= v.description;
  }
  return { properties, required, ...(description ? { description } : {}) };
}

/** The description of a property: its own, or that of an annotation-only allOf member. */
export function describe(s: Schema): string | undefined {
  if (s.description) return s.description;
  return s.allOf?.find((m) => isAnnotationOnly(m) && m.description)?.description;
}

/** The allOf members of a schema that constrain something (annotation-only members dropped). */
export function constraining(s: Schema): Schema[] | undefined {
  return s.allOf?.filter((m) => !isAnnotationOnly(m));
}
