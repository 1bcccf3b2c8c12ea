import type { Ajv2020 } from "ajv/dist/2020.js";
import { SpecError } from "./spec-error.js";

/**
 * spec/errors.schema.json is read twice: by Ajv to validate spec/errors.yaml, and here to write the
 * TypeScript types of @woox-sdk/errors and to tell every reader which fields an entry has. The `x-*`
 * keywords below say what JSON Schema cannot: a definition's type name, where a field ships and what a
 * change to it means for a release.
 */
const FILE = "spec/errors.schema.json";

/** Where an entry field ships: `rule` in the run-time table, `text` in the prose loaded on demand. */
export type EntryPart = "rule" | "text";
/** What a change to a field's value means for a release (the bump check reads it). */
export type ChangeLevel = "breaking" | "additive" | "docs";

const PARTS: readonly EntryPart[] = ["rule", "text"];
const LEVELS: readonly ChangeLevel[] = ["breaking", "additive", "docs"];

export interface EntryField {
  name: string;
  part: EntryPart;
  change: ChangeLevel;
  required: boolean;
}

/** A field as a schema declares it; `part` and `change` are undefined in a schema older than them. */
export type DeclaredField = Pick<EntryField, "name" | "required"> & Partial<Pick<EntryField, "part" | "change">>;

/** Registers the schema's own keywords with Ajv (strict mode rejects unknown ones) and checks their values. */
export function addSchemaKeywords(ajv: Ajv2020): void {
  const identifier = { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$" };
  ajv.addKeyword({ keyword: "x-ts-type", metaSchema: identifier });
  ajv.addKeyword({ keyword: "x-ts-values", metaSchema: identifier });
  ajv.addKeyword({
    keyword: "x-ts-parts",
    metaSchema: {
      type: "object",
      additionalProperties: false,
      required: [...PARTS],
      properties: { rule: identifier, text: identifier },
    },
  });
  ajv.addKeyword({ keyword: "x-part", metaSchema: { enum: PARTS } });
  ajv.addKeyword({ keyword: "x-change", metaSchema: { enum: LEVELS } });
}

type Schema = { [keyword: string]: unknown };

// Keywords that narrow values without changing their TypeScript type, and annotations.
const NO_TYPE = new Set([
  "$schema",
  "$comment",
  "title",
  "description",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "uniqueItems",
  "x-part",
  "x-change",
  "x-ts-type",
  "x-ts-values",
  "x-ts-parts",
]);
const TYPED = new Set([
  "type",
  "enum",
  "const",
  "$ref",
  "oneOf",
  "anyOf",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "$defs",
  "allOf",
]);

const isSchema = (v: unknown): v is Schema => typeof v === "object" && v !== null && !Array.isArray(v);

function defOf(root: Schema, ref: unknown, at: string): [string, Schema] {
  const name = typeof ref === "string" ? /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1] : undefined;
  const def = name === undefined ? undefined : (root.$defs as Record<string, unknown> | undefined)?.[name];
  if (name === undefined || !isSchema(def)) throw new SpecError(`${FILE} ${at}: cannot resolve $ref ${String(ref)}`);
  return [name, def];
}

function checkKeywords(s: Schema, at: string): void {
  for (const k of Object.keys(s)) {
    if (!NO_TYPE.has(k) && !TYPED.has(k))
      throw new SpecError(`${FILE} ${at}: the type generator does not know the keyword "${k}"`);
  }
  // allOf holds only conditional rules (if/then), which constrain values and leave the type as it is.
  const allOf = s.allOf;
  if (
    allOf !== undefined &&
    !(
      Array.isArray(allOf) && allOf.every((m) => isSchema(m) && Object.keys(m).every((k) => k === "if" || k === "then"))
    )
  )
    throw new SpecError(`${FILE} ${at}: allOf may only hold if/then rules`);
}

const group = (t: string) => (t.includes(" | ") ? `(${t})` : t);

/** A JSDoc comment, wrapped at about 110 columns so that generated files read well in a diff. */
function doc(text: unknown, indent = ""): string {
  if (typeof text !== "string") return "";
  const words = text.replace(/\*\//g, "*\\/").split(/\s+/);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.length - 1;
    if (last >= 0 && indent.length + 3 + lines[last]!.length + 1 + w.length <= 110) lines[last] += ` ${w}`;
    else lines.push(w);
  }
  if (lines.length === 1 && indent.length + lines[0]!.length + 7 <= 110) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}\n`).join("")}${indent} */\n`;
}

/** The TypeScript type of a schema, by name where a definition has `x-ts-type`. */
function typeOf(root: Schema, s: Schema, at: string): string {
  checkKeywords(s, at);
  if (s.$ref !== undefined) {
    const [name, def] = defOf(root, s.$ref, at);
    return typeof def["x-ts-type"] === "string" ? def["x-ts-type"] : typeOf(root, def, `$defs.${name}`);
  }
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  const union = s.oneOf ?? s.anyOf;
  if (Array.isArray(union)) return union.map((m, i) => typeOf(root, m as Schema, `${at}.oneOf[${i}]`)).join(" | ");
  switch (s.type) {
    case "string":
    case "boolean":
    case "null":
      return s.type;
    case "integer":
    case "number":
      return "number";
    case "array":
      if (!isSchema(s.items)) throw new SpecError(`${FILE} ${at}: an array needs items`);
      return `readonly ${group(typeOf(root, s.items, `${at}[]`))}[]`;
    case "object":
      return `{\n${members(root, s, at, "  ").join("")}}`;
    default:
      throw new SpecError(`${FILE} ${at}: no TypeScript type for ${JSON.stringify(s.type)}`);
  }
}

function members(root: Schema, s: Schema, at: string, indent: string, only?: (field: Schema) => boolean): string[] {
  if (s.additionalProperties !== false)
    throw new SpecError(`${FILE} ${at}: objects must set additionalProperties: false`);
  const required = new Set((s.required as string[] | undefined) ?? []);
  const out: string[] = [];
  for (const [name, field] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    if (only && !only(field)) continue;
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
    out.push(
      `${doc(field.description, indent)}${indent}readonly ${key}${required.has(name) ? "" : "?"}: ${typeOf(root, field, `${at}.${name}`)};\n`,
    );
  }
  return out;
}

/** The definition of one entry: the items of the root's `errors` array. */
function entryDef(root: Schema): Schema {
  const errors = (root.properties as Record<string, Schema> | undefined)?.errors;
  const items = errors?.items;
  if (!isSchema(items)) throw new SpecError(`${FILE}: no properties.errors.items`);
  return items.$ref === undefined ? items : defOf(root, items.$ref, "properties.errors.items")[1];
}

/**
 * The fields of an entry in schema order, as far as the schema says: a schema from before `x-part` and
 * `x-change` existed (an old release, for the bump check) gives them undefined.
 */
export function readEntryFields(schema: object): DeclaredField[] {
  const def = entryDef(schema as Schema);
  const required = new Set((def.required as string[] | undefined) ?? []);
  return Object.entries((def.properties ?? {}) as Record<string, Schema>).map(([name, field]) => ({
    name,
    part: PARTS.find((p) => p === field["x-part"]),
    change: LEVELS.find((l) => l === field["x-change"]),
    required: required.has(name),
  }));
}

/** The fields of an entry in schema order, with where each ships and what a change to it means. */
export function entryFields(schema: object): EntryField[] {
  return readEntryFields(schema).map(({ name, part, change, required }) => {
    if (part === undefined) throw new SpecError(`${FILE}: errors[].${name} needs x-part (${PARTS.join(" or ")})`);
    if (change === undefined) throw new SpecError(`${FILE}: errors[].${name} needs x-change (${LEVELS.join(", ")})`);
    return { name, part, change, required };
  });
}

/** The enum values of a named definition, e.g. the categories. */
export function enumOf(schema: object, typeName: string): string[] {
  const def = Object.values(((schema as Schema).$defs ?? {}) as Record<string, Schema>).find(
    (d) => d["x-ts-type"] === typeName,
  );
  if (!def || !Array.isArray(def.enum)) throw new SpecError(`${FILE}: no enum definition with x-ts-type ${typeName}`);
  return def.enum as string[];
}

/**
 * The TypeScript types of the table: one declaration per definition with `x-ts-type` (an enum with
 * `x-ts-values` also gets its runtime list), the document itself, and the entry split into its parts.
 */
export function renderErrorTypes(schema: object): string {
  entryFields(schema); // fails, naming the field, when a field lacks x-part or x-change
  const root = schema as Schema;
  const out: string[] = [];
  const declare = (s: Schema, at: string): void => {
    const name = s["x-ts-type"] as string;
    checkKeywords(s, at);
    if (Array.isArray(s.enum)) {
      const values = s["x-ts-values"];
      if (typeof values === "string") {
        out.push(
          `/** Every ${name}, in schema order. */\nexport const ${values} = ${JSON.stringify(s.enum)} as const;\n`,
        );
        out.push(`${doc(s.description)}export type ${name} = (typeof ${values})[number];\n`);
      } else out.push(`${doc(s.description)}export type ${name} = ${typeOf(root, s, at)};\n`);
      return;
    }
    const parts = s["x-ts-parts"] as Record<EntryPart, string> | undefined;
    if (s.type !== "object") {
      out.push(`${doc(s.description)}export type ${name} = ${typeOf(root, s, at)};\n`);
    } else if (parts === undefined) {
      out.push(`${doc(s.description)}export interface ${name} {\n${members(root, s, at, "  ").join("")}}\n`);
    } else {
      for (const part of PARTS) {
        const body = members(root, s, at, "  ", (f) => f["x-part"] === part).join("");
        out.push(
          `/** The ${part} part of ${name} (the fields with x-part: ${part}). */\nexport interface ${parts[part]} {\n${body}}\n`,
        );
      }
      out.push(`${doc(s.description)}export interface ${name} extends ${PARTS.map((p) => parts[p]).join(", ")} {}\n`);
    }
  };
  if (typeof root["x-ts-type"] !== "string") throw new SpecError(`${FILE}: the root needs x-ts-type`);
  declare(root, "(root)");
  for (const [name, def] of Object.entries((root.$defs ?? {}) as Record<string, Schema>)) {
    if (typeof def["x-ts-type"] === "string") declare(def, `$defs.${name}`);
  }
  return out.join("\n");
}
