import type { components } from "@woox-sdk/types";
import { isWooxApiError } from "@woox-sdk/errors/base";
import type { OperationId } from "./operations.gen.js";

type AlgoOrder = components["schemas"]["AlgoOrder"];
type Order = components["schemas"]["Order"];
/** Calls the lookup operation with this query and resolves to its success envelope; throws on failure. */
export type LookUp = (
  operationId: string,
  query: Record<string, unknown>,
) => Promise<{ data: unknown; timestamp?: number }>;

/** The rows a placement answers with, rebuilt from the order found: child legs depth-first, the parent last. */
function algoRows(order: AlgoOrder): components["schemas"]["PlacedAlgoOrderRow"][] {
  const rows = (order.childOrders ?? []).flatMap(algoRows);
  rows.push({
    algoOrderId: order.algoOrderId,
    clientAlgoOrderId: order.clientAlgoOrderId,
    algoType: order.algoType,
    quantity: order.quantity,
  });
  return rows;
}

// How the answer of each lookup operation becomes the `data` its placement would have answered.
const asPlacement: Partial<Record<OperationId, (found: unknown) => unknown>> = {
  getAlgoOrder: (found) => ({ rows: algoRows(found as AlgoOrder) }),
  getOrder: (found) => {
    const o = found as Order;
    return {
      orderId: o.orderId,
      clientOrderId: o.clientOrderId,
      type: o.type,
      price: o.price ?? null,
      quantity: o.quantity ?? null,
      amount: o.amount ?? null,
    };
  },
};

/** Whether an error from a lookup means "no such order" (rather than "could not look"). */
function isNotFound(err: unknown): boolean {
  return isWooxApiError(err) && (err.category === "not_found" || err.httpStatus === 404);
}

/**
 * After a placement whose outcome is unknown: looks the order up by its client id with the operation
 * the placement's client-id rule names. Resolves to the success envelope the placement would have
 * returned when the order exists, or undefined when it does not (then it is safe to send the placement
 * again). Any other failure propagates: the outcome stays unknown and the caller must not resend.
 */
export async function reconcileByClientId(
  rule: { readonly field: string; readonly lookup: string },
  clientId: unknown,
  lookUp: LookUp,
): Promise<unknown> {
  const toPlacement = asPlacement[rule.lookup as OperationId];
  if (!toPlacement) throw new Error(`no reconciliation for lookup operation ${rule.lookup}`);
  try {
    const envelope = await lookUp(rule.lookup, { [rule.field]: clientId });
    return { success: true, data: toPlacement(envelope.data), timestamp: envelope.timestamp };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}
