import type { OpenApiDoc } from "./load.js";
import { withHeader } from "./header.js";

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
  const out: string[] = [];
  for (const [name, s] of Object.entries(schemas(doc))) {
    if (!Array.isArray(s.enum) || !s.enum.every((v) => typeof v === "string")) continue;
    const values = s.enum;
    const doc = s.description ? `/** ${s.description.replace(/\*\//g, "*\\/").trim()} */\n` : "";
    out.push(
      `${doc}export const ${name} = {\n${values.map((v) => `  ${/^[A-Za-z_$][\w$]*$/.test(v) ? v : JSON.stringify(v)}: ${JSON.stringify(v)},`).join("\n")}\n} as const;`,
      `export type ${name} = (typeof ${name})[keyof typeof ${name}];`,
      "",
    );
  }
  return withHeader(
    ["// Runtime values of the spec's string enums (components.schemas), each also a type.", "", ...out].join("\n"),
  );
}

/**
 * Names of every property or query parameter whose schema is a 64-bit integer. The client uses them to
 * accept ids as bigint or decimal strings on the way in, and to read ids that arrive as strings back
 * as numbers (or bigint above 2^53).
 */
export function collectInt64Names(doc: OpenApiDoc): string[] {
  const all = schemas(doc);
  const names = new Set<string>();
  const isInt64 = (s: Schema | undefined, depth = 0): boolean => {
    if (!s || depth > 10) return false;
    if (s.$ref) return isInt64(all[s.$ref.replace("#/components/schemas/", "")], depth + 1);
    return s.format === "int64";
  };
  const seen = new Set<Schema>();
  const walk = (s: Schema | undefined, depth = 0): void => {
    if (!s || seen.has(s) || depth > 30) return;
    seen.add(s);
    if (s.$ref) return walk(all[s.$ref.replace("#/components/schemas/", "")], depth + 1);
    for (const [prop, ps] of Object.entries(s.properties ?? {})) {
      if (isInt64(ps)) names.add(prop);
      walk(ps, depth + 1);
    }
    walk(s.items, depth + 1);
    for (const sub of [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(sub, depth + 1);
  };
  for (const s of Object.values(all)) walk(s);
  const params =
    (doc.components as { parameters?: Record<string, { name: string; schema?: Schema }> } | undefined)?.parameters ??
    {};
  const inline: { name: string; schema?: Schema }[] = [];
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      for (const p of (op as { parameters?: { name?: string; schema?: Schema; $ref?: string }[] }).parameters ?? []) {
        if (p.name !== undefined) inline.push({ name: p.name, schema: p.schema });
      }
    }
  }
  for (const p of [...Object.values(params), ...inline]) if (isInt64(p.schema)) names.add(p.name);
  return [...names].sort();
}
