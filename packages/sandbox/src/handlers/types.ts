import type { operations as Operations } from "@woox-sdk/types";
import type { operations, OperationId } from "@woox-sdk/types/operations";
import type { Exchange } from "../engine/exchange.js";
import type { ValidationHooks } from "../http/validate.js";

/**
 * The types that tie a handler to its operation, all derived from the generated `operations` type of
 * @woox-sdk/types: what comes in (query, path parameters, body) and the `data` of the success envelope
 * that goes out. `HandlerTable` maps every operationId of the spec to its handler, so a new operation
 * without one, or a handler answering the wrong shape, does not compile.
 */

type Op<K extends OperationId> = Operations[K];
/** `T` without `undefined`, or an empty object when the operation has none of it. */
type Present<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;
type RequestBody<K extends OperationId> = NonNullable<Op<K>["requestBody"]>;

export type QueryOf<K extends OperationId> = Present<Op<K>["parameters"]["query"]>;
export type PathOf<K extends OperationId> = Present<Op<K>["parameters"]["path"]>;
/** The JSON body; `undefined` for operations that take none. */
export type BodyOf<K extends OperationId> = [RequestBody<K>] extends [never]
  ? undefined
  : RequestBody<K> extends { content: { "application/json": infer B } }
    ? B
    : never;
type Envelope<K extends OperationId> = Op<K>["responses"][200]["content"]["application/json"];
/** Whether the operation's success envelope carries its answer in `data` (a few answer beside `success`). */
type HasData<K extends OperationId> = "data" extends keyof Envelope<K> ? true : false;
/**
 * The `data` of the operation's success envelope (HTTP 200); for an operation whose answer sits beside
 * `success` (e.g. getConvertAssetInfo's top-level `rows`), those fields. Where the spec lets `data` be
 * absent (AckResponse), `undefined` leaves it out of the envelope, as the live writes answer.
 */
export type DataOf<K extends OperationId> =
  Envelope<K> extends { data: infer D }
    ? D
    : Envelope<K> extends { data?: infer D }
      ? D | undefined
      : Omit<Envelope<K>, "success" | "timestamp">;

type BodyField<K extends OperationId> = BodyOf<K> extends object ? Extract<keyof BodyOf<K>, string> : never;

export interface HandlerContext<K extends OperationId> {
  /** The API key of a signed request; "" for public operations. */
  account: string;
  /** Query parameters, validated against the spec and converted to the types their schemas give. */
  query: QueryOf<K>;
  path: PathOf<K>;
  body: BodyOf<K>;
  exchange: Exchange;
  /** The operation's row of the generated table (rate limit, open-order limits, …). */
  operation: (typeof operations)[K];
}

export type Handler<K extends OperationId> = {
  /** Catalog codes the API answers instead of -1005 for certain invalid requests (see validate.ts). */
  hooks?: ValidationHooks<BodyField<K>>;
  handle(ctx: HandlerContext<K>): DataOf<K>;
} & (HasData<K> extends true
  ? { topLevel?: false }
  : {
      /** The answer's fields go beside `success` in the envelope, not under `data` (the spec says so). */
      topLevel: true;
    });

/** One handler per operation of the spec, keyed by operationId. */
export type HandlerTable = { readonly [K in OperationId]: Handler<K> };
