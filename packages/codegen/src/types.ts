import ts from "typescript";
import openapiTS, { astToString, oapiRef } from "openapi-typescript";
import type { OpenApiDoc } from "./load.js";

const int64 = ts.factory.createUnionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword),
]);

/**
 * Tuples for arrays with a bounded length, e.g. minItems 1, maxItems 2 → `[T] | [T, T]`, so that a
 * missing required leg fails to type-check. (openapi-typescript 7.13's own `arrayLength` output for
 * min < max is off by the minimum: it emits `[] | [T]`.)
 */
function boundedTuple(schema: {
  type?: unknown;
  minItems?: number;
  maxItems?: number;
  items?: unknown;
}): ts.TypeNode | undefined {
  const ref = (schema.items as { $ref?: unknown } | undefined)?.$ref;
  if (schema.type !== "array" || typeof ref !== "string") return undefined;
  const min = schema.minItems ?? 0;
  const max = schema.maxItems;
  if (max === undefined || max > 4 || min > max) return undefined;
  const members: ts.TypeNode[] = [];
  for (let n = min; n <= max; n++) {
    members.push(ts.factory.createTupleTypeNode(Array.from({ length: n }, () => oapiRef(ref))));
  }
  return members.length === 1 ? members[0] : ts.factory.createUnionTypeNode(members);
}

/**
 * openapi-typescript over the parsed spec. int64 fields become `number | bigint`: the client parses
 * integers above 2^53 as bigint and writes bigint back as exact digits, so ids never pass through a double.
 */
export async function renderTypes(doc: OpenApiDoc): Promise<string> {
  // openapi-typescript resolves $refs in place; hand it a copy so the other generators see the original.
  const copy = structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0];
  const nodes = await openapiTS(copy, {
    arrayLength: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
    transform(schema) {
      if (schema.format === "int64") return int64;
      return boundedTuple(schema);
    },
  });
  return astToString(nodes);
}

/** The spec as JSON, shipped in @woox-sdk/types as "./openapi.json" for tools that want it at run time. */
export function renderBundledSpec(doc: OpenApiDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
