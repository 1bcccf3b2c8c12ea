import { constraining, isAnnotationOnly, type Located, type Origin, type Schema, type SchemaSet } from "./schema.js";
import { propKey } from "./ts-types.js";

/**
 * The few checks every generated guard is built from. Written into streams.gen.ts as they are here; the
 * guards stay plain code (no schema interpreter ships to browsers).
 */
export const GUARD_PRELUDE = `
type Check = (v: unknown) => boolean;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number";
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === "boolean";
/** A decimal as the exchange sends it: a string or a number. */
const isDec = (v: unknown): boolean => typeof v === "string" || typeof v === "number";
/** A 64-bit integer as it may arrive: a number, a bigint (lossless parse) or a string of digits. */
const isInt64 = (v: unknown): boolean =>
  typeof v === "bigint" || Number.isInteger(v) || (typeof v === "string" && /^\\d+$/.test(v));
const isArr = (v: unknown, item: Check, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(item);
const opt = (v: unknown, check: Check): boolean => v === undefined || check(v);
`;

type Kind = "string" | "number" | "integer" | "int64" | "boolean" | "null" | "object" | "array";

const HELPER: Record<Kind, string> = {
  string: "isStr",
  number: "isNum",
  integer: "isInt",
  int64: "isInt64",
  boolean: "isBool",
  null: "",
  object: "isObj",
  array: "Array.isArray",
};

function kindCheck(kinds: Set<Kind>, v: string): string {
  if (kinds.has("integer") && kinds.has("number")) kinds.delete("integer");
  if (kinds.has("string") && kinds.has("number") && kinds.size === 2) return `isDec(${v})`;
  const parts = [...kinds].map((k) => (k === "null" ? `${v} === null` : `${HELPER[k]}(${v})`));
  if (parts.length === 0) return "true";
  return parts.length === 1 ? parts[0]! : `(${parts.join(" || ")})`;
}

/**
 * Runtime guards generated from the payload schemas: required fields present, every present field of
 * the right JSON type. Tolerant where the exchange may vary: extra fields pass, enums are checked only
 * for their type (unknown values pass; a lone `const`/one-value enum is a discriminator and is checked),
 * patterns are not checked, decimals pass as string or number, int64 fields as number, bigint or digits.
 */
export class GuardWriter {
  /** Guard declarations by name, in the order they were first needed. */
  readonly declarations = new Map<string, string>();

  constructor(private readonly schemas: SchemaSet) {}

  /** Declares `is<Name>` for a local schema (exported when asked) and returns the guard's name. */
  named(name: string, exported = false): string {
    const guard = `is${name}`;
    const existing = this.declarations.get(guard);
    if (existing !== undefined) {
      if (exported && existing !== "" && !existing.startsWith("export "))
        this.declarations.set(guard, `export ${existing}`);
      return guard;
    }
    this.declarations.set(guard, ""); // reserve first: a schema may refer to itself
    const s = this.schemas.get({ origin: "asyncapi", name });
    const body = this.expr(s, "asyncapi", "v");
    const decl = `const ${guard} = (v: unknown): v is ${name} =>\n  ${body};`;
    this.declarations.set(guard, exported ? `export ${decl}` : decl);
    return guard;
  }

  private isComposite(s: Schema, origin: Origin): boolean {
    const d = this.schemas.deref(s, origin);
    if (this.schemas.objectView(d.schema, d.origin) !== undefined) return true;
    const types = Array.isArray(d.schema.type) ? d.schema.type : [d.schema.type];
    if (types.includes("array")) return true;
    return [...(d.schema.anyOf ?? []), ...(d.schema.oneOf ?? [])].some((m) => this.isComposite(m, d.origin));
  }

  /** The JSON kinds a primitive schema admits (enums and unions of primitives included). */
  private kinds(s: Schema, origin: Origin, into = new Set<Kind>()): Set<Kind> {
    const d = this.schemas.deref(s, origin);
    const x = d.schema;
    const types = Array.isArray(x.type) ? x.type : x.type === undefined ? [] : [x.type];
    for (const t of types) into.add(t === "integer" && x.format === "int64" ? "int64" : (t as Kind));
    if (types.length === 0) {
      for (const v of x.enum ?? (x.const !== undefined ? [x.const] : [])) {
        into.add(typeof v === "string" ? "string" : typeof v === "boolean" ? "boolean" : "number");
      }
      for (const m of [...(x.anyOf ?? []), ...(x.oneOf ?? []), ...(constraining(x) ?? [])])
        this.kinds(m, d.origin, into);
    }
    return into;
  }

  /** A boolean expression that checks the value `v` against `s`. */
  expr(s: Schema, origin: Origin, v: string): string {
    if (s.$ref !== undefined) {
      const d = this.schemas.deref(s, origin);
      if (d.named?.origin === "asyncapi" && this.isComposite(d.schema, d.origin))
        return `${this.named(d.named.name)}(${v})`;
      return this.expr(d.schema, d.origin, v);
    }
    if (s.const !== undefined) return `${v} === ${JSON.stringify(s.const)}`;
    if (Array.isArray(s.enum) && s.enum.length === 1 && !s["x-open-enum"])
      return `${v} === ${JSON.stringify(s.enum[0])}`;
    const view = this.schemas.objectView(s, origin);
    if (view !== undefined) return this.objectCheck(view.properties, view.required, v);
    const parts = constraining(s);
    if (parts !== undefined && parts.length > 0) {
      const checks = parts.map((p) => this.expr(p, origin, v)).filter((c) => c !== "true");
      return checks.length === 0 ? "true" : checks.join(" && ");
    }
    const union = s.anyOf ?? s.oneOf;
    if (union !== undefined && union.some((m) => this.isComposite(m, origin))) {
      return `(${union.map((m) => this.expr(m, origin, v)).join(" || ")})`;
    }
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes("array")) {
      const item = s.items ? this.fn(s.items, origin) : "() => true";
      return `isArr(${v}, ${item}${s.minItems ? `, ${s.minItems}` : ""})`;
    }
    return kindCheck(this.kinds(s, origin), v);
  }

  /** A function expression checking one value: a guard or helper name where there is one. */
  fn(s: Schema, origin: Origin): string {
    const e = this.expr(s, origin, "x");
    const m = /^([\w.]+)\(x\)$/.exec(e);
    return m ? m[1]! : `(x: unknown) => ${e}`;
  }

  private objectCheck(properties: Map<string, Located>, required: Set<string>, v: string): string {
    const checks = [`isObj(${v})`];
    for (const [k, p] of properties) {
      const access = propKey(k) === k ? `${v}.${k}` : `${v}[${JSON.stringify(k)}]`;
      const e = isAnnotationOnly(p.schema) ? "true" : this.expr(p.schema, p.origin, access);
      if (required.has(k)) checks.push(e === "true" ? `${access} !== undefined` : e);
      else if (e !== "true") checks.push(`opt(${access}, ${this.fn(p.schema, p.origin)})`);
    }
    for (const r of required) {
      if (!properties.has(r)) checks.push(`${v}[${JSON.stringify(r)}] !== undefined`);
    }
    return checks.join(" && ");
  }
}
