import type { Api, ErrorEntry, ErrorTable } from "./load.js";
import { literal } from "./literal.js";

/**
 * The fields of an entry in the order errors.schema.json declares them, so the output does not depend on
 * how a maintainer orders keys in errors.yaml, and a field added to the schema is carried, not dropped.
 */
function entryKeys(schema: object): string[] {
  const props = (schema as { $defs?: { error?: { properties?: Record<string, unknown> } } }).$defs?.error?.properties;
  if (!props) throw new Error("spec/errors.schema.json: no $defs.error.properties");
  return Object.keys(props);
}

function entryLiteral(e: ErrorEntry, keys: readonly string[]): string {
  const fields = e as unknown as Record<string, unknown>;
  const ordered = Object.fromEntries(keys.filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]]));
  return `  ${literal(ordered, "  ")},`;
}

export function catalogFileName(api: Api): string {
  return `catalog-${api}.gen.ts`;
}

/** One module per api, so an app that only talks to api.woox.io bundles only that table. */
export function renderCatalog(table: ErrorTable, api: Api, schema: object): string {
  const entries = table.errors.filter((e) => e.api === api);
  const ident = api === "woox" ? "woox" : "wooxPro";
  const keys = entryKeys(schema);
  return [
    'import type { CatalogEntry } from "./entry.js";',
    "",
    `/** The ${table.apis[api].title} error codes (${entries.length}), from spec/errors.yaml. */`,
    `export const ${ident}Catalog = [`,
    ...entries.map((e) => entryLiteral(e, keys)),
    "] as const satisfies readonly CatalogEntry[];",
  ].join("\n");
}

type JsonSchema = {
  $ref?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
};

/** The `enum` of one field of an error entry in errors.schema.json, following local $refs. */
export function entryFieldEnum(schema: JsonSchema, field: string): string[] {
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => {
    let cur = s;
    for (let hops = 0; cur?.$ref !== undefined && hops < 10; hops++) {
      const name = /^#\/\$defs\/(.+)$/.exec(cur.$ref)?.[1];
      cur = name === undefined ? undefined : schema.$defs?.[name];
    }
    return cur;
  };
  const errorsItems = resolve((schema.properties?.errors as { items?: JsonSchema } | undefined)?.items);
  const values = resolve(errorsItems?.properties?.[field])?.enum;
  if (!values?.every((v) => typeof v === "string"))
    throw new Error(`spec/errors.schema.json: no string enum for errors[].${field}`);
  return values;
}

export function renderCatalogMeta(table: ErrorTable, schema: object): string {
  const s = schema as JsonSchema;
  const list = (name: string, doc: string, field: string): string[] => [
    `/** ${doc} */`,
    `export const ${name} = ${JSON.stringify(entryFieldEnum(s, field))} as const;`,
    "",
  ];
  const apis = Object.entries(table.apis).map(([id, a]) => `  ${JSON.stringify(id)}: ${JSON.stringify(a)},`);
  const groups = table.groups.map((g) => `  ${JSON.stringify(g)},`);
  return [
    'import type { ApiInfo, ErrorGroup } from "./entry.js";',
    "",
    ...list("categories", "Every category an entry may have (errors.schema.json).", "category"),
    ...list("recoveries", "Every recovery an entry may name (errors.schema.json).", "recovery"),
    ...list("sources", "Where an entry comes from (errors.schema.json).", "source"),
    "/** The APIs whose codes the catalog holds. */",
    "export const apis = {",
    ...apis,
    "} as const satisfies Record<string, ApiInfo>;",
    "",
    "/** How the published tables group their codes, in table order. */",
    "export const groups = [",
    ...groups,
    "] as const satisfies readonly ErrorGroup[];",
  ].join("\n");
}

/**
 * Named constants for every code, per api (e.g. `WooxCode.TOO_MANY_REQUEST` is -1003), so that code
 * refers to an error by its catalog name and a renamed or removed entry fails to compile.
 */
export function renderErrorCodes(table: ErrorTable): string {
  const out: string[] = [];
  for (const [api, ident] of [
    ["woox", "WooxCode"],
    ["woox-pro", "WooxProCode"],
  ] as const) {
    const codes = Object.fromEntries(table.errors.filter((e) => e.api === api).map((e) => [e.name, e.code]));
    out.push(
      `/** The ${table.apis[api].title} error codes by name. */`,
      `export const ${ident} = ${literal(codes)} as const;`,
      "",
    );
  }
  return out.join("\n");
}
