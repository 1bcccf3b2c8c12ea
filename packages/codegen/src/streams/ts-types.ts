import { constraining, describe, isAnnotationOnly, type Origin, type Schema, type SchemaSet } from "./schema.js";

/** `components["schemas"]` of openapi.gen.ts, under a short alias. */
export const OPENAPI_SCHEMAS = "S";

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function propKey(k: string): string {
  return IDENT.test(k) ? k : JSON.stringify(k);
}

/** A JSDoc block, or nothing; `*\/` in the text cannot end the comment early. */
export function jsDoc(text: string | undefined, indent: string): string {
  if (!text) return "";
  const lines = text.trim().replace(/\*\//g, "*\\/").split("\n");
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

const OPEN = { string: "(string & {})", integer: "(number & {})", number: "(number & {})" } as const;

/**
 * TypeScript for the schemas of spec/asyncapi.yaml. Shared schemas stay the OpenAPI spec's types
 * (`S["Side"]`), so nothing is restated; an open enum (`x-open-enum`) also admits any other value.
 */
export class TsRenderer {
  /** Property types to use instead of the schema's, per local schema name (a push's `topic`). */
  readonly overrides = new Map<string, Map<string, string>>();

  constructor(private readonly schemas: SchemaSet) {}

  type(s: Schema, origin: Origin, indent = ""): string {
    if (s.$ref !== undefined) {
      const named = this.schemas.refOf(s.$ref, origin);
      const base = named.origin === "openapi" ? `${OPENAPI_SCHEMAS}[${JSON.stringify(named.name)}]` : named.name;
      // A local open enum's own declaration already admits other values; openapi.gen.ts types are closed.
      if (named.origin !== "openapi" || !this.schemas.isOpen(s, origin)) return base;
      const kinds = this.valueKinds(this.schemas.get(named), named.origin);
      return [base, ...kinds.map((k) => OPEN[k])].join(" | ");
    }
    if (s.const !== undefined) return JSON.stringify(s.const);
    if (Array.isArray(s.enum)) {
      const values = s.enum.map((v) => JSON.stringify(v));
      if (s["x-open-enum"]) for (const k of this.valueKinds(s, origin)) values.push(OPEN[k]);
      return values.join(" | ");
    }
    const parts = constraining(s);
    if (parts !== undefined && parts.length > 0) {
      const view = this.schemas.objectView(s, origin);
      if (view !== undefined && parts.length > 1) return this.objectLiteral(view.properties, view.required, indent);
      if (parts.length === 1) return this.type(parts[0]!, origin, indent);
      const members = parts.map((p) => this.type(p, origin, indent)).filter((t) => t !== "unknown");
      if (members.length <= 1) return members[0] ?? "unknown";
      return members.map((t) => `(${t})`).join(" & ");
    }
    const union = s.anyOf ?? s.oneOf;
    if (union !== undefined) {
      const members = union.map((m) => this.type(m, origin, indent));
      if (s["x-open-enum"]) for (const k of this.valueKinds(s, origin)) members.push(OPEN[k]);
      return [...new Set(members)].map((m) => (m.includes("=>") ? `(${m})` : m)).join(" | ");
    }
    const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
    if (s.properties !== undefined || types.includes("object")) {
      const view = this.schemas.objectView(s, origin)!;
      return this.objectLiteral(view.properties, view.required, indent);
    }
    if (types.includes("array")) return this.array(s, origin, indent);
    if (types.length === 0) return "unknown";
    return types.map((t) => this.primitive(t, s.format)).join(" | ");
  }

  /** Named type declarations for a local schema: an interface for objects, a type alias otherwise. */
  declaration(name: string, s: Schema): string {
    const doc = jsDoc(s.description, "");
    const view = this.schemas.objectView(s, "asyncapi");
    const objectLike = view !== undefined && (s.properties !== undefined || (constraining(s)?.length ?? 0) > 1);
    if (objectLike) {
      const body = this.objectLiteral(view.properties, view.required, "", this.overrides.get(name));
      return `${doc}export interface ${name} ${body}`;
    }
    return `${doc}export type ${name} = ${this.type(s, "asyncapi")};`;
  }

  private objectLiteral(
    properties: Map<string, { schema: Schema; origin: Origin }>,
    required: Set<string>,
    indent: string,
    overrides?: Map<string, string>,
  ): string {
    if (properties.size === 0) return "Record<string, unknown>";
    const inner = `${indent}  `;
    const lines = [...properties].map(([k, p]) => {
      const t = overrides?.get(k) ?? (isAnnotationOnly(p.schema) ? "unknown" : this.type(p.schema, p.origin, inner));
      return `${jsDoc(describe(p.schema), inner)}${inner}${propKey(k)}${required.has(k) ? "" : "?"}: ${t};`;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  }

  private array(s: Schema, origin: Origin, indent: string): string {
    const item = s.items ? this.type(s.items, origin, indent) : "unknown";
    const wrapped = /[|&]/.test(item) && !item.startsWith("{") ? `(${item})` : item;
    const min = s.minItems ?? 0;
    if (s.maxItems !== undefined && s.maxItems === min && min <= 4) return `[${Array(min).fill(item).join(", ")}]`;
    if (min >= 1) return `[${Array(min).fill(item).join(", ")}, ...${wrapped}[]]`;
    return `${wrapped}[]`;
  }

  private primitive(t: string, format: string | undefined): string {
    if (t === "integer") return format === "int64" ? "number | bigint" : "number";
    if (t === "null") return "null";
    return t;
  }

  /** The JSON kinds an enum's values have, for the "any other value" part of an open enum. */
  private valueKinds(s: Schema, origin: Origin): ("string" | "number" | "integer")[] {
    const kinds = new Set<"string" | "number" | "integer">();
    const walk = (x: Schema, o: Origin): void => {
      const d = this.schemas.deref(x, o);
      for (const v of d.schema.enum ?? []) kinds.add(typeof v === "string" ? "string" : "number");
      for (const m of [...(d.schema.anyOf ?? []), ...(d.schema.oneOf ?? [])]) walk(m, d.origin);
    };
    walk(s, origin);
    return [...kinds];
  }
}
