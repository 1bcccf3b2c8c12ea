import { deref, HTTP_METHODS } from "../../../types/src/spec.js";
import { SpecError } from "../load.js";
import type { OpenApiDoc } from "../load.js";

/** operationId → names of its query parameters, read from spec/openapi.yaml. */
export function openApiOperations(doc: OpenApiDoc): Map<string, Set<string>> {
  const ops = new Map<string, Set<string>>();
  for (const item of Object.values(doc.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as { operationId?: string; parameters?: unknown[] } | undefined;
      if (op?.operationId === undefined) continue;
      const query = new Set<string>();
      for (const raw of [...shared, ...(op.parameters ?? [])]) {
        const p = deref<{ name?: string; in?: string }>(doc, raw as object);
        if (p.in === "query" && typeof p.name === "string") query.add(p.name);
      }
      ops.set(op.operationId, query);
    }
  }
  return ops;
}

/**
 * A reference from spec/asyncapi.yaml to a REST operation (and, optionally, its query parameters). An
 * object marked `x-openapi-missing` may name what openapi.yaml lacks; once openapi.yaml has it all, the
 * marker is stale and is an error too, so that it gets removed.
 */
export function checkOperationRef(
  ops: Map<string, Set<string>>,
  at: string,
  operationId: string,
  query: string[],
  missingMarker: unknown,
): void {
  const query_ = ops.get(operationId);
  const missing: string[] = [];
  if (query_ === undefined) missing.push(`operation ${operationId}`);
  else for (const q of query) if (!query_.has(q)) missing.push(`query parameter ${q} of ${operationId}`);
  if (missingMarker === undefined && missing.length > 0) {
    throw new SpecError(
      `${at}: spec/openapi.yaml has no ${missing.join(", ")} (mark it x-openapi-missing if it is known to be missing)`,
    );
  }
  if (missingMarker !== undefined && missing.length === 0) {
    throw new SpecError(
      `${at}: x-openapi-missing is stale: spec/openapi.yaml now has ${operationId}${query.length > 0 ? ` with ${query.join(", ")}` : ""}; remove the marker`,
    );
  }
}
