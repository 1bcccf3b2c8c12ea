import { apiCompare } from "api-smart-diff";
import { readEntryFields, type DeclaredField } from "@woox-sdk/codegen";

/**
 * How much a change to spec/ matters to the users of the packages generated from it.
 * - breaking: code written against the last release can stop compiling or behave differently;
 * - additive: new API, or a behaviour change that existing code does not rely on being absent;
 * - docs: descriptions, messages, hints, examples: nothing a program can depend on.
 */
export type Level = "breaking" | "additive" | "docs";

export interface Change {
  level: Level;
  /** What happened: add, remove, replace, rename, … */
  action: string;
  /** Where, e.g. `paths./v3/trade/algoOrder.get` or `woox -1003 TOO_MANY_REQUEST`. */
  where: string;
  /** One line for people. */
  detail: string;
}

export const LEVEL_RANK: Record<Level, number> = { docs: 1, additive: 2, breaking: 3 };

/**
 * OpenAPI 3.1: api-smart-diff's classification, mapped onto our levels.
 * breaking → breaking; non-breaking and deprecated → additive; annotation → docs; unclassified (changes
 * to `x-*` extensions such as `x-rate-limit`, which the generated client metadata carries) → additive.
 */
export function classifyOpenApi(before: unknown, after: unknown): Change[] {
  if (before === undefined)
    return [{ level: "additive", action: "add", where: "(file)", detail: "the spec is new since the last release" }];
  const { diffs } = apiCompare(before, after);
  return diffs.map((d) => {
    const level: Level = d.type === "breaking" ? "breaking" : d.type === "annotation" ? "docs" : "additive";
    const where = d.path.map(String).join(".");
    const detail = d.description ?? `${d.type}: ${d.action} ${where}`;
    return {
      level,
      action: d.action,
      where,
      detail: d.type === "unclassified" ? `unclassified (counted as additive): ${d.action} ${where}` : detail,
    };
  });
}

interface ErrorEntry {
  api: string;
  code: number | string;
  name: string;
  [field: string]: unknown;
}

interface ErrorTable {
  apis?: Record<string, { title?: string; description?: string }>;
  groups?: { id: string; [field: string]: unknown }[];
  errors?: ErrorEntry[];
  [field: string]: unknown;
}

/** What a change to each entry field's value means, by field name (see `errorFieldLevels`). */
export type FieldLevels = Readonly<Record<string, Level>>;

const fieldsOf = (schema: unknown): DeclaredField[] => (schema === undefined ? [] : readEntryFields(schema as object));

/**
 * Which field of an entry changes what, as spec/errors.schema.json declares it (`x-change` on every
 * field): the current schema's word, else the released schema's. A field neither declares is additive
 * (a reviewer should look, and a minor bump is never wrong for it).
 */
export function errorFieldLevels(beforeSchema: unknown, afterSchema: unknown): FieldLevels {
  const levels: Record<string, Level> = {};
  for (const f of [...fieldsOf(beforeSchema), ...fieldsOf(afterSchema)]) if (f.change) levels[f.name] = f.change;
  return levels;
}

/**
 * spec/errors.schema.json: the entry fields themselves, which are properties of the generated types. A
 * removed field, a field moved between the run-time rules and the prose (`x-part`: it leaves the root's
 * lookups or joins them), or a required field made optional is breaking; a new field, or an optional
 * one made required, is additive.
 */
export function classifyErrorSchema(beforeSchema: unknown, afterSchema: unknown): Change[] {
  if (beforeSchema === undefined) return [];
  const before = new Map(fieldsOf(beforeSchema).map((f) => [f.name, f]));
  const after = new Map(fieldsOf(afterSchema).map((f) => [f.name, f]));
  const changes: Change[] = [];
  const where = (name: string) => `errors[].${name}`;
  for (const [name, old] of before) {
    const now = after.get(name);
    if (now === undefined) {
      changes.push({ level: "breaking", action: "remove", where: where(name), detail: `removed entry field ${name}` });
      continue;
    }
    if (old.part !== undefined && now.part !== old.part)
      changes.push({
        level: "breaking",
        action: "replace",
        where: where(name),
        detail: `entry field ${name} moved from ${old.part} to ${String(now.part)}`,
      });
    if (old.required !== now.required)
      changes.push({
        level: old.required ? "breaking" : "additive",
        action: "replace",
        where: where(name),
        detail: `entry field ${name} is now ${now.required ? "required" : "optional"}`,
      });
  }
  for (const [name, now] of after) {
    if (!before.has(name))
      changes.push({
        level: "additive",
        action: "add",
        where: where(name),
        detail: `added entry field ${name} (${now.part ?? "?"}, changes to it are ${now.change ?? "?"})`,
      });
  }
  return changes;
}

const key = (e: { api: string; code: number | string }): string => `${e.api} ${String(e.code)}`;
const label = (e: ErrorEntry): string => `${e.api} ${String(e.code)} ${e.name}`;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * spec/errors.yaml: our own rule. An entry is identified by (api, code). A removed entry is breaking,
 * an added entry (or api, or group) additive; a changed field counts as `levels` says (from the
 * schema's `x-change`: code, name, HTTP status and category are breaking, the prose is docs). A code
 * that moved (same api and name, other code) is reported as a changed code.
 */
export function classifyErrorTable(beforeDoc: unknown, afterDoc: unknown, levels: FieldLevels): Change[] {
  if (beforeDoc === undefined)
    return [
      { level: "additive", action: "add", where: "(file)", detail: "the error table is new since the last release" },
    ];
  const before = (beforeDoc ?? {}) as ErrorTable;
  const after = (afterDoc ?? {}) as ErrorTable;
  const changes: Change[] = [];

  for (const section of ["apis", "groups"] as const) {
    const toMap = (t: ErrorTable): Map<string, unknown> =>
      section === "apis" ? new Map(Object.entries(t.apis ?? {})) : new Map((t.groups ?? []).map((g) => [g.id, g]));
    const a = toMap(before);
    const b = toMap(after);
    for (const [id, value] of a) {
      if (!b.has(id))
        changes.push({
          level: "breaking",
          action: "remove",
          where: `${section}.${id}`,
          detail: `removed ${section === "apis" ? "api" : "group"} "${id}"`,
        });
      else if (!same(value, b.get(id))) {
        const onlyProse = (v: unknown): unknown => ({ ...(v as object), title: undefined, description: undefined });
        const level: Level = same(onlyProse(value), onlyProse(b.get(id))) ? "docs" : "breaking";
        changes.push({
          level,
          action: "replace",
          where: `${section}.${id}`,
          detail: `changed ${section === "apis" ? "api" : "group"} "${id}"`,
        });
      }
    }
    for (const id of b.keys()) {
      if (!a.has(id))
        changes.push({
          level: "additive",
          action: "add",
          where: `${section}.${id}`,
          detail: `added ${section === "apis" ? "api" : "group"} "${id}"`,
        });
    }
  }

  const beforeEntries = new Map((before.errors ?? []).map((e) => [key(e), e]));
  const afterEntries = new Map((after.errors ?? []).map((e) => [key(e), e]));
  const afterByName = new Map((after.errors ?? []).map((e) => [`${e.api} ${e.name}`, e]));
  const moved = new Set<string>();

  for (const [k, old] of beforeEntries) {
    const now = afterEntries.get(k);
    if (now === undefined) {
      const renumbered = afterByName.get(`${old.api} ${old.name}`);
      if (renumbered !== undefined && !beforeEntries.has(key(renumbered))) {
        moved.add(key(renumbered));
        changes.push({
          level: "breaking",
          action: "replace",
          where: label(old),
          detail: `code of ${old.api} ${old.name} changed: ${String(old.code)} → ${String(renumbered.code)}`,
        });
      } else {
        changes.push({
          level: "breaking",
          action: "remove",
          where: label(old),
          detail: `removed error code ${label(old)} (retire it with deprecated: true instead)`,
        });
      }
      continue;
    }
    const fields = new Set([...Object.keys(old), ...Object.keys(now)]);
    for (const field of fields) {
      if (field === "api" || field === "code") continue;
      if (same(old[field], now[field])) continue;
      const level = levels[field] ?? "additive";
      const show = (v: unknown): string => (v === undefined ? "(none)" : JSON.stringify(v));
      const values = level === "docs" ? "" : `: ${show(old[field])} → ${show(now[field])}`;
      changes.push({
        level,
        action: old[field] === undefined ? "add" : now[field] === undefined ? "remove" : "replace",
        where: `${label(old)} ${field}`,
        detail: `${field} of ${label(old)} changed${values}`,
      });
    }
  }
  for (const [k, now] of afterEntries) {
    if (!beforeEntries.has(k) && !moved.has(k))
      changes.push({ level: "additive", action: "add", where: label(now), detail: `added error code ${label(now)}` });
  }

  const rest = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of ["apis", "groups", "errors"]) rest.delete(field);
  for (const field of rest) {
    if (!same(before[field], after[field]))
      changes.push({ level: "additive", action: "replace", where: field, detail: `top-level "${field}" changed` });
  }
  return changes;
}
