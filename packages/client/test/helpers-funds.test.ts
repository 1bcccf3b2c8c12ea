import { describe, expect, it } from "vitest";
import { createWooxClient, WooxRequestError, type FetchLike } from "../src/index.js";

const TS = 1700000000123;

/** Records what goes on the wire and answers `data` (or `{}`), as the exchange's envelope. */
function setup(data: unknown = {}) {
  const sent: { method: string; target: string; body: string | undefined }[] = [];
  const fetch: FetchLike = (url, init) => {
    const u = new URL(url);
    sent.push({ method: init.method!, target: u.pathname + u.search, body: init.body as string | undefined });
    const text = JSON.stringify({ success: true, data, timestamp: TS });
    return Promise.resolve(new Response(text, { status: 200, headers: { "content-type": "application/json" } }));
  };
  const client = createWooxClient({
    apiKey: "k",
    apiSecret: "s",
    baseUrl: "http://127.0.0.1:9",
    fetch,
    now: () => TS,
    rateLimit: false,
  });
  return { client, sent, last: () => sent.at(-1)! };
}

describe("task-shaped helpers of the whole-API operations (one wire test each)", () => {
  it("account.transfer names both accounts by application id", async () => {
    const { client, last } = setup({ id: 225 });
    const out = await client.account.transfer({ token: "USDT", amount: "10", from: "main-app", to: "sub-app" });
    expect(out.id).toBe(225);
    expect(last()).toEqual({
      method: "POST",
      target: "/v3/asset/transfer",
      body: '{"token":"USDT","amount":"10","from":{"applicationId":"main-app"},"to":{"applicationId":"sub-app"}}',
    });
  });

  it("account.setTradingMode and account.createListenKey send their one field", async () => {
    const { client, sent } = setup({ authKey: "abc", expiredTime: TS + 86_400_000 });
    await client.account.setTradingMode("FUTURES");
    const key = await client.account.createListenKey();
    expect(key.authKey).toBe("abc");
    expect(sent.map((s) => `${s.method} ${s.target} ${s.body}`)).toEqual([
      'POST /v3/account/tradingMode {"tradingMode":"FUTURES"}',
      'POST /v3/account/listenKey {"type":"WEBSOCKET"}',
    ]);
  });

  it("orders.trade looks one fill up by a 64-bit trade id", async () => {
    const { client, last } = setup({ id: "9007199254740993", symbol: "SPOT_BTC_USDT" });
    const trade = await client.orders.trade("9007199254740993");
    expect(last().target).toBe("/v3/trade/transaction?tradeId=9007199254740993");
    expect(trade.id).toBe(9007199254740993n);
  });

  it("wallet.depositAddress sends the network only when given", async () => {
    const { client, sent } = setup({ address: "0xabc", extra: "" });
    expect((await client.wallet.depositAddress("USDT", "ETH")).address).toBe("0xabc");
    await client.wallet.depositAddress("BTC");
    expect(sent.map((s) => s.target)).toEqual([
      "/v3/asset/wallet/deposit?token=USDT&network=ETH",
      "/v3/asset/wallet/deposit?token=BTC",
    ]);
  });

  it("wallet.withdraw posts the body and resolves to the withdrawal id", async () => {
    const { client, last } = setup({ withdrawId: "1234567890123" });
    const out = await client.wallet.withdraw({ token: "USDT", network: "TRX", address: "TXYZ", amount: 25 });
    expect(out.withdrawId).toBe(1234567890123);
    expect(last()).toEqual({
      method: "POST",
      target: "/v3/asset/wallet/withdraw",
      body: '{"token":"USDT","network":"TRX","address":"TXYZ","amount":25}',
    });
  });

  it("wallet.cancelWithdrawal puts the id in the path, exactly, and refuses a rounded one", async () => {
    const { client, sent } = setup();
    await client.wallet.cancelWithdrawal(9223372036854775807n);
    expect(sent[0]).toMatchObject({ method: "DELETE", target: "/v3/asset/wallet/withdraw/9223372036854775807" });
    await expect(client.wallet.cancelWithdrawal(2 ** 60)).rejects.toThrow(WooxRequestError);
    expect(sent).toHaveLength(1);
  });

  it("futures.setDefaultMarginMode sets the account default, or one symbol's with the symbol", async () => {
    const { client, sent } = setup();
    await client.futures.setDefaultMarginMode("ISOLATED");
    await client.futures.setDefaultMarginMode("CROSS", "PERP_ETH_USDT");
    expect(sent.map((s) => `${s.method} ${s.target} ${s.body}`)).toEqual([
      'PUT /v3/futures/defaultMarginMode {"marginMode":"ISOLATED"}',
      'PUT /v3/futures/defaultMarginMode/PERP_ETH_USDT {"marginMode":"CROSS"}',
    ]);
  });

  it("futures.adjustIsolatedMargin posts the adjustment", async () => {
    const { client, last } = setup();
    await client.futures.adjustIsolatedMargin({ symbol: "PERP_BTC_USDT", adjustAmount: "5", action: "ADD" });
    expect(last()).toEqual({
      method: "POST",
      target: "/v3/isolatedMargin/margin",
      body: '{"symbol":"PERP_BTC_USDT","adjustAmount":"5","action":"ADD"}',
    });
  });

  it("spotMargin.setLeverage sends the leverage", async () => {
    const { client, last } = setup();
    await client.spotMargin.setLeverage(3);
    expect(last()).toEqual({ method: "POST", target: "/v3/spotMargin/leverage", body: '{"leverage":3}' });
  });

  it("convert.quote, convert.accept and convert.trade carry the quote id through", async () => {
    const { client, sent } = setup({ quoteId: "4000000000000000001", sellToken: "ETH", buyToken: "USDT" });
    const quote = await client.convert.quote({ sellToken: "ETH", buyToken: "USDT", sellQuantity: "0.5" });
    expect(quote.quoteId).toBe(4000000000000000001n);
    await client.convert.accept(quote.quoteId);
    await client.convert.trade(quote.quoteId);
    expect(sent.map((s) => `${s.method} ${s.target} ${s.body}`)).toEqual([
      "GET /v3/convert/rfq?sellToken=ETH&buyToken=USDT&sellQuantity=0.5 undefined",
      'POST /v3/convert/rft {"quoteId":4000000000000000001}',
      "GET /v3/convert/trade?quoteId=4000000000000000001 undefined",
    ]);
  });
});
