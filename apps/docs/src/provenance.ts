// `x-source`: where a fact of the spec came from, on operations, parameters and schemas (issue 12 §3).
// Each entry is {kind, ref, note?}; `ref` is a URL, a repository reference ("owner/repo@commit:path") or a
// short named reference that the spec's introduction spells out. The pages show every entry, so the next
// maintainer sees what to re-check when the exchange changes.

import { code, esc, inlineMd, table } from "./html.js";

/** Who stated the fact, in the spec's words. */
export const sourceKindText = {
  official: "Official WOO X page",
  "migration-guide": "WOO X migration guide",
  "independent-client": "Independent client",
  observed: "Observed from the live API",
} as const;

export type SourceKind = keyof typeof sourceKindText;

export interface Source {
  kind: SourceKind;
  ref: string;
  note?: string;
}

const isKind = (k: unknown): k is SourceKind => typeof k === "string" && Object.hasOwn(sourceKindText, k);

/**
 * The `x-source` list of one node, checked; [] when the node has none. A malformed list fails the build
 * naming where it is: a page that silently dropped a source would hide what to re-check.
 */
export function sourcesOf(value: unknown, where: string): Source[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  const ok =
    list.length > 0 &&
    list.every((s) => {
      const e = s as { kind?: unknown; ref?: unknown; note?: unknown } | null;
      return (
        e !== null &&
        typeof e === "object" &&
        isKind(e.kind) &&
        typeof e.ref === "string" &&
        e.ref !== "" &&
        (e.note === undefined || typeof e.note === "string")
      );
    });
  if (!ok)
    throw new Error(
      `${where}: x-source must be a non-empty list of {kind: ${Object.keys(sourceKindText).join("|")}, ref, note?}`,
    );
  return list as Source[];
}

/** A URL becomes a link (opened elsewhere: it leaves the site); any other reference is shown as code. */
export function refHtml(ref: string): string {
  return /^https?:\/\/[^\s]+$/.test(ref)
    ? `<a class="source-ref" href="${esc(ref)}" target="_blank" rel="noreferrer">${esc(ref)}</a>`
    : code(ref);
}

/** The operation page's Sources table; "" when there are none. */
export function sourcesTable(sources: readonly Source[]): string {
  if (sources.length === 0) return "";
  return table(
    ["Kind", "Reference", "Note"],
    sources.map((s) => [
      `<span class="source-kind" data-kind="${esc(s.kind)}">${esc(sourceKindText[s.kind])}</span>`,
      refHtml(s.ref),
      s.note ? inlineMd(s.note) : "",
    ]),
    "sources",
  );
}

/** The compact form next to a field: the kinds at a glance, references and notes one click away. */
export function sourcesInline(sources: readonly Source[]): string {
  if (sources.length === 0) return "";
  const kinds = [...new Set(sources.map((s) => sourceKindText[s.kind]))].join(", ");
  const items = sources
    .map((s) => `<li>${esc(sourceKindText[s.kind])}: ${refHtml(s.ref)}${s.note ? ` — ${inlineMd(s.note)}` : ""}</li>`)
    .join("");
  return `<details class="sources"><summary>Sources: ${esc(kinds)}</summary><ul>${items}</ul></details>`;
}
