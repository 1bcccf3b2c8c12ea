import { createRequire } from "node:module";

/**
 * The bundled spec (@woox-sdk/types/openapi.json) is the sandbox's only description of the API: routes,
 * parameters, bodies, security and limits are all read from it at start-up, so a new operation or field
 * in spec/openapi.yaml reaches the sandbox with `pnpm gen`, not with an edit here.
 */

export type SchemaObject = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
}

export interface OperationObject {
  operationId?: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> } | { $ref: string };
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
  "x-rate-limit"?: RateLimitSpec;
  "x-open-order-limits"?: Record<string, number>;
  "x-error-codes"?: (number | string)[];
}

export interface RateLimitSpec {
  requests: number;
  perMs: number;
  /** `account`, `ip`, or the name of a body/query field such as `symbol`. */
  key: string;
  source?: string;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
}

export interface SpecOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** The path template as the spec writes it, e.g. "/v3/trade/algoOrder". */
  path: string;
  /** "POST /v3/trade/algoOrder": the key of the handler table. */
  route: string;
  operationId: string;
  operation: OperationObject;
  /** Whether the operation needs the signed x-api-* headers (non-empty effective `security`). */
  secured: boolean;
  rateLimit: RateLimitSpec | undefined;
  parameters: ParameterObject[];
  match(pathname: string): Record<string, string> | undefined;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

let bundled: OpenApiDocument | undefined;

/** The spec shipped by @woox-sdk/types, read once. */
export function bundledSpec(): OpenApiDocument {
  if (bundled === undefined) {
    const require = createRequire(import.meta.url);
    bundled = require("@woox-sdk/types/openapi.json") as OpenApiDocument;
  }
  return bundled;
}

/** Resolves a local `#/...` JSON pointer inside the document. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** Follows $ref chains until a non-reference object. */
export function deref<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  let v: unknown = value;
  for (
    let hops = 0;
    v !== null && typeof v === "object" && typeof (v as { $ref?: unknown }).$ref === "string";
    hops++
  ) {
    if (hops > 32) throw new Error("$ref cycle");
    v = resolvePointer(doc, (v as { $ref: string }).$ref);
  }
  return v as T;
}

function matcher(template: string): (pathname: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{(.+)\}$/.exec(part);
      if (m) {
        names.push(m[1]!);
        return "([^/]+)";
      }
      return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    })
    .join("");
  const re = new RegExp(`^${source}$`);
  return (pathname) => {
    const m = re.exec(pathname);
    if (m === null) return undefined;
    const params: Record<string, string> = {};
    names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
    return params;
  };
}

/** Every operation of the spec, in document order. */
export function specOperations(doc: OpenApiDocument = bundledSpec()): SpecOperation[] {
  const ops: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []) as (ParameterObject | { $ref: string })[];
    for (const m of METHODS) {
      const operation = item[m] as OperationObject | undefined;
      if (operation === undefined) continue;
      const method = m.toUpperCase();
      const security = operation.security ?? doc.security ?? [];
      // Operation parameters override path-item ones with the same name and location (OpenAPI rule).
      const byKey = new Map<string, ParameterObject>();
      for (const p of [...shared, ...(operation.parameters ?? [])]) {
        const param = deref<ParameterObject>(doc, p);
        byKey.set(`${param.in}:${param.name}`, param);
      }
      ops.push({
        method,
        path,
        route: `${method} ${path}`,
        operationId: operation.operationId ?? `${method} ${path}`,
        operation,
        secured: security.some((req) => Object.keys(req).length > 0),
        rateLimit: operation["x-rate-limit"],
        parameters: [...byKey.values()],
        match: matcher(path),
      });
    }
  }
  return ops;
}
