import type { IdInput } from "./ids.js";
import type { BodyOf, CallOperation, OpId, QueryOf, RowOf } from "./operation-types.js";

export type { DataOf } from "./operation-types.js";

/** Per-call options every helper takes last. */
export interface HelperCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

// Everything below is typed from the generated `operations`; no request or response shape is restated.
type Query<K extends OpId> = QueryOf<K>;
type Body<K extends OpId> = BodyOf<K>;
type Row<K extends OpId> = RowOf<K>;

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

/**
 * Task-shaped calls where a task adds meaning to the raw call (one of two ids, pagination, a single
 * argument). Every request goes through `call`, typed by operationId: a helper that passes the wrong
 * shape does not compile.
 */
export function createHelpers(call: CallOperation) {
  const algoOrders = {
    /** Places an algo order (any of the seven types); resolves to the created rows. */
    place: (body: Body<"placeAlgoOrder">, opts?: HelperCallOptions) => call("placeAlgoOrder", { body }, opts),
    /** One algo order by `algoOrderId` or `clientAlgoOrderId`. */
    get: async (ref: AlgoRef, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.get");
      return call("getAlgoOrder", { params: { query: ref } }, opts);
    },
    /** Edits an open algo order; resolves to `{ status: "EDIT_SENT" }`. */
    edit: (body: Body<"editAlgoOrder">, opts?: HelperCallOptions) => call("editAlgoOrder", { body }, opts),
    /** Cancels one algo order; resolves to `{ status: "CANCEL_SENT" }`. */
    cancel: async (ref: AlgoRef & { symbol?: string }, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.cancel");
      return call("cancelAlgoOrder", { params: { query: ref } }, opts);
    },
    /** Cancels every open algo order of a symbol, or of all symbols. */
    cancelAll: (filter: Query<"cancelAlgoOrders"> = {}, opts?: HelperCallOptions) =>
      call("cancelAlgoOrders", { params: { query: filter } }, opts),
    /** One page of algo orders. */
    list: (filters: WithIdInputs<Query<"getAlgoOrders">> = {}, opts?: HelperCallOptions) =>
      call("getAlgoOrders", { params: { query: filters } }, opts),
    /** Every algo order matching the filters, page after page. */
    iterate: (
      filters: WithIdInputs<Query<"getAlgoOrders">> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getAlgoOrders">, void, undefined> =>
      paginate((page) => call("getAlgoOrders", { params: { query: { ...filters, page } } }, opts), filters.page ?? 1),
  };

  const orders = {
    place: (body: Body<"placeOrder">, opts?: HelperCallOptions) => call("placeOrder", { body }, opts),
    get: async (ref: OrderRef, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.get");
      return call("getOrder", { params: { query: ref } }, opts);
    },
    edit: (body: Body<"editOrder">, opts?: HelperCallOptions) => call("editOrder", { body }, opts),
    cancel: async (ref: OrderRef & { symbol: string }, opts?: HelperCallOptions) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.cancel");
      return call("cancelOrder", { params: { query: ref } }, opts);
    },
    /** Cancels every open ordinary order of a symbol (algo orders stay). */
    cancelAll: (filter: Query<"cancelOrders">, opts?: HelperCallOptions) =>
      call("cancelOrders", { params: { query: filter } }, opts),
    /** Cancels every open ordinary and algo order of a symbol, or of all symbols. */
    cancelAllIncludingAlgo: (filter: Query<"cancelAllOrders"> = {}, opts?: HelperCallOptions) =>
      call("cancelAllOrders", { params: { query: filter } }, opts),
    list: (filters: Query<"getOrders"> = {}, opts?: HelperCallOptions) =>
      call("getOrders", { params: { query: filters } }, opts),
    iterate: (
      filters: Query<"getOrders"> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getOrders">, void, undefined> =>
      paginate((page) => call("getOrders", { params: { query: { ...filters, page } } }, opts), filters.page ?? 1),
    /** One page of your trades. */
    trades: (filters: WithIdInputs<Query<"getTransactionHistory">> = {}, opts?: HelperCallOptions) =>
      call("getTransactionHistory", { params: { query: filters } }, opts),
    iterateTrades: (
      filters: WithIdInputs<Query<"getTransactionHistory">> = {},
      opts?: HelperCallOptions,
    ): AsyncGenerator<Row<"getTransactionHistory">, void, undefined> =>
      paginate(
        (page) => call("getTransactionHistory", { params: { query: { ...filters, page } } }, opts),
        filters.page ?? 1,
      ),
    tradingFee: (query: Query<"getTradingFee">, opts?: HelperCallOptions) =>
      call("getTradingFee", { params: { query } }, opts),
    /** Dead man's switch: cancel everything after `ms` unless called again; 0 disarms it. */
    cancelAllAfter: (triggerAfter: number, opts?: HelperCallOptions) =>
      call("cancelAllAfter", { body: { triggerAfter } }, opts),
  };

  const market = {
    systemInfo: (opts?: HelperCallOptions) => call("getSystemInfo", {}, opts),
    instruments: (query: Query<"getInstruments"> = {}, opts?: HelperCallOptions) =>
      call("getInstruments", { params: { query } }, opts),
    orderbook: (query: Query<"getOrderbook">, opts?: HelperCallOptions) =>
      call("getOrderbook", { params: { query } }, opts),
    kline: (query: Query<"getKline">, opts?: HelperCallOptions) => call("getKline", { params: { query } }, opts),
    klineHistory: (query: Query<"getKlineHistory">, opts?: HelperCallOptions) =>
      call("getKlineHistory", { params: { query } }, opts),
    trades: (query: Query<"getMarketTrades">, opts?: HelperCallOptions) =>
      call("getMarketTrades", { params: { query } }, opts),
    fundingRate: (query: Query<"getFundingRate"> = {}, opts?: HelperCallOptions) =>
      call("getFundingRate", { params: { query } }, opts),
    futures: (query: Query<"getFutures"> = {}, opts?: HelperCallOptions) =>
      call("getFutures", { params: { query } }, opts),
    tokens: (opts?: HelperCallOptions) => call("getTokens", {}, opts),
    tokenInfo: (query: Query<"getTokenInfo"> = {}, opts?: HelperCallOptions) =>
      call("getTokenInfo", { params: { query } }, opts),
  };

  const account = {
    info: (opts?: HelperCallOptions) => call("getAccountInfo", {}, opts),
    balances: (query: Query<"getBalances"> = {}, opts?: HelperCallOptions) =>
      call("getBalances", { params: { query } }, opts),
    positions: (query: Query<"getPositions"> = {}, opts?: HelperCallOptions) =>
      call("getPositions", { params: { query } }, opts),
    leverage: (query: Query<"getLeverage">, opts?: HelperCallOptions) =>
      call("getLeverage", { params: { query } }, opts),
    setLeverage: (body: Body<"setLeverage">, opts?: HelperCallOptions) => call("setLeverage", { body }, opts),
    setPositionMode: (positionMode: Body<"setPositionMode">["positionMode"], opts?: HelperCallOptions) =>
      call("setPositionMode", { body: { positionMode } }, opts),
  };

  return { algoOrders, orders, market, account };
}

/** Task-shaped calls over the raw typed client. Each resolves to the response's `data` and throws WooxApiError. */
export type Helpers = ReturnType<typeof createHelpers>;
