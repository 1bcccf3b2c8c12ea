import type { OperationId } from "@woox-sdk/types/operations";
import type { Handler, HandlerTable } from "./types.js";

/*
 * SCAFFOLD — to be emptied before this branch lands. The operations the whole-API spec added, each
 * answering "not served yet" until its area's handler replaces it. Whoever implements an area moves its
 * entries out of here into a handler module of their own and deletes them below.
 */

function notServedYet<K extends OperationId>(operationId: K): Handler<K> {
  return {
    handle() {
      throw new Error(`sandbox: ${operationId} is not served yet`);
    },
  } as unknown as Handler<K>;
}

export const scaffoldHandlers = {
  // ---- public and trade
  getMarketTradesHistory: notServedYet("getMarketTradesHistory"),
  getInsuranceFund: notServedYet("getInsuranceFund"),
  getTransaction: notServedYet("getTransaction"),
} satisfies Partial<HandlerTable>;
