import { OrderStatusFilter } from "@woox-sdk/types/enums";

/**
 * The status of an ordinary order or of one node of an algo order: the spec's status filter without
 * the two words that only group statuses in a query (`INCOMPLETE`, `COMPLETED`).
 */
export type OrderStatus = Exclude<
  OrderStatusFilter,
  typeof OrderStatusFilter.INCOMPLETE | typeof OrderStatusFilter.COMPLETED
>;

/** The statuses of an order that can still act (the spec's `INCOMPLETE`). */
export const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set([
  OrderStatusFilter.NEW,
  OrderStatusFilter.PARTIAL_FILLED,
]);

/** Whether a record passes a list query's `status` filter (a status, or one of the two group words). */
export function matchesStatus(status: OrderStatus, open: boolean, filter: OrderStatusFilter | undefined): boolean {
  if (filter === OrderStatusFilter.INCOMPLETE) return open;
  if (filter === OrderStatusFilter.COMPLETED) return !open;
  return filter === undefined || status === filter;
}
