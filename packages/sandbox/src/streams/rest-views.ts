import { operations, type OperationId } from "@woox-sdk/types/operations";
import type { Exchange } from "../engine/exchange.js";
import { handlers } from "../handlers/index.js";
import type { DataOf, HandlerContext, QueryOf } from "../handlers/types.js";

/**
 * The state a push reports, read through the very handlers that answer the REST calls, so a push and a
 * REST read made at the same moment agree field for field (the stream says what REST says).
 */
export function restView<K extends "getFutures" | "getBalances" | "getPositions" | "getAccountInfo">(
  ex: Exchange,
  operationId: K,
  account: string,
  query: QueryOf<K>,
): DataOf<K> {
  const ctx = { account, exchange: ex, query, path: {}, body: undefined, operation: operations[operationId] };
  const handler = handlers[operationId as OperationId] as unknown as { handle(c: HandlerContext<K>): DataOf<K> };
  return handler.handle(ctx as unknown as HandlerContext<K>);
}
