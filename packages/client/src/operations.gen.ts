// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

// One constant per operation, so that a bundle keeps only the rows an app names (`@woox-sdk/client/core`);
// `operations` gathers them for the full client, which finds rows by id and by path.

/** GET /v3/trade/algoOrder */
export const getAlgoOrder = {
  id: "getAlgoOrder",
  method: "GET",
  path: "/v3/trade/algoOrder",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/trade/algoOrder */
export const editAlgoOrder = {
  id: "editAlgoOrder",
  method: "PUT",
  path: "/v3/trade/algoOrder",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/trade/algoOrder */
export const placeAlgoOrder = {
  id: "placeAlgoOrder",
  method: "POST",
  path: "/v3/trade/algoOrder",
  auth: true,
  rateLimit: {
    requests: 2,
    perMs: 1000,
    key: { scope: "field", name: "symbol", in: "body" },
  },
  clientId: { field: "clientAlgoOrderId", lookup: "getAlgoOrder" },
} as const;
/** DELETE /v3/trade/algoOrder */
export const cancelAlgoOrder = {
  id: "cancelAlgoOrder",
  method: "DELETE",
  path: "/v3/trade/algoOrder",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/trade/algoOrders */
export const getAlgoOrders = {
  id: "getAlgoOrders",
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
} as const;
/** DELETE /v3/trade/algoOrders */
export const cancelAlgoOrders = {
  id: "cancelAlgoOrders",
  method: "DELETE",
  path: "/v3/trade/algoOrders",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/trade/order */
export const getOrder = {
  id: "getOrder",
  method: "GET",
  path: "/v3/trade/order",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/trade/order */
export const editOrder = {
  id: "editOrder",
  method: "PUT",
  path: "/v3/trade/order",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/trade/order */
export const placeOrder = {
  id: "placeOrder",
  method: "POST",
  path: "/v3/trade/order",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 1000,
    key: { scope: "field", name: "symbol", in: "body" },
  },
  clientId: { field: "clientOrderId", lookup: "getOrder" },
} as const;
/** DELETE /v3/trade/order */
export const cancelOrder = {
  id: "cancelOrder",
  method: "DELETE",
  path: "/v3/trade/order",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/trade/orders */
export const getOrders = {
  id: "getOrders",
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
} as const;
/** DELETE /v3/trade/orders */
export const cancelOrders = {
  id: "cancelOrders",
  method: "DELETE",
  path: "/v3/trade/orders",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** DELETE /v3/trade/allOrders */
export const cancelAllOrders = {
  id: "cancelAllOrders",
  method: "DELETE",
  path: "/v3/trade/allOrders",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/trade/transactionHistory */
export const getTransactionHistory = {
  id: "getTransactionHistory",
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
} as const;
/** GET /v3/trade/transaction */
export const getTransaction = {
  id: "getTransaction",
  method: "GET",
  path: "/v3/trade/transaction",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/trade/tradingFee */
export const getTradingFee = {
  id: "getTradingFee",
  method: "GET",
  path: "/v3/trade/tradingFee",
  auth: true,
  rateLimit: {
    requests: 2,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/trade/cancelAllAfter */
export const cancelAllAfter = {
  id: "cancelAllAfter",
  method: "POST",
  path: "/v3/trade/cancelAllAfter",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/public/systemInfo */
export const getSystemInfo = {
  id: "getSystemInfo",
  method: "GET",
  path: "/v3/public/systemInfo",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/instruments */
export const getInstruments = {
  id: "getInstruments",
  method: "GET",
  path: "/v3/public/instruments",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/orderbook */
export const getOrderbook = {
  id: "getOrderbook",
  method: "GET",
  path: "/v3/public/orderbook",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/kline */
export const getKline = {
  id: "getKline",
  method: "GET",
  path: "/v3/public/kline",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/klineHistory */
export const getKlineHistory = {
  id: "getKlineHistory",
  method: "GET",
  path: "/v3/public/klineHistory",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/marketTrades */
export const getMarketTrades = {
  id: "getMarketTrades",
  method: "GET",
  path: "/v3/public/marketTrades",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/fundingRate */
export const getFundingRate = {
  id: "getFundingRate",
  method: "GET",
  path: "/v3/public/fundingRate",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/futures */
export const getFutures = {
  id: "getFutures",
  method: "GET",
  path: "/v3/public/futures",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/token */
export const getTokens = {
  id: "getTokens",
  method: "GET",
  path: "/v3/public/token",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/tokenInfo */
export const getTokenInfo = {
  id: "getTokenInfo",
  method: "GET",
  path: "/v3/public/tokenInfo",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/tokenNetwork */
export const getTokenNetworks = {
  id: "getTokenNetworks",
  method: "GET",
  path: "/v3/public/tokenNetwork",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/public/marketTradesHistory */
export const getMarketTradesHistory = {
  id: "getMarketTradesHistory",
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
} as const;
/** GET /v3/public/fundingRateHistory */
export const getFundingRateHistory = {
  id: "getFundingRateHistory",
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
} as const;
/** GET /v3/public/insuranceFund */
export const getInsuranceFund = {
  id: "getInsuranceFund",
  method: "GET",
  path: "/v3/public/insuranceFund",
  auth: false,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "ip" },
  },
} as const;
/** GET /v3/account/info */
export const getAccountInfo = {
  id: "getAccountInfo",
  method: "GET",
  path: "/v3/account/info",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/account/tokenConfig */
export const getTokenConfig = {
  id: "getTokenConfig",
  method: "GET",
  path: "/v3/account/tokenConfig",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/account/symbolConfig */
export const getSymbolConfig = {
  id: "getSymbolConfig",
  method: "GET",
  path: "/v3/account/symbolConfig",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/account/subAccounts/all */
export const getSubAccounts = {
  id: "getSubAccounts",
  method: "GET",
  path: "/v3/account/subAccounts/all",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/account/referral/summary */
export const getReferralSummary = {
  id: "getReferralSummary",
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
} as const;
/** GET /v3/account/referral/rewardHistory */
export const getReferralRewardHistory = {
  id: "getReferralRewardHistory",
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
} as const;
/** GET /v3/account/credentials */
export const getCredentials = {
  id: "getCredentials",
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
} as const;
/** POST /v3/account/tradingMode */
export const setTradingMode = {
  id: "setTradingMode",
  method: "POST",
  path: "/v3/account/tradingMode",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/account/listenKey */
export const createListenKey = {
  id: "createListenKey",
  method: "POST",
  path: "/v3/account/listenKey",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 10000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/asset/balances */
export const getBalances = {
  id: "getBalances",
  method: "GET",
  path: "/v3/asset/balances",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/asset/token/history */
export const getTokenHistory = {
  id: "getTokenHistory",
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
} as const;
/** GET /v3/asset/transfer/history */
export const getTransferHistory = {
  id: "getTransferHistory",
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
} as const;
/** POST /v3/asset/transfer */
export const transferAsset = {
  id: "transferAsset",
  method: "POST",
  path: "/v3/asset/transfer",
  auth: true,
  rateLimit: {
    requests: 20,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/asset/wallet/history */
export const getWalletHistory = {
  id: "getWalletHistory",
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
} as const;
/** GET /v3/asset/wallet/deposit */
export const getDepositAddress = {
  id: "getDepositAddress",
  method: "GET",
  path: "/v3/asset/wallet/deposit",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/asset/wallet/withdraw */
export const withdraw = {
  id: "withdraw",
  method: "POST",
  path: "/v3/asset/wallet/withdraw",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** DELETE /v3/asset/wallet/withdraw/{withdrawId} */
export const cancelWithdrawal = {
  id: "cancelWithdrawal",
  method: "DELETE",
  path: "/v3/asset/wallet/withdraw/{withdrawId}",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/asset/staking/yieldHistory */
export const getStakingYieldHistory = {
  id: "getStakingYieldHistory",
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
} as const;
/** GET /v3/futures/positions */
export const getPositions = {
  id: "getPositions",
  method: "GET",
  path: "/v3/futures/positions",
  auth: true,
  rateLimit: {
    requests: 30,
    perMs: 10000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/futures/leverage */
export const getLeverage = {
  id: "getLeverage",
  method: "GET",
  path: "/v3/futures/leverage",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/futures/leverage */
export const setLeverage = {
  id: "setLeverage",
  method: "PUT",
  path: "/v3/futures/leverage",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/futures/positionMode */
export const setPositionMode = {
  id: "setPositionMode",
  method: "PUT",
  path: "/v3/futures/positionMode",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/futures/defaultMarginMode */
export const getDefaultMarginMode = {
  id: "getDefaultMarginMode",
  method: "GET",
  path: "/v3/futures/defaultMarginMode",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/futures/defaultMarginMode */
export const setDefaultMarginMode = {
  id: "setDefaultMarginMode",
  method: "PUT",
  path: "/v3/futures/defaultMarginMode",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** PUT /v3/futures/defaultMarginMode/{symbol} */
export const setSymbolDefaultMarginMode = {
  id: "setSymbolDefaultMarginMode",
  method: "PUT",
  path: "/v3/futures/defaultMarginMode/{symbol}",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/futures/defaultMarginMode/reset */
export const resetDefaultMarginMode = {
  id: "resetDefaultMarginMode",
  method: "POST",
  path: "/v3/futures/defaultMarginMode/reset",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/futures/fundingFee/history */
export const getFundingFeeHistory = {
  id: "getFundingFeeHistory",
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
} as const;
/** POST /v3/isolatedMargin/margin */
export const adjustIsolatedMargin = {
  id: "adjustIsolatedMargin",
  method: "POST",
  path: "/v3/isolatedMargin/margin",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/spotMargin/interestRate */
export const getInterestRates = {
  id: "getInterestRates",
  method: "GET",
  path: "/v3/spotMargin/interestRate",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/spotMargin/interestHistory */
export const getInterestHistory = {
  id: "getInterestHistory",
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
} as const;
/** GET /v3/spotMargin/maxMargin */
export const getMaxMargin = {
  id: "getMaxMargin",
  method: "GET",
  path: "/v3/spotMargin/maxMargin",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/spotMargin/leverage */
export const setSpotMarginLeverage = {
  id: "setSpotMarginLeverage",
  method: "POST",
  path: "/v3/spotMargin/leverage",
  auth: true,
  rateLimit: {
    requests: 5,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/spotMargin/interestRepay */
export const repayInterest = {
  id: "repayInterest",
  method: "POST",
  path: "/v3/spotMargin/interestRepay",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/convert/exchangeInfo */
export const getConvertExchangeInfo = {
  id: "getConvertExchangeInfo",
  method: "GET",
  path: "/v3/convert/exchangeInfo",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/convert/assetInfo */
export const getConvertAssetInfo = {
  id: "getConvertAssetInfo",
  method: "GET",
  path: "/v3/convert/assetInfo",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
  topLevel: true,
} as const;
/** GET /v3/convert/rfq */
export const getConvertQuote = {
  id: "getConvertQuote",
  method: "GET",
  path: "/v3/convert/rfq",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** POST /v3/convert/rft */
export const acceptConvertQuote = {
  id: "acceptConvertQuote",
  method: "POST",
  path: "/v3/convert/rft",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 60000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/convert/trade */
export const getConvertTrade = {
  id: "getConvertTrade",
  method: "GET",
  path: "/v3/convert/trade",
  auth: true,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    key: { scope: "account" },
  },
} as const;
/** GET /v3/convert/trades */
export const getConvertTrades = {
  id: "getConvertTrades",
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
} as const;

/** The client's view of the operation table (@woox-sdk/types/operations): route, signing, pacing, client ids, paging. */
export const operations = {
  getAlgoOrder,
  editAlgoOrder,
  placeAlgoOrder,
  cancelAlgoOrder,
  getAlgoOrders,
  cancelAlgoOrders,
  getOrder,
  editOrder,
  placeOrder,
  cancelOrder,
  getOrders,
  cancelOrders,
  cancelAllOrders,
  getTransactionHistory,
  getTransaction,
  getTradingFee,
  cancelAllAfter,
  getSystemInfo,
  getInstruments,
  getOrderbook,
  getKline,
  getKlineHistory,
  getMarketTrades,
  getFundingRate,
  getFutures,
  getTokens,
  getTokenInfo,
  getTokenNetworks,
  getMarketTradesHistory,
  getFundingRateHistory,
  getInsuranceFund,
  getAccountInfo,
  getTokenConfig,
  getSymbolConfig,
  getSubAccounts,
  getReferralSummary,
  getReferralRewardHistory,
  getCredentials,
  setTradingMode,
  createListenKey,
  getBalances,
  getTokenHistory,
  getTransferHistory,
  transferAsset,
  getWalletHistory,
  getDepositAddress,
  withdraw,
  cancelWithdrawal,
  getStakingYieldHistory,
  getPositions,
  getLeverage,
  setLeverage,
  setPositionMode,
  getDefaultMarginMode,
  setDefaultMarginMode,
  setSymbolDefaultMarginMode,
  resetDefaultMarginMode,
  getFundingFeeHistory,
  adjustIsolatedMargin,
  getInterestRates,
  getInterestHistory,
  getMaxMargin,
  setSpotMarginLeverage,
  repayInterest,
  getConvertExchangeInfo,
  getConvertAssetInfo,
  getConvertQuote,
  acceptConvertQuote,
  getConvertTrade,
  getConvertTrades,
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
