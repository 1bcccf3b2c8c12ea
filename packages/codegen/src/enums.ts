import { deref } from "../../types/src/spec.js";
import type { OpenApiDoc } from "./load.js";
import { literal } from "./literal.js";

type Schema = {
  $ref?: string;
  type?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
};

function schemas(doc: OpenApiDoc): Record<string, Schema> {
  return (doc.components as { schemas?: Record<string, Schema> } | undefined)?.schemas ?? {};
}

/** Every named schema that is a string enum becomes a runtime object plus a type of the same name. */
export function renderEnums(doc: OpenApiDoc): string {
  const out: string[] = ["// Runtime values of the spec's string enums (components.schemas), each also a type.", ""];
  for (const [name, s] of Object.entries(schemas(doc))) {
    if (!Array.isArray(s.enum) || !s.enum.every((v) => typeof v === "string")) continue;
    if (s.description) out.push(`/** ${s.description.replace(/\*\//g, "*\\/").trim()} */`);
    out.push(
      `export const ${name} = ${literal(Object.fromEntries(s.enum.map((v) => [v, v])))} as const;`,
      `export type ${name} = (typeof ${name})[keyof typeof ${name}];`,
      "",
    );
  }
  return out.join("\n");
}

/**
 * Names of every property or query parameter whose schema is a 64-bit integer. The client uses them to
 * accept ids as bigint or decimal strings on the way in, and to read ids that arrive as strings back
 * as numbers (or bigint above 2^53).
 */
export function collectInt64Names(doc: OpenApiDoc): string[] {
  const names = new Set<string>();
  const isInt64 = (s: Schema | undefined): boolean => s !== undefined && deref<Schema>(doc, s).format === "int64";
  const seen = new Set<Schema>();
  const walk = (raw: Schema | undefined): void => {
    if (!raw) return;
    const s = deref<Schema>(doc, raw);
    if (seen.has(s)) return;
    seen.add(s);
    for (const [prop, ps] of Object.entries(s.properties ?? {})) {
      if (isInt64(ps)) names.add(prop);
      walk(ps);
    }
    walk(s.items);
    for (const sub of [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(sub);
  };
  for (const s of Object.values(schemas(doc))) walk(s);
  const params = (doc.components as { parameters?: Record<string, { name: string; schema?: Schema }> } | undefined)
    ?.parameters;
  const inline: { name: string; schema?: Schema }[] = [];
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      const list = (op as { parameters?: { name?: string; schema?: Schema }[] }).parameters ?? [];
      for (const p of list) if (p.name !== undefined) inline.push({ name: p.name, schema: p.schema });
    }
  }
  for (const p of [...Object.values(params ?? {}), ...inline]) if (isInt64(p.schema)) names.add(p.name);
  return [...names].sort();
}
