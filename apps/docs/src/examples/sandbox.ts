// The sandbox guide's walkthrough, type-checked against @woox-sdk/sandbox and run by the docs' tests.

import { startSandbox } from "@woox-sdk/sandbox";
import { createWooxClient } from "@woox-sdk/client";

export async function sandboxWalkthrough() {
  // #region walkthrough
  const sandbox = await startSandbox(); // an in-memory exchange on 127.0.0.1, on a free port
  const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url, throwOnError: true });

  // A stop-market buy at 62000; PERP_BTC_USDT starts at 60000 in the sandbox.
  const placed = await client.POST("/v3/trade/algoOrder", {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "62000",
    },
  });
  const algoOrderId = placed.data.data.rows[0]?.algoOrderId;

  sandbox.setPrice("PERP_BTC_USDT", "62500"); // the market moves: the stop triggers and fills

  const { data } = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId } } });
  // data.data.algoStatus is now "FILLED" and data.data.isTriggered is true

  await sandbox.stop();
  // #endregion walkthrough
  return data.data;
}
