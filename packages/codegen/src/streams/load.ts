import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DiagnosticSeverity, Parser, type AsyncAPIDocumentInterface, type Diagnostic } from "@asyncapi/parser";
import { LineCounter, parseDocument } from "yaml";
import { SpecError } from "../load.js";

export const ASYNCAPI_FILE = "spec/asyncapi.yaml";

/** A path into the YAML document, as the parser and ajv report it. */
export type Where = readonly (string | number)[];

/** spec/asyncapi.yaml twice: as written (names of `$ref`s kept) and as the AsyncAPI parser resolved it. */
export interface AsyncApiSpec {
  /** The document as written, `$ref`s untouched: the generators read schema names from it. */
  raw: Record<string, unknown>;
  /** The parsed document: `$ref`s (also into openapi.yaml) resolved; used for example validation. */
  document: AsyncAPIDocumentInterface;
  /** "spec/asyncapi.yaml:123 channels.bbo.x-topic" for a path into the document. */
  at(where: Where): string;
}

// Creating a Parser builds its Spectral ruleset, which takes about a second; one per process is enough.
let parser: Parser | undefined;

/** Every `$ref` in the document whose value ends with `pointer`, as paths. */
function refsTo(node: unknown, pointer: string, where: Where = []): Where[] {
  if (node === null || typeof node !== "object") return [];
  const found: Where[] = [];
  for (const [k, v] of Object.entries(node)) {
    const path = [...where, Array.isArray(node) ? Number(k) : k];
    if (k === "$ref" && typeof v === "string" && v.endsWith(pointer)) found.push(path);
    else found.push(...refsTo(v, pointer, path));
  }
  return found;
}

/**
 * Parses spec/asyncapi.yaml with @asyncapi/parser. Relative `$ref`s (`./openapi.yaml#/...`) resolve
 * against the file's own path, given as `source`. Any error or warning diagnostic is a SpecError that
 * names the file, the line, the path in the document and the problem; information and hints pass.
 */
export async function loadAsyncApi(root: string): Promise<AsyncApiSpec> {
  const full = join(root, ASYNCAPI_FILE);
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (err) {
    throw new SpecError(`${ASYNCAPI_FILE}: cannot read: ${(err as Error).message}`);
  }
  const lines = new LineCounter();
  const yamlDoc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, intAsBigInt: false });
  if (yamlDoc.errors.length > 0) {
    throw new SpecError(`${ASYNCAPI_FILE}: not valid YAML: ${yamlDoc.errors.map((e) => e.message).join("; ")}`);
  }
  parser ??= new Parser();
  const { document, diagnostics } = await parser.parse(text, { source: full });
  // Spectral's and the parser's DiagnosticSeverity are the same numbers under two enum types.
  const bad = diagnostics.filter((d) => (d.severity as number) <= (DiagnosticSeverity.Warning as number));
  const raw = yamlDoc.toJS() as Record<string, unknown>;
  const at = (where: Where): string => {
    // The deepest node that exists, so that a missing key still points at its parent's line.
    for (let n = where.length; n >= 0; n--) {
      const node = yamlDoc.getIn(where.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return `${ASYNCAPI_FILE}:${lines.linePos(node.range[0]).line} ${where.join(".") || "(root)"}`;
    }
    return `${ASYNCAPI_FILE} ${where.join(".")}`;
  };
  const describe = (d: Diagnostic): string => {
    const message = d.message.replaceAll(`${root}/`, "");
    if (d.code === "invalid-ref") {
      // The parser reports a broken ref at its target; name the places in this file that use it.
      const pointer = /'(#\/[^']+)'/.exec(message)?.[1];
      const users = pointer ? refsTo(raw, pointer) : [];
      if (users.length > 0) return users.map((w) => `  ${at(w)}: ${message} [${d.code}]`).join("\n");
    }
    const line = d.range ? `:${d.range.start.line + 1}` : "";
    const path = d.path.length > 0 ? d.path.join(".") : "(root)";
    return `  ${ASYNCAPI_FILE}${line} ${path}: ${message} [${d.code}]`;
  };
  if (bad.length > 0 || document === undefined) {
    const listed = bad.length > 0 ? bad.map(describe).join("\n") : "  (no detail)";
    throw new SpecError(`${ASYNCAPI_FILE} is not a valid AsyncAPI document (@asyncapi/parser):\n${listed}`);
  }
  return { raw, document, at };
}
