// Renders JSON Schemas from the spec as HTML field tables, offline and at build time: the reference pages
// are static HTML, not a client-side renderer fetching the spec. Objects become tables (allOf merged),
// unions become one block per variant (titled by the discriminator value) after the fields they all
// share, nested objects fold into <details>, and named scalar types (Decimal, Symbol, …) are described
// once per page in a "Types" table instead of in every row. Only the keywords the spec uses are
// interpreted; anything else is ignored rather than guessed. Where a field or a type says where it came
// from (`x-source`), its sources are shown next to it.

import { deref, refName } from "@woox-sdk/types/spec";
import { code, esc, inlineMd, table } from "./html.js";
import { sourcesInline, sourcesOf } from "./provenance.js";
import type { OpenApiDoc, Schema } from "./spec.js";

interface Resolved {
  schema: Schema;
  /** The component name when the schema came from a `$ref`. */
  name?: string;
}

/** Follows `$ref`s (with the project's one resolver), naming the first component; a sibling `description` on the ref wins. */
export function resolve(doc: OpenApiDoc, s: Schema): Resolved {
  if (s.$ref === undefined) return { schema: s };
  const target = deref<Schema>(doc, { $ref: s.$ref });
  return {
    schema: s.description !== undefined ? { ...target, description: s.description } : target,
    name: refName(s.$ref),
  };
}

/** The sources a schema node itself carries (not those of the component it refers to), as inline HTML. */
function ownSources(s: Schema, where: string): string {
  return sourcesInline(sourcesOf(s["x-source"], where));
}

interface Choice {
  kind: "oneOf" | "anyOf";
  options: Schema[];
}

interface Flat {
  description?: string;
  properties: Map<string, Schema>;
  required: Set<string>;
  choices: Choice[];
  closed: boolean;
}

function isUnion(s: Schema): boolean {
  return (s.oneOf !== undefined || s.anyOf !== undefined) && s.properties === undefined && s.allOf === undefined;
}

function isObjectLike(s: Schema): boolean {
  return s.properties !== undefined || s.allOf !== undefined || s.type === "object";
}

/** A schema with nothing to expand: no fields, variants, items or fixed values. */
function isPlainScalar(s: Schema): boolean {
  return !isObjectLike(s) && !isUnion(s) && s.items === undefined && s.enum === undefined && s.const === undefined;
}

function types(s: Schema): string[] {
  return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
}

/** Constraints worth stating next to a description. */
function constraints(s: Schema): string[] {
  const out: string[] = [];
  if (s.pattern) out.push(`pattern ${code(s.pattern)}`);
  if (s.minimum !== undefined && s.maximum !== undefined) out.push(`${s.minimum} to ${s.maximum}`);
  else if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  else if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined) out.push(`at least ${s.minLength} characters`);
  if (s.maxLength !== undefined) out.push(`at most ${s.maxLength} characters`);
  if (s.minItems !== undefined && s.minItems === s.maxItems)
    out.push(`exactly ${s.minItems} item${s.minItems === 1 ? "" : "s"}`);
  else {
    if (s.minItems !== undefined) out.push(`at least ${s.minItems} item${s.minItems === 1 ? "" : "s"}`);
    if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} item${s.maxItems === 1 ? "" : "s"}`);
  }
  if (s.default !== undefined) out.push(`default ${code(JSON.stringify(s.default))}`);
  const ex = s.examples?.[0] ?? s.example;
  if (ex !== undefined && s.const === undefined) out.push(`e.g. ${code(JSON.stringify(ex))}`);
  return out;
}

export interface Variant {
  title: string;
  key?: string;
  description?: string;
  html: string;
}

/** The anchor of a named type's row in the page's Types table. */
export const typeAnchor = (name: string) => `type-${name.toLowerCase()}`;

/**
 * Renders the schemas of one page. It remembers the named scalar types it met, so that the page can end
 * with one table describing them (`typesTable`).
 */
export class SchemaRenderer {
  private readonly named = new Map<string, Schema>();

  constructor(readonly doc: OpenApiDoc) {}

  resolve(s: Schema): Resolved {
    return resolve(this.doc, s);
  }

  /** Merges an object schema with its `allOf` parts; `oneOf`/`anyOf` inside them become choices. */
  private flatten(s: Schema, depth = 0): Flat {
    const { schema } = this.resolve(s);
    const flat: Flat = {
      description: schema.description,
      properties: new Map(),
      required: new Set(),
      choices: [],
      closed: false,
    };
    if (depth > 10) return flat;
    for (const part of schema.allOf ?? []) {
      const p = this.flatten(part, depth + 1);
      for (const [k, v] of p.properties) if (!flat.properties.has(k)) flat.properties.set(k, v);
      for (const r of p.required) flat.required.add(r);
      flat.choices.push(...p.choices);
      flat.closed ||= p.closed;
    }
    for (const [k, v] of Object.entries(schema.properties ?? {})) flat.properties.set(k, v);
    for (const r of schema.required ?? []) flat.required.add(r);
    if (depth > 0 || schema.properties || schema.allOf) {
      if (schema.oneOf) flat.choices.push({ kind: "oneOf", options: schema.oneOf });
      if (schema.anyOf) flat.choices.push({ kind: "anyOf", options: schema.anyOf });
    }
    flat.closed ||= schema.additionalProperties === false || schema.unevaluatedProperties === false;
    return flat;
  }

  /** A short plain-text type label, e.g. `string`, `"STOP"`, `array of PositionalTpSlLeg`. */
  typeLabel(s: Schema, depth = 0): string {
    const { schema, name } = this.resolve(s);
    if (depth > 4) return name ?? "…";
    if (schema.const !== undefined) return JSON.stringify(schema.const);
    if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
    if (isUnion(schema))
      return (
        name ?? [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map((o) => this.typeLabel(o, depth + 1)).join(" | ")
      );
    if (schema.items || types(schema).includes("array"))
      return `array of ${schema.items ? this.typeLabel(schema.items, depth + 1) : "any"}`;
    if (isObjectLike(schema)) return name ?? "object";
    if (name) return name;
    const t = types(schema).join(" | ") || "any";
    return schema.format ? `${t} (${schema.format})` : t;
  }

  /** The type cell: like `typeLabel`, with named scalar types linked to the page's Types table. */
  typeHtml(s: Schema): string {
    const { schema, name } = this.resolve(s);
    // The Types table describes the type itself, not the field whose sibling `description` overrode it.
    const own = (ref: string | undefined, fallback: Schema) => (ref ? this.resolve({ $ref: ref }).schema : fallback);
    if (name && isPlainScalar(schema)) {
      this.named.set(name, own(s.$ref, schema));
      return `<a class="type" href="#${typeAnchor(name)}">${esc(name)}</a>`;
    }
    if (schema.items) {
      const item = this.resolve(schema.items);
      if (item.name && isPlainScalar(item.schema)) {
        this.named.set(item.name, own(schema.items.$ref, item.schema));
        return `<span class="type">array of <a href="#${typeAnchor(item.name)}">${esc(item.name)}</a></span>`;
      }
    }
    return `<span class="type">${esc(this.typeLabel(s))}</span>`;
  }

  /** A field's description: its own, else that of its (non-scalar) component, plus constraints and sources. */
  describe(s: Schema, where = "a schema"): string {
    const { schema, name } = this.resolve(s);
    const namedScalar = name !== undefined && isPlainScalar(schema);
    const parts: string[] = [];
    const text = s.description ?? (namedScalar ? undefined : schema.description);
    if (text) parts.push(inlineMd(text));
    const c = namedScalar ? [] : constraints(schema);
    if (c.length > 0) parts.push(`<span class="constraints">${c.join("; ")}.</span>`);
    if (schema.deprecated || s.deprecated) parts.unshift(`<strong>Deprecated.</strong>`);
    const sources = ownSources(s, where);
    if (sources) parts.push(sources);
    return parts.join(" ");
  }

  /** What a nested field expands into, if anything: an object, an array of objects, or a union. */
  private nestedOf(s: Schema): Schema | undefined {
    const { schema } = this.resolve(s);
    if (isObjectLike(schema) || isUnion(schema)) return s;
    if (schema.items) {
      const item = this.resolve(schema.items).schema;
      if (isObjectLike(item) || isUnion(item)) return schema.items;
    }
    return undefined;
  }

  /** A variant's title: its discriminator value, else a `const` property (`algoType: STOP`), else its name. */
  variantTitle(union: Schema, option: Schema, index: number): { title: string; key?: string } {
    const mapped = Object.entries(union.discriminator?.mapping ?? {}).find(([, ref]) => ref === option.$ref)?.[0];
    if (mapped !== undefined) return { title: mapped, key: mapped };
    const flat = this.flatten(option, 1);
    const prefer = union.discriminator?.propertyName;
    const ordered = [
      ...(prefer !== undefined && flat.properties.has(prefer) ? [prefer] : []),
      ...flat.properties.keys(),
    ];
    const constProp = ordered.find((k) => {
      const v = flat.properties.get(k);
      return v !== undefined && this.resolve(v).schema.const !== undefined;
    });
    if (constProp !== undefined) {
      const value = this.resolve(flat.properties.get(constProp) as Schema).schema.const;
      return {
        title: `${constProp}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
        key: String(value),
      };
    }
    const name = option.$ref ? refName(option.$ref) : this.resolve(option).schema.title;
    return { title: name ?? `Variant ${index + 1}` };
  }

  /** One line summarising a small choice option, e.g. `type` = "LIMIT" and `price` (Decimal, required). */
  private summarizeOption(option: Schema, seen: ReadonlySet<string>, depth: number): string {
    const flat = this.flatten(option, 1);
    if (flat.properties.size > 3 || flat.choices.length > 0) return this.object(option, seen, depth + 1);
    const parts = [...flat.properties.entries()].map(([k, v]) => {
      const r = this.resolve(v).schema;
      if (r.const !== undefined) return `${code(k)} = ${code(JSON.stringify(r.const))}`;
      return `${code(k)} (${this.typeHtml(v)}${flat.required.has(k) ? ", required" : ""})`;
    });
    const desc = flat.description ? ` — ${inlineMd(flat.description)}` : "";
    return (parts.join(" and ") || this.typeHtml(option)) + desc;
  }

  /** A field table for an object schema (allOf merged) without the fields in `omit`, then its choices. */
  object(s: Schema, seen: ReadonlySet<string> = new Set(), depth = 0, omit: ReadonlySet<string> = new Set()): string {
    const { schema: own, name } = this.resolve(s);
    const inner = new Set(seen);
    if (name) inner.add(name);
    const flat = this.flatten(s);
    const owner = name ?? "an inline object";
    const props = [...flat.properties.entries()].filter(([k]) => !omit.has(k));
    // Required fields first: they are what a reader must get right.
    props.sort(([a], [b]) => Number(flat.required.has(b)) - Number(flat.required.has(a)));
    const rows = props.map(([prop, ps]) => {
      const nested = this.nestedOf(ps);
      let extra = "";
      if (nested) {
        const nestedName = this.resolve(nested).name;
        if (nestedName && inner.has(nestedName))
          extra = ` <span class="recursive">Same shape as ${code(nestedName)} above.</span>`;
        else if (depth < 6)
          extra = `<details class="nested"><summary>Fields of ${code(prop)}</summary>${this.render(nested, inner, depth + 1)}</details>`;
      }
      const req = flat.required.has(prop) ? ` <span class="badge required">required</span>` : "";
      return [`${code(prop)}${req}`, this.typeHtml(ps), this.describe(ps, `${owner}.${prop}`) + extra];
    });
    // A component that says where it came from says so above its fields.
    const sources = name ? ownSources(own, name) : "";
    let html = sources ? `<div class="schema-sources">${sources}</div>` : "";
    if (rows.length > 0) html += table(["Field", "Type", "Description"], rows, "fields");
    for (const choice of flat.choices) {
      const label = choice.kind === "oneOf" ? "Exactly one of:" : "At least one of:";
      html += `<p class="choice">${label}</p><ul class="choice">${choice.options.map((o) => `<li>${this.summarizeOption(o, inner, depth)}</li>`).join("")}</ul>`;
    }
    if (flat.closed) html += `<p class="closed">No other fields are accepted.</p>`;
    return html;
  }

  /**
   * A union's variants, each as its own field table, plus the fields every variant accepts identically
   * (rendered once as `common`, and left out of the variant tables).
   */
  union(s: Schema, seen: ReadonlySet<string> = new Set(), depth = 0): { common: string; variants: Variant[] } {
    const { schema } = this.resolve(s);
    const options = schema.oneOf ?? schema.anyOf ?? [];
    const flats = options.map((o) => (isObjectLike(this.resolve(o).schema) ? this.flatten(o) : undefined));
    const shared = new Set<string>();
    const first = flats[0];
    if (options.length > 1 && first && flats.every((f) => f !== undefined)) {
      for (const [k, v] of first.properties) {
        const sig = JSON.stringify(v) + String(first.required.has(k));
        if (
          flats.every(
            (f) =>
              f !== undefined &&
              f.properties.has(k) &&
              JSON.stringify(f.properties.get(k)) + String(f.required.has(k)) === sig,
          )
        )
          shared.add(k);
      }
    }
    let common = "";
    if (shared.size > 0 && first) {
      const props = Object.fromEntries([...first.properties].filter(([k]) => shared.has(k)));
      common = this.object(
        { type: "object", properties: props, required: [...first.required].filter((r) => shared.has(r)) },
        seen,
        depth,
      );
    }
    const variants = options.map((option, i) => {
      const { title, key } = this.variantTitle(schema, option, i);
      const r = this.resolve(option);
      const html = isObjectLike(r.schema) ? this.object(option, seen, depth, shared) : this.render(option, seen, depth);
      return { title, key, description: r.schema.description, html };
    });
    return { common, variants };
  }

  /** Any schema as HTML: a table for objects, variant blocks for unions, the item schema for arrays. */
  render(s: Schema, seen: ReadonlySet<string> = new Set(), depth = 0): string {
    const { schema } = this.resolve(s);
    if (isUnion(schema)) {
      const { common, variants } = this.union(s, seen, depth);
      const blocks = variants.map(
        (v) =>
          `<div class="variant"><p class="variant-title">${code(v.title)}</p>${v.description ? `<p>${inlineMd(v.description)}</p>` : ""}${v.html}</div>`,
      );
      const shared = common ? `<p class="choice">Fields every variant accepts:</p>${common}` : "";
      return `${shared}<p class="choice">${schema.oneOf ? "One of:" : "Any of:"}</p>${blocks.join("")}`;
    }
    if (isObjectLike(schema)) return this.object(s, seen, depth);
    if (schema.items) {
      const c = constraints(schema);
      return `<p>Array of ${this.typeHtml(schema.items)}${c.length > 0 ? ` (${c.join("; ")})` : ""}.</p>${this.nestedOf(schema.items) ? this.render(schema.items, seen, depth + 1) : ""}`;
    }
    return `<p>${this.typeHtml(s)} ${this.describe(s)}</p>`;
  }

  /** The named scalar types met so far, as one table with an anchor per row; "" when there are none. */
  typesTable(): string {
    if (this.named.size === 0) return "";
    const rows = [...this.named.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, s]) => {
        const t = types(s).join(" | ") || "any";
        const c = constraints(s);
        return [
          `<span id="${typeAnchor(name)}">${code(name)}</span>`,
          `<span class="type">${esc(s.format ? `${t} (${s.format})` : t)}</span>`,
          [
            s.description ? inlineMd(s.description) : "",
            c.length > 0 ? `<span class="constraints">${c.join("; ")}.</span>` : "",
            ownSources(s, name),
          ]
            .filter(Boolean)
            .join(" "),
        ];
      });
    return table(["Type", "JSON", "Description"], rows, "fields types");
  }
}

/** A plausible value for a parameter when the spec gives no example: example, const, enum, default, type. */
export function sampleValue(doc: OpenApiDoc, s: Schema | undefined): unknown {
  if (!s) return "…";
  const { schema } = resolve(doc, s);
  const given = schema.examples?.[0] ?? schema.example ?? schema.const ?? schema.enum?.[0] ?? schema.default;
  if (given !== undefined) return given;
  const t = types(schema)[0];
  if (t === "integer" || t === "number") return 1;
  if (t === "boolean") return false;
  if (t === "array") return [];
  return "…";
}
