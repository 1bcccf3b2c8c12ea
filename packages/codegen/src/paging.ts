import { deref, HTTP_METHODS, type Reference } from "../../types/src/spec.js";
import type { OpenApiDoc } from "./load.js";
import { SpecError } from "./load.js";

/**
 * How a list operation pages, read from its parameters and its answer: the query parameter that numbers
 * the page, the one that sizes it, the property of `data` that holds the rows, and where the total is
 * (`meta`, a `PageMeta`; a count beside the rows; or nowhere, so that only a short or empty page ends
 * the walk).
 */
export interface Paging {
  readonly page: string;
  readonly size?: string;
  readonly rows: string;
  readonly total?: { readonly meta: string } | { readonly count: string };
}

type Schema = {
  $ref?: string;
  type?: unknown;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { name?: unknown; in?: unknown };

/** Page-size parameters, in the order they are looked for (transaction history sizes its pages by `limit`). */
const SIZE_PARAMS = ["size", "limit"];
/** Integer properties beside the rows that hold the number of all matches (convert trades: `count`). */
const COUNT_PROPS = ["count", "total"];

/** Properties of a schema, through allOf/oneOf/anyOf and references (the first definition of a name wins). */
function properties(doc: OpenApiDoc, schema: unknown, seen = new Set<unknown>()): Map<string, Schema> {
  const out = new Map<string, Schema>();
  const s = deref<Schema>(doc, schema as Schema | Reference);
  if (s === undefined || seen.has(s)) return out;
  seen.add(s);
  for (const [name, p] of Object.entries(s.properties ?? {})) out.set(name, deref<Schema>(doc, p));
  for (const sub of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])])
    for (const [name, p] of properties(doc, sub, seen)) if (!out.has(name)) out.set(name, p);
  return out;
}

const isType = (s: Schema, type: string) => s.type === type || (Array.isArray(s.type) && s.type.includes(type));

/**
 * Every GET operation that takes a `page` query parameter, with how it pages. Such an operation must answer
 * exactly one array in `data` (the rows); anything else is a spec error naming the operation, so that a list
 * cannot be added without the client's iterators knowing how to walk it.
 */
export function collectPaging(doc: OpenApiDoc): Map<string, Paging> {
  const out = new Map<string, Paging>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as
        { operationId?: string; parameters?: unknown[]; responses?: Record<string, unknown> } | undefined;
      if (method !== "get" || op === undefined || typeof op.operationId !== "string") continue;
      const params = [...((item.parameters as unknown[] | undefined) ?? []), ...(op.parameters ?? [])]
        .map((p) => deref<Parameter>(doc, p as Parameter))
        .filter((p) => p.in === "query")
        .map((p) => p.name as string);
      if (!params.includes("page")) continue;
      const at = `spec/openapi.yaml GET ${path} (${op.operationId})`;
      const answer = deref<{ content?: Record<string, { schema?: unknown }> }>(doc, op.responses?.["200"] as Reference);
      const data = properties(doc, answer?.content?.["application/json"]?.schema).get("data");
      const fields = data === undefined ? new Map<string, Schema>() : properties(doc, data);
      const arrays = [...fields].filter(([, s]) => isType(s, "array")).map(([name]) => name);
      if (arrays.length !== 1) {
        throw new SpecError(
          `${at}: takes "page", so its 200 answer's data must hold exactly one array (the rows); found ${arrays.length ? arrays.join(", ") : "none"}`,
        );
      }
      const size = SIZE_PARAMS.find((name) => params.includes(name));
      const count = COUNT_PROPS.find((name) => fields.has(name) && isType(fields.get(name)!, "integer"));
      const total = fields.has("meta") ? { meta: "meta" } : count ? { count } : undefined;
      out.set(op.operationId, {
        page: "page",
        ...(size ? { size } : {}),
        rows: arrays[0]!,
        ...(total ? { total } : {}),
      });
    }
  }
  return out;
}
