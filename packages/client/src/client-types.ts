import type { MaybeOptionalInit } from "openapi-fetch";
import type {
  HttpMethod,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import type { paths } from "@woox-sdk/types";
import type { WooxApiError } from "@woox-sdk/errors";
import type { Helpers } from "./helpers.js";
import type { CallOptions } from "./options.js";

type JsonMedia = `${string}/${string}`;
/** The success body of an operation, as the spec describes it. */
export type SuccessBody<Op> =
  Op extends Record<string | number, unknown> ? SuccessResponse<ResponseObjectMap<Op>, JsonMedia> : never;

/** openapi-fetch's `{ data, error, response }`, with `error` always a WooxApiError. */
export type WooxResult<Op> =
  | { data: SuccessBody<Op>; error?: never; response: Response }
  | { data?: never; error: WooxApiError; response: Response };

type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }];

/** The raw call of one HTTP method: every path of the spec that has it, typed as openapi-fetch types it. */
export type WooxMethod<M extends HttpMethod, Throw extends boolean> = <
  P extends PathsWithMethod<paths, M>,
  I extends MaybeOptionalInit<paths[P], M>,
>(
  url: P,
  ...init: InitParam<I>
) => Promise<Throw extends true ? { data: SuccessBody<paths[P][M]>; response: Response } : WooxResult<paths[P][M]>>;

export interface WooxClient<Throw extends boolean = false> extends Helpers {
  GET: WooxMethod<"get", Throw>;
  POST: WooxMethod<"post", Throw>;
  PUT: WooxMethod<"put", Throw>;
  DELETE: WooxMethod<"delete", Throw>;
  readonly baseUrl: string;
  /** Whether private endpoints can be called. */
  readonly hasCredentials: boolean;
  /** The exchange's clock: `offsetMs` (server minus local) and `sync()` to measure it now. */
  readonly clock: { readonly offsetMs: number; sync(): Promise<number> };
}
