// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

// Runtime values of the spec's string enums (components.schemas), each also a type.

/** Status of an ordinary order or of an algo order node as the API reports it. Unknown values must be accepted. */
export const OrderStatus = {
  NEW: "NEW",
  PARTIAL_FILLED: "PARTIAL_FILLED",
  FILLED: "FILLED",
  CANCELLED: "CANCELLED",
  REJECTED: "REJECTED",
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

/** Trigger state of an algo order node; `USELESS` means not applicable or not triggered yet. Unknown values must be accepted. */
export const TriggerStatus = { USELESS: "USELESS", NEW: "NEW", SUCCESS: "SUCCESS" } as const;
export type TriggerStatus = (typeof TriggerStatus)[keyof typeof TriggerStatus];

export const Side = { BUY: "BUY", SELL: "SELL" } as const;
export type Side = (typeof Side)[keyof typeof Side];

/** `BOTH` in one-way mode; `LONG` or `SHORT` in hedge mode (perpetuals only). Required in hedge mode for futures, otherwise omit. */
export const PositionSide = { BOTH: "BOTH", LONG: "LONG", SHORT: "SHORT" } as const;
export type PositionSide = (typeof PositionSide)[keyof typeof PositionSide];

/** The price that triggers the order; default `MARKET_PRICE`. */
export const TriggerPriceType = { MARKET_PRICE: "MARKET_PRICE", MARK_PRICE: "MARK_PRICE" } as const;
export type TriggerPriceType = (typeof TriggerPriceType)[keyof typeof TriggerPriceType];

/** Margin mode (perpetuals only); default `CROSS`. */
export const MarginMode = { CROSS: "CROSS", ISOLATED: "ISOLATED" } as const;
export type MarginMode = (typeof MarginMode)[keyof typeof MarginMode];

/** The type of a parent algo order. */
export const AlgoType = {
  STOP: "STOP",
  OCO: "OCO",
  TRAILING_STOP: "TRAILING_STOP",
  POSITIONAL_TP_SL: "POSITIONAL_TP_SL",
  TP_SL: "TP_SL",
  BRACKET: "BRACKET",
  STOP_BRACKET: "STOP_BRACKET",
} as const;
export type AlgoType = (typeof AlgoType)[keyof typeof AlgoType];

/** The order type of a parent algo order. */
export const AlgoParentOrderType = { LIMIT: "LIMIT", MARKET: "MARKET" } as const;
export type AlgoParentOrderType = (typeof AlgoParentOrderType)[keyof typeof AlgoParentOrderType];

/** `LIMIT`; `MARKET`; time-in-force limits `IOC`, `FOK`, `POST_ONLY`; `ASK`/`BID` (price at the best ask/bid level `bidAskLevel`). */
export const OrderType = {
  LIMIT: "LIMIT",
  MARKET: "MARKET",
  IOC: "IOC",
  FOK: "FOK",
  POST_ONLY: "POST_ONLY",
  ASK: "ASK",
  BID: "BID",
} as const;
export type OrderType = (typeof OrderType)[keyof typeof OrderType];

/** `INCOMPLETE` = `NEW` + `PARTIAL_FILLED`; `COMPLETED` = `CANCELLED` + `FILLED` + `REJECTED`. */
export const OrderStatusFilter = {
  NEW: "NEW",
  CANCELLED: "CANCELLED",
  PARTIAL_FILLED: "PARTIAL_FILLED",
  FILLED: "FILLED",
  REJECTED: "REJECTED",
  INCOMPLETE: "INCOMPLETE",
  COMPLETED: "COMPLETED",
} as const;
export type OrderStatusFilter = (typeof OrderStatusFilter)[keyof typeof OrderStatusFilter];

/** `ONE_WAY`: one `BOTH` position per symbol; `HEDGE_MODE`: a `LONG` and a `SHORT` position per symbol. What requests send; answers are read as open strings because a legacy official example printed `HEDGE`. */
export const PositionMode = { ONE_WAY: "ONE_WAY", HEDGE_MODE: "HEDGE_MODE" } as const;
export type PositionMode = (typeof PositionMode)[keyof typeof PositionMode];

/** A kline interval; `1mon` is one month. */
export const KlineInterval = {
  "1m": "1m",
  "3m": "3m",
  "5m": "5m",
  "15m": "15m",
  "30m": "30m",
  "1h": "1h",
  "2h": "2h",
  "4h": "4h",
  "6h": "6h",
  "12h": "12h",
  "1d": "1d",
  "1w": "1w",
  "1mon": "1mon",
  "1y": "1y",
} as const;
export type KlineInterval = (typeof KlineInterval)[keyof typeof KlineInterval];

/** `PURE_SPOT` spot only; `MARGIN` spot and margin; `FUTURES` spot and futures. */
export const TradingMode = {
  PURE_SPOT: "PURE_SPOT",
  MARGIN: "MARGIN",
  FUTURES: "FUTURES",
} as const;
export type TradingMode = (typeof TradingMode)[keyof typeof TradingMode];

/** The kind of listen key; only `WEBSOCKET` is documented. */
export const ListenKeyType = { WEBSOCKET: "WEBSOCKET" } as const;
export type ListenKeyType = (typeof ListenKeyType)[keyof typeof ListenKeyType];

/** `ADD` moves margin into the isolated position, `REDUCE` takes it out. */
export const IsolatedMarginAction = { ADD: "ADD", REDUCE: "REDUCE" } as const;
export type IsolatedMarginAction = (typeof IsolatedMarginAction)[keyof typeof IsolatedMarginAction];

/** The reason of a balance change (filter values of `getTokenHistory`). */
export const TokenHistoryType = {
  WITHDRAW: "WITHDRAW",
  DEPOSIT: "DEPOSIT",
  FIAT_WITHDRAW: "FIAT_WITHDRAW",
  FIAT_DEPOSIT: "FIAT_DEPOSIT",
  EARN: "EARN",
  VAULT_WITHDRAW: "VAULT_WITHDRAW",
  VAULT_DEPOSIT: "VAULT_DEPOSIT",
  YIELD_TO_BALANCE: "YIELD_TO_BALANCE",
  CREDIT: "CREDIT",
  DISTRIBUTION: "DISTRIBUTION",
  REFERRAL: "REFERRAL",
  SUB_ACCOUNT_TRANSFER: "SUB_ACCOUNT_TRANSFER",
  REBATE: "REBATE",
  LIQUIDATION: "LIQUIDATION",
  SPECIAL: "SPECIAL",
  STAKING: "STAKING",
  UNSTAKING: "UNSTAKING",
  UNSTAKING_FEE: "UNSTAKING_FEE",
  INTEREST: "INTEREST",
  CONVERT: "CONVERT",
  FUNDING_FEE: "FUNDING_FEE",
  REALIZED_PNL: "REALIZED_PNL",
  RFQ: "RFQ",
  COPY_FEE: "COPY_FEE",
  COPY_PROFIT_SHARED: "COPY_PROFIT_SHARED",
  SPOT_TRANSACTION: "SPOT_TRANSACTION",
  TRANSACTION_FEE: "TRANSACTION_FEE",
} as const;
export type TokenHistoryType = (typeof TokenHistoryType)[keyof typeof TokenHistoryType];

/** `BALANCE`: on-chain deposits and withdrawals; `COLLATERAL`: collateral movements (ccxt reads it as a transfer between portfolios). */
export const WalletHistoryType = { BALANCE: "BALANCE", COLLATERAL: "COLLATERAL" } as const;
export type WalletHistoryType = (typeof WalletHistoryType)[keyof typeof WalletHistoryType];

export const TokenSide = { DEPOSIT: "DEPOSIT", WITHDRAW: "WITHDRAW" } as const;
export type TokenSide = (typeof TokenSide)[keyof typeof TokenSide];

/** `NEW` (a withdrawal not yet processed, the only cancellable state), `CONFIRMING` (a deposit waiting for confirmations), `PROCESSING`, `COMPLETED`, `CANCELED` (one L). ccxt maps NEW/CONFIRMING/PROCESSING to pending, COMPLETED to ok, CANCELED to canceled. */
export const WalletTransactionStatus = {
  NEW: "NEW",
  CONFIRMING: "CONFIRMING",
  PROCESSING: "PROCESSING",
  COMPLETED: "COMPLETED",
  CANCELED: "CANCELED",
} as const;
export type WalletTransactionStatus = (typeof WalletTransactionStatus)[keyof typeof WalletTransactionStatus];

/** `LOAN`: hourly interest charged on a borrowed token; `REPAY`: a repayment by the user; `AUTO_REPAY`: a repayment by the system. */
export const InterestSide = { LOAN: "LOAN", REPAY: "REPAY", AUTO_REPAY: "AUTO_REPAY" } as const;
export type InterestSide = (typeof InterestSide)[keyof typeof InterestSide];
