// Small helpers for the HTML and Markdown that the page generators emit.
//
// Generated pages are Markdown that VitePress compiles into Vue templates, so any text that comes from the
// spec or the catalog must be safe twice: for Markdown/HTML (`<`, `&`) and for Vue (`{{ }}`). Pages wrap
// generated regions in `<div v-pre>` for the latter; these helpers take care of the former.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Inline code in raw HTML, e.g. for field names inside tables. */
export function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

/**
 * Renders the little Markdown that spec and catalog strings use inside one line of raw HTML: `code`,
 * **bold** and *emphasis*. Everything else is escaped, so a stray `<` in a description cannot open a tag.
 */
export function inlineMd(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length >= 2
        ? code(part.slice(1, -1))
        : esc(part)
            .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
            .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, "$1<em>$2</em>"),
    )
    .join("")
    .replace(/\s*\n\s*/g, " ");
}

/**
 * Prepares a Markdown description from the spec for inclusion in a generated page: keeps it Markdown (lists,
 * paragraphs, code spans) but escapes `<` and `>` outside code spans, so text such as `<ms>` is shown, not
 * parsed as a tag by Markdown-it and then by Vue's template compiler.
 */
export function safeMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length >= 2
        ? part
        : part.replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    )
    .join("")
    .trim();
}

/** A value for YAML frontmatter; JSON strings are valid YAML scalars, and a leading "-" stays a string. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** Joins site-absolute paths with the configured base ("/" or e.g. "/woox-sdk/"), for raw HTML links. */
export function withBasePath(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** A one-line HTML table (no blank lines: Markdown-it ends an HTML block at the first blank line). */
export function table(head: readonly string[], rows: readonly (readonly string[])[], className?: string): string {
  const cls = className ? ` class="${esc(className)}"` : "";
  const th = head.map((h) => `<th>${h}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table${cls}><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Formats a JSON value as a TypeScript object literal: identifier-like keys unquoted, two-space indents,
 * short arrays of scalars kept on one line. Used for the generated client examples.
 */
export function tsLiteral(value: unknown, indent = 0): string {
  const pad = "  ".repeat(indent);
  const inner = "  ".repeat(indent + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v) => tsLiteral(v, indent + 1));
    const flat = `[${items.join(", ")}]`;
    if (value.every((v) => v === null || typeof v !== "object") && flat.length <= 80) return flat;
    return `[\n${items.map((i) => inner + i).join(",\n")},\n${pad}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    const parts = entries.map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, indent + 1)}`,
    );
    const flat = `{ ${parts.join(", ")} }`;
    if (flat.length + indent * 2 <= 100 && !flat.includes("\n")) return flat;
    return `{\n${parts.map((p) => inner + p).join(",\n")},\n${pad}}`;
  }
  if (typeof value === "bigint") return `${value}n`;
  return JSON.stringify(value);
}
