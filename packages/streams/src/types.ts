import type { PayloadOf, Topic } from "@woox-sdk/types/streams";

/**
 * Why pushes may be missing before this point:
 * - `reconnect`: the socket was lost (or replaced, e.g. to renew the listen key) and the topic was
 *   subscribed again; nothing sent in between was received;
 * - `sequence`: an order book delta did not chain on the previous one;
 * - `overflow`: the consumer fell `bufferSize` items behind and older pushes were dropped;
 * - `invalid`: a push failed its guard (not the shape the spec describes) and was not delivered.
 */
export type GapReason = "reconnect" | "sequence" | "overflow" | "invalid";

/**
 * An in-band marker of missed pushes. It has no `data`, so code that reads a push's `data` must first
 * tell the two apart: `if (item.type === "gap") …` (pushes have no `type`).
 */
export interface GapItem<T extends string = Topic> {
  readonly type: "gap";
  readonly topic: T;
  readonly reason: GapReason;
  /**
   * Server time (ms) of the last push received before the gap, or undefined if there was none. For
   * `sequence`, the `ts` of the last delta that chained.
   */
  readonly from: number | undefined;
  /**
   * Server time (ms) from which delivery is whole again, where known: `reconnect`, the time of the
   * resubscription's ack; `sequence`, the `prevTs` of the delta that did not chain; `overflow` and
   * `invalid`, the time of the last push lost.
   */
  readonly to: number | undefined;
  /** How many pushes were lost, where known (`overflow`, `invalid`). */
  readonly missed?: number;
  /** REST operations that rebuild this topic's state (the topic table's `reconcile`), e.g. `["getOrders"]`. */
  readonly reconcile?: readonly string[];
}

/** A push of topic `T`, typed from the topic string. */
export type Push<T extends Topic> = PayloadOf<T> & { readonly type?: undefined };

/** What a subscription yields: pushes, and gap markers where pushes were missed. */
export type StreamItem<T extends Topic> = Push<T> | GapItem<T>;

export function isGap<T extends Topic>(item: StreamItem<T>): item is GapItem<T> {
  return item.type === "gap";
}
