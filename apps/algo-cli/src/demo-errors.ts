import { createWooxClient, type WooxApiError } from "@woox-sdk/client";
import { movePrice, placeOrder } from "./demo-data.js";
import { buildAlgoOrder } from "./orders.js";
import { errorLines, errorSummary, type Output } from "./output.js";
import type { Target } from "./target.js";

/** The demo's step 7: typical mistakes, each printed with what the error catalog knows about it. */
export async function provokeErrors(target: Target, out: Output): Promise<{ ok: boolean; errors: unknown[] }> {
  const { client, baseUrl } = target;
  if (!target.sandbox) throw new Error("the demo runs on the sandbox");
  let ok = true;
  const errors: unknown[] = [];
  const expect = (label: string, expected: string, error: WooxApiError | undefined) => {
    if (!error) {
      ok = false;
      out.line(`  UNEXPECTED: "${label}" succeeded; expected ${expected}`);
      return;
    }
    if (error.codeName !== expected) ok = false;
    out.line(`  ${label}:`);
    for (const l of errorLines(error)) out.line(l);
    errors.push({ provoked: label, expected, ...errorSummary(error) });
  };

  let r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      quantity: "0.1",
      triggerPrice: "3300.005",
    }),
  );
  expect("a trigger price off the 0.01 tick", "PRICE_FILTER", r.error);

  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_ETH_USDT",
      side: "SELL",
      quantity: "0.001",
      triggerPrice: "3000",
    }),
  );
  expect("an order worth 3 USDT (minimum notional 10)", "MIN_NOTIONAL", r.error);

  const withTypo = {
    ...buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_WOO_USDT",
      side: "SELL",
      quantity: "100",
      triggerPrice: "0.15",
    }),
    stopPrice: "0.15",
  };
  r = await placeOrder(client, withTypo);
  expect('a field the API does not know ("stopPrice", from another exchange)', "UNKNOWN_PARAM", r.error);

  const clientAlgoOrderId = 4242;
  const first = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_BAL_USDT",
      side: "BUY",
      quantity: "1",
      triggerPrice: "80",
      clientAlgoOrderId,
    }),
  );
  if (first.error) ok = false;
  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      quantity: "0.01",
      triggerPrice: "60000",
      clientAlgoOrderId,
    }),
  );
  expect(`clientAlgoOrderId ${clientAlgoOrderId} reused while its order is open`, "DUPLICATE_CLIENT_ORDER_ID", r.error);
  await movePrice(baseUrl, "SPOT_BAL_USDT", "80");
  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      quantity: "0.01",
      triggerPrice: "60000",
      clientAlgoOrderId,
    }),
  );
  out.line(
    r.error
      ? "  UNEXPECTED: reuse after completion was refused"
      : `  (after that order filled, clientAlgoOrderId ${clientAlgoOrderId} is accepted again: #${String(r.data.data.rows[0].algoOrderId)})`,
  );
  if (r.error) ok = false;

  const stranger = createWooxClient({
    apiKey: target.sandbox.credentials.apiKey,
    apiSecret: "not-the-secret",
    baseUrl,
  });
  const g = await stranger.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
  expect("a request signed with the wrong secret", "UNAUTHORIZED", g.error);

  const missing = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
  expect("an algoOrderId that does not exist", "ORDER_NOT_FOUND", missing.error);

  // The default client paces to the spec's x-rate-limit; one with pacing and retries off meets the limit.
  const burst = () =>
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_BTC_USDT",
      side: "SELL",
      quantity: "0.001",
      triggerPrice: "50000",
    });
  const started = Date.now();
  const paced = await Promise.all([0, 1, 2].map(() => client.POST("/v3/trade/algoOrder", { body: burst() })));
  const pacedOk = paced.every((p) => !p.error);
  out.line(
    `  a burst of 3 orders on one symbol with the default client: ${pacedOk ? "all accepted" : "REFUSED"}, paced to 2 per second (${Date.now() - started} ms)`,
  );
  if (!pacedOk) ok = false;
  const unpaced = createWooxClient({ ...target.sandbox.credentials, baseUrl, rateLimit: false, retry: false });
  let limited: WooxApiError | undefined;
  for (let i = 0; i < 3 && !limited; i++)
    limited = (await unpaced.POST("/v3/trade/algoOrder", { body: burst() })).error;
  expect("the same burst with rateLimit: false, retry: false (2 per second allowed)", "TOO_MANY_REQUEST", limited);
  return { ok, errors };
}
