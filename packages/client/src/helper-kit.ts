import type { IdInput } from "./ids.js";
import type { BodyOf, OpId, QueryOf } from "./operation-types.js";

/** Per-call options every helper takes last. */
export interface HelperCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

// Everything the helpers take is typed from the generated `operations`; no request shape is restated.
export type Query<K extends OpId> = QueryOf<K>;
export type Body<K extends OpId> = BodyOf<K>;

/** Ids of the query may also be given as bigint or decimal strings. */
export type WithIdInputs<T> = {
  [P in keyof T]: NonNullable<T[P]> extends number | bigint
    ? P extends `${string}Id` | "fromId"
      ? IdInput
      : T[P]
    : T[P];
};

export function requireOneOf(ref: object | undefined, keys: [string, string], what: string): void {
  const given = keys.filter((k) => (ref as Record<string, unknown> | undefined)?.[k] !== undefined);
  if (given.length !== 1) throw new TypeError(`${what}: pass exactly one of ${keys.join(" or ")}`);
}
