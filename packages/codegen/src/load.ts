import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { CatalogEntry, ErrorTableDocument } from "@woox-sdk/errors";
import { SpecError } from "./spec-error.js";
import { addSchemaKeywords } from "./error-schema.js";

export { SpecError } from "./spec-error.js";

/** The shape of spec/errors.yaml, generated from spec/errors.schema.json. */
export type ErrorTable = ErrorTableDocument;
export type ErrorEntry = CatalogEntry;

/** An OpenAPI document as parsed from YAML; typed loosely on purpose, the generators read only what they need. */
export type OpenApiDoc = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
};

function readYaml(file: string): unknown {
  const text = readFileSync(file, "utf8");
  try {
    return parse(text, { intAsBigInt: false, uniqueKeys: true });
  } catch (err) {
    throw new SpecError(`${file}: not valid YAML: ${(err as Error).message}`);
  }
}

export function loadOpenApi(root: string): OpenApiDoc {
  const file = join(root, "spec/openapi.yaml");
  const doc = readYaml(file) as OpenApiDoc;
  if (typeof doc !== "object" || doc === null || typeof doc.paths !== "object") {
    throw new SpecError(`${file}: expected an OpenAPI document with "paths"`);
  }
  return doc;
}

function describeEntry(errors: unknown, index: number): string {
  const e = (errors as Record<string, unknown>[] | undefined)?.[index];
  if (e && typeof e === "object") {
    const api = typeof e.api === "string" ? e.api : "?";
    const code = e.code === undefined ? "?" : JSON.stringify(e.code);
    const name = typeof e.name === "string" ? ` ${e.name}` : "";
    return `errors[${index}] (${api} ${code}${name})`;
  }
  return `errors[${index}]`;
}

/**
 * Reads spec/errors.yaml, validates it against spec/errors.schema.json, then checks what a JSON Schema
 * cannot say: codes and names unique per api, groups that exist and belong to the same api, and a
 * retryable entry that says how to recover. Every message names the entry at fault.
 */
export function validateErrorTable(data: unknown, schema: object, file = "spec/errors.yaml"): ErrorTable {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addSchemaKeywords(ajv);
  const validate = ajv.compile(schema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((err) => {
      const m = /^\/errors\/(\d+)(.*)$/.exec(err.instancePath);
      const where = m
        ? `${describeEntry((data as { errors?: unknown }).errors, Number(m[1]))}${m[2] ?? ""}`
        : err.instancePath || "(root)";
      const extra = err.keyword === "additionalProperties" ? ` (${String(err.params.additionalProperty)})` : "";
      return `  ${where}: ${err.message ?? err.keyword}${extra}`;
    });
    throw new SpecError(`${file} does not match spec/errors.schema.json:\n${[...new Set(problems)].join("\n")}`);
  }
  const table = data as ErrorTable;
  const problems: string[] = [];
  const groups = new Map(table.groups.map((g) => [g.id, g]));
  if (groups.size !== table.groups.length) problems.push("  groups: duplicate group id");
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  table.errors.forEach((e, i) => {
    const label = describeEntry(table.errors, i);
    const codeKey = `${e.api} ${e.code}`;
    const nameKey = `${e.api} ${e.name}`;
    const prevCode = codes.get(codeKey);
    if (prevCode !== undefined)
      problems.push(
        `  ${label}: duplicate code ${e.code} in api ${e.api} (first at ${describeEntry(table.errors, prevCode)})`,
      );
    else codes.set(codeKey, i);
    const prevName = names.get(nameKey);
    if (prevName !== undefined)
      problems.push(
        `  ${label}: duplicate name ${e.name} in api ${e.api} (first at ${describeEntry(table.errors, prevName)})`,
      );
    else names.set(nameKey, i);
    const group = groups.get(e.group);
    if (!group) problems.push(`  ${label}: unknown group "${e.group}"`);
    else if (group.api !== e.api) problems.push(`  ${label}: group "${e.group}" belongs to api ${group.api}`);
    if (e.retryable && e.recovery === "none") problems.push(`  ${label}: retryable but recovery is "none"`);
  });
  if (problems.length > 0) throw new SpecError(`${file} is inconsistent:\n${problems.join("\n")}`);
  return table;
}

export function loadErrorSchema(root: string): object {
  return JSON.parse(readFileSync(join(root, "spec/errors.schema.json"), "utf8")) as object;
}

export function loadErrorTable(root: string, schema: object = loadErrorSchema(root)): ErrorTable {
  return validateErrorTable(readYaml(join(root, "spec/errors.yaml")), schema, "spec/errors.yaml");
}
