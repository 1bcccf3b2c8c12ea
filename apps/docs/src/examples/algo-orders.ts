// The working examples of the algo-orders guide. The guide shows them by region (`<<< …#stop`), tsc
// checks them against @woox-sdk/types, and test/examples.test.ts validates each body against the spec
// and places it on a local @woox-sdk/sandbox. So an example that stops matching the API fails a test
// instead of misleading a reader. Prices suit the sandbox's default PERP_BTC_USDT at 60000.

import type {
  AlgoOrderRequest,
  BracketAlgoOrderRequest,
  OcoAlgoOrderRequest,
  PositionalTpSlAlgoOrderRequest,
  StopAlgoOrderRequest,
  StopBracketAlgoOrderRequest,
  TpSlAlgoOrderRequest,
  TrailingStopAlgoOrderRequest,
} from "@woox-sdk/types";
import type { WooxClient } from "@woox-sdk/client";

// #region stop
// Buy 0.01 BTC at market once the price rises to 62000 (a breakout entry).
const stop: StopAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "STOP",
  side: "BUY",
  type: "MARKET",
  quantity: "0.01",
  triggerPrice: "62000",
};
// #endregion stop

// #region oco
// Buy the dip at 58000, or the breakout at 62000, whichever comes first; the other leg is cancelled.
const oco: OcoAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "OCO",
  side: "BUY",
  type: "LIMIT",
  price: "58000",
  quantity: "0.01",
  childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "62000" }],
};
// #endregion oco

// #region trailing-stop
// Sell 0.01 BTC at market when the price falls 2% from its highest point after reaching 61000.
const trailingStop: TrailingStopAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "TRAILING_STOP",
  side: "SELL",
  type: "MARKET",
  quantity: "0.01",
  activatedPrice: "61000",
  callbackRate: "0.02",
};
// #endregion trailing-stop

// #region positional-tp-sl
// Close the whole long position at 66000 (take profit) or 55000 (stop loss).
const positionalTpSl: PositionalTpSlAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "POSITIONAL_TP_SL",
  childOrders: [
    { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "66000", reduceOnly: true },
    { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "55000", reduceOnly: true },
  ],
};
// #endregion positional-tp-sl

// #region tp-sl
// Take profit or stop out on 0.01 BTC of the position, leaving the rest open.
const tpSl: TpSlAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "TP_SL",
  quantity: "0.01",
  childOrders: [
    { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "66000" },
    { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "55000" },
  ],
};
// #endregion tp-sl

// #region bracket
// Enter with a limit buy at 59000; once it fills, protect the position with a TP at 66000 and an SL at 55000.
const bracket: BracketAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "BRACKET",
  side: "BUY",
  type: "LIMIT",
  price: "59000",
  quantity: "0.01",
  childOrders: [
    {
      algoType: "POSITIONAL_TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "66000", reduceOnly: true },
        { algoType: "STOP_LOSS", type: "CLOSE_POSITION", side: "SELL", triggerPrice: "55000", reduceOnly: true },
      ],
    },
  ],
};
// #endregion bracket

// #region stop-bracket
// Enter at market when the price breaks 62000; once filled, a TP/SL on that quantity becomes active.
const stopBracket: StopBracketAlgoOrderRequest = {
  symbol: "PERP_BTC_USDT",
  algoType: "STOP_BRACKET",
  side: "BUY",
  type: "MARKET",
  triggerPrice: "62000",
  quantity: "0.01",
  childOrders: [
    {
      algoType: "TP_SL",
      childOrders: [
        { algoType: "TAKE_PROFIT", side: "SELL", type: "MARKET", triggerPrice: "68000" },
        { algoType: "STOP_LOSS", side: "SELL", type: "MARKET", triggerPrice: "59000" },
      ],
    },
  ],
};
// #endregion stop-bracket

/** Every example by its algoType; the tests check that this covers every algoType of the spec. */
export const algoExamples: Record<string, AlgoOrderRequest> = {
  STOP: stop,
  OCO: oco,
  TRAILING_STOP: trailingStop,
  POSITIONAL_TP_SL: positionalTpSl,
  TP_SL: tpSl,
  BRACKET: bracket,
  STOP_BRACKET: stopBracket,
};

/** Places an algo order and reads its parent back: the guide's walkthrough, runnable against the sandbox. */
export async function placeAndReadBack(client: WooxClient<true>, body: AlgoOrderRequest) {
  // #region place
  const placed = await client.POST("/v3/trade/algoOrder", { body });
  // Rows list the created orders; the parent (the order you asked for) comes last.
  const parent = placed.data.data.rows.at(-1);
  const algoOrderId = parent?.algoOrderId ?? parent?.orderId;

  const read = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId } } });
  const order = read.data.data; // order.algoStatus is "NEW" until it triggers; order.childOrders holds the legs
  // #endregion place
  return { placed: placed.data, order };
}
