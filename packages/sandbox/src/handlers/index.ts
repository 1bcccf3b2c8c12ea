import type { OperationMeta } from "@woox-sdk/types";
import type { OperationId } from "@woox-sdk/types/operations";
import type { Exchange } from "../engine/exchange.js";
import type { Json } from "../json.js";
import type { ValidationHooks } from "../http/validate.js";
import { accountHandlers } from "./account.js";
import { accountConfigHandlers } from "./account-config.js";
import { algoOrderHandlers } from "./algo-orders.js";
import { convertHandlers } from "./convert.js";
import { fundingHandlers } from "./funding.js";
import { futuresHandlers } from "./futures.js";
import { listenKeyHandlers } from "./listen-key.js";
import { marketHandlers } from "./market.js";
import { orderHandlers } from "./orders.js";
import { positionHandlers } from "./positions.js";
import { spotMarginHandlers } from "./spot-margin.js";
import { tokenHandlers } from "./tokens.js";
import { transferHandlers } from "./transfers.js";
import { walletHandlers } from "./wallet.js";
import { tradeHistoryHandlers } from "./trade-history.js";
import type { HandlerTable } from "./types.js";

/**
 * Every operation of the spec, by operationId, to the handler that answers it. Typed as HandlerTable: an
 * operation `pnpm gen` adds to the table without a handler here fails to compile, and so does a handler
 * whose answer does not match its operation's success schema (test/handlers.test-d.ts proves both).
 */
export const handlers: HandlerTable = {
  ...algoOrderHandlers,
  ...orderHandlers,
  ...marketHandlers,
  ...fundingHandlers,
  ...tokenHandlers,
  ...accountHandlers,
  ...positionHandlers,
  ...listenKeyHandlers,
  ...accountConfigHandlers,
  ...transferHandlers,
  ...walletHandlers,
  ...futuresHandlers,
  ...spotMarginHandlers,
  ...convertHandlers,
  ...tradeHistoryHandlers,
};

/** What the dispatcher hands a handler: the request as validated JSON, not yet tied to one operation's types. */
export interface ValidatedContext {
  account: string;
  query: Record<string, Json>;
  path: Record<string, Json>;
  body: Json | undefined;
  exchange: Exchange;
  operation: OperationMeta;
}

/** A handler as the dispatcher calls it, once the request has passed validation. */
export interface ValidatedHandler {
  hooks?: ValidationHooks;
  topLevel?: boolean;
  handle(ctx: ValidatedContext): Json;
}

/**
 * The handler of `operationId`, for a request the validator has already checked against that operation's
 * schemas. Those schemas are what HandlerContext<K> is generated from, so past validation the handler's
 * own request type holds: that is the link a runtime operationId cannot show the compiler.
 */
export function handlerFor(operationId: OperationId): ValidatedHandler {
  // The cast only widens the answer type: schemas with `additionalProperties: true` generate an
  // index signature of `unknown`, which the JSON type cannot hold although such answers serialize fine.
  return handlers[operationId] as ValidatedHandler;
}
