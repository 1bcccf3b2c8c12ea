/**
 * Reading the bundled OpenAPI document (`@woox-sdk/types/openapi.json`): the one `$ref` resolver of the
 * project. The generator, the sandbox's request validation and the docs site all follow references with
 * it, so a rule about references (local only, `~0`/`~1` escapes, cycles) is written once.
 */

/** The HTTP methods an OpenAPI path item may hold, in the order the spec lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A reference object, `{ $ref: "#/components/schemas/Side" }`. */
export interface Reference {
  $ref: string;
}

export function isReference(value: unknown): value is Reference {
  return value !== null && typeof value === "object" && typeof (value as { $ref?: unknown }).$ref === "string";
}

/** The node a local JSON pointer (`#/components/schemas/Side`) names; throws on anything else. */
export function resolvePointer(doc: object, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** Follows a chain of references to the first node that is not one. */
export function deref<T>(doc: object, value: T | Reference): T {
  let v: unknown = value;
  for (let hops = 0; isReference(v); hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${v.$ref}`);
    v = resolvePointer(doc, v.$ref);
  }
  return v as T;
}

/** The last segment of a reference, e.g. "Side" for "#/components/schemas/Side". */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}
