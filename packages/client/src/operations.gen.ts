// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

/** The client's view of the operation table (@woox-sdk/types/operations): route, signing, pacing, client ids. */
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
    path: "/v3/trade/order/cancelAllAfter",
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
  "fromId",
  "id",
  "orderId",
  "parentAlgoOrderId",
  "rootAlgoOrderId",
  "startTime",
  "userId",
]);
