/**
 * @woox-sdk/sandbox: a local, in-memory WOO X V3 exchange that speaks the woox-sdk OpenAPI spec.
 *
 *   const sandbox = await startSandbox();
 *   const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
 *   await client.algoOrders.place({ … });
 *   sandbox.setPrice("PERP_BTC_USDT", "61000");   // or POST /sandbox/price
 *   await sandbox.stop();
 *
 * Response conformance checks for tests live in the "@woox-sdk/sandbox/testing" subpath.
 */
export { startSandbox, DEMO_CREDENTIALS } from "./server.js";
export type { Credentials, Sandbox, SandboxOptions } from "./server.js";
export { CORS_ALLOWED_HEADERS } from "./http/cors.js";
export type { CorsOptions } from "./http/cors.js";
export type { ExchangeRecord } from "./http/record.js";
export { computeSignature, signatureMatches, TIMESTAMP_WINDOW_MS } from "./http/auth.js";
export { DEFAULT_INSTRUMENTS } from "./market/instruments.js";
export type { InstrumentConfig } from "./market/instruments.js";
export { DEFAULT_BALANCES } from "./account/ledger.js";
export { DEFAULT_NETWORKS } from "./wallet/networks.js";
export type { AddressStyle, NetworkConfig } from "./wallet/networks.js";
export type { WalletOptions } from "./wallet/wallet.js";
export type { DepositHook, DepositReceipt } from "./wallet/deposits.js";
export type { AccountState, PositionState, TradeRecord } from "./account/ledger.js";
export type { Collateral } from "./account/collateral.js";
export { ApiPermission, MAIN_ACCOUNT_NAME } from "./accounts/directory.js";
export type { AccountProfile, AccountSettings } from "./accounts/directory.js";
export type { RiskOptions, SymbolRiskConfig, TokenRiskConfig } from "./accounts/risk.js";
export { FaultInjector } from "./http/faults.js";
export type { Fault, FaultOptions, StreamFault, StreamFaultOptions } from "./http/faults.js";
export type { StreamOptions } from "./streams/options.js";
export { UNSERVED_TOPICS } from "./streams/topics.js";
export { Exchange } from "./engine/exchange.js";
export type { ExchangeOptions } from "./engine/exchange.js";
export { EngineEvents } from "./engine/events.js";
export type {
  AccountChange,
  AlgoEvent,
  BalanceEvent,
  ChangeListener,
  EngineEvent,
  EngineListener,
  OrderEvent,
  PositionEvent,
} from "./engine/events.js";
export type { OrderStatus } from "./engine/status.js";
export type { AlgoNode } from "./algo/node.js";
export type { OpenOrderLimits } from "./algo/rules.js";
export type { OrderState } from "./orders/state.js";
export { handlers } from "./handlers/index.js";
export type { BodyOf, DataOf, Handler, HandlerContext, HandlerTable, PathOf, QueryOf } from "./handlers/types.js";
export { parseJsonLossless, stringifyJsonLossless } from "./json.js";
export { DETAILED_ERRORS, SandboxError } from "./errors.js";
