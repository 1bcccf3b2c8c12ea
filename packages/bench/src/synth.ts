/**
 * A synthetic spec k times larger than spec/openapi.yaml with the same shapes: copy 1 is the spec
 * itself; copy n (2..k) repeats every path under "/v3/xN/…", every operationId as "…XN" and every
 * component (schemas, parameters, responses) as "…XN", with its $refs pointing at its own components.
 * Security schemes, tags and the error catalog are shared.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REF = /^#\/components\/(schemas|parameters|responses|requestBodies|headers)\/(.+)$/;
const RENAMED = ["schemas", "parameters", "responses", "requestBodies", "headers"];

function renameRefs(value: Json, suffix: string): Json {
  if (typeof value === "string") {
    const m = REF.exec(value);
    return m ? `#/components/${m[1]}/${m[2]}${suffix}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, suffix));
  if (value === null || typeof value !== "object") return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[k] = renameRefs(v, suffix);
  return out;
}

/** The path a copy uses: "/v3/trade/algoOrder" → "/v3/x2/trade/algoOrder". */
export function copiedPath(path: string, n: number): string {
  return n === 1 ? path : path.replace(/^\/v3\//, `/v3/x${n}/`);
}

export function scaleSpec(doc: { [key: string]: Json }, k: number): { [key: string]: Json } {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`scale must be a positive integer, got ${k}`);
  const paths = doc.paths as { [path: string]: { [method: string]: Json } };
  const components = (doc.components ?? {}) as { [section: string]: { [name: string]: Json } };
  const outPaths: { [path: string]: Json } = { ...paths };
  const outComponents: { [section: string]: { [name: string]: Json } } = {};
  for (const [section, entries] of Object.entries(components)) outComponents[section] = { ...entries };
  for (let n = 2; n <= k; n++) {
    const suffix = `X${n}`;
    for (const [path, item] of Object.entries(paths)) {
      if (!path.startsWith("/v3/")) throw new Error(`scaleSpec: expected every path under /v3/, got ${path}`);
      const copy = renameRefs(item, suffix) as { [method: string]: { [key: string]: Json } };
      for (const op of Object.values(copy)) {
        if (op === null || typeof op !== "object" || Array.isArray(op)) continue;
        if (typeof op.operationId === "string") op.operationId += suffix;
        const clientId = op["x-client-id"] as { lookup?: Json } | undefined;
        if (clientId && typeof clientId.lookup === "string")
          op["x-client-id"] = { ...clientId, lookup: clientId.lookup + suffix };
        // Other documented paths of the operation move with it (codegen refuses a path two operations claim).
        const alternatives = op["x-alternative-paths"];
        if (Array.isArray(alternatives))
          op["x-alternative-paths"] = alternatives.map((p) => (typeof p === "string" ? copiedPath(p, n) : p));
      }
      outPaths[copiedPath(path, n)] = copy;
    }
    for (const section of RENAMED) {
      for (const [name, value] of Object.entries(components[section] ?? {}))
        outComponents[section]![name + suffix] = renameRefs(value, suffix);
    }
  }
  return { ...doc, paths: outPaths, components: outComponents };
}
