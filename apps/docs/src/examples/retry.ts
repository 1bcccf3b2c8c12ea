// The retry recipe of the "Errors and retries" guide, shown by region and run by test/examples.test.ts
// against a sandbox that injects rate limits, maintenance errors and dropped connections: the test
// checks that every intended order ends up placed exactly once.

import { isWooxApiError, type WooxClient } from "@woox-sdk/client";
import type { AlgoOrderRequest, Int64Id } from "@woox-sdk/types";

export interface PlaceOnceOptions {
  attempts?: number;
  /** First backoff step; doubled per attempt, with jitter. */
  baseDelayMs?: number;
}

// #region place-once
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Places one algo order, retrying only what is safe: the same body and the same clientAlgoOrderId on
 * every attempt, and a lookup by that id whenever the outcome of an attempt is unknown.
 */
export async function placeOnce(
  client: WooxClient<true>,
  body: AlgoOrderRequest & { clientAlgoOrderId: number },
  { attempts = 5, baseDelayMs = 250 }: PlaceOnceOptions = {},
): Promise<{ algoOrderId: Int64Id | undefined; reconciled: boolean }> {
  const findExisting = async () => {
    try {
      const { data } = await client.GET("/v3/trade/algoOrder", {
        params: { query: { clientAlgoOrderId: body.clientAlgoOrderId } },
      });
      return data.data.algoOrderId;
    } catch {
      return undefined; // not found, or the lookup itself failed: try placing again
    }
  };

  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.POST("/v3/trade/algoOrder", { body });
      const parent = data.data.rows.at(-1);
      return { algoOrderId: parent?.algoOrderId ?? parent?.orderId, reconciled: false };
    } catch (err) {
      if (attempt >= attempts) throw err;
      const apiError = isWooxApiError(err) ? err : undefined;
      // No response at all (network error, timeout), an explicit "outcome unknown", or a duplicate id:
      // the order may exist already, so look before placing it again.
      if (
        apiError === undefined ||
        apiError.recovery === "reconcile" ||
        apiError.codeName === "DUPLICATE_CLIENT_ORDER_ID"
      ) {
        const existing = await findExisting();
        if (existing !== undefined) return { algoOrderId: existing, reconciled: true };
      } else if (!apiError.retryable) {
        throw err; // a validation or business error: the same request would fail again
      }
      const backoff = baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      await sleep(apiError?.retryAfterMs ?? backoff);
    }
  }
}
// #endregion place-once
