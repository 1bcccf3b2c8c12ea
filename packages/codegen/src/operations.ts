import type {
  ClientIdRule,
  HeaderScheme,
  OperationMeta,
  QueryParam,
  RateLimit,
  RateLimitKey,
} from "../../types/src/operation-meta.js";
import { deref, HTTP_METHODS, type Reference } from "../../types/src/spec.js";
import type { OpenApiDoc } from "./load.js";
import { SpecError } from "./load.js";

export type { OperationMeta } from "../../types/src/operation-meta.js";

/** One validated row of the operation table, with the operation id it is keyed by. */
export interface OperationRow extends OperationMeta {
  readonly operationId: string;
}

type Schema = {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { name?: unknown; in?: unknown; required?: unknown; schema?: unknown };
type RawOperation = Record<string, unknown> & { parameters?: (Parameter | Reference)[] };

/** Every error code `x-error-codes` may name: the api.woox.io codes of spec/errors.yaml. */
export type KnownCodes = ReadonlySet<number>;

const where = (method: string, path: string) => `spec/openapi.yaml ${method.toUpperCase()} ${path}`;

/** Top-level property names a (body or answer) schema can carry, through allOf/oneOf/anyOf and references. */
export function bodyFields(doc: OpenApiDoc, schema: unknown, seen = new Set<unknown>()): Set<string> {
  const out = new Set<string>();
  const s = deref<Schema>(doc, schema as Schema);
  if (s === undefined || seen.has(s)) return out;
  seen.add(s);
  for (const name of Object.keys(s.properties ?? {})) out.add(name);
  for (const sub of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    for (const name of bodyFields(doc, sub, seen)) out.add(name);
  }
  return out;
}

function parametersOf(doc: OpenApiDoc, item: Record<string, unknown>, op: RawOperation, at: string): Parameter[] {
  // Operation parameters override path-item ones with the same name and location (OpenAPI rule).
  const byKey = new Map<string, Parameter>();
  const shared = (Array.isArray(item.parameters) ? item.parameters : []) as (Parameter | Reference)[];
  for (const p of [...shared, ...(op.parameters ?? [])]) {
    const param = deref<Parameter>(doc, p);
    if (typeof param.name !== "string" || typeof param.in !== "string") {
      throw new SpecError(`${at}: a parameter lacks "name" or "in"`);
    }
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

function checkPathParams(path: string, params: Parameter[], at: string): string[] {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const declared = params.filter((p) => p.in === "path").map((p) => p.name as string);
  for (const n of names) {
    const p = params.find((x) => x.in === "path" && x.name === n);
    if (!p) throw new SpecError(`${at}: path placeholder {${n}} has no "in: path" parameter`);
    if (p.required !== true) throw new SpecError(`${at}: path parameter ${n} must be required: true`);
  }
  for (const d of declared) {
    if (!names.includes(d)) throw new SpecError(`${at}: path parameter ${d} does not appear in the path`);
  }
  return names;
}

function checkRateLimit(value: unknown, fields: { query: string[]; body: Set<string> }, at: string): RateLimit {
  const r = value as { requests?: unknown; perMs?: unknown; key?: unknown; source?: unknown } | undefined;
  const shape = "x-rate-limit must be {requests: int > 0, perMs: int > 0, key: string, source: documented|reported}";
  if (r === undefined) throw new SpecError(`${at}: x-rate-limit is missing (${shape})`);
  if (!Number.isInteger(r.requests) || (r.requests as number) <= 0)
    throw new SpecError(`${at}: x-rate-limit.requests: ${shape}`);
  if (!Number.isInteger(r.perMs) || (r.perMs as number) <= 0)
    throw new SpecError(`${at}: x-rate-limit.perMs: ${shape}`);
  if (r.source !== "documented" && r.source !== "reported") throw new SpecError(`${at}: x-rate-limit.source: ${shape}`);
  if (typeof r.key !== "string") throw new SpecError(`${at}: x-rate-limit.key: ${shape}`);
  let key: RateLimitKey;
  if (r.key === "account" || r.key === "ip") key = { scope: r.key };
  else if (fields.query.includes(r.key)) key = { scope: "field", name: r.key, in: "query" };
  else if (fields.body.has(r.key)) key = { scope: "field", name: r.key, in: "body" };
  else {
    throw new SpecError(
      `${at}: x-rate-limit.key "${r.key}" must be "account", "ip" or a query parameter or body field of this operation`,
    );
  }
  return { requests: r.requests as number, perMs: r.perMs as number, key, source: r.source };
}

function checkOpenOrderLimits(value: unknown, at: string): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const ok =
    value !== null &&
    typeof value === "object" &&
    Object.values(value).every((n) => Number.isInteger(n) && (n as number) > 0);
  if (!ok) throw new SpecError(`${at}: x-open-order-limits must map names to integers > 0`);
  return value as Record<string, number>;
}

function checkErrorCodes(value: unknown, known: KnownCodes, at: string): number[] {
  const codes = (value as unknown[] | undefined) ?? [];
  if (!Array.isArray(codes)) throw new SpecError(`${at}: x-error-codes must be a list of integers`);
  for (const c of codes) {
    if (!Number.isInteger(c)) throw new SpecError(`${at}: x-error-codes: ${JSON.stringify(c)} is not an integer`);
    if (!known.has(c as number))
      throw new SpecError(`${at}: x-error-codes: ${String(c)} is not a woox code in spec/errors.yaml`);
  }
  return codes as number[];
}

function checkSecurity(doc: OpenApiDoc, op: RawOperation, at: string): string[] {
  const requirements = (op.security ?? doc.security ?? []) as Record<string, unknown>[];
  if (requirements.length > 1)
    throw new SpecError(`${at}: security alternatives are not supported; list one requirement`);
  const names = Object.keys(requirements[0] ?? {});
  const schemes = securitySchemesOf(doc);
  for (const n of names)
    if (!(n in schemes)) throw new SpecError(`${at}: security scheme ${n} is not in components.securitySchemes`);
  return names;
}

/** The security schemes, each a request header (the only kind this API uses). */
export function securitySchemesOf(doc: OpenApiDoc): Record<string, HeaderScheme> {
  const raw = ((doc.components as { securitySchemes?: Record<string, unknown> } | undefined)?.securitySchemes ??
    {}) as Record<string, { type?: unknown; in?: unknown; name?: unknown }>;
  const out: Record<string, HeaderScheme> = {};
  for (const [id, s] of Object.entries(raw)) {
    if (s.type !== "apiKey" || s.in !== "header" || typeof s.name !== "string") {
      throw new SpecError(
        `spec/openapi.yaml components.securitySchemes.${id}: expected {type: apiKey, in: header, name}`,
      );
    }
    out[id] = { in: "header", name: s.name.toLowerCase() };
  }
  return out;
}

function checkClientId(value: unknown, bodyFieldNames: Set<string>, at: string): ClientIdRule | undefined {
  if (value === undefined) return undefined;
  const c = value as { field?: unknown; lookup?: unknown };
  if (typeof c.field !== "string" || typeof c.lookup !== "string") {
    throw new SpecError(`${at}: x-client-id must be {field: <body field>, lookup: <operationId>}`);
  }
  if (!bodyFieldNames.has(c.field)) throw new SpecError(`${at}: x-client-id.field ${c.field} is not a body field`);
  return { field: c.field, lookup: c.lookup };
}

/** `x-alternative-paths`, where present: other /v3/ paths of the operation, with the same placeholders. */
function checkAlternativePaths(value: unknown, path: string, pathParams: string[], at: string): string[] | undefined {
  if (value === undefined) return undefined;
  const shape = "x-alternative-paths must be a non-empty list of paths starting with /v3/";
  if (!Array.isArray(value) || value.length === 0) throw new SpecError(`${at}: ${shape}`);
  const seen = new Set<string>([path]);
  for (const alt of value) {
    if (typeof alt !== "string" || !/^\/v3\/[^\s?#]*$/.test(alt))
      throw new SpecError(`${at}: x-alternative-paths: ${JSON.stringify(alt)}: ${shape}`);
    if (seen.has(alt)) throw new SpecError(`${at}: x-alternative-paths: ${alt} is listed twice or is the path itself`);
    seen.add(alt);
    const names = [...alt.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (names.join(",") !== pathParams.join(","))
      throw new SpecError(`${at}: x-alternative-paths: ${alt} must have the placeholders of ${path}`);
  }
  return value as string[];
}

/** A path with its placeholders' names dropped: two templates that match the same requests look alike. */
const shapeOf = (path: string) => path.replace(/\{[^}]+\}/g, "{}");

/** No request may reach two operations: every (method, path or alternative path) is used once. */
function checkRoutesUnique(rows: readonly OperationRow[]): void {
  const owner = new Map<string, string>();
  for (const row of rows) {
    for (const path of [row.path, ...(row.alternativePaths ?? [])]) {
      const key = `${row.method} ${shapeOf(path)}`;
      const other = owner.get(key);
      if (other !== undefined && other !== row.operationId) {
        throw new SpecError(
          `${where(row.method, row.path)}: ${row.method} ${path} is also a path of ${other} (x-alternative-paths)`,
        );
      }
      owner.set(key, row.operationId);
    }
  }
}

const SOURCE_KINDS = ["official", "migration-guide", "independent-client", "observed"];

/** `x-source`, where present: a list of {kind, ref, note?}. */
function checkSources(value: unknown, at: string): void {
  if (value === undefined) return;
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((s: { kind?: unknown; ref?: unknown; note?: unknown }) => {
      return (
        SOURCE_KINDS.includes(s.kind as string) &&
        typeof s.ref === "string" &&
        (s.note === undefined || typeof s.note === "string")
      );
    });
  if (!ok)
    throw new SpecError(`${at}: x-source must be a non-empty list of {kind: ${SOURCE_KINDS.join("|")}, ref, note?}`);
}

/**
 * The operation table: every operation of the spec in document order, each vendor extension validated.
 * Every message names the operation and the field at fault.
 */
export function collectOperations(doc: OpenApiDoc, knownCodes: KnownCodes): OperationRow[] {
  const rows: OperationRow[] = [];
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as RawOperation | undefined;
      if (op === undefined) continue;
      const at = where(method, path);
      if (!["get", "post", "put", "delete", "patch"].includes(method))
        throw new SpecError(`${at}: method not supported`);
      const operationId = op.operationId;
      if (typeof operationId !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(operationId)) {
        throw new SpecError(`${at}: operationId must be a camelCase identifier`);
      }
      if (ids.has(operationId)) throw new SpecError(`${at}: operationId ${operationId} is used twice`);
      ids.add(operationId);
      const params = parametersOf(doc, item, op, at);
      const pathParams = checkPathParams(path, params, at);
      const queryParams: QueryParam[] = params
        .filter((p) => p.in === "query")
        .map((p) => ({ name: p.name as string, required: p.required === true }));
      const requestBody =
        op.requestBody === undefined ? undefined : deref<Record<string, unknown>>(doc, op.requestBody as Reference);
      const bodySchema = (requestBody?.content as Record<string, { schema?: unknown }> | undefined)?.[
        "application/json"
      ]?.schema;
      if (requestBody !== undefined && bodySchema === undefined)
        throw new SpecError(`${at}: requestBody needs an application/json schema`);
      const fields = bodySchema === undefined ? new Set<string>() : bodyFields(doc, bodySchema);
      const security = checkSecurity(doc, op, at);
      checkSources(op["x-source"], `${at} x-source`);
      const openOrderLimits = checkOpenOrderLimits(op["x-open-order-limits"], at);
      const clientId = checkClientId(op["x-client-id"], fields, at);
      const alternativePaths = checkAlternativePaths(op["x-alternative-paths"], path, pathParams, at);
      rows.push({
        operationId,
        method: method.toUpperCase() as OperationMeta["method"],
        path,
        ...(alternativePaths ? { alternativePaths } : {}),
        pathParams,
        queryParams,
        body: requestBody === undefined ? "none" : requestBody.required === true ? "required" : "optional",
        tags: Array.isArray(op.tags) ? (op.tags as string[]) : [],
        summary: typeof op.summary === "string" ? op.summary : `${method.toUpperCase()} ${path}`,
        security,
        auth: security.length > 0,
        rateLimit: checkRateLimit(op["x-rate-limit"], { query: queryParams.map((q) => q.name), body: fields }, at),
        ...(openOrderLimits ? { openOrderLimits } : {}),
        ...(clientId ? { clientId } : {}),
        errorCodes: checkErrorCodes(op["x-error-codes"], knownCodes, at),
      });
    }
  }
  checkRoutesUnique(rows);
  for (const row of rows) {
    if (!row.clientId) continue;
    const at = where(row.method, row.path);
    const lookup = rows.find((r) => r.operationId === row.clientId!.lookup);
    if (!lookup)
      throw new SpecError(`${at}: x-client-id.lookup names ${row.clientId.lookup}, which is not an operation`);
    if (lookup.method !== "GET" || !lookup.queryParams.some((q) => q.name === row.clientId!.field)) {
      throw new SpecError(
        `${at}: x-client-id.lookup ${lookup.operationId} must be a GET taking ${row.clientId.field} in its query`,
      );
    }
  }
  return rows;
}
