import type { Api } from "@woox-sdk/errors";
import type { ErrorTable } from "./load.js";
import { literal } from "./literal.js";
import { entryFields, renderErrorTypes, type EntryPart } from "./error-schema.js";

/**
 * The catalog of @woox-sdk/errors, one pair of modules per api: `rules-<api>` holds the fields decisions
 * read at run time (x-part: rule), `text-<api>` the prose people read (x-part: text), which WooxApiError
 * loads only when asked. Which field goes where, and in which order, is read from errors.schema.json,
 * so a field added to the schema is carried, never dropped.
 */
export const ERRORS_DIR = "packages/errors/src";

/** `woox-pro` → `wooxPro`. */
const ident = (api: string): string => api.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const apisOf = (table: ErrorTable): Api[] => Object.keys(table.apis) as Api[];

function pick(entry: object, fields: readonly string[]): Record<string, unknown> {
  const e = entry as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => e[f] !== undefined).map((f) => [f, e[f]]));
}

function partFields(schema: object, part: EntryPart): string[] {
  return entryFields(schema)
    .filter((f) => f.part === part)
    .map((f) => f.name);
}

export function renderTypes(schema: object): string {
  return renderErrorTypes(schema);
}

export function renderRules(table: ErrorTable, api: Api, schema: object): string {
  const entries = table.errors.filter((e) => e.api === api);
  const fields = partFields(schema, "rule");
  const rows = entries.map((e) => `  ${literal(pick(e, fields), "  ")},`);
  return [
    'import { defineCatalog } from "./catalog.js";',
    "",
    "/**",
    ` * The ${table.apis[api].title} error codes (${entries.length}) from spec/errors.yaml, with the fields`,
    ` * decisions read: ${fields.join(", ")}.`,
    ` * Their prose is in text-${api}.gen.ts, loaded when asked.`,
    " */",
    `export const ${ident(api)} = /* @__PURE__ */ defineCatalog(`,
    `  ${JSON.stringify(api)},`,
    "  [",
    ...rows.map((r) => `  ${r}`),
    "  ],",
    `  () => import("./text-${api}.gen.js").then((m) => m.${ident(api)}Text),`,
    ");",
  ].join("\n");
}

export function renderText(table: ErrorTable, api: Api, schema: object): string {
  const fields = partFields(schema, "text");
  // Written row by row, in table order (an object literal from entries would put numeric keys first).
  const rows = table.errors
    .filter((e) => e.api === api)
    .map((e) => `  ${JSON.stringify(String(e.code))}: ${literal(pick(e, fields), "  ")},`);
  return [
    'import type { TextTable } from "./catalog.js";',
    "",
    `/** The prose of the ${table.apis[api].title} error codes, by code: ${fields.join(", ")}. */`,
    `export const ${ident(api)}Text: TextTable = {`,
    ...rows,
    "};",
  ].join("\n");
}

/** Every api's catalog and prose, keyed by api: what the `/text` entry point (docs, CLI) reads. */
export function renderAllApis(table: ErrorTable): string {
  const apis = apisOf(table);
  return [
    'import type { Api } from "./types.gen.js";',
    'import type { ErrorCatalog, TextTable } from "./catalog.js";',
    ...apis.map((a) => `import { ${ident(a)} } from "./rules-${a}.gen.js";`),
    ...apis.map((a) => `import { ${ident(a)}Text } from "./text-${a}.gen.js";`),
    "",
    "/** The catalog of every api. */",
    `export const catalogs: { readonly [A in Api]: ErrorCatalog<A> } = { ${apis.map((a) => `${JSON.stringify(a)}: ${ident(a)}`).join(", ")} };`,
    "",
    "/** The prose of every api, by code. */",
    `export const texts: { readonly [A in Api]: TextTable } = { ${apis.map((a) => `${JSON.stringify(a)}: ${ident(a)}Text`).join(", ")} };`,
  ].join("\n");
}

/** The apis and groups with their titles and descriptions (prose: only the `/text` entry point reads them). */
export function renderGroups(table: ErrorTable): string {
  return [
    'import type { ApiInfo, ErrorGroup } from "./types.gen.js";',
    "",
    "/** The APIs whose codes the catalog holds. */",
    `export const apis = ${literal(table.apis)} as const satisfies Record<string, ApiInfo>;`,
    "",
    "/** How the published tables group their codes, in table order. */",
    `export const groups = ${literal(table.groups)} as const satisfies readonly ErrorGroup[];`,
  ].join("\n");
}

/**
 * Named constants for every code, per api (e.g. `WooxCode.TOO_MANY_REQUEST` is -1003), so that code
 * refers to an error by its catalog name and a renamed or removed entry fails to compile.
 */
export function renderErrorCodes(table: ErrorTable): string {
  const out: string[] = [];
  for (const api of apisOf(table)) {
    const codes = Object.fromEntries(table.errors.filter((e) => e.api === api).map((e) => [e.name, e.code]));
    const name = `${ident(api).replace(/^./, (c) => c.toUpperCase())}Code`;
    out.push(
      `/** The ${table.apis[api].title} error codes by name. */`,
      `export const ${name} = ${literal(codes)} as const;`,
      "",
    );
  }
  return out.join("\n");
}

/** Every file of packages/errors/src that the error table generates, by path relative to the repo root. */
export function renderErrorFiles(table: ErrorTable, schema: object): [string, string][] {
  const files: [string, string][] = [
    [`${ERRORS_DIR}/types.gen.ts`, renderTypes(schema)],
    [`${ERRORS_DIR}/groups.gen.ts`, renderGroups(table)],
    [`${ERRORS_DIR}/codes.gen.ts`, renderErrorCodes(table)],
    [`${ERRORS_DIR}/all-apis.gen.ts`, renderAllApis(table)],
  ];
  for (const api of apisOf(table)) {
    files.push([`${ERRORS_DIR}/rules-${api}.gen.ts`, renderRules(table, api, schema)]);
    files.push([`${ERRORS_DIR}/text-${api}.gen.ts`, renderText(table, api, schema)]);
  }
  return files;
}
