import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ASYNCAPI_FILE } from "./load.js";

/** How spec/asyncapi.yaml names openapi.yaml in its `$ref`s, and how the published sibling is named. */
const OPENAPI_REF = "./openapi.yaml#";
const BUNDLED_OPENAPI_REF = "openapi.json#";

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === "$ref" && typeof v === "string" && v.startsWith(OPENAPI_REF)
        ? BUNDLED_OPENAPI_REF + v.slice(OPENAPI_REF.length)
        : rewriteRefs(v),
    ]),
  );
}

/**
 * `@woox-sdk/types/asyncapi.json`: spec/asyncapi.yaml as written (extensions, descriptions, examples and
 * `x-source` kept), as JSON. Its references into openapi.yaml point at the published sibling
 * `openapi.json#/...`, so a reader (the docs site) resolves them against the bundled OpenAPI spec. Called
 * after `renderStreams` has validated the document.
 */
export function renderBundledAsyncApi(root: string): string {
  const doc = parse(readFileSync(join(root, ASYNCAPI_FILE), "utf8")) as unknown;
  return `${JSON.stringify(rewriteRefs(doc), null, 2)}\n`;
}
