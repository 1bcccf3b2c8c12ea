import type { operations as Ops } from "@woox-sdk/types";
import { operations } from "./operations.gen.js";
import type { IdInput } from "./ids.js";

/** Per-call options every helper takes last. */
export interface HelperCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

// Everything below is typed from the generated `operations`; no request or response shape is restated.
type OpId = keyof Ops;
type Query<K extends OpId> = Ops[K] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<K extends OpId> = Ops[K] extends { requestBody: { content: { "application/json": infer B } } } ? B : never;
/** The `data` of an operation's success envelope. */
export type DataOf<K extends OpId> = Ops[K] extends { responses: { 200: { content: { "application/json": infer R } } } }
  ? R extends { data: infer D }
    ? D
    : never
  : never;
type Row<K extends OpId> = DataOf<K> extends { rows: (infer R)[] } ? R : never;

/** Ids of the query may also be given as bigint or decimal strings. */
type WithIdInputs<T> = {
  [P in keyof T]: NonNullable<T[P]> extends number | bigint
    ? P extends `${string}Id` | "fromId"
      ? IdInput
      : T[P]
    : T[P];
};
type AlgoRef =
  { algoOrderId: IdInput; clientAlgoOrderId?: never } | { clientAlgoOrderId: IdInput; algoOrderId?: never };
type OrderRef = { orderId: IdInput; clientOrderId?: never } | { clientOrderId: IdInput; orderId?: never };

/** Sends one request and throws WooxApiError on failure; `data` is the whole success envelope. */
export type Invoke = (
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data: unknown }>;

function requireOneOf(ref: object | undefined, keys: [string, string], what: string): void {
  const given = keys.filter((k) => (ref as Record<string, unknown> | undefined)?.[k] !== undefined);
  if (given.length !== 1) throw new TypeError(`${what}: pass exactly one of ${keys.join(" or ")}`);
}

/** Walks every page of a paginated list, yielding rows until `meta.total` is reached or a page is empty. */
async function* paginate<R>(
  fetchPage: (
    page: number,
  ) => Promise<{ rows: R[]; meta?: { total: number; recordsPerPage: number; currentPage: number } }>,
  first = 1,
): AsyncGenerator<R, void, undefined> {
  for (let page = first; ; page++) {
    const { rows, meta } = await fetchPage(page);
    yield* rows;
    if (rows.length === 0 || !meta || page * meta.recordsPerPage >= meta.total) return;
  }
}

export function createHelpers(invoke: Invoke) {
  const run = async <K extends OpId>(
    id: K,
    init?: { query?: object; body?: unknown },
    opts?: HelperCallOptions,
  ): Promise<DataOf<K>> => {
    const op = operations[id];
    const { data } = await invoke(op.method, op.path, {
      ...opts,
      ...(init?.query ? { params: { query: init.query } } : {}),
      ...(init?.body !== undefined ? { body: init.body } : {}),
    });
    return (data as { data: DataOf<K> }).data;
  };

  const algoOrders = {
    /** Places an algo order (any of the seven types); resolves to the created rows. */
    place: (body: Body<"placeAlgoOrder">, opts?: HelperCallOptions) => run("placeAlgoOrder", { body }, opts),
    /** One algo order by `algoOrderId` or `clientAlgoOrderId`. */
    get: async (ref: AlgoRef, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.get");
      return run("getAlgoOrder", { query: ref }, opts);
    },
    /** Edits an open algo order; resolves to `{ status: "EDIT_SENT" }`. */
    edit: (body: Body<"editAlgoOrder">, opts?: HelperCallOptions) => run("editAlgoOrder", { body }, opts),
    /** Cancels one algo order; resolves to `{ status: "CANCEL_SENT" }`. */
    cancel: async (ref: AlgoRef & { symbol?: string }, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.cancel");
      return run("cancelAlgoOrder", { query: ref }, opts);
    },
    /** Cancels every open algo order of a symbol, or of all symbols. */
    cancelAll: (filter: Query<"cancelAlgoOrders"> = {}, opts?: HelperCallOptions) =>
      run("cancelAlgoOrders", { query: filter }, opts),
    /** One page of algo orders. */
    list: (filters: WithIdInputs<Query<"getAlgoOrders">> = {}, opts?: HelperCallOptions) =>
      run("getAlgoOrders", { query: filters }, opts),
    /** Every algo order matching the filters, page after page. */
    iterate: (
      filters: WithIdInputs<Query<"getAlgoOrders">> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getAlgoOrders">, void, undefined> =>
      paginate((page) => run("getAlgoOrders", { query: { ...filters, page } }, opts), filters.page ?? 1),
  };

  const orders = {
    place: (body: Body<"placeOrder">, opts?: HelperCallOptions) => run("placeOrder", { body }, opts),
    get: async (ref: OrderRef, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.get");
      return run("getOrder", { query: ref }, opts);
    },
    edit: (body: Body<"editOrder">, opts?: HelperCallOptions) => run("editOrder", { body }, opts),
    cancel: async (ref: OrderRef & { symbol: string }, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.cancel");
      return run("cancelOrder", { query: ref }, opts);
    },
    /** Cancels every open ordinary order of a symbol (algo orders stay). */
    cancelAll: (filter: Query<"cancelOrders">, opts?: HelperCallOptions) =>
      run("cancelOrders", { query: filter }, opts),
    /** Cancels every open ordinary and algo order of a symbol, or of all symbols. */
    cancelAllIncludingAlgo: (filter: Query<"cancelAllOrders"> = {}, opts?: HelperCallOptions) =>
      run("cancelAllOrders", { query: filter }, opts),
    list: (filters: Query<"getOrders"> = {}, opts?: HelperCallOptions) => run("getOrders", { query: filters }, opts),
    iterate: (
      filters: Query<"getOrders"> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getOrders">, void, undefined> =>
      paginate((page) => run("getOrders", { query: { ...filters, page } }, opts), filters.page ?? 1),
    /** One page of your trades. */
    trades: (filters: WithIdInputs<Query<"getTransactionHistory">> = {}, opts?: HelperCallOptions) =>
      run("getTransactionHistory", { query: filters }, opts),
    iterateTrades: (
      filters: WithIdInputs<Query<"getTransactionHistory">> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getTransactionHistory">, void, undefined> =>
      paginate((page) => run("getTransactionHistory", { query: { ...filters, page } }, opts), filters.page ?? 1),
    tradingFee: (query: Query<"getTradingFee">, opts?: HelperCallOptions) => run("getTradingFee", { query }, opts),
    /** Dead man's switch: cancel everything after `ms` unless called again; 0 disarms it. */
    cancelAllAfter: (triggerAfter: number, opts?: HelperCallOptions) =>
      run("cancelAllAfter", { body: { triggerAfter } }, opts),
  };

  const market = {
    systemInfo: (opts?: HelperCallOptions) => run("getSystemInfo", undefined, opts),
    instruments: (query: Query<"getInstruments"> = {}, opts?: HelperCallOptions) =>
      run("getInstruments", { query }, opts),
    orderbook: (query: Query<"getOrderbook">, opts?: HelperCallOptions) => run("getOrderbook", { query }, opts),
    kline: (query: Query<"getKline">, opts?: HelperCallOptions) => run("getKline", { query }, opts),
    klineHistory: (query: Query<"getKlineHistory">, opts?: HelperCallOptions) =>
      run("getKlineHistory", { query }, opts),
    trades: (query: Query<"getMarketTrades">, opts?: HelperCallOptions) => run("getMarketTrades", { query }, opts),
    fundingRate: (query: Query<"getFundingRate"> = {}, opts?: HelperCallOptions) =>
      run("getFundingRate", { query }, opts),
    futures: (query: Query<"getFutures"> = {}, opts?: HelperCallOptions) => run("getFutures", { query }, opts),
    tokens: (opts?: HelperCallOptions) => run("getTokens", undefined, opts),
    tokenInfo: (query: Query<"getTokenInfo"> = {}, opts?: HelperCallOptions) => run("getTokenInfo", { query }, opts),
  };

  const account = {
    info: (opts?: HelperCallOptions) => run("getAccountInfo", undefined, opts),
    balances: (query: Query<"getBalances"> = {}, opts?: HelperCallOptions) => run("getBalances", { query }, opts),
    positions: (query: Query<"getPositions"> = {}, opts?: HelperCallOptions) => run("getPositions", { query }, opts),
    leverage: (query: Query<"getLeverage">, opts?: HelperCallOptions) => run("getLeverage", { query }, opts),
    setLeverage: (body: Body<"setLeverage">, opts?: HelperCallOptions) => run("setLeverage", { body }, opts),
    setPositionMode: (positionMode: Body<"setPositionMode">["positionMode"], opts?: HelperCallOptions) =>
      run("setPositionMode", { body: { positionMode } }, opts),
  };

  return { algoOrders, orders, market, account };
}

/** Task-shaped calls over the raw typed client. Each resolves to the response's `data` and throws WooxApiError. */
export type Helpers = ReturnType<typeof createHelpers>;
