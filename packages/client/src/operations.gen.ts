// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

/** Every operation of the spec: method, path, whether it is signed, its rate limit (x-rate-limit) and the error codes it documents (x-error-codes). */
export const operations = {
  getAlgoOrder: {"method":"GET","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,317152,317179,317184]},
  editAlgoOrder: {"method":"PUT","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":5,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,-1102,-1103,-1104,302177,317136,317137,317138,317142,317150,317151,317152,317153,317161,317170,317174,317179]},
  placeAlgoOrder: {"method":"POST","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":2,"perMs":1000,"key":"symbol","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,-1012,-1101,-1102,-1103,-1104,-1105,302117,302186,317139,317140,317141,317142,317143,317150,317151,317155,317167,317179],"clientId":{"field":"clientAlgoOrderId","lookup":"getAlgoOrder"}},
  cancelAlgoOrder: {"method":"DELETE","path":"/v3/trade/algoOrder","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,317152,317161,317179,317184]},
  getAlgoOrders: {"method":"GET","path":"/v3/trade/algoOrders","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,317179]},
  cancelAlgoOrders: {"method":"DELETE","path":"/v3/trade/algoOrders","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,317155,317179]},
  getOrder: {"method":"GET","path":"/v3/trade/order","auth":true,"rateLimit":{"requests":5,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,302129,317179]},
  editOrder: {"method":"PUT","path":"/v3/trade/order","auth":true,"rateLimit":{"requests":5,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,-1101,-1102,-1103,-1104,302119,302125,302138,302142,302177,317179]},
  placeOrder: {"method":"POST","path":"/v3/trade/order","auth":true,"rateLimit":{"requests":5,"perMs":1000,"key":"symbol","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,-1012,-1101,-1102,-1103,-1104,-1105,302101,302117,302119,302125,302138,302186,317179],"clientId":{"field":"clientOrderId","lookup":"getOrder"}},
  cancelOrder: {"method":"DELETE","path":"/v3/trade/order","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1006,-1011,302101,317179]},
  getOrders: {"method":"GET","path":"/v3/trade/orders","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  cancelOrders: {"method":"DELETE","path":"/v3/trade/orders","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  cancelAllOrders: {"method":"DELETE","path":"/v3/trade/allOrders","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  getTransactionHistory: {"method":"GET","path":"/v3/trade/transactionHistory","auth":true,"rateLimit":{"requests":2,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  getTradingFee: {"method":"GET","path":"/v3/trade/tradingFee","auth":true,"rateLimit":{"requests":2,"perMs":1000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  cancelAllAfter: {"method":"POST","path":"/v3/trade/order/cancelAllAfter","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,317176,317179]},
  getSystemInfo: {"method":"GET","path":"/v3/public/systemInfo","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1011]},
  getInstruments: {"method":"GET","path":"/v3/public/instruments","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getOrderbook: {"method":"GET","path":"/v3/public/orderbook","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getKline: {"method":"GET","path":"/v3/public/kline","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getKlineHistory: {"method":"GET","path":"/v3/public/klineHistory","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getMarketTrades: {"method":"GET","path":"/v3/public/marketTrades","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getFundingRate: {"method":"GET","path":"/v3/public/fundingRate","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getFutures: {"method":"GET","path":"/v3/public/futures","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011,302101]},
  getTokens: {"method":"GET","path":"/v3/public/token","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1011]},
  getTokenInfo: {"method":"GET","path":"/v3/public/tokenInfo","auth":false,"rateLimit":{"requests":10,"perMs":1000,"key":"ip","source":"reported"},"errorCodes":[-1000,-1003,-1004,-1005,-1011]},
  getAccountInfo: {"method":"GET","path":"/v3/account/info","auth":true,"rateLimit":{"requests":10,"perMs":60000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1011,317179]},
  getBalances: {"method":"GET","path":"/v3/asset/balances","auth":true,"rateLimit":{"requests":10,"perMs":1000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,317179]},
  getPositions: {"method":"GET","path":"/v3/futures/positions","auth":true,"rateLimit":{"requests":30,"perMs":10000,"key":"account","source":"documented"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  getLeverage: {"method":"GET","path":"/v3/futures/leverage","auth":true,"rateLimit":{"requests":10,"perMs":60000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,317179]},
  setLeverage: {"method":"PUT","path":"/v3/futures/leverage","auth":true,"rateLimit":{"requests":10,"perMs":60000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302101,302186,302189,302305,302306,317179]},
  setPositionMode: {"method":"PUT","path":"/v3/futures/positionMode","auth":true,"rateLimit":{"requests":5,"perMs":60000,"key":"account","source":"reported"},"errorCodes":[-1000,-1001,-1002,-1003,-1004,-1005,-1011,302185,302308,317179]},
} as const;

export type OperationId = keyof typeof operations;

/** Properties and query parameters that hold 64-bit integers (ids, ms timestamps). */
export const int64Names: ReadonlySet<string> = new Set(["after","algoOrderId","before","clientAlgoOrderId","clientOrderId","endTime","fromId","id","orderId","parentAlgoOrderId","rootAlgoOrderId","startTime","userId"]);
