import { createQuerySerializer } from "openapi-fetch";
import { WooxRequestError } from "./ids.js";

// The query string and filled path, written so that a WHATWG URL parser leaves them as they are: then
// the text the client signs is the text that goes on the wire, whether node:http or fetch sends it,
// and the transport never has to parse the URL again.

const querySerializer = createQuerySerializer();

/**
 * openapi-fetch's own query serializer (form style, arrays repeated), built once. Its
 * encodeURIComponent leaves `'` as is, which a URL parser encodes in the query: encoded here instead.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const text = querySerializer(query);
  return text.includes("'") ? text.replaceAll("'", "%27") : text;
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
