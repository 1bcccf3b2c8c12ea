/**
 * @woox-sdk/sandbox: a local, in-memory WOO X V3 exchange that speaks the woox-sdk OpenAPI spec.
 *
 *   const sandbox = await startSandbox();
 *   const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
 *   await client.POST("/v3/trade/algoOrder", { body: { … } });
 *   sandbox.setPrice("PERP_BTC_USDT", "61000");   // or POST /sandbox/price
 *   await sandbox.stop();
 */
export { startSandbox, DEMO_CREDENTIALS, CORS_ALLOWED_HEADERS } from "./server.js";
export type { CorsOptions, Credentials, ExchangeRecord, Sandbox, SandboxOptions } from "./server.js";
export { computeSignature, signatureMatches, TIMESTAMP_WINDOW_MS } from "./auth.js";
export { DEFAULT_BALANCES, DEFAULT_INSTRUMENTS } from "./market.js";
export type { InstrumentConfig } from "./market.js";
export { FaultInjector } from "./faults.js";
export type { Fault, FaultOptions } from "./faults.js";
export type { AlgoEvent, Collateral, EngineEvent, OpenOrderLimits, OrderEvent } from "./engine.js";
export { Exchange } from "./engine.js";
export type { OrderState, OrderStatus } from "./orders.js";
export type { AccountState, PositionMode, PositionState, TradeRecord } from "./ledger.js";
export { handlers } from "./handlers.js";
export type { Handler, HandlerContext } from "./handlers.js";
export { specOperations, bundledSpec } from "./spec.js";
export type { OpenApiDocument, SpecOperation } from "./spec.js";
export { parseJsonLossless, stringifyJsonLossless } from "./json.js";
export { DETAILED_ERRORS, SandboxError } from "./errors.js";
