import type { operations as Ops } from "@woox-sdk/types";
import { operations } from "./operations.gen.js";
import type { IdInput } from "./ids.js";

// Everything below is typed from the generated `operations`; no request or response shape is restated.
type OpId = keyof Ops;
type Query<K extends OpId> = Ops[K] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<K extends OpId> = Ops[K] extends { requestBody: { content: { "application/json": infer B } } } ? B : never;
/** The `data` of an operation's success envelope. */
export type DataOf<K extends OpId> = Ops[K] extends { responses: { 200: { content: { "application/json": infer R } } } }
  ? R extends { data: infer D } ? D : never
  : never;
type Row<K extends OpId> = DataOf<K> extends { rows: (infer R)[] } ? R : never;

/** Ids of the query may also be given as bigint or decimal strings. */
type WithIdInputs<T> = { [P in keyof T]: NonNullable<T[P]> extends number | bigint ? (P extends `${string}Id` | "fromId" ? IdInput : T[P]) : T[P] };
type AlgoRef = { algoOrderId: IdInput; clientAlgoOrderId?: never } | { clientAlgoOrderId: IdInput; algoOrderId?: never };
type OrderRef = { orderId: IdInput; clientOrderId?: never } | { clientOrderId: IdInput; orderId?: never };

/** Sends one request and throws WooxApiError on failure; `data` is the whole success envelope. */
export type Invoke = (method: "GET" | "POST" | "PUT" | "DELETE", path: string, init?: Record<string, unknown>) => Promise<{ data: unknown }>;

function requireOneOf(ref: object | undefined, keys: [string, string], what: string): void {
  const given = keys.filter((k) => (ref as Record<string, unknown> | undefined)?.[k] !== undefined);
  if (given.length !== 1) throw new TypeError(`${what}: pass exactly one of ${keys.join(" or ")}`);
}

/** Walks every page of a paginated list, yielding rows until `meta.total` is reached or a page is empty. */
async function* paginate<R>(fetchPage: (page: number) => Promise<{ rows: R[]; meta?: { total: number; recordsPerPage: number; currentPage: number } }>, first = 1): AsyncGenerator<R, void, undefined> {
  for (let page = first; ; page++) {
    const { rows, meta } = await fetchPage(page);
    yield* rows;
    if (rows.length === 0 || !meta || page * meta.recordsPerPage >= meta.total) return;
  }
}

export function createHelpers(invoke: Invoke) {
  const run = async <K extends OpId>(id: K, init?: { query?: object; body?: unknown }): Promise<DataOf<K>> => {
    const op = operations[id];
    const { data } = await invoke(op.method, op.path, {
      ...(init?.query ? { params: { query: init.query } } : {}),
      ...(init?.body !== undefined ? { body: init.body } : {}),
    });
    return (data as { data: DataOf<K> }).data;
  };

  const algoOrders = {
    /** Places an algo order (any of the seven types); resolves to the created rows. */
    place: (body: Body<"placeAlgoOrder">) => run("placeAlgoOrder", { body }),
    /** One algo order by `algoOrderId` or `clientAlgoOrderId`. */
    get: async (ref: AlgoRef) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.get");
      return run("getAlgoOrder", { query: ref });
    },
    /** Edits an open algo order; resolves to `{ status: "EDIT_SENT" }`. */
    edit: (body: Body<"editAlgoOrder">) => run("editAlgoOrder", { body }),
    /** Cancels one algo order; resolves to `{ status: "CANCEL_SENT" }`. */
    cancel: async (ref: AlgoRef & { symbol?: string }) => {
      requireOneOf(ref, ["algoOrderId", "clientAlgoOrderId"], "algoOrders.cancel");
      return run("cancelAlgoOrder", { query: ref });
    },
    /** Cancels every open algo order of a symbol, or of all symbols. */
    cancelAll: (filter: Query<"cancelAlgoOrders"> = {}) => run("cancelAlgoOrders", { query: filter }),
    /** One page of algo orders. */
    list: (filters: WithIdInputs<Query<"getAlgoOrders">> = {}) => run("getAlgoOrders", { query: filters }),
    /** Every algo order matching the filters, page after page. */
    iterate: (filters: WithIdInputs<Query<"getAlgoOrders">> = {}): AsyncGenerator<Row<"getAlgoOrders">, void, undefined> =>
      paginate((page) => run("getAlgoOrders", { query: { ...filters, page } }), filters.page ?? 1),
  };

  const orders = {
    place: (body: Body<"placeOrder">) => run("placeOrder", { body }),
    get: async (ref: OrderRef) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.get");
      return run("getOrder", { query: ref });
    },
    edit: (body: Body<"editOrder">) => run("editOrder", { body }),
    cancel: async (ref: OrderRef & { symbol: string }) => {
      requireOneOf(ref, ["orderId", "clientOrderId"], "orders.cancel");
      return run("cancelOrder", { query: ref });
    },
    /** Cancels every open ordinary order of a symbol (algo orders stay). */
    cancelAll: (filter: Query<"cancelOrders">) => run("cancelOrders", { query: filter }),
    /** Cancels every open ordinary and algo order of a symbol, or of all symbols. */
    cancelAllIncludingAlgo: (filter: Query<"cancelAllOrders"> = {}) => run("cancelAllOrders", { query: filter }),
    list: (filters: Query<"getOrders"> = {}) => run("getOrders", { query: filters }),
    iterate: (filters: Query<"getOrders"> = {}): AsyncGenerator<Row<"getOrders">, void, undefined> =>
      paginate((page) => run("getOrders", { query: { ...filters, page } }), filters.page ?? 1),
    /** One page of your trades. */
    trades: (filters: WithIdInputs<Query<"getTransactionHistory">> = {}) => run("getTransactionHistory", { query: filters }),
    iterateTrades: (filters: WithIdInputs<Query<"getTransactionHistory">> = {}): AsyncGenerator<Row<"getTransactionHistory">, void, undefined> =>
      paginate((page) => run("getTransactionHistory", { query: { ...filters, page } }), filters.page ?? 1),
    tradingFee: (query: Query<"getTradingFee">) => run("getTradingFee", { query }),
    /** Dead man's switch: cancel everything after `ms` unless called again; 0 disarms it. */
    cancelAllAfter: (triggerAfter: number) => run("cancelAllAfter", { body: { triggerAfter } }),
  };

  const market = {
    systemInfo: () => run("getSystemInfo"),
    instruments: (query: Query<"getInstruments"> = {}) => run("getInstruments", { query }),
    orderbook: (query: Query<"getOrderbook">) => run("getOrderbook", { query }),
    kline: (query: Query<"getKline">) => run("getKline", { query }),
    klineHistory: (query: Query<"getKlineHistory">) => run("getKlineHistory", { query }),
    trades: (query: Query<"getMarketTrades">) => run("getMarketTrades", { query }),
    fundingRate: (query: Query<"getFundingRate"> = {}) => run("getFundingRate", { query }),
    futures: (query: Query<"getFutures"> = {}) => run("getFutures", { query }),
    tokens: () => run("getTokens"),
    tokenInfo: (query: Query<"getTokenInfo"> = {}) => run("getTokenInfo", { query }),
  };

  const account = {
    info: () => run("getAccountInfo"),
    balances: (query: Query<"getBalances"> = {}) => run("getBalances", { query }),
    positions: (query: Query<"getPositions"> = {}) => run("getPositions", { query }),
    leverage: (query: Query<"getLeverage">) => run("getLeverage", { query }),
    setLeverage: (body: Body<"setLeverage">) => run("setLeverage", { body }),
    setPositionMode: (positionMode: Body<"setPositionMode">["positionMode"]) => run("setPositionMode", { body: { positionMode } }),
  };

  return { algoOrders, orders, market, account };
}

/** Task-shaped calls over the raw typed client. Each resolves to the response's `data` and throws WooxApiError. */
export type Helpers = ReturnType<typeof createHelpers>;
