import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadErrorSchema, loadErrorTable, loadOpenApi } from "./load.js";
import { renderBundledSpec, renderTypes } from "./types.js";
import { renderClientOperations, renderOperationTable } from "./tables.js";
import { renderEnums } from "./enums.js";
import { renderErrorFiles } from "./errors.js";
import { GENERATED_HEADER, withHeader } from "./header.js";
import { formatTs } from "./literal.js";
import { renderStreams } from "./streams/render.js";
import { renderBundledAsyncApi } from "./streams/bundle.js";

export { SpecError, validateErrorTable, loadErrorSchema, loadErrorTable, loadOpenApi } from "./load.js";
export type { ErrorEntry, ErrorTable, OpenApiDoc } from "./load.js";
export { entryFields, readEntryFields } from "./error-schema.js";
export type { ChangeLevel, DeclaredField, EntryField, EntryPart } from "./error-schema.js";
export { collectOperations } from "./operations.js";
export type { OperationRow } from "./operations.js";
export { GENERATED_HEADER } from "./header.js";

/** Every generated file, keyed by its path relative to the repo root. Pure: reads spec/, writes nothing. */
export async function generate(root: string): Promise<Map<string, string>> {
  const doc = loadOpenApi(root);
  const errorSchema = loadErrorSchema(root);
  const table = loadErrorTable(root, errorSchema);
  const wooxCodes = new Set(table.errors.filter((e) => e.api === "woox").map((e) => e.code));
  const streams = await renderStreams(root, doc); // first: a broken spec/asyncapi.yaml fails fast
  const ts: [string, string][] = [
    ["packages/types/src/openapi.gen.ts", await renderTypes(doc)],
    ["packages/types/src/operations.gen.ts", renderOperationTable(doc, wooxCodes)],
    ["packages/types/src/enums.gen.ts", renderEnums(doc)],
    ["packages/types/src/streams.gen.ts", streams],
    ["packages/client/src/operations.gen.ts", renderClientOperations(doc, wooxCodes)],
    ...renderErrorFiles(table, errorSchema),
  ];
  const files = new Map<string, string>();
  for (const [path, body] of ts) files.set(path, await formatTs(withHeader(body)));
  files.set("packages/types/openapi.json", renderBundledSpec(doc));
  files.set("packages/types/asyncapi.json", renderBundledAsyncApi(root));
  return files;
}

/** Generated files that exist on disk (found by their header) under packages/ and apps/. */
export function findGeneratedOnDisk(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name === "node_modules" || ent.name === "dist" || ent.name.startsWith(".")) continue;
      const full = join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.name.endsWith(".gen.ts") || readFileSync(full, "utf8").startsWith(GENERATED_HEADER))
        found.push(relative(root, full));
    }
  };
  for (const top of ["packages", "apps"]) if (existsSync(join(root, top))) walk(join(root, top));
  return found.sort();
}

export interface DriftReport {
  stale: string[];
  missing: string[];
  orphaned: string[];
}

/** Compares what `generate` would write with what is on disk. */
export async function checkDrift(root: string): Promise<DriftReport> {
  const files = await generate(root);
  const report: DriftReport = { stale: [], missing: [], orphaned: [] };
  for (const [path, content] of files) {
    const full = join(root, path);
    if (!existsSync(full)) report.missing.push(path);
    else if (readFileSync(full, "utf8") !== content) report.stale.push(path);
  }
  for (const path of findGeneratedOnDisk(root)) {
    if (path.endsWith(".gen.ts") && !files.has(path)) report.orphaned.push(path);
  }
  return report;
}

export async function writeGenerated(root: string): Promise<string[]> {
  const files = await generate(root);
  const written: string[] = [];
  for (const [path, content] of files) {
    const full = join(root, path);
    if (existsSync(full) && readFileSync(full, "utf8") === content) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    written.push(path);
  }
  return written;
}
