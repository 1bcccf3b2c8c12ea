import type { Api, ErrorEntry, ErrorTable } from "./load.js";
import { withHeader } from "./header.js";

// A fixed key order, so the output does not depend on how a maintainer orders keys in errors.yaml.
const ENTRY_KEYS = [
  "code",
  "name",
  "group",
  "httpStatus",
  "category",
  "retryable",
  "recovery",
  "message",
  "hint",
  "source",
  "observedMessages",
  "note",
  "deprecated",
] as const;

function entryLiteral(e: ErrorEntry): string {
  const ordered: Record<string, unknown> = { api: e.api };
  for (const k of ENTRY_KEYS) if (e[k] !== undefined) ordered[k] = e[k];
  return `  ${JSON.stringify(ordered)},`;
}

export function catalogFileName(api: Api): string {
  return `catalog-${api}.gen.ts`;
}

/** One module per api, so an app that only talks to api.woox.io bundles only that table. */
export function renderCatalog(table: ErrorTable, api: Api): string {
  const entries = table.errors.filter((e) => e.api === api);
  const ident = api === "woox" ? "woox" : "wooxPro";
  return withHeader(
    [
      'import type { CatalogEntry } from "./entry.js";',
      "",
      `/** The ${table.apis[api].title} error codes (${entries.length}), from spec/errors.yaml. */`,
      `export const ${ident}Catalog = [`,
      ...entries.map(entryLiteral),
      "] as const satisfies readonly CatalogEntry[];",
    ].join("\n"),
  );
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
  return withHeader(
    [
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
    ].join("\n"),
  );
}
