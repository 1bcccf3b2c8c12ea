import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { validate, type Validator } from "@hyperjump/json-schema/openapi-3-1";
import { lookupError } from "@woox-sdk/errors/text";
import { operations } from "@woox-sdk/types/operations";
import { resolvePointer } from "@woox-sdk/types/spec";
import { DETAILED_ERRORS } from "../errors.js";
import type { ExchangeRecord } from "../http/record.js";

/**
 * Checks sandbox responses against spec/openapi.yaml (as bundled in @woox-sdk/types) with
 * @hyperjump/json-schema's OpenAPI 3.1 dialect, an independent validator: nothing here uses the
 * sandbox's own Ajv setup. The glue below only picks the response object for (operation, status),
 * as any OpenAPI response validator does, and refuses statuses and media types the spec does not list.
 */

const require = createRequire(import.meta.url);
const specPath = require.resolve("@woox-sdk/types/openapi.json");
const specUri = pathToFileURL(specPath).href;
const spec = JSON.parse(readFileSync(specPath, "utf8")) as {
  paths: Record<string, Record<string, { responses?: Record<string, { $ref?: string }> }>>;
  components: { responses?: Record<string, unknown> };
};

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
const validators = new Map<string, Promise<Validator>>();

/** Whether a JSON pointer of the spec names a node; checked before validating, because a pointer to
 *  nothing would otherwise compile to a schema that accepts everything. */
function exists(fragment: string): boolean {
  try {
    resolvePointer(spec, `#/${fragment}`);
    return true;
  } catch {
    return false;
  }
}

function validatorFor(fragment: string): Promise<Validator> {
  if (!exists(fragment)) return Promise.reject(new Error(`the spec has nothing at #/${fragment}`));
  let v = validators.get(fragment);
  if (v === undefined) {
    // A URI fragment may not hold "{" or "}" (templated paths such as /withdraw/{withdrawId}): percent-encode them.
    v = validate(`${specUri}#/${fragment.replace(/[{}]/g, encodeURIComponent)}`);
    validators.set(fragment, v);
  }
  return v;
}

const detailed = new Set<string>(DETAILED_ERRORS);
const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

/**
 * An error must be a catalog entry, answered as the catalog has it: its code, its HTTP status (except
 * 404/405 for paths and methods the spec does not have), and its
 * message with the placeholders filled, or a message the catalog records as observed. Only the entries
 * with generic messages (DETAILED_ERRORS) may say something more specific.
 */
export function catalogProblems(r: ExchangeRecord, body: { code?: unknown; message?: unknown }): string[] {
  const where = `${r.method} ${r.target} → ${r.status}`;
  const entry = lookupError(body.code as number, "woox");
  if (entry === undefined) return [`${where}: code ${String(body.code)} is not in the @woox-sdk/errors catalog`];
  const problems: string[] = [];
  const statusOk =
    r.status === entry.httpStatus || (r.operationId === undefined && (r.status === 404 || r.status === 405));
  if (!statusOk) problems.push(`${where}: ${entry.name} is HTTP ${entry.httpStatus} in the catalog`);
  if (!detailed.has(entry.name)) {
    const template = new RegExp(`^${escape(entry.message ?? entry.name).replace(/\{\w+\}/g, ".+")}$`);
    const message = String(body.message);
    if (!template.test(message) && !(entry.observedMessages ?? []).includes(message))
      problems.push(`${where}: "${message}" is not the catalog message of ${entry.name}: "${entry.message}"`);
  }
  return problems;
}

/** Problems with one recorded response; empty when it conforms. */
export async function responseProblems(r: ExchangeRecord): Promise<string[]> {
  const where = `${r.method} ${r.target} → ${r.status}`;
  if (r.target.startsWith("/sandbox/")) return []; // control routes are the sandbox's own, outside the API
  if (r.method === "OPTIONS" && r.status === 204) return []; // a CORS preflight: transport, not an API operation
  let body: unknown;
  try {
    body = JSON.parse(r.body);
  } catch {
    return [`${where}: body is not JSON`];
  }
  const failed = body !== null && typeof body === "object" && (body as { success?: unknown }).success === false;
  const fromCatalog = failed ? catalogProblems(r, body as { code?: unknown; message?: unknown }) : [];
  if (r.operationId === undefined) {
    // No such path or method in the spec: the body must still be the spec's error envelope.
    const v = await validatorFor(pointer("components", "schemas", "ErrorResponse"));
    return v(body as never, "FLAG").valid ? fromCatalog : [`${where}: not an ErrorResponse: ${r.body}`, ...fromCatalog];
  }
  const op = operations[r.operationId];
  const method = op.method.toLowerCase();
  const responses = spec.paths[op.path]?.[method]?.responses ?? {};
  const key = String(r.status) in responses ? String(r.status) : "default" in responses ? "default" : undefined;
  if (key === undefined) return [`${where}: status ${r.status} is not documented for ${r.operationId}`];
  let base = pointer("paths", op.path, method, "responses", key);
  const ref = responses[key]!.$ref;
  if (ref !== undefined) base = ref.slice(2);
  const problems: string[] = [...fromCatalog];
  const contentType = r.headers["content-type"] ?? "";
  const media = contentType.split(";")[0]!.trim();
  const schemaPointer = `${base}/${pointer("content", media, "schema")}`;
  const validator = await validatorFor(schemaPointer).catch(() => undefined);
  if (validator === undefined) return [`${where}: media type "${media}" is not documented`];
  const out = validator(body as never, "BASIC");
  if (!out.valid) {
    const errors = (out.errors ?? []).map((e) => `${e.instanceLocation} (${e.absoluteKeywordLocation.split("#")[1]})`);
    problems.push(
      `${where}: body does not match ${schemaPointer}: ${errors.slice(0, 5).join("; ")}\n  ${r.body.slice(0, 300)}`,
    );
  }
  // Declared headers: validate those present against their schemas (header values are text).
  const resolved = (ref ? spec.components.responses?.[ref.split("/").pop()!] : responses[key]) as
    { headers?: Record<string, unknown> } | undefined;
  for (const name of Object.keys(resolved?.headers ?? {})) {
    const value = r.headers[name.toLowerCase()];
    if (value === undefined) continue;
    const hv = await validatorFor(`${base}/${pointer("headers", name, "schema")}`);
    const parsed = /^-?\d+$/.test(value) ? Number(value) : value;
    if (!hv(parsed as never, "FLAG").valid)
      problems.push(`${where}: header ${name}: "${value}" does not match its schema`);
  }
  return problems;
}

/** Throws when any of the records does not conform, listing every problem. */
export async function assertConforms(records: readonly ExchangeRecord[]): Promise<void> {
  const problems = (await Promise.all(records.map(responseProblems))).flat();
  if (problems.length > 0)
    throw new Error(`${problems.length} sandbox response(s) do not match the spec:\n${problems.join("\n")}`);
}
