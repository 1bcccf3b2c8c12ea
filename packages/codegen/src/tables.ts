import type { OpenApiDoc } from "./load.js";
import { literal } from "./literal.js";
import { bodyFields, collectOperations, securitySchemesOf, type KnownCodes, type OperationRow } from "./operations.js";
import { collectInt64Names } from "./enums.js";
import { collectPaging } from "./paging.js";
import { deref } from "../../types/src/spec.js";

const byId = <T>(rows: readonly OperationRow[], pick: (r: OperationRow) => T) =>
  Object.fromEntries(rows.map((r) => [r.operationId, pick(r)]));

/**
 * The operation table in @woox-sdk/types/operations: one row per operation with everything the spec says
 * about routing and policy. The sandbox and the docs site read it; the client reads its projection.
 */
export function renderOperationTable(doc: OpenApiDoc, knownCodes: KnownCodes): string {
  const rows = collectOperations(doc, knownCodes);
  const table = byId(rows, (row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== "operationId")));
  return [
    'import type { HeaderScheme, OperationMeta } from "./operation-meta.js";',
    "",
    "/**",
    " * Every operation of spec/openapi.yaml, keyed by operationId: method, path template, parameters, security,",
    " * rate limit (x-rate-limit), open-order limits (x-open-order-limits), client-id rule (x-client-id) and the",
    " * error codes it answers (x-error-codes).",
    " */",
    `export const operations = ${literal(table)} as const satisfies Record<string, OperationMeta>;`,
    "",
    "export type OperationId = keyof typeof operations;",
    "",
    "/** The security schemes of the spec: the request headers a signed call carries. */",
    `export const securitySchemes = ${literal(securitySchemesOf(doc))} as const satisfies Record<string, HeaderScheme>;`,
  ].join("\n");
}

type Answer = { content?: Record<string, { schema?: unknown } | undefined> };

/**
 * Whether the operation's success answer (HTTP 200, JSON) has no `data`: its fields sit beside `success`
 * (e.g. getConvertAssetInfo's top-level `rows`), so a call resolves to those instead of `data`.
 */
function answersBesideSuccess(doc: OpenApiDoc, row: OperationRow): boolean {
  const op = doc.paths[row.path]?.[row.method.toLowerCase()] as { responses?: Record<string, unknown> } | undefined;
  const ok = op?.responses?.["200"];
  const schema = ok === undefined ? undefined : deref<Answer>(doc, ok as Answer).content?.["application/json"]?.schema;
  return schema !== undefined && !bodyFields(doc, schema).has("data");
}

/**
 * The client's projection of the same table: only what it reads at run time (route, signing, pacing, the
 * client-id rule, where the answer sits and how a list pages), so browser bundles carry no error lists or docs text.
 */
export function renderClientOperations(doc: OpenApiDoc, knownCodes: KnownCodes): string {
  const rows = collectOperations(doc, knownCodes);
  const paging = collectPaging(doc);
  // collectOperations has checked that each operationId is a camelCase identifier; some are still taken.
  for (const r of rows) {
    if (RESERVED.has(r.operationId)) {
      throw new Error(
        `operationId ${JSON.stringify(r.operationId)} cannot name a constant of the client's operation table`,
      );
    }
  }
  const rowOf = (r: OperationRow) => ({
    id: r.operationId,
    method: r.method,
    path: r.path,
    auth: r.auth,
    rateLimit: { requests: r.rateLimit.requests, perMs: r.rateLimit.perMs, key: r.rateLimit.key },
    ...(r.clientId ? { clientId: r.clientId } : {}),
    ...(answersBesideSuccess(doc, r) ? { topLevel: true } : {}),
    ...(paging.has(r.operationId) ? { paging: paging.get(r.operationId) } : {}),
  });
  const headers = securitySchemesOf(doc);
  return [
    "// One constant per operation, so that a bundle keeps only the rows an app names (`@woox-sdk/client/core`);",
    "// `operations` gathers them for the full client, which finds rows by id and by path.",
    "",
    ...rows.flatMap((r) => [
      `/** ${r.method} ${r.path} */`,
      `export const ${r.operationId} = ${literal(rowOf(r))} as const;`,
    ]),
    "",
    "/** The client's view of the operation table (@woox-sdk/types/operations): route, signing, pacing, client ids, paging. */",
    // An object literal: tsc infers its type fastest. Built by a function from the rows' ids, with its type
    // written out or mapped, it cost the consumer's tsc 5.4 or 6.1 s at the ×20 spec against 4.6 s for this
    // (the bench's pipeline, one machine), for about 1 KB less minified in the full client's bundle.
    `export const operations = { ${rows.map((r) => r.operationId).join(", ")} } as const;`,
    "",
    "export type OperationId = keyof typeof operations;",
    "",
    "/** Request headers of the security schemes, by scheme name. */",
    `export const authHeaders = ${literal(Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.name])))} as const;`,
    "",
    "/** Properties and query parameters that hold 64-bit integers (ids, ms timestamps). */",
    `export const int64Names: ReadonlySet<string> = new Set(${literal(collectInt64Names(doc))});`,
  ].join("\n");
}

// Words a constant may not be named (strict-mode reserved words, and names the module itself declares).
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if implements import in instanceof interface let new null package private protected public return " +
    "static super switch this throw true try typeof var void while with yield await arguments eval " +
    "operations authHeaders int64Names"
  ).split(" "),
);
