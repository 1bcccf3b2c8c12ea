import type { OpenApiDoc } from "./load.js";
import { SpecError } from "./load.js";
import { withHeader } from "./header.js";
import { collectInt64Names } from "./enums.js";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

interface RateLimit {
  requests: number;
  perMs: number;
  key: string;
  source: "documented" | "reported";
}

export interface OperationMeta {
  operationId: string;
  method: Uppercase<(typeof METHODS)[number]>;
  path: string;
  auth: boolean;
  rateLimit: RateLimit;
  errorCodes: number[];
  /** From x-client-id: the body field holding the client id, and the operation that finds an order by it. */
  clientId?: { field: string; lookup: string };
}

function checkRateLimit(where: string, value: unknown): RateLimit {
  const r = value as Partial<RateLimit> | undefined;
  const ok =
    r !== undefined &&
    Number.isInteger(r.requests) &&
    (r.requests ?? 0) > 0 &&
    Number.isInteger(r.perMs) &&
    (r.perMs ?? 0) > 0 &&
    typeof r.key === "string" &&
    r.key.length > 0 &&
    (r.source === "documented" || r.source === "reported");
  if (!ok) {
    throw new SpecError(
      `spec/openapi.yaml ${where}: x-rate-limit must be {requests: int > 0, perMs: int > 0, key: string, source: documented|reported}`,
    );
  }
  return { requests: r.requests!, perMs: r.perMs!, key: r.key!, source: r.source! };
}

/** Reads method, path, auth, x-rate-limit and x-error-codes of every operation, in spec order. */
export function collectOperations(doc: OpenApiDoc): OperationMeta[] {
  const globalSecurity = (doc.security as unknown[] | undefined) ?? [];
  const out: OperationMeta[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operationId = op.operationId;
      if (typeof operationId !== "string") throw new SpecError(`spec/openapi.yaml ${where}: operationId is missing`);
      if (seen.has(operationId))
        throw new SpecError(`spec/openapi.yaml ${where}: operationId ${operationId} is used twice`);
      seen.add(operationId);
      const security = (op.security as unknown[] | undefined) ?? globalSecurity;
      const codes = (op["x-error-codes"] as unknown[] | undefined) ?? [];
      if (!codes.every((c) => Number.isInteger(c)))
        throw new SpecError(`spec/openapi.yaml ${where}: x-error-codes must be integers`);
      const clientId = op["x-client-id"] as { field?: unknown; lookup?: unknown } | undefined;
      if (clientId !== undefined && (typeof clientId.field !== "string" || typeof clientId.lookup !== "string")) {
        throw new SpecError(`spec/openapi.yaml ${where}: x-client-id must be {field: string, lookup: operationId}`);
      }
      out.push({
        operationId,
        method: method.toUpperCase() as OperationMeta["method"],
        path,
        auth: security.some((s) => Object.keys(s as object).length > 0),
        rateLimit: checkRateLimit(where, op["x-rate-limit"]),
        errorCodes: codes as number[],
        ...(clientId ? { clientId: { field: clientId.field as string, lookup: clientId.lookup as string } } : {}),
      });
    }
  }
  for (const op of out) {
    if (op.clientId && !seen.has(op.clientId.lookup)) {
      throw new SpecError(
        `spec/openapi.yaml ${op.method} ${op.path}: x-client-id.lookup names ${op.clientId.lookup}, which is not an operation`,
      );
    }
  }
  return out;
}

export function renderOperations(doc: OpenApiDoc): string {
  const ops = collectOperations(doc);
  const lines = ops.map((op) => {
    const { operationId, ...meta } = op;
    return `  ${operationId}: ${JSON.stringify(meta)},`;
  });
  return withHeader(
    [
      "/** Every operation of the spec: method, path, whether it is signed, its rate limit (x-rate-limit) and the error codes it documents (x-error-codes). */",
      "export const operations = {",
      ...lines,
      "} as const;",
      "",
      "export type OperationId = keyof typeof operations;",
      "",
      "/** Properties and query parameters that hold 64-bit integers (ids, ms timestamps). */",
      `export const int64Names: ReadonlySet<string> = new Set(${JSON.stringify(collectInt64Names(doc))});`,
    ].join("\n"),
  );
}
