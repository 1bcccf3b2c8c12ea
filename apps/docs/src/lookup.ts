// The error lookup's search, kept free of Vue and DOM so that it runs the same in the browser (the
// ErrorLookup component) and in unit tests. It searches the catalog shipped by @woox-sdk/errors: no
// index file, no server, no network.

import type { Api, CatalogEntry } from "@woox-sdk/errors/text";

export interface LookupHit {
  entry: CatalogEntry;
  score: number;
}

export interface LookupOptions {
  /** Only this api's codes; default both. */
  api?: Api;
  /** At most this many hits; default all. */
  limit?: number;
}

/** Lowercase, straight quotes, underscores as spaces: "can’t" and "can't", TOO_MANY and "too many" meet. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function words(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9'{}-]+/)
    .filter((w) => w !== "" && w !== "-");
}

interface Prepared {
  entry: CatalogEntry;
  index: number;
  code: string;
  name: string;
  messages: string;
  extra: string;
}

const prepared = new WeakMap<readonly CatalogEntry[], Prepared[]>();

function prepare(entries: readonly CatalogEntry[]): Prepared[] {
  let p = prepared.get(entries);
  if (!p) {
    p = entries.map((entry, index) => ({
      entry,
      index,
      code: String(entry.code),
      name: normalize(entry.name),
      messages: normalize([entry.message ?? "", ...(entry.observedMessages ?? [])].join(" \n ")),
      extra: normalize(`${entry.hint} ${entry.note ?? ""} ${entry.category}`),
    }));
    prepared.set(entries, p);
  }
  return p;
}

function scoreCode(p: Prepared, q: string): number {
  const bare = q.replace(/^[+-]/, "");
  const codeBare = p.code.replace(/^-/, "");
  if (p.code === q) return 100;
  if (codeBare === bare) return 90; // "1003" finds -1003
  if (p.code.startsWith(q)) return 60;
  if (codeBare.startsWith(bare)) return 50;
  if (p.code.includes(bare)) return 20;
  return 0;
}

function scoreText(p: Prepared, q: string, tokens: readonly string[]): number {
  const inName = tokens.every((t) => p.name.includes(t));
  const inMessages = tokens.every((t) => p.messages.includes(t) || p.name.includes(t));
  if (p.name === q) return 100;
  if (p.messages.includes(q) && q.length >= 3) return inName ? 80 : 70;
  if (inName) return p.name.startsWith(tokens[0] ?? "") ? 65 : 60;
  if (inMessages) return 40;
  // Last resort: the hint and note, so "clock" or "reconcile" still find something.
  if (tokens.every((t) => p.messages.includes(t) || p.name.includes(t) || p.extra.includes(t))) return 10;
  return 0;
}

/**
 * Finds entries by code (exact, without its sign, or by prefix), by name (`TOO_MANY_REQUEST`, `too many`)
 * or by words of the message, best first. An empty query finds nothing.
 */
export function searchCatalog(entries: readonly CatalogEntry[], query: string, opts: LookupOptions = {}): LookupHit[] {
  const raw = query.trim();
  if (raw === "") return [];
  const isCode = /^[+-]?\d+$/.test(raw);
  const q = normalize(raw);
  const tokens = words(raw);
  if (!isCode && tokens.length === 0) return [];
  const hits: (LookupHit & { index: number })[] = [];
  for (const p of prepare(entries)) {
    if (opts.api && p.entry.api !== opts.api) continue;
    const score = isCode ? scoreCode(p, raw.replace(/^\+/, "")) : scoreText(p, q, tokens);
    if (score > 0) hits.push({ entry: p.entry, score, index: p.index });
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  return hits.slice(0, opts.limit ?? hits.length).map(({ entry, score }) => ({ entry, score }));
}
