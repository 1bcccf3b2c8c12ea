import { operations } from "./operations.gen.js";
import type { CallOperation, DataOf, OpId, RowOf } from "./operation-types.js";
import type { HelperCallOptions, Query, WithIdInputs } from "./helper-kit.js";
import { WooxAbortError } from "./transport-errors.js";

type Table = typeof operations;

/**
 * The operations that page, as codegen marks them in the generated table (`paging`: a `page` query
 * parameter and exactly one array of rows in `data`). A list added to the spec becomes iterable by itself.
 */
export type PagedOperationId = {
  [K in keyof Table]: Table[K] extends { readonly paging: object } ? (K extends OpId ? K : never) : never;
}[keyof Table];

type RowsKey<K extends PagedOperationId> = Table[K] extends { readonly paging: { readonly rows: infer R } } ? R : never;

/** One row of a paged operation's answer, e.g. a `TokenHistoryRow` of `getTokenHistory`. */
export type PagedRowOf<K extends PagedOperationId> =
  NonNullable<DataOf<K>> extends infer D
    ? RowsKey<K> extends keyof D
      ? NonNullable<D[RowsKey<K>]> extends readonly (infer R)[]
        ? R
        : never
      : never
    : never;

/** The filters of a paged operation; `page`, if given, is the page to start from. */
export type PageQuery<K extends PagedOperationId> = WithIdInputs<Query<K>>;

/** The arguments of an iterator: the query may be left out when none of its fields is required. */
export type PageArgs<K extends PagedOperationId> =
  Record<string, never> extends PageQuery<K>
    ? [query?: PageQuery<K>, opts?: HelperCallOptions]
    : [query: PageQuery<K>, opts?: HelperCallOptions];

/** What the generated table says about one paged operation. */
interface Paging {
  readonly page: string;
  readonly size?: string;
  readonly rows: string;
  readonly total?: { readonly meta: string } | { readonly count: string };
}

/** A list answered a page other than the one asked for: walking on would repeat rows, so the walk stops. */
export class WooxPagingError extends Error {
  override readonly name = "WooxPagingError";
  constructor(
    readonly operationId: string,
    readonly page: number,
    message: string,
  ) {
    super(`${operationId}: ${message}`);
  }
}

/** Throws the client's abort error before a request the caller no longer wants is sent. */
export function throwIfAborted(signal: AbortSignal | undefined, operationId: OpId): void {
  if (!signal?.aborted) return;
  const { method, path } = operations[operationId];
  throw new WooxAbortError("aborted", `${method} ${path} was aborted by the caller`, {
    request: { operationId, method, path },
    attempts: 0,
    outcomeUnknown: false,
    cause: signal.reason,
  });
}

const int = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) ? v : undefined);

/** `total`, `recordsPerPage` and `currentPage` of an answer, from `meta` (camelCase or snake_case) or a count. */
function pageFacts(paging: Paging, data: Record<string, unknown>) {
  const t = paging.total;
  if (t === undefined) return {};
  if ("count" in t) return { total: int(data[t.count]) };
  const meta = (data[t.meta] ?? {}) as Record<string, unknown>;
  return {
    total: int(meta.total),
    perPage: int(meta.recordsPerPage) ?? int(meta.records_per_page),
    current: int(meta.currentPage) ?? int(meta.current_page),
  };
}

/**
 * Yields every row of a paged operation, page after page. It stops after the page that reaches the
 * total the answer states (so a total that is an exact multiple of the page size costs no extra
 * request), at an empty page, or, where the answer states no total, at a page shorter than the page size. A page the answer numbers
 * differently from the one requested ends the walk with WooxPagingError instead of yielding rows twice.
 * The signal is checked before every request.
 */
export async function* iteratePages<K extends PagedOperationId>(
  call: CallOperation,
  operationId: K,
  query: PageQuery<K> | undefined,
  opts: HelperCallOptions | undefined,
): AsyncGenerator<PagedRowOf<K>, void, undefined> {
  const paging: Paging = operations[operationId].paging;
  const filters = (query ?? {}) as Record<string, unknown>;
  const asked = paging.size === undefined ? undefined : int(filters[paging.size]);
  const start = int(filters[paging.page]) ?? 1;
  let offset: number | undefined; // rows before the start page
  let seen = 0;
  for (let page = start; ; page++) {
    throwIfAborted(opts?.signal, operationId);
    const init = { params: { query: { ...filters, [paging.page]: page } } } as never;
    const data = ((await call(operationId, init, opts)) ?? {}) as Record<string, unknown>;
    const rows = (data[paging.rows] ?? []) as PagedRowOf<K>[];
    const facts = pageFacts(paging, data);
    if (facts.current !== undefined && facts.current !== page && rows.length > 0) {
      throw new WooxPagingError(
        operationId,
        page,
        `asked for page ${page}, the answer is page ${facts.current}: the server does not page this list`,
      );
    }
    yield* rows;
    if (rows.length === 0) return;
    offset ??= (start - 1) * (facts.perPage ?? rows.length);
    seen += rows.length;
    // With a stated total, only the total ends the walk (a server may cap the page below the size asked).
    if (facts.total !== undefined) {
      if (offset + seen >= facts.total) return;
    } else if (rows.length < (facts.perPage ?? asked ?? 0)) return;
  }
}

/** The filters of the kline walk: `before` is where it starts (newest first), `after` where it stops. */
export type KlineWalkQuery = Query<"getKlineHistory">;

/**
 * Yields klines newest first, from `before` (or the newest) back to `after` (exclusive), moving the
 * `before` cursor to the oldest kline of each page. `after` is applied here rather than sent, because
 * the exchange lets `before` win when both are given. Stops at an empty page, a page shorter than
 * `limit`, or a page that does not move the cursor back.
 */
export async function* iterateKlineHistory(
  call: CallOperation,
  query: KlineWalkQuery,
  opts: HelperCallOptions | undefined,
): AsyncGenerator<RowOf<"getKlineHistory">, void, undefined> {
  const { after, before: from, ...rest } = query;
  const stop = after === undefined ? undefined : Number(after);
  let before = from === undefined ? undefined : Number(from);
  for (;;) {
    throwIfAborted(opts?.signal, "getKlineHistory");
    const q = before === undefined ? rest : { ...rest, before };
    const { rows } = await call("getKlineHistory", { params: { query: q } }, opts);
    let oldest: number | undefined;
    for (const row of rows) {
      const start = Number(row.startTimestamp);
      if (stop !== undefined && start <= stop) return;
      oldest = start;
      // A server that returned the cursor's own kline again must not make it appear twice.
      if (before === undefined || start < before) yield row;
    }
    if (oldest === undefined || (query.limit !== undefined && rows.length < query.limit)) return;
    if (before !== undefined && oldest >= before) return;
    before = oldest;
  }
}
