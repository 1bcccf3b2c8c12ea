import type { IdInput } from "./ids.js";
import type { CallOperation } from "./operation-types.js";
import { requireOneOf, type Body, type HelperCallOptions, type Query, type WithIdInputs } from "./helper-kit.js";
import { iterateKlineHistory, iteratePages, type PageArgs, type PagedOperationId } from "./paging.js";
import { createFundsHelpers } from "./helpers-funds.js";

export type { DataOf } from "./operation-types.js";
export type { HelperCallOptions } from "./helper-kit.js";

type AlgoRef =
  { algoOrderId: IdInput; clientAlgoOrderId?: never } | { clientAlgoOrderId: IdInput; algoOrderId?: never };
type OrderRef = { orderId: IdInput; clientOrderId?: never } | { clientOrderId: IdInput; orderId?: never };

/**
 * Task-shaped calls where a task adds meaning to the raw call (one of two ids, pagination, a single
 * argument). Every request goes through `call`, typed by operationId: a helper that passes the wrong
 * shape does not compile. Every `iterate…` walks all pages of one list operation (see iteratePages).
 */
export function createHelpers(call: CallOperation) {
  /** Every row of any list operation the spec pages, e.g. `iteratePages("getTokenHistory", { token: "USDT" })`. */
  const pages = <K extends PagedOperationId>(operationId: K, ...[query, opts]: PageArgs<K>) =>
    iteratePages(call, operationId, query, opts);

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
    iterate: (...args: PageArgs<"getAlgoOrders">) => pages("getAlgoOrders", ...args),
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
    iterate: (...args: PageArgs<"getOrders">) => pages("getOrders", ...args),
    /** One page of your trades (`limit` per page; `fromId` keeps only trades from that id on). */
    trades: (filters: WithIdInputs<Query<"getTransactionHistory">> = {}, opts?: HelperCallOptions) =>
      call("getTransactionHistory", { params: { query: filters } }, opts),
    /**
     * Every trade of yours matching the filters, newest first, `limit` per request. `fromId` is a lower
     * bound on a newest-first list, so it cannot carry the walk: pages are numbered with the `page`
     * parameter, which the official page does not list; a server that ignores it ends the walk with
     * WooxPagingError rather than repeating trades.
     */
    iterateTrades: (...args: PageArgs<"getTransactionHistory">) => pages("getTransactionHistory", ...args),
    /** One of your trades by its trade id. */
    trade: (tradeId: IdInput, opts?: HelperCallOptions) =>
      call("getTransaction", { params: { query: { tradeId } } }, opts),
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
    /** Every kline from `before` (or the newest) back to `after`, newest first. */
    iterateKlines: (query: Query<"getKlineHistory">, opts?: HelperCallOptions) =>
      iterateKlineHistory(call, query, opts),
    trades: (query: Query<"getMarketTrades">, opts?: HelperCallOptions) =>
      call("getMarketTrades", { params: { query } }, opts),
    /** Every public trade of a symbol in the time range (getMarketTradesHistory), page after page. */
    iterateTrades: (...args: PageArgs<"getMarketTradesHistory">) => pages("getMarketTradesHistory", ...args),
    fundingRate: (query: Query<"getFundingRate"> = {}, opts?: HelperCallOptions) =>
      call("getFundingRate", { params: { query } }, opts),
    /** Every past funding rate of a symbol in the time range (getFundingRateHistory). */
    iterateFundingRates: (...args: PageArgs<"getFundingRateHistory">) => pages("getFundingRateHistory", ...args),
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
    setTradingMode: (tradingMode: Body<"setTradingMode">["tradingMode"], opts?: HelperCallOptions) =>
      call("setTradingMode", { body: { tradingMode } }, opts),
    /** A new listen key for the private WebSocket (the previous one stops working). */
    createListenKey: (opts?: HelperCallOptions) => call("createListenKey", { body: { type: "WEBSOCKET" } }, opts),
    /**
     * Moves `amount` of `token` between the main account and a sub-account (or two sub-accounts), each
     * named by its application id; resolves to `{ id }` of the transfer.
     */
    transfer: (
      move: { token: string; amount: Body<"transferAsset">["amount"]; from: string; to: string },
      opts?: HelperCallOptions,
    ) =>
      call(
        "transferAsset",
        {
          body: {
            token: move.token,
            amount: move.amount,
            from: { applicationId: move.from },
            to: { applicationId: move.to },
          },
        },
        opts,
      ),
    /** Every transfer between your accounts in the time range (getTransferHistory). */
    iterateTransfers: (...args: PageArgs<"getTransferHistory">) => pages("getTransferHistory", ...args),
    /** Every user you referred (getReferralSummary). */
    iterateReferrals: (...args: PageArgs<"getReferralSummary">) => pages("getReferralSummary", ...args),
    /** Every referral reward (getReferralRewardHistory). */
    iterateReferralRewards: (...args: PageArgs<"getReferralRewardHistory">) =>
      pages("getReferralRewardHistory", ...args),
    /** Every API key of the account and its sub-accounts, with permissions (getCredentials). */
    iterateCredentials: (...args: PageArgs<"getCredentials">) => pages("getCredentials", ...args),
  };

  return { algoOrders, orders, market, account, ...createFundsHelpers(call, pages), iteratePages: pages };
}

/** Task-shaped calls over the raw typed client. Each resolves to the response's `data` and throws WooxApiError. */
export type Helpers = ReturnType<typeof createHelpers>;
