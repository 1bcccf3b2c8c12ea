// The quick-start snippets, type-checked with the rest of the docs (tsc) so they keep compiling as the
// client and the spec change.

import { createWooxClient, isWooxApiError } from "@woox-sdk/client";
import { createWooxCore, placeAlgoOrder } from "@woox-sdk/client/core";

export async function quickStart(apiKey: string, apiSecret: string, baseUrl?: string) {
  // #region client
  // Keys come from the WOO X console; keep the secret out of source control.
  const client = createWooxClient({
    apiKey, // e.g. process.env.WOOX_API_KEY
    apiSecret, // e.g. process.env.WOOX_API_SECRET
    baseUrl, // default https://api.woox.io; https://api.staging.woox.io for staging
  });
  // #endregion client

  // #region call
  const { data, error } = await client.POST("/v3/trade/algoOrder", {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "SELL",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "58000",
    },
  });
  if (error) {
    // A WooxApiError: error.code "-1003", error.codeName "TOO_MANY_REQUEST", error.retryable, error.docsUrl …
    console.error(error.message);
  } else {
    console.log("placed", data.data.rows.at(-1)?.algoOrderId);
  }
  // #endregion call
  return isWooxApiError(error) ? error : data;
}

/** The same placement on @woox-sdk/client/core; resolves to the placed rows, or to the error's code name and hint. */
export async function quickStartCore(apiKey: string, apiSecret: string, baseUrl?: string) {
  // #region core
  const core = createWooxCore({ apiKey, apiSecret, baseUrl });
  try {
    const { rows } = await core.call(placeAlgoOrder, {
      body: {
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "58000",
      },
    });
    console.log("placed", rows.at(-1)?.algoOrderId);
    return rows;
  } catch (e) {
    // The first failure loads WooxApiError with the catalog's rules; explain() loads the prose.
    if (!isWooxApiError(e)) throw e;
    const { hint } = await e.explain();
    console.error(e.codeName, hint, e.docsUrl);
    return { codeName: e.codeName, hint };
  }
  // #endregion core
}
