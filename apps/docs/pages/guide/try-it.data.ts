// Build-time data for the "Try it in the browser" page: the sandbox's own demo credentials and a STOP
// order priced from the sandbox's default market, read from @woox-sdk/sandbox so that the page cannot
// drift from what `woox-sandbox` actually starts with. Only these values reach the browser bundle.
import { DEFAULT_INSTRUMENTS, DEMO_CREDENTIALS } from "@woox-sdk/sandbox";
import type { StopAlgoOrderRequest } from "@woox-sdk/types";

export interface TryItData {
  apiKey: string;
  apiSecret: string;
  /** The sandbox's default URL (`woox-sandbox` without --port). */
  sandboxUrl: string;
  /** The symbol's starting price on the sandbox. */
  price: string;
  /** A SELL stop below that price: it stays NEW until the price is moved down to it. */
  body: StopAlgoOrderRequest;
}

declare const data: TryItData;
export { data };

const SYMBOL = "PERP_BTC_USDT";

export default {
  load(): TryItData {
    const instrument = DEFAULT_INSTRUMENTS.find((i) => i.symbol === SYMBOL);
    if (!instrument) throw new Error(`The sandbox has no ${SYMBOL} instrument`);
    // 5% below the price, on a whole number (a multiple of any quoteTick up to 1).
    const trigger = Math.floor(Number(instrument.price) * 0.95);
    return {
      apiKey: DEMO_CREDENTIALS.apiKey,
      apiSecret: DEMO_CREDENTIALS.apiSecret,
      sandboxUrl: "http://127.0.0.1:8787",
      price: instrument.price,
      body: {
        symbol: SYMBOL,
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: String(trigger),
      },
    };
  },
};
