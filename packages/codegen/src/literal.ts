import { format } from "prettier";

/**
 * A TypeScript literal for plain data, written so that Prettier keeps one field per line: objects break
 * after `{` (but for a short record of up to three scalars), arrays of scalars stay on one line (Prettier
 * wraps them when long). Keys that are identifiers are left unquoted.
 */
export function literal(value: unknown, indent = ""): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => literal(v)).join(", ")}]`;
    return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  // A small record of scalars, e.g. `{ scope: "account" }`, reads best on one line.
  if (entries.length <= 3 && entries.every(([, v]) => v === null || typeof v !== "object")) {
    const flat = `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v)}`).join(", ")} }`;
    if (flat.length <= 60) return flat;
  }
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`).join("\n")}\n${indent}}`;
}

/** Every generated TypeScript file goes through the repo's Prettier settings, so diffs stay small and readable. */
export function formatTs(code: string): Promise<string> {
  return format(code, { parser: "typescript", printWidth: 120, trailingComma: "all" });
}
