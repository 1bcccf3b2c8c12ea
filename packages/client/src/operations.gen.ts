// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

/** The client's view of the operation table (@woox-sdk/types/operations): route, signing, pacing, client ids, paging. */
export const operations = {
  getAlgoOrder: {
    method: "GET",
    path: "/v3/trade/algoOrder",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  editAlgoOrder: {
    method: "PUT",
    path: "/v3/trade/algoOrder",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  placeAlgoOrder: {
    method: "POST",
    path: "/v3/trade/algoOrder",
    auth: true,
    rateLimit: {
      requests: 2,
      perMs: 1000,
      key: { scope: "field", name: "symbol", in: "body" },
    },
    clientId: { field: "clientAlgoOrderId", lookup: "getAlgoOrder" },
  },
  cancelAlgoOrder: {
    method: "DELETE",
    path: "/v3/trade/algoOrder",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getAlgoOrders: {
    method: "GET",
    path: "/v3/trade/algoOrders",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  cancelAlgoOrders: {
    method: "DELETE",
    path: "/v3/trade/algoOrders",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getOrder: {
    method: "GET",
    path: "/v3/trade/order",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  editOrder: {
    method: "PUT",
    path: "/v3/trade/order",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  placeOrder: {
    method: "POST",
    path: "/v3/trade/order",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 1000,
      key: { scope: "field", name: "symbol", in: "body" },
    },
    clientId: { field: "clientOrderId", lookup: "getOrder" },
  },
  cancelOrder: {
    method: "DELETE",
    path: "/v3/trade/order",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getOrders: {
    method: "GET",
    path: "/v3/trade/orders",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  cancelOrders: {
    method: "DELETE",
    path: "/v3/trade/orders",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  cancelAllOrders: {
    method: "DELETE",
    path: "/v3/trade/allOrders",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getTransactionHistory: {
    method: "GET",
    path: "/v3/trade/transactionHistory",
    auth: true,
    rateLimit: {
      requests: 2,
      perMs: 1000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "limit",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getTransaction: {
    method: "GET",
    path: "/v3/trade/transaction",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getTradingFee: {
    method: "GET",
    path: "/v3/trade/tradingFee",
    auth: true,
    rateLimit: {
      requests: 2,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  cancelAllAfter: {
    method: "POST",
    path: "/v3/trade/cancelAllAfter",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getSystemInfo: {
    method: "GET",
    path: "/v3/public/systemInfo",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getInstruments: {
    method: "GET",
    path: "/v3/public/instruments",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getOrderbook: {
    method: "GET",
    path: "/v3/public/orderbook",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getKline: {
    method: "GET",
    path: "/v3/public/kline",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getKlineHistory: {
    method: "GET",
    path: "/v3/public/klineHistory",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getMarketTrades: {
    method: "GET",
    path: "/v3/public/marketTrades",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getFundingRate: {
    method: "GET",
    path: "/v3/public/fundingRate",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getFutures: {
    method: "GET",
    path: "/v3/public/futures",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getTokens: {
    method: "GET",
    path: "/v3/public/token",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getTokenInfo: {
    method: "GET",
    path: "/v3/public/tokenInfo",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getTokenNetworks: {
    method: "GET",
    path: "/v3/public/tokenNetwork",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getMarketTradesHistory: {
    method: "GET",
    path: "/v3/public/marketTradesHistory",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getFundingRateHistory: {
    method: "GET",
    path: "/v3/public/fundingRateHistory",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getInsuranceFund: {
    method: "GET",
    path: "/v3/public/insuranceFund",
    auth: false,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "ip" },
    },
  },
  getAccountInfo: {
    method: "GET",
    path: "/v3/account/info",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getTokenConfig: {
    method: "GET",
    path: "/v3/account/tokenConfig",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getSymbolConfig: {
    method: "GET",
    path: "/v3/account/symbolConfig",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getSubAccounts: {
    method: "GET",
    path: "/v3/account/subAccounts/all",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getReferralSummary: {
    method: "GET",
    path: "/v3/account/referral/summary",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getReferralRewardHistory: {
    method: "GET",
    path: "/v3/account/referral/rewardHistory",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getCredentials: {
    method: "GET",
    path: "/v3/account/credentials",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  setTradingMode: {
    method: "POST",
    path: "/v3/account/tradingMode",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  createListenKey: {
    method: "POST",
    path: "/v3/account/listenKey",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 10000,
      key: { scope: "account" },
    },
  },
  getBalances: {
    method: "GET",
    path: "/v3/asset/balances",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getTokenHistory: {
    method: "GET",
    path: "/v3/asset/token/history",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getTransferHistory: {
    method: "GET",
    path: "/v3/asset/transfer/history",
    auth: true,
    rateLimit: {
      requests: 20,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  transferAsset: {
    method: "POST",
    path: "/v3/asset/transfer",
    auth: true,
    rateLimit: {
      requests: 20,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getWalletHistory: {
    method: "GET",
    path: "/v3/asset/wallet/history",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getDepositAddress: {
    method: "GET",
    path: "/v3/asset/wallet/deposit",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  withdraw: {
    method: "POST",
    path: "/v3/asset/wallet/withdraw",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  cancelWithdrawal: {
    method: "DELETE",
    path: "/v3/asset/wallet/withdraw/{withdrawId}",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getStakingYieldHistory: {
    method: "GET",
    path: "/v3/asset/staking/yieldHistory",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getPositions: {
    method: "GET",
    path: "/v3/futures/positions",
    auth: true,
    rateLimit: {
      requests: 30,
      perMs: 10000,
      key: { scope: "account" },
    },
  },
  getLeverage: {
    method: "GET",
    path: "/v3/futures/leverage",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  setLeverage: {
    method: "PUT",
    path: "/v3/futures/leverage",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  setPositionMode: {
    method: "PUT",
    path: "/v3/futures/positionMode",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getDefaultMarginMode: {
    method: "GET",
    path: "/v3/futures/defaultMarginMode",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  setDefaultMarginMode: {
    method: "PUT",
    path: "/v3/futures/defaultMarginMode",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  setSymbolDefaultMarginMode: {
    method: "PUT",
    path: "/v3/futures/defaultMarginMode/{symbol}",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  resetDefaultMarginMode: {
    method: "POST",
    path: "/v3/futures/defaultMarginMode/reset",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getFundingFeeHistory: {
    method: "GET",
    path: "/v3/futures/fundingFee/history",
    auth: true,
    rateLimit: {
      requests: 20,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  adjustIsolatedMargin: {
    method: "POST",
    path: "/v3/isolatedMargin/margin",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getInterestRates: {
    method: "GET",
    path: "/v3/spotMargin/interestRate",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getInterestHistory: {
    method: "GET",
    path: "/v3/spotMargin/interestHistory",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "rows",
      total: { meta: "meta" },
    },
  },
  getMaxMargin: {
    method: "GET",
    path: "/v3/spotMargin/maxMargin",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  setSpotMarginLeverage: {
    method: "POST",
    path: "/v3/spotMargin/leverage",
    auth: true,
    rateLimit: {
      requests: 5,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  repayInterest: {
    method: "POST",
    path: "/v3/spotMargin/interestRepay",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getConvertExchangeInfo: {
    method: "GET",
    path: "/v3/convert/exchangeInfo",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getConvertAssetInfo: {
    method: "GET",
    path: "/v3/convert/assetInfo",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
    topLevel: true,
  },
  getConvertQuote: {
    method: "GET",
    path: "/v3/convert/rfq",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  acceptConvertQuote: {
    method: "POST",
    path: "/v3/convert/rft",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 60000,
      key: { scope: "account" },
    },
  },
  getConvertTrade: {
    method: "GET",
    path: "/v3/convert/trade",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
  },
  getConvertTrades: {
    method: "GET",
    path: "/v3/convert/trades",
    auth: true,
    rateLimit: {
      requests: 10,
      perMs: 1000,
      key: { scope: "account" },
    },
    paging: {
      page: "page",
      size: "size",
      rows: "tradeVos",
      total: { count: "count" },
    },
  },
} as const;

export type OperationId = keyof typeof operations;

/** Request headers of the security schemes, by scheme name. */
export const authHeaders = {
  apiKey: "x-api-key",
  apiSignature: "x-api-signature",
  apiTimestamp: "x-api-timestamp",
} as const;

/** Properties and query parameters that hold 64-bit integers (ids, ms timestamps). */
export const int64Names: ReadonlySet<string> = new Set([
  "after",
  "algoOrderId",
  "before",
  "clientAlgoOrderId",
  "clientOrderId",
  "endTime",
  "expireTimestamp",
  "fromId",
  "id",
  "orderId",
  "parentAlgoOrderId",
  "quoteId",
  "rootAlgoOrderId",
  "startTime",
  "tradeId",
  "userId",
  "withdrawId",
]);
