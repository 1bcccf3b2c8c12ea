import { WooxRequestError } from "./ids.js";

// The query string and filled path, written so that a WHATWG URL parser leaves them as they are: then
// the text the client signs is the text that goes on the wire, whether node:http or fetch sends it,
// and the transport never has to parse the URL again.

/** One value as a query string writes it; `'` too, which encodeURIComponent leaves and a URL parser encodes. */
const encodeValue = (v: unknown): string => encodeURIComponent(v as string).replaceAll("'", "%27");

/**
 * The query string, written as openapi-fetch's default serializer writes it (form style: names as given,
 * null and undefined left out, arrays repeated as `a=1&a=2`, objects as `o[k]=v`), so that a call reads
 * the same whether openapi-fetch builds its URL or the client does (test/direct-call.property.test.ts
 * compares the two). Every query parameter of the spec is a string, number or boolean.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  let text = "";
  const add = (name: string, v: unknown) => {
    if (v === undefined || v === null) return;
    if (typeof v === "object") {
      throw new WooxRequestError(`query.${name}`, "a nested array or object cannot be written in a query string");
    }
    text += `${text === "" ? "" : "&"}${name}=${encodeValue(v)}`;
  };
  for (const name in query) {
    const v = query[name];
    if (Array.isArray(v)) for (const item of v) add(name, item);
    else if (v !== null && typeof v === "object")
      for (const k in v) add(`${name}[${k}]`, (v as Record<string, unknown>)[k]);
    else add(name, v);
  }
  return text;
}

const PLACEHOLDERS = /\{([^{}]+)\}/g;

/** Fills a path template's `{placeholders}` with their encoded values (checked before, see checkPathParams). */
export function fillPath(template: string, values: Record<string, unknown> | undefined): string {
  if (values === undefined) return template;
  return template.replace(PLACEHOLDERS, (whole, name: string) => {
    const v = values[name];
    return typeof v === "string" || typeof v === "number" || typeof v === "bigint"
      ? encodeURIComponent(String(v))
      : whole;
  });
}

/**
 * Every placeholder of the template has a value that fills one path segment: a string, number or
 * bigint, not empty, and not "." or ".." (which a URL parser would resolve into another path).
 */
export function checkPathParams(names: readonly string[], values: Record<string, unknown> | undefined): void {
  for (const name of names) {
    const v = values?.[name];
    if (v === undefined || v === null) throw new WooxRequestError(`path.${name}`, "is required");
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "bigint") {
      throw new WooxRequestError(`path.${name}`, `expected a string or a number, got ${typeof v}`);
    }
    const text = String(v);
    if (text === "" || text === "." || text === "..") {
      throw new WooxRequestError(`path.${name}`, `"${text}" does not name a path segment`);
    }
  }
}
