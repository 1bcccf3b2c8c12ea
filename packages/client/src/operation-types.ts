import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { operations as Ops } from "@woox-sdk/types";
import type { IdInput } from "./ids.js";
import type { CallOptions } from "./options.js";

// Request and response types of one operation, read from the generated `operations` of @woox-sdk/types by
// operationId. Nothing here names an operation: a new one in the spec gets these types by itself.

export type OpId = keyof Ops;

/** A 64-bit field (typed `number | bigint` by the spec) also takes a decimal string on the way out. */
type LooseValue<V> = bigint extends V ? V | IdInput : V;
type Loosen<T> = T extends object ? { [P in keyof T]: LooseValue<T[P]> } : T;
type LooseParams<T> = { [L in keyof T]: L extends "query" | "path" ? Loosen<T[L]> : T[L] };
type Looser<T> = { [P in keyof T]: P extends "params" ? LooseParams<T[P]> : P extends "body" ? Loosen<T[P]> : T[P] };

/**
 * What a call of operation `K` takes: `params` (query, path) and `body`, required where the spec
 * requires them, exactly as openapi-fetch types the raw call, with ids also accepted as decimal strings.
 */
export type OperationInit<K extends OpId> = Looser<ParamsOption<Ops[K]> & RequestBodyOption<Ops[K]>>;

export type QueryOf<K extends OpId> = Ops[K] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type BodyOf<K extends OpId> = Ops[K] extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : never;

/** The `data` of an operation's success envelope. */
export type DataOf<K extends OpId> = Ops[K] extends { responses: { 200: { content: { "application/json": infer R } } } }
  ? R extends { data: infer D }
    ? D
    : never
  : never;

/** One row of a paginated answer. */
export type RowOf<K extends OpId> = DataOf<K> extends { rows: (infer R)[] } ? R : never;

/**
 * Calls one operation by its id and resolves to the `data` of its success envelope; throws WooxApiError
 * or a transport error. The request is checked against the operation's types at compile time.
 */
export type CallOperation = <K extends OpId>(id: K, init: OperationInit<K>, opts?: CallOptions) => Promise<DataOf<K>>;
