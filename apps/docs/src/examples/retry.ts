// The "place exactly once" recipe of the "Errors and retries" guide, for a client created with
// `retry: false` (your own retry policy instead of the client's). It makes the same decisions the client
// makes by itself, from the same catalog fields. test/examples.test.ts runs it with the client's retries
// off against a sandbox that injects rate limits, maintenance errors, dropped connections and lost
// answers, and checks that every intended order is placed exactly once.

import { isWooxApiError, WooxTransportError, type WooxClient } from "@woox-sdk/client";
import type { AlgoOrderRequest, Int64Id } from "@woox-sdk/types";

export interface PlaceOnceOptions {
  /** Tries in all; a try is a lookup, a placement, or a lookup that found nothing and then a placement. */
  attempts?: number;
  /** First backoff step; doubled per attempt, with jitter. */
  baseDelayMs?: number;
}

// #region place-once
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Places one algo order with a client created with `retry: false`. The same body and the same
 * clientAlgoOrderId go out on every attempt. After an attempt whose outcome is unknown, the order is
 * looked up by that id, and placed again only once a lookup has answered "not found".
 */
export async function placeOnce(
  client: WooxClient<true>,
  body: AlgoOrderRequest & { clientAlgoOrderId: number },
  { attempts = 5, baseDelayMs = 250 }: PlaceOnceOptions = {},
): Promise<{ algoOrderId: Int64Id | undefined; reconciled: boolean }> {
  let mustLookFirst = false; // the last placement may have landed: look before placing again
  let mayHaveLanded = false; // some earlier placement may have landed
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      const retryAfter = isWooxApiError(lastError) ? lastError.retryAfterMs : undefined;
      await sleep(retryAfter ?? baseDelayMs * 2 ** (attempt - 2) * (0.5 + Math.random() / 2));
    }
    if (mustLookFirst) {
      try {
        const { data } = await client.GET("/v3/trade/algoOrder", {
          params: { query: { clientAlgoOrderId: body.clientAlgoOrderId } },
        });
        return { algoOrderId: data.data.algoOrderId, reconciled: true };
      } catch (err) {
        lastError = err;
        // "Not found" is an answer: the order is not there, so placing it again is safe. Any other
        // failure of the lookup leaves the outcome unknown: do not place again, look again later.
        const notFound = isWooxApiError(err) && (err.category === "not_found" || err.httpStatus === 404);
        if (!notFound) continue;
        mustLookFirst = false;
      }
    }
    try {
      const { data } = await client.POST("/v3/trade/algoOrder", { body });
      const parent = data.data.rows.at(-1);
      return { algoOrderId: parent?.algoOrderId ?? parent?.orderId, reconciled: false };
    } catch (err) {
      lastError = err;
      if (err instanceof WooxTransportError) {
        if (err.kind === "aborted") throw err;
        // No answer: if the request may have reached the exchange, look before placing again.
        mustLookFirst = err.outcomeUnknown;
        mayHaveLanded ||= mustLookFirst;
        continue;
      }
      if (!isWooxApiError(err)) throw err;
      if (err.onResend === "placed" && mayHaveLanded) {
        mustLookFirst = true; // the id is taken by our own earlier attempt: it landed after all
      } else if (err.recovery === "resync") {
        // The timestamp was outside the server's window: measure the offset again (a failed measurement
        // is simply tried again after the next rejection).
        await client.clock.sync().catch(() => undefined);
      } else if (!err.retryable) {
        throw err; // a validation or business error: the same request would fail again
      } else {
        // Refused before processing (a rate limit): send the very same request again. Otherwise the
        // exchange may have acted (maintenance, an internal error): look before placing again.
        mustLookFirst = err.processed !== "no";
        mayHaveLanded ||= mustLookFirst;
      }
    }
  }
  if (mustLookFirst)
    throw new Error(
      `The outcome of placing clientAlgoOrderId ${body.clientAlgoOrderId} is unknown: look it up before placing it again`,
      { cause: lastError },
    );
  throw lastError;
}
// #endregion place-once
