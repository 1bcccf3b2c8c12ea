// The TypeScript an operation's page shows: creating the client, then one raw typed call per request
// example (`client.POST(path, { body })`), or one built from the parameters. The path is the template as
// the spec writes it ("/v3/asset/wallet/withdraw/{withdrawId}"), its placeholders filled through
// `params.path`, which is how the client's typed calls take them. test/snippets.test.ts type-checks every
// snippet against @woox-sdk/client.

import { deref } from "@woox-sdk/types/spec";
import { tsLiteral } from "./html.js";
import type { PageContext } from "./page-parts.js";
import { sampleValue } from "./schema.js";
import type { OpenApiDoc, Operation, Schema } from "./spec.js";

export interface ClientExamples {
  /** Creating the client (with credentials when the operation is signed). */
  setup: string;
  /** One call per request example, or a single call built from the parameters. */
  calls: { title: string; code: string; body?: unknown }[];
}

/** A field of the same name in the operation's success example, as a realistic parameter value. */
function responseValue(op: Operation, name: string): unknown {
  const ok = op.responses.find((r) => r.status.startsWith("2"));
  const value = ok?.examples[0]?.value as { data?: Record<string, unknown> } | undefined;
  const v = value?.data?.[name];
  return v === undefined || v === null || typeof v === "object" ? undefined : v;
}

const int64NamesOf = new WeakMap<OpenApiDoc, Set<string>>();

/**
 * Names of the spec's properties that are 64-bit ids (`format: int64`, also on a union such as Int64IdLoose)
 * wherever they appear: a name that is a plain string somewhere else is left out.
 */
function int64Names(doc: OpenApiDoc): Set<string> {
  let names = int64NamesOf.get(doc);
  if (names) return names;
  names = new Set<string>();
  const strings = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (raw: Schema | undefined): void => {
    if (raw === undefined || seen.has(raw)) return;
    seen.add(raw);
    const s = deref<Schema>(doc, raw) as Record<string, unknown>;
    for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const p = deref<Schema>(doc, prop) as { format?: unknown; type?: unknown };
      if (p.format === "int64") names.add(name);
      else if (p.type === "string") strings.add(name);
      walk(prop);
    }
    for (const key of ["items", "allOf", "oneOf", "anyOf"])
      for (const sub of [s[key]].flat()) if (sub !== undefined) walk(sub as Schema);
  };
  for (const schema of Object.values(doc.components?.schemas ?? {})) walk(schema);
  for (const name of strings) names.delete(name);
  int64NamesOf.set(doc, names);
  return names;
}

/**
 * An example as the client's types take it: an id the example writes as a digit string (the exchange takes
 * both) becomes a bigint literal, since the raw calls type 64-bit ids as `number | bigint`.
 */
function typedIds(doc: OpenApiDoc, value: unknown, key?: string): unknown {
  if (typeof value === "string" && key !== undefined && /^\d+$/.test(value) && int64Names(doc).has(key))
    return BigInt(value);
  if (Array.isArray(value)) return value.map((v) => typedIds(doc, v));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typedIds(doc, v, k)]));
  return value;
}

/** A parameter's example as its own schema types it: digits of an int64 parameter as a bigint literal. */
function paramValue(ctx: PageContext, p: Operation["parameters"][number], value: unknown): unknown {
  const int64 = p.schema !== undefined && (deref<Schema>(ctx.doc, p.schema) as { format?: unknown }).format === "int64";
  return int64 && typeof value === "string" && /^\d+$/.test(value) ? BigInt(value) : value;
}

/** `client.GET(path, { params })` / `client.POST(path, { body })` for one example. */
function clientCall(ctx: PageContext, op: Operation, body?: unknown): string {
  const init: string[] = [];
  const params: Record<string, Record<string, unknown>> = {};
  for (const where of ["path", "query"] as const) {
    const list = op.parameters.filter((p) => p.in === where);
    // Required parameters, or the first one when all are optional (e.g. "one of these two ids").
    const chosen = list.filter((p) => p.required === true);
    if (chosen.length === 0 && list[0]) chosen.push(list[0]);
    if (chosen.length > 0)
      params[where] = Object.fromEntries(
        chosen.map((p) => [
          p.name,
          paramValue(ctx, p, p.example ?? responseValue(op, p.name) ?? sampleValue(ctx.doc, p.schema)),
        ]),
      );
  }
  if (Object.keys(params).length > 0) init.push(`params: ${tsLiteral(params, 1)}`);
  if (body !== undefined) init.push(`body: ${tsLiteral(typedIds(ctx.doc, body), 1)}`);
  const arg = init.length > 0 ? `, {\n  ${init.join(",\n  ")},\n}` : "";
  return `const { data, error } = await client.${op.method}(${JSON.stringify(op.path)}${arg});`;
}

/** The TypeScript shown on an operation's page; exported so a test can type-check every snippet. */
export function clientExamples(ctx: PageContext, op: Operation): ClientExamples {
  const setup = [
    `import { createWooxClient } from "@woox-sdk/client";`,
    "",
    op.auth
      ? `const client = createWooxClient({\n  apiKey: process.env.WOOX_API_KEY,\n  apiSecret: process.env.WOOX_API_SECRET,\n});`
      : `const client = createWooxClient();`,
  ].join("\n");
  const examples = op.requestBody?.examples ?? [];
  const calls =
    examples.length > 0
      ? examples.map((ex) => ({ title: ex.summary ?? ex.key, code: clientCall(ctx, op, ex.value), body: ex.value }))
      : [{ title: op.summary, code: clientCall(ctx, op) }];
  return { setup, calls };
}
