// generated — do not edit — regenerate with `pnpm gen`
// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.

export interface paths {
  "/v3/trade/algoOrder": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get algo order
     * @description Gets one algo order by `algoOrderId` or `clientAlgoOrderId`. One of the two is required; when both
     *     are sent, `algoOrderId` is used.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     This page's example names the tag field `orderTag` while the list endpoint names it `algoOrderTag`;
     *     the object accepts both. Numeric fields arrive as numbers or strings (the official example sends
     *     `quantity` as a number and the other decimals as strings), and times have been seen as millisecond
     *     integers and as second strings.
     */
    get: operations["getAlgoOrder"];
    /**
     * Edit algo order
     * @description Edits an open algo order found by `algoOrderId` (or `clientAlgoOrderId`; `algoOrderId` wins when both
     *     are sent). Only the fields sent change.
     *
     *     **Limit:** 5 requests per 1 second.
     *
     *     The new quantity must exceed the executed quantity (317170); pending-new orders cannot be edited
     *     (302177); bracket TP/SL quantities cannot be edited (317136, 317163), and quantity edits of a TP/SL
     *     must cover both legs with equal values (317137, 317138). The official page lists `quantity`,
     *     `visibleQuantity`, `triggerPrice`, `triggerPriceType` and `price`; `activatedPrice`,
     *     `callbackRate`, `callbackValue` and `childOrders` come from the legacy edit endpoint and may be
     *     rejected. The edit is asynchronous: `status` is `EDIT_SENT`, and the final state is read back.
     */
    put: operations["editAlgoOrder"];
    /**
     * Place algo order
     * @description Places one algo order. Supported `algoType`s: `STOP`, `OCO`, `TRAILING_STOP`, `POSITIONAL_TP_SL`,
     *     `TP_SL`, `BRACKET` and `STOP_BRACKET`; the body is a union discriminated on `algoType`, and each
     *     variant requires what its type needs.
     *
     *     **Limit:** 2 requests per 1 second per symbol.
     *
     *     **clientAlgoOrderId** must be unique among *open* algo orders; the same value is accepted again only
     *     once the previous order is completed. It is a namespace separate from `clientOrderId` of ordinary
     *     orders.
     *
     *     **visibleQuantity** is the maximum quantity shown on the order book; it defaults to `quantity`, and
     *     `0` hides the order.
     *
     *     **Open algo order limits** (machine-readable in `x-open-order-limits`):
     *     - at most 100 open algo orders per instrument;
     *     - at most 10 open `TP_SL` orders per instrument, including those still attached to a `BRACKET` or
     *       `STOP_BRACKET`;
     *     - at most 1 open `POSITIONAL_TP_SL` per instrument per side; when a second one is activated from a
     *       `BRACKET` or `STOP_BRACKET`, it replaces the previous one.
     *
     *     **Response rows**, in order: `STOP`, `OCO`, `TRAILING_STOP` return one row; `POSITIONAL_TP_SL` and
     *     `TP_SL` return the `TAKE_PROFIT` row, the `STOP_LOSS` row, then the parent; `BRACKET` and
     *     `STOP_BRACKET` return `TAKE_PROFIT`, `STOP_LOSS`, `POSITIONAL_TP_SL`, then the parent, which carries
     *     the quantity. The official bracket example keys the `POSITIONAL_TP_SL` row `orderId` instead of
     *     `algoOrderId`, so a row may carry either.
     *
     *     The official page shows only a flat body; the nested `childOrders` shapes, `activatedPrice`,
     *     `callbackRate`/`callbackValue` and `marginMode` come from the legacy `POST /v3/algo/order` docs and
     *     from what working clients send to this path. No official `TP_SL` or `STOP_BRACKET` example exists:
     *     their shapes here are inferred and may be corrected.
     */
    post: operations["placeAlgoOrder"];
    /**
     * Cancel algo order
     * @description Cancels one algo order by `algoOrderId` or `clientAlgoOrderId` (one is required; `algoOrderId` wins).
     *     Cancelling a parent cancels its child orders.
     *
     *     **Limit:** 10 requests per 1 second (reported by third-party clients, not on the official page).
     *
     *     The cancel is asynchronous: `status` is `CANCEL_SENT` and the order becomes `CANCELLED` shortly
     *     after. Whether `symbol` is required is not documented; it is accepted and optional here. Cancelling
     *     an order that is already completed answers -1006.
     */
    delete: operations["cancelAlgoOrder"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/algoOrders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get algo orders
     * @description Lists algo orders, newest first, with filters and pagination (`page`, `size`; `data.meta` says how
     *     many there are).
     *
     *     **Limit:** 10 requests per 1 second.
     */
    get: operations["getAlgoOrders"];
    put?: never;
    post?: never;
    /**
     * Cancel algo orders
     * @description Cancels every open algo order of one symbol, or of all symbols when `symbol` is omitted.
     *
     *     **Limit:** 10 requests per 1 second. Asynchronous: `status` is `CANCEL_ALL_SENT`.
     */
    delete: operations["cancelAlgoOrders"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/order": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get order
     * @description Gets one order by `orderId` or `clientOrderId` (one is required; `orderId` wins).
     *
     *     **Limit:** 5 requests per 1 second (reported by third-party clients).
     */
    get: operations["getOrder"];
    /**
     * Edit order
     * @description Changes the price and/or quantity of an open order found by `orderId` or `clientOrderId` (`orderId` wins).
     *
     *     **Limit:** 5 requests per 1 second. Asynchronous: `status` is `EDIT_SENT`.
     */
    put: operations["editOrder"];
    /**
     * Place order
     * @description Places an ordinary order. `type`: `LIMIT` and the time-in-force types `IOC`, `FOK`, `POST_ONLY` need `price`; `MARKET` takes `quantity`, or `amount` (quote) for market buys; `ASK`/`BID` price at the best ask/bid level `bidAskLevel` (1–5). A `POST_ONLY` order that would trade at once is accepted and then cancelled without executing; `IOC` cancels what does not fill at once; `FOK` fills in full or not at all.
     *
     *     **Limit:** 5 requests per 1 second per symbol.
     *
     *     `clientOrderId` (0 to 2^63−1) must be unique among open orders; a repeat answers 302117 (for a retried placement: the order is already placed — look it up by `clientOrderId`).
     */
    post: operations["placeOrder"];
    /**
     * Cancel order
     * @description Cancels one order of `symbol` by `orderId` or `clientOrderId`.
     *
     *     **Limit:** 10 requests per 1 second (reported). Asynchronous: `status` is `CANCEL_SENT`; cancelling a completed order answers -1006.
     */
    delete: operations["cancelOrder"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get orders
     * @description Lists ordinary orders, newest first, with filters and pagination.
     *
     *     **Limit:** 10 requests per 1 second (reported).
     */
    get: operations["getOrders"];
    put?: never;
    post?: never;
    /**
     * Cancel orders
     * @description Cancels every open ordinary order of `symbol` (algo orders are left alone; see `DELETE /v3/trade/allOrders`).
     *
     *     **Limit:** 10 requests per 1 second (reported). Asynchronous: `status` is `CANCEL_ALL_SENT`.
     */
    delete: operations["cancelOrders"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/allOrders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Cancel all orders
     * @description Cancels every open ordinary **and** algo order of `symbol`, or of every symbol when omitted (replaces the legacy `/v3/merge/orders/pending/:symbol`).
     *
     *     **Limit:** 10 requests per 1 second (reported). Asynchronous: `status` is `CANCEL_ALL_SENT`.
     */
    delete: operations["cancelAllOrders"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/transactionHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get trade history
     * @description Lists your executed trades of the past two years, newest first, with pagination.
     *
     *     **Limit:** 2 requests per 1 second (reported).
     */
    get: operations["getTransactionHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/tradingFee": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get trading fee
     * @description Your maker and taker fee rates for `symbol`.
     *
     *     **Limit:** 2 requests per 1 second (reported).
     */
    get: operations["getTradingFee"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/trade/order/cancelAllAfter": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel all after (dead man's switch)
     * @description Arms a timer that cancels all your open orders after `triggerAfter` ms unless the call is repeated; `0` disarms it; a value outside 0–900000 answers 317176 (not -1005). VIP accounts only.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     **Path:** the endpoint's own official page documents `POST /v3/trade/order/cancelAllAfter`, which this spec follows; the V1 → V3 migration guide and third-party clients use `POST /v3/trade/cancelAllAfter`. If the documented path answers 404 on your account, the other one is the candidate.
     */
    post: operations["cancelAllAfter"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/systemInfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get system info
     * @description System status and server time. `data.status` is 0 when normal (1: trading maintenance, 2: system maintenance); the top-level `timestamp` is the server's clock in ms, which clients use to compute their clock offset.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getSystemInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/instruments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get instruments
     * @description Trading rules of every instrument, or of one `symbol`: tick and step sizes, minimum and maximum quantity and notional.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getInstruments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/orderbook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get order book
     * @description A snapshot of the order book of `symbol`, `maxLevel` levels a side.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getOrderbook"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/kline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get klines
     * @description The latest klines (candles) of `symbol`.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getKline"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/klineHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get kline history
     * @description Historical klines of `symbol`, paged by time with `after`/`before`.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getKlineHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/marketTrades": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get market trades
     * @description The latest public trades of `symbol`.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getMarketTrades"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/fundingRate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get funding rate
     * @description The estimated and last funding rate of one perpetual `symbol`, or of all of them.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getFundingRate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/futures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get futures info
     * @description Market data of perpetual contracts: index and mark price, open interest, funding, 24 h statistics.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getFutures"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get tokens
     * @description Every token the exchange lists, with its precision.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getTokens"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/tokenInfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get token info
     * @description Details of one `token`, or of every token: name, networks, deposit and withdrawal settings.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported).
     */
    get: operations["getTokenInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get account info
     * @description Account mode, position mode, fee rates, collateral and margin ratios.
     *
     *     **Limit:** 10 requests per 60 seconds.
     */
    get: operations["getAccountInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/balances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get balances
     * @description Holdings of every token, or of one `token`.
     *
     *     **Limit:** 10 requests per 1 second.
     */
    get: operations["getBalances"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/positions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get positions
     * @description Open perpetual positions, all or of one `symbol`. In hedge mode a symbol has a `LONG` and a `SHORT` position; in one-way mode one `BOTH` position.
     *
     *     **Limit:** 30 requests per 10 seconds per user.
     */
    get: operations["getPositions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/leverage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get leverage
     * @description The leverage of a perpetual `symbol` per margin mode (and position side in hedge mode).
     *
     *     **Limit:** 10 requests per 60 seconds (reported).
     */
    get: operations["getLeverage"];
    /**
     * Set leverage
     * @description Sets the leverage of a perpetual `symbol` (isolated margin: per position side in hedge mode).
     *
     *     **Limit:** 10 requests per 60 seconds (reported).
     */
    put: operations["setLeverage"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/positionMode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set position mode
     * @description Switches between one-way (`ONE_WAY`) and hedge (`HEDGE`) position mode. Fails while positions or orders are open.
     *
     *     **Limit:** 5 requests per 60 seconds (reported).
     */
    put: operations["setPositionMode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Status of an ordinary order or of an algo order node as the API reports it. Unknown values must be accepted.
     * @enum {string}
     */
    OrderStatus: "NEW" | "PARTIAL_FILLED" | "FILLED" | "CANCELLED" | "REJECTED";
    /**
     * @description Trigger state of an algo order node; `USELESS` means not applicable or not triggered yet. Unknown values must be accepted.
     * @enum {string}
     */
    TriggerStatus: "USELESS" | "NEW" | "SUCCESS";
    /** @description The `algoType` of a node of an algo order tree: a parent type (`AlgoType`) or a leg, `TAKE_PROFIT` or `STOP_LOSS`. Unknown values must be accepted. */
    AlgoNodeType: components["schemas"]["AlgoType"] | ("TAKE_PROFIT" | "STOP_LOSS");
    /** @description An order type as the API reports it: a request `OrderType`, `CLOSE_POSITION` (the legs of TP/SL and bracket orders) or `LIQUIDATE` (liquidation orders). Unknown values must be accepted. */
    OrderTypeOut: components["schemas"]["OrderType"] | ("CLOSE_POSITION" | "LIQUIDATE");
    /** @description The error envelope. `code` arrives as a number or as a string (both seen live); compare it as a string. */
    ErrorResponse: {
      /** @constant */
      success: false;
      /** @description The error code, e.g. `-1003` or `"-1011"`. */
      code: number | string;
      message: string;
      /** @description Server time in ms (not always present). */
      timestamp?: number;
    };
    /** @description Fields every successful response carries; each operation adds its own `data`. */
    SuccessEnvelope: {
      /** @constant */
      success: true;
      /** @description Server time, Unix epoch milliseconds. */
      timestamp: number;
    };
    /**
     * @description A decimal number as a string, e.g. `"0.01"`. Sent as a string so the signed body is predictable.
     * @example 0.01
     */
    Decimal: string;
    /** @description A decimal as the API returns it, a string or a number. */
    DecimalOut: string | number;
    /** @description A time as the API returns it, usually epoch milliseconds; seen also as a string of epoch seconds with a fraction. */
    TimeOut: number | string;
    /**
     * Format: int64
     * @description A 64-bit identifier. Values may exceed 2^53, so parse and send them without going through an IEEE double.
     */
    Int64Id: number | bigint;
    /**
     * Format: int64
     * @description A client-assigned order id, 0 to 2^63−1; 0 means none.
     */
    ClientOrderId: number | bigint;
    /**
     * @description An instrument, `SPOT_<BASE>_<QUOTE>` or `PERP_<BASE>_<QUOTE>`.
     * @example PERP_BTC_USDT
     */
    Symbol: string;
    /** @enum {string} */
    Side: "BUY" | "SELL";
    /**
     * @description `BOTH` in one-way mode; `LONG` or `SHORT` in hedge mode (perpetuals only). Required in hedge mode for futures, otherwise omit.
     * @enum {string}
     */
    PositionSide: "BOTH" | "LONG" | "SHORT";
    /**
     * @description The price that triggers the order; default `MARKET_PRICE`.
     * @enum {string}
     */
    TriggerPriceType: "MARKET_PRICE" | "MARK_PRICE";
    /**
     * @description Margin mode (perpetuals only); default `CROSS`.
     * @enum {string}
     */
    MarginMode: "CROSS" | "ISOLATED";
    /** @description Fields every algo-order variant accepts. */
    AlgoOrderRequestCommon: {
      symbol: components["schemas"]["Symbol"];
      clientAlgoOrderId?: components["schemas"]["ClientOrderId"];
      /** @description A tag for the order (default `default`). Legacy name `orderTag`. */
      algoOrderTag?: string;
      positionSide?: components["schemas"]["PositionSide"];
      visibleQuantity?: components["schemas"]["Decimal"];
      triggerPriceType?: components["schemas"]["TriggerPriceType"];
      /** @description Perpetuals only; default false. For algo orders it is checked when the order triggers. */
      reduceOnly?: boolean;
      marginMode?: components["schemas"]["MarginMode"];
      /** @description Broker application id, for brokers only. */
      brokerId?: string;
    };
    /** @description A stop order: `type: MARKET` (stop-market) or `type: LIMIT` with a `price` (stop-limit), placed when `triggerPrice` is reached. */
    StopAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "STOP";
      side: components["schemas"]["Side"];
      quantity: components["schemas"]["Decimal"];
      triggerPrice: components["schemas"]["Decimal"];
    } & components["schemas"]["MarketOrLimit"] & {
        /**
         * @description discriminator enum property added by openapi-typescript
         * @enum {string}
         */
        algoType: "STOP";
      };
    /** @description One-cancels-the-other: a limit order (`price`, `quantity`) plus exactly one `STOP` child; when one fills or triggers, the other is cancelled. */
    OcoAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "OCO";
      side: components["schemas"]["Side"];
      /** @constant */
      type: "LIMIT";
      price: components["schemas"]["Decimal"];
      quantity: components["schemas"]["Decimal"];
      childOrders: [components["schemas"]["OcoStopChild"]];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      algoType: "OCO";
    };
    /** @description A trailing stop: a market order placed when the price retraces by `callbackRate` (a fraction, 0.1 = 10%) or `callbackValue` (a price distance) from its extreme after `activatedPrice` is reached. */
    TrailingStopAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "TRAILING_STOP";
      side: components["schemas"]["Side"];
      /** @constant */
      type: "MARKET";
      quantity: components["schemas"]["Decimal"];
      activatedPrice?: components["schemas"]["Decimal"];
    } & (
        | {
            callbackRate: components["schemas"]["Decimal"];
          }
        | {
            callbackValue: components["schemas"]["Decimal"];
          }
      ) & {
        /**
         * @description discriminator enum property added by openapi-typescript
         * @enum {string}
         */
        algoType: "TRAILING_STOP";
      };
    /** @description Take-profit and/or stop-loss that close the whole position (`type: CLOSE_POSITION` legs, no quantity). At most 1 open per instrument per side. */
    PositionalTpSlAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "POSITIONAL_TP_SL";
      side?: components["schemas"]["Side"];
      childOrders:
        | [components["schemas"]["PositionalTpSlLeg"]]
        | [components["schemas"]["PositionalTpSlLeg"], components["schemas"]["PositionalTpSlLeg"]];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      algoType: "POSITIONAL_TP_SL";
    };
    /** @description Take-profit and/or stop-loss for a quantity (not the whole position). At most 10 open per instrument. Shape inferred: no official example exists. */
    TpSlAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "TP_SL";
      side?: components["schemas"]["Side"];
      quantity: components["schemas"]["Decimal"];
      childOrders:
        [components["schemas"]["TpSlLeg"]] | [components["schemas"]["TpSlLeg"], components["schemas"]["TpSlLeg"]];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      algoType: "TP_SL";
    };
    /** @description An entry order (`LIMIT` with `price`, or `MARKET`) with one `POSITIONAL_TP_SL` or `TP_SL` child that becomes active when the entry fills. */
    BracketAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "BRACKET";
      side: components["schemas"]["Side"];
      quantity: components["schemas"]["Decimal"];
      childOrders: components["schemas"]["BracketChildOrders"];
    } & components["schemas"]["MarketOrLimit"] & {
        /**
         * @description discriminator enum property added by openapi-typescript
         * @enum {string}
         */
        algoType: "BRACKET";
      };
    /** @description A bracket whose entry is a stop order: the entry is placed when `triggerPrice` is reached (required, code 317139), then its TP/SL child activates when it fills. Shape inferred: no official example exists. */
    StopBracketAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "STOP_BRACKET";
      side: components["schemas"]["Side"];
      quantity: components["schemas"]["Decimal"];
      triggerPrice: components["schemas"]["Decimal"];
      childOrders: components["schemas"]["BracketChildOrders"];
    } & components["schemas"]["MarketOrLimit"] & {
        /**
         * @description discriminator enum property added by openapi-typescript
         * @enum {string}
         */
        algoType: "STOP_BRACKET";
      };
    /** @description The body of `POST /v3/trade/algoOrder`, one variant per `algoType`. */
    AlgoOrderRequest:
      | components["schemas"]["StopAlgoOrderRequest"]
      | components["schemas"]["OcoAlgoOrderRequest"]
      | components["schemas"]["TrailingStopAlgoOrderRequest"]
      | components["schemas"]["PositionalTpSlAlgoOrderRequest"]
      | components["schemas"]["TpSlAlgoOrderRequest"]
      | components["schemas"]["BracketAlgoOrderRequest"]
      | components["schemas"]["StopBracketAlgoOrderRequest"];
    /** @description `type: MARKET`, or `type: LIMIT` together with a `price`. */
    MarketOrLimit:
      | {
          /** @constant */
          type: "MARKET";
        }
      | {
          /** @constant */
          type: "LIMIT";
          price: components["schemas"]["Decimal"];
        };
    /** @description The stop leg of an OCO: `algoType: STOP`, a stop-market or stop-limit order. */
    OcoStopChild: {
      symbol?: components["schemas"]["Symbol"];
      /** @constant */
      algoType: "STOP";
      side: components["schemas"]["Side"];
      triggerPrice: components["schemas"]["Decimal"];
      reduceOnly?: boolean;
    } & components["schemas"]["MarketOrLimit"];
    /** @description A take-profit or stop-loss leg that closes the whole position: `type: CLOSE_POSITION`, the closing `side`, a `triggerPrice`. */
    PositionalTpSlLeg: {
      symbol?: components["schemas"]["Symbol"];
      /** @enum {string} */
      algoType: "TAKE_PROFIT" | "STOP_LOSS";
      /** @constant */
      type: "CLOSE_POSITION";
      side: components["schemas"]["Side"];
      triggerPrice: components["schemas"]["Decimal"];
      /** @description `true` on TP/SL legs. */
      reduceOnly?: boolean;
    };
    /** @description A take-profit or stop-loss leg for a quantity: a market order, or a limit order with `price` (code 317141); never `CLOSE_POSITION` (code 317142). Both legs must have the same side (code 317143). */
    TpSlLeg: {
      symbol?: components["schemas"]["Symbol"];
      /** @enum {string} */
      algoType: "TAKE_PROFIT" | "STOP_LOSS";
      side: components["schemas"]["Side"];
      triggerPrice: components["schemas"]["Decimal"];
      quantity?: components["schemas"]["Decimal"];
      reduceOnly?: boolean;
    } & components["schemas"]["MarketOrLimit"];
    /** @description Exactly one child, the TP/SL that activates when the entry fills. */
    BracketChildOrders: [
      components["schemas"]["BracketPositionalTpSlChild"] | components["schemas"]["BracketTpSlChild"],
    ];
    BracketPositionalTpSlChild: {
      symbol?: components["schemas"]["Symbol"];
      /** @constant */
      algoType: "POSITIONAL_TP_SL";
      reduceOnly?: boolean;
      childOrders:
        | [components["schemas"]["PositionalTpSlLeg"]]
        | [components["schemas"]["PositionalTpSlLeg"], components["schemas"]["PositionalTpSlLeg"]];
    };
    BracketTpSlChild: {
      symbol?: components["schemas"]["Symbol"];
      /** @constant */
      algoType: "TP_SL";
      reduceOnly?: boolean;
      childOrders:
        [components["schemas"]["TpSlLeg"]] | [components["schemas"]["TpSlLeg"], components["schemas"]["TpSlLeg"]];
    };
    /** @description One created order. Normally keyed `algoOrderId`; the official bracket example keys the `POSITIONAL_TP_SL` row `orderId`, and legacy responses used `orderId`/`clientOrderId`, so either may arrive. */
    PlacedAlgoOrderRow: {
      algoOrderId?: components["schemas"]["Int64Id"];
      orderId?: components["schemas"]["Int64Id"];
      clientAlgoOrderId?: components["schemas"]["ClientOrderId"];
      /** @description `TAKE_PROFIT`, `STOP_LOSS`, `POSITIONAL_TP_SL`, or the parent's algoType. */
      algoType: string;
      quantity?: components["schemas"]["DecimalOut"];
    };
    PlaceAlgoOrderResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: [components["schemas"]["PlacedAlgoOrderRow"], ...components["schemas"]["PlacedAlgoOrderRow"][]];
      };
    };
    /**
     * @description An algo order as the API returns it. Response-side enums are open strings so that new values do not
     *     break parsing. `orderTag` (get one) and `algoOrderTag` (list) name the same field.
     */
    AlgoOrder: {
      algoOrderId: components["schemas"]["Int64Id"];
      clientAlgoOrderId?: components["schemas"]["ClientOrderId"];
      rootAlgoOrderId?: components["schemas"]["Int64Id"];
      parentAlgoOrderId?: components["schemas"]["Int64Id"];
      symbol: string;
      /** @description The order's tag, as `GET /v3/trade/algoOrder` names it. */
      orderTag?: string;
      /** @description The order's tag, as `GET /v3/trade/algoOrders` names it. */
      algoOrderTag?: string;
      /** @description `STOP`, `OCO`, `TRAILING_STOP`, `POSITIONAL_TP_SL`, `TP_SL`, `BRACKET`, `STOP_BRACKET`, or for legs `TAKE_PROFIT`, `STOP_LOSS`. */
      algoType: string;
      /** @description `BUY` or `SELL`. */
      side?: string;
      /** @description `BOTH`, `LONG` or `SHORT`. */
      positionSide?: string;
      quantity?: components["schemas"]["DecimalOut"];
      isTriggered?: boolean;
      triggerPrice?: components["schemas"]["DecimalOut"];
      /** @description Seen values `USELESS` (not applicable or not yet), `NEW`, `SUCCESS`. */
      triggerStatus?: string;
      /** @description `LIMIT`, `MARKET` or `CLOSE_POSITION`. */
      type?: string;
      /** @description Status of the root order; see `algoStatus`. */
      rootAlgoStatus?: string;
      /** @description `NEW`, `PARTIAL_FILLED`, `FILLED`, `CANCELLED` or `REJECTED` (seen: `NEW`, `FILLED`). */
      algoStatus?: string;
      /** @description `MARKET_PRICE` or `MARK_PRICE`. */
      triggerPriceType?: string;
      price?: components["schemas"]["DecimalOut"];
      triggerTime?: components["schemas"]["TimeOut"];
      totalExecutedQuantity?: components["schemas"]["DecimalOut"];
      visibleQuantity?: components["schemas"]["DecimalOut"];
      averageExecutedPrice?: components["schemas"]["DecimalOut"];
      totalFee?: components["schemas"]["DecimalOut"];
      feeAsset?: string;
      totalRebate?: components["schemas"]["DecimalOut"];
      /** @description The rebate's asset (named `rebateAsset` in some samples). */
      rebateCurrency?: string;
      /** @description The rebate's asset, as some samples name it. */
      rebateAsset?: string;
      reduceOnly?: boolean;
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
      /** @description For trailing stops, whether `activatedPrice` has been reached. */
      isActivated?: boolean;
      callbackRate?: components["schemas"]["DecimalOut"];
      callbackValue?: components["schemas"]["DecimalOut"];
      activatedPrice?: components["schemas"]["DecimalOut"];
      /** @description `CROSS` or `ISOLATED` (perpetuals). */
      marginMode?: string;
      leverage?: components["schemas"]["DecimalOut"];
      childOrders?: components["schemas"]["AlgoOrder"][];
    };
    GetAlgoOrderResponse: components["schemas"]["SuccessEnvelope"] & {
      data: components["schemas"]["AlgoOrder"];
    };
    /**
     * Format: int64
     * @description Unix epoch milliseconds.
     */
    TimestampMs: number | bigint;
    /**
     * @description The type of a parent algo order.
     * @enum {string}
     */
    AlgoType: "STOP" | "OCO" | "TRAILING_STOP" | "POSITIONAL_TP_SL" | "TP_SL" | "BRACKET" | "STOP_BRACKET";
    /**
     * @description The order type of a parent algo order.
     * @enum {string}
     */
    AlgoParentOrderType: "LIMIT" | "MARKET";
    /**
     * @description `LIMIT`; `MARKET`; time-in-force limits `IOC`, `FOK`, `POST_ONLY`; `ASK`/`BID` (price at the best ask/bid level `bidAskLevel`).
     * @enum {string}
     */
    OrderType: "LIMIT" | "MARKET" | "IOC" | "FOK" | "POST_ONLY" | "ASK" | "BID";
    /**
     * @description `INCOMPLETE` = `NEW` + `PARTIAL_FILLED`; `COMPLETED` = `CANCELLED` + `FILLED` + `REJECTED`.
     * @enum {string}
     */
    OrderStatusFilter: "NEW" | "CANCELLED" | "PARTIAL_FILLED" | "FILLED" | "REJECTED" | "INCOMPLETE" | "COMPLETED";
    /**
     * @description `ONE_WAY`: one `BOTH` position per symbol; `HEDGE`: a `LONG` and a `SHORT` position per symbol.
     * @enum {string}
     */
    PositionMode: "ONE_WAY" | "HEDGE";
    /** @enum {string} */
    KlineInterval: "1m" | "5m" | "15m" | "30m" | "1h" | "4h" | "12h" | "1d" | "1w" | "1mon" | "1y";
    /** @description Pagination of a list. */
    PageMeta: {
      /** @description Records in all pages. */
      total: number;
      recordsPerPage: number;
      currentPage: number;
    };
    /** @description An accepted asynchronous request (`EDIT_SENT`, `CANCEL_SENT`, `CANCEL_ALL_SENT`, …). */
    StatusResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        status: string;
      };
    };
    /** @description Which order (`algoOrderId` or `clientAlgoOrderId`; `algoOrderId` wins when both are sent) and the fields to change. */
    EditAlgoOrderRequest: (
      | {
          algoOrderId: components["schemas"]["Int64Id"];
        }
      | {
          clientAlgoOrderId: components["schemas"]["ClientOrderId"];
        }
    ) &
      components["schemas"]["EditAlgoOrderFields"];
    /** @description The fields of an algo order that an edit can change; only those sent change. */
    EditAlgoOrderFields: {
      quantity?: components["schemas"]["Decimal"];
      visibleQuantity?: components["schemas"]["Decimal"];
      triggerPrice?: components["schemas"]["Decimal"];
      triggerPriceType?: components["schemas"]["TriggerPriceType"];
      price?: components["schemas"]["Decimal"];
      activatedPrice?: components["schemas"]["Decimal"];
      callbackRate?: components["schemas"]["Decimal"];
      callbackValue?: components["schemas"]["Decimal"];
      /** @description Edits of TP/SL legs (POSITIONAL_TP_SL, TP_SL), by their `algoOrderId`. */
      childOrders?: {
        algoOrderId: components["schemas"]["Int64Id"];
        price?: components["schemas"]["Decimal"];
        quantity?: components["schemas"]["Decimal"];
        triggerPrice?: components["schemas"]["Decimal"];
      }[];
    };
    GetAlgoOrdersResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["AlgoOrder"][];
        meta: components["schemas"]["PageMeta"];
      };
    };
    /** @description The body of `POST /v3/trade/order`. */
    OrderRequest: {
      symbol: components["schemas"]["Symbol"];
      clientOrderId?: components["schemas"]["ClientOrderId"];
      /** @description A tag for the order (default `default`). */
      orderTag?: string;
      side: components["schemas"]["Side"];
      positionSide?: components["schemas"]["PositionSide"];
      type: components["schemas"]["OrderType"];
      price?: components["schemas"]["Decimal"];
      quantity?: components["schemas"]["Decimal"];
      amount?: components["schemas"]["Decimal"];
      visibleQuantity?: components["schemas"]["Decimal"];
      reduceOnly?: boolean;
      marginMode?: components["schemas"]["MarginMode"];
      /** @description For `ASK`/`BID` orders, which best level to price at. */
      bidAskLevel?: number;
    };
    PlaceOrderResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        orderId: components["schemas"]["Int64Id"];
        clientOrderId?: components["schemas"]["ClientOrderId"];
        type: string;
        price?: components["schemas"]["DecimalOutNullable"];
        quantity?: components["schemas"]["DecimalOutNullable"];
        amount?: components["schemas"]["DecimalOutNullable"];
        bidAskLevel?: number | null;
      };
    };
    /** @description Which order (`orderId` or `clientOrderId`; `orderId` wins when both are sent) and its new price and/or quantity. */
    EditOrderRequest: (
      | {
          orderId: components["schemas"]["Int64Id"];
        }
      | {
          clientOrderId: components["schemas"]["ClientOrderId"];
        }
    ) & {
      price?: components["schemas"]["Decimal"];
      quantity?: components["schemas"]["Decimal"];
    };
    /** @description An ordinary order as the API returns it. Response-side enums are open strings. */
    Order: {
      orderId: components["schemas"]["Int64Id"];
      clientOrderId?: components["schemas"]["ClientOrderId"];
      symbol: string;
      orderTag?: string;
      side: string;
      positionSide?: string;
      type: string;
      /** @description `NEW`, `PARTIAL_FILLED`, `FILLED`, `CANCELLED` or `REJECTED`. */
      status?: string;
      price?: components["schemas"]["DecimalOutNullable"];
      quantity?: components["schemas"]["DecimalOutNullable"];
      amount?: components["schemas"]["DecimalOutNullable"];
      visibleQuantity?: components["schemas"]["DecimalOutNullable"];
      totalExecutedQuantity?: components["schemas"]["DecimalOut"];
      averageExecutedPrice?: components["schemas"]["DecimalOutNullable"];
      totalFee?: components["schemas"]["DecimalOut"];
      feeAsset?: string;
      totalRebate?: components["schemas"]["DecimalOut"];
      rebateAsset?: string;
      reduceOnly?: boolean;
      marginMode?: string;
      realizedPnl?: components["schemas"]["DecimalOutNullable"];
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    GetOrderResponse: components["schemas"]["SuccessEnvelope"] & {
      data: components["schemas"]["Order"];
    };
    GetOrdersResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Order"][];
        meta: components["schemas"]["PageMeta"];
      };
    };
    /** @description One of your executions. */
    Trade: {
      id: components["schemas"]["Int64Id"];
      symbol: string;
      orderId: components["schemas"]["Int64Id"];
      orderTag?: string;
      side?: string;
      executedPrice?: components["schemas"]["DecimalOut"];
      executedQuantity?: components["schemas"]["DecimalOut"];
      fee?: components["schemas"]["DecimalOut"];
      feeAsset?: string;
      isMaker?: boolean;
      realizedPnl?: components["schemas"]["DecimalOutNullable"];
      executedTimestamp?: components["schemas"]["TimeOut"];
    };
    TransactionHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Trade"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    TradingFeeResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        symbol: string;
        takerFee: components["schemas"]["DecimalOut"];
        makerFee: components["schemas"]["DecimalOut"];
      };
    };
    CancelAllAfterRequest: {
      /** @description Milliseconds until everything is cancelled, at most 900000 (15 min); 0 disarms the timer. */
      triggerAfter: number;
    };
    CancelAllAfterResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description When the cancel will fire (epoch ms); 0 when disarmed. */
        expectedTriggerTime: components["schemas"]["TimeOut"];
      };
    };
    SystemInfoResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description 0 normal, 1 trading maintenance, 2 system maintenance. */
        status: number;
        msg?: string;
        estimatedEndTime?: components["schemas"]["TimeOut"];
      };
    };
    Instrument: {
      symbol: string;
      /** @description `TRADING`, `SUSPENDED`, … */
      status?: string;
      baseAsset?: string;
      quoteAsset?: string;
      baseMin?: components["schemas"]["DecimalOut"];
      baseMax?: components["schemas"]["DecimalOut"];
      baseTick?: components["schemas"]["DecimalOut"];
      quoteMin?: components["schemas"]["DecimalOut"];
      quoteMax?: components["schemas"]["DecimalOut"];
      quoteTick?: components["schemas"]["DecimalOut"];
      minNotional?: components["schemas"]["DecimalOut"];
      priceRange?: components["schemas"]["DecimalOut"];
      priceScope?: components["schemas"]["DecimalOut"];
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    InstrumentsResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Instrument"][];
      };
    };
    PriceLevel: {
      price: components["schemas"]["DecimalOut"];
      quantity: components["schemas"]["DecimalOut"];
    };
    OrderbookResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description Best (lowest) ask first. */
        asks: components["schemas"]["PriceLevel"][];
        /** @description Best (highest) bid first. */
        bids: components["schemas"]["PriceLevel"][];
      };
    };
    Kline: {
      symbol?: string;
      type?: string;
      open: components["schemas"]["DecimalOut"];
      close: components["schemas"]["DecimalOut"];
      high: components["schemas"]["DecimalOut"];
      low: components["schemas"]["DecimalOut"];
      volume?: components["schemas"]["DecimalOut"];
      amount?: components["schemas"]["DecimalOut"];
      startTimestamp: components["schemas"]["TimeOut"];
      endTimestamp?: components["schemas"]["TimeOut"];
    };
    KlineResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Kline"][];
      };
    };
    MarketTrade: {
      symbol: string;
      side: string;
      source?: number;
      executedPrice: components["schemas"]["DecimalOut"];
      executedQuantity: components["schemas"]["DecimalOut"];
      executedTimestamp?: components["schemas"]["TimeOut"];
    };
    MarketTradesResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["MarketTrade"][];
      };
    };
    FundingRate: {
      symbol: string;
      estFundingRate?: components["schemas"]["DecimalOut"];
      estFundingRateTimestamp?: components["schemas"]["TimeOut"];
      lastFundingRate?: components["schemas"]["DecimalOut"];
      lastFundingRateTimestamp?: components["schemas"]["TimeOut"];
      nextFundingTime?: components["schemas"]["TimeOut"];
      lastFundingIntervalHours?: number;
      estFundingIntervalHours?: number;
    };
    FundingRateResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["FundingRate"][];
      };
    };
    FuturesInfo: {
      symbol: string;
      indexPrice?: components["schemas"]["DecimalOut"];
      markPrice?: components["schemas"]["DecimalOut"];
      estFundingRate?: components["schemas"]["DecimalOut"];
      lastFundingRate?: components["schemas"]["DecimalOut"];
      nextFundingTime?: components["schemas"]["TimeOut"];
      openInterest?: components["schemas"]["DecimalOut"];
      "24hOpen"?: components["schemas"]["DecimalOut"];
      "24hClose"?: components["schemas"]["DecimalOut"];
      "24hHigh"?: components["schemas"]["DecimalOut"];
      "24hLow"?: components["schemas"]["DecimalOut"];
      "24hVolume"?: components["schemas"]["DecimalOut"];
      "24hAmount"?: components["schemas"]["DecimalOut"];
    };
    FuturesResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["FuturesInfo"][];
      };
    };
    Token: {
      token: string;
      decimals?: number;
      fullName?: string;
      delisted?: boolean;
    };
    TokensResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Token"][];
      };
    };
    TokenInfo: {
      token: string;
      fullName?: string;
      decimals?: number;
      canCollateral?: boolean;
      canShort?: boolean;
      networks?: {
        network?: string;
        allowDeposit?: boolean;
        allowWithdraw?: boolean;
        minWithdraw?: components["schemas"]["DecimalOut"];
        withdrawFee?: components["schemas"]["DecimalOut"];
      }[];
    };
    TokenInfoResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["TokenInfo"][];
      };
    };
    AccountInfoResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        applicationId?: string;
        account?: string;
        alias?: string;
        /** @description `PURE_SPOT`, `MARGIN`, `FUTURES`, … */
        accountMode?: string;
        /** @description `ONE_WAY` or `HEDGE`. */
        positionMode?: string;
        leverage?: components["schemas"]["DecimalOut"];
        takerFeeRate?: components["schemas"]["DecimalOut"];
        makerFeeRate?: components["schemas"]["DecimalOut"];
        totalCollateral?: components["schemas"]["DecimalOut"];
        freeCollateral?: components["schemas"]["DecimalOut"];
        marginRatio?: components["schemas"]["DecimalOut"];
        openMarginRatio?: components["schemas"]["DecimalOut"];
        initialMarginRatio?: components["schemas"]["DecimalOut"];
        maintenanceMarginRatio?: components["schemas"]["DecimalOut"];
        totalAccountValue?: components["schemas"]["DecimalOut"];
        totalTradingValue?: components["schemas"]["DecimalOut"];
      };
    };
    Balance: {
      token: string;
      holding: components["schemas"]["DecimalOut"];
      frozen?: components["schemas"]["DecimalOut"];
      availableBalance?: components["schemas"]["DecimalOut"];
      staked?: components["schemas"]["DecimalOut"];
      interest?: components["schemas"]["DecimalOut"];
      pendingShortQty?: components["schemas"]["DecimalOut"];
      pendingLongQty?: components["schemas"]["DecimalOut"];
      averageOpenPrice?: components["schemas"]["DecimalOut"];
      markPrice?: components["schemas"]["DecimalOut"];
      pnl24H?: components["schemas"]["DecimalOut"];
      fee24H?: components["schemas"]["DecimalOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    BalancesResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        holding: components["schemas"]["Balance"][];
        userId?: components["schemas"]["Int64Id"];
        applicationId?: string;
      };
    };
    Position: {
      symbol: string;
      holding: components["schemas"]["DecimalOut"];
      /** @description `BOTH` (one-way), `LONG` or `SHORT` (hedge). */
      positionSide?: string;
      marginMode?: string;
      leverage?: components["schemas"]["DecimalOut"];
      pendingLongQty?: components["schemas"]["DecimalOut"];
      pendingShortQty?: components["schemas"]["DecimalOut"];
      settlePrice?: components["schemas"]["DecimalOut"];
      averageOpenPrice?: components["schemas"]["DecimalOut"];
      markPrice?: components["schemas"]["DecimalOut"];
      estLiqPrice?: components["schemas"]["DecimalOutNullable"];
      pnl24H?: components["schemas"]["DecimalOut"];
      fee24H?: components["schemas"]["DecimalOut"];
      adlQuantile?: number;
      isolatedMarginToken?: string;
      isolatedMarginAmount?: components["schemas"]["DecimalOut"];
      timestamp?: components["schemas"]["TimeOut"];
    };
    PositionsResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        positions: components["schemas"]["Position"][];
      };
    };
    SetLeverageRequest: {
      symbol: components["schemas"]["Symbol"];
      /** @description A positive integer; out of range answers 302306 (not -1005). */
      leverage: number;
      marginMode?: components["schemas"]["MarginMode"];
      positionSide?: components["schemas"]["PositionSide"];
    };
    LeverageResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        symbol: string;
        marginMode?: string;
        positionSide?: string;
        leverage: components["schemas"]["DecimalOut"];
      };
    };
    SetPositionModeRequest: {
      positionMode: components["schemas"]["PositionMode"];
    };
    /** @description A decimal as the API returns it, or null where it does not apply. */
    DecimalOutNullable: string | number | null;
  };
  responses: {
    /** @description The request was rejected (bad or unknown parameter, order rule, symbol, funds). */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": -1005,
         *       "message": "order_price must be a positive number"
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Authentication failed (key, signature or timestamp). */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": -1002,
         *       "message": "The request is unauthorized."
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The key lacks the permission, or the IP is not whitelisted. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The data already exists or the request is duplicated. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": -1007,
         *       "message": "The data already exists or the request is duplicated."
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Rate limit exceeded (code -1003). Back off; honour `Retry-After` when present. */
    TooManyRequests: {
      headers: {
        /** @description Seconds to wait before retrying, when the server sends it. */
        "Retry-After"?: number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": -1003,
         *       "message": "Rate limit exceeded."
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description An internal error; for a write the outcome is unknown, so reconcile before retrying. */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": "-1000",
         *       "message": "An internal error has occurred. We are unable to process your request. Please try again later."
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The system is under maintenance or temporarily unavailable. */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": "-1011",
         *       "message": "The system is under maintenance."
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /** @description Id of the algo order. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
    AlgoOrderIdQuery: components["schemas"]["Int64Id"];
    /** @description Client order id assigned by the user. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
    ClientAlgoOrderIdQuery: components["schemas"]["ClientOrderId"];
    /** @description Id of the order. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
    OrderIdQuery: components["schemas"]["Int64Id"];
    /** @description Client order id assigned by the user. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
    ClientOrderIdQuery: components["schemas"]["ClientOrderId"];
    /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
    SymbolQueryOptional: components["schemas"]["Symbol"];
    /** @description An instrument, e.g. `PERP_BTC_USDT`. */
    SymbolQueryRequired: components["schemas"]["Symbol"];
    /** @description Only records from this time on (epoch ms). */
    StartTime: components["schemas"]["TimestampMs"];
    /** @description Only records up to this time (epoch ms). */
    EndTime: components["schemas"]["TimestampMs"];
    /** @description Page number, from 1. */
    Page: number;
    /** @description Records per page. */
    Size: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type OrderStatus = components["schemas"]["OrderStatus"];
export type TriggerStatus = components["schemas"]["TriggerStatus"];
export type AlgoNodeType = components["schemas"]["AlgoNodeType"];
export type OrderTypeOut = components["schemas"]["OrderTypeOut"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];
export type SuccessEnvelope = components["schemas"]["SuccessEnvelope"];
export type Decimal = components["schemas"]["Decimal"];
export type DecimalOut = components["schemas"]["DecimalOut"];
export type TimeOut = components["schemas"]["TimeOut"];
export type Int64Id = components["schemas"]["Int64Id"];
export type ClientOrderId = components["schemas"]["ClientOrderId"];
export type Symbol = components["schemas"]["Symbol"];
export type Side = components["schemas"]["Side"];
export type PositionSide = components["schemas"]["PositionSide"];
export type TriggerPriceType = components["schemas"]["TriggerPriceType"];
export type MarginMode = components["schemas"]["MarginMode"];
export type AlgoOrderRequestCommon = components["schemas"]["AlgoOrderRequestCommon"];
export type StopAlgoOrderRequest = components["schemas"]["StopAlgoOrderRequest"];
export type OcoAlgoOrderRequest = components["schemas"]["OcoAlgoOrderRequest"];
export type TrailingStopAlgoOrderRequest = components["schemas"]["TrailingStopAlgoOrderRequest"];
export type PositionalTpSlAlgoOrderRequest = components["schemas"]["PositionalTpSlAlgoOrderRequest"];
export type TpSlAlgoOrderRequest = components["schemas"]["TpSlAlgoOrderRequest"];
export type BracketAlgoOrderRequest = components["schemas"]["BracketAlgoOrderRequest"];
export type StopBracketAlgoOrderRequest = components["schemas"]["StopBracketAlgoOrderRequest"];
export type AlgoOrderRequest = components["schemas"]["AlgoOrderRequest"];
export type MarketOrLimit = components["schemas"]["MarketOrLimit"];
export type OcoStopChild = components["schemas"]["OcoStopChild"];
export type PositionalTpSlLeg = components["schemas"]["PositionalTpSlLeg"];
export type TpSlLeg = components["schemas"]["TpSlLeg"];
export type BracketChildOrders = components["schemas"]["BracketChildOrders"];
export type BracketPositionalTpSlChild = components["schemas"]["BracketPositionalTpSlChild"];
export type BracketTpSlChild = components["schemas"]["BracketTpSlChild"];
export type PlacedAlgoOrderRow = components["schemas"]["PlacedAlgoOrderRow"];
export type PlaceAlgoOrderResponse = components["schemas"]["PlaceAlgoOrderResponse"];
export type AlgoOrder = components["schemas"]["AlgoOrder"];
export type GetAlgoOrderResponse = components["schemas"]["GetAlgoOrderResponse"];
export type TimestampMs = components["schemas"]["TimestampMs"];
export type AlgoType = components["schemas"]["AlgoType"];
export type AlgoParentOrderType = components["schemas"]["AlgoParentOrderType"];
export type OrderType = components["schemas"]["OrderType"];
export type OrderStatusFilter = components["schemas"]["OrderStatusFilter"];
export type PositionMode = components["schemas"]["PositionMode"];
export type KlineInterval = components["schemas"]["KlineInterval"];
export type PageMeta = components["schemas"]["PageMeta"];
export type StatusResponse = components["schemas"]["StatusResponse"];
export type EditAlgoOrderRequest = components["schemas"]["EditAlgoOrderRequest"];
export type EditAlgoOrderFields = components["schemas"]["EditAlgoOrderFields"];
export type GetAlgoOrdersResponse = components["schemas"]["GetAlgoOrdersResponse"];
export type OrderRequest = components["schemas"]["OrderRequest"];
export type PlaceOrderResponse = components["schemas"]["PlaceOrderResponse"];
export type EditOrderRequest = components["schemas"]["EditOrderRequest"];
export type Order = components["schemas"]["Order"];
export type GetOrderResponse = components["schemas"]["GetOrderResponse"];
export type GetOrdersResponse = components["schemas"]["GetOrdersResponse"];
export type Trade = components["schemas"]["Trade"];
export type TransactionHistoryResponse = components["schemas"]["TransactionHistoryResponse"];
export type TradingFeeResponse = components["schemas"]["TradingFeeResponse"];
export type CancelAllAfterRequest = components["schemas"]["CancelAllAfterRequest"];
export type CancelAllAfterResponse = components["schemas"]["CancelAllAfterResponse"];
export type SystemInfoResponse = components["schemas"]["SystemInfoResponse"];
export type Instrument = components["schemas"]["Instrument"];
export type InstrumentsResponse = components["schemas"]["InstrumentsResponse"];
export type PriceLevel = components["schemas"]["PriceLevel"];
export type OrderbookResponse = components["schemas"]["OrderbookResponse"];
export type Kline = components["schemas"]["Kline"];
export type KlineResponse = components["schemas"]["KlineResponse"];
export type MarketTrade = components["schemas"]["MarketTrade"];
export type MarketTradesResponse = components["schemas"]["MarketTradesResponse"];
export type FundingRate = components["schemas"]["FundingRate"];
export type FundingRateResponse = components["schemas"]["FundingRateResponse"];
export type FuturesInfo = components["schemas"]["FuturesInfo"];
export type FuturesResponse = components["schemas"]["FuturesResponse"];
export type Token = components["schemas"]["Token"];
export type TokensResponse = components["schemas"]["TokensResponse"];
export type TokenInfo = components["schemas"]["TokenInfo"];
export type TokenInfoResponse = components["schemas"]["TokenInfoResponse"];
export type AccountInfoResponse = components["schemas"]["AccountInfoResponse"];
export type Balance = components["schemas"]["Balance"];
export type BalancesResponse = components["schemas"]["BalancesResponse"];
export type Position = components["schemas"]["Position"];
export type PositionsResponse = components["schemas"]["PositionsResponse"];
export type SetLeverageRequest = components["schemas"]["SetLeverageRequest"];
export type LeverageResponse = components["schemas"]["LeverageResponse"];
export type SetPositionModeRequest = components["schemas"]["SetPositionModeRequest"];
export type DecimalOutNullable = components["schemas"]["DecimalOutNullable"];
export type ResponseBadRequest = components["responses"]["BadRequest"];
export type ResponseUnauthorized = components["responses"]["Unauthorized"];
export type ResponseForbidden = components["responses"]["Forbidden"];
export type ResponseConflict = components["responses"]["Conflict"];
export type ResponseTooManyRequests = components["responses"]["TooManyRequests"];
export type ResponseInternalError = components["responses"]["InternalError"];
export type ResponseServiceUnavailable = components["responses"]["ServiceUnavailable"];
export type ParameterAlgoOrderIdQuery = components["parameters"]["AlgoOrderIdQuery"];
export type ParameterClientAlgoOrderIdQuery = components["parameters"]["ClientAlgoOrderIdQuery"];
export type ParameterOrderIdQuery = components["parameters"]["OrderIdQuery"];
export type ParameterClientOrderIdQuery = components["parameters"]["ClientOrderIdQuery"];
export type ParameterSymbolQueryOptional = components["parameters"]["SymbolQueryOptional"];
export type ParameterSymbolQueryRequired = components["parameters"]["SymbolQueryRequired"];
export type ParameterStartTime = components["parameters"]["StartTime"];
export type ParameterEndTime = components["parameters"]["EndTime"];
export type ParameterPage = components["parameters"]["Page"];
export type ParameterSize = components["parameters"]["Size"];
export type $defs = Record<string, never>;
export interface operations {
  getAlgoOrder: {
    parameters: {
      query?: {
        /** @description Id of the algo order. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
        algoOrderId?: components["parameters"]["AlgoOrderIdQuery"];
        /** @description Client order id assigned by the user. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
        clientAlgoOrderId?: components["parameters"]["ClientAlgoOrderIdQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The algo order, with its child orders when it has any. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "algoOrderId": 792420,
           *         "clientAlgoOrderId": 0,
           *         "rootAlgoOrderId": 792420,
           *         "parentAlgoOrderId": 0,
           *         "symbol": "SPOT_WOO_USDT",
           *         "orderTag": "default",
           *         "algoType": "TRAILING_STOP",
           *         "side": "SELL",
           *         "positionSide": "BOTH",
           *         "quantity": 1,
           *         "isTriggered": false,
           *         "triggerStatus": "USELESS",
           *         "type": "MARKET",
           *         "rootAlgoStatus": "NEW",
           *         "algoStatus": "NEW",
           *         "triggerPriceType": "MARKET_PRICE",
           *         "triggerTime": "0",
           *         "totalExecutedQuantity": "0",
           *         "averageExecutedPrice": "0",
           *         "totalFee": "0",
           *         "feeAsset": "",
           *         "totalRebate": "0",
           *         "rebateCurrency": "USDT",
           *         "reduceOnly": false,
           *         "createdTime": 1696595230885,
           *         "updatedTime": 1696595230885,
           *         "isActivated": false,
           *         "callbackRate": "0.03",
           *         "activatedPrice": "0.21"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["GetAlgoOrderResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  editAlgoOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "algoOrderId": 792420,
         *       "triggerPrice": "61000",
         *       "quantity": "0.02"
         *     }
         */
        "application/json": components["schemas"]["EditAlgoOrderRequest"];
      };
    };
    responses: {
      /** @description The edit was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "EDIT_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  placeAlgoOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AlgoOrderRequest"];
      };
    };
    responses: {
      /** @description The algo order was accepted. `data.rows` lists the created orders (see the description for their order). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaceAlgoOrderResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelAlgoOrder: {
    parameters: {
      query?: {
        /** @description Id of the algo order. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
        algoOrderId?: components["parameters"]["AlgoOrderIdQuery"];
        /** @description Client order id assigned by the user. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
        clientAlgoOrderId?: components["parameters"]["ClientAlgoOrderIdQuery"];
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancel was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "CANCEL_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getAlgoOrders: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
        /** @description Only orders of this side. */
        side?: components["schemas"]["Side"];
        /** @description Only orders of this position side (perpetuals). */
        positionSide?: components["schemas"]["PositionSide"];
        /** @description Only parent orders of this algo type. */
        algoType?: components["schemas"]["AlgoType"];
        /** @description Only `LIMIT` or `MARKET` orders. */
        orderType?: components["schemas"]["AlgoParentOrderType"];
        /** @description Only triggered (`true`) or untriggered (`false`) orders; sent as a string. */
        isTriggered?: "true" | "false";
        /** @description Only orders with this tag. */
        algoOrderTag?: string;
        /** @description Also return realised PnL (futures); default false. */
        realizedPnl?: boolean;
        /** @description `INCOMPLETE` = `NEW` + `PARTIAL_FILLED`; `COMPLETED` = `CANCELLED` + `FILLED` + `REJECTED`. */
        status?: components["schemas"]["OrderStatusFilter"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of algo orders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAlgoOrdersResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelAlgoOrders: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancel was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "CANCEL_ALL_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getOrder: {
    parameters: {
      query?: {
        /** @description Id of the order. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
        orderId?: components["parameters"]["OrderIdQuery"];
        /** @description Client order id assigned by the user. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
        clientOrderId?: components["parameters"]["ClientOrderIdQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetOrderResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  editOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "orderId": 60667653330,
         *       "price": "60100"
         *     }
         */
        "application/json": components["schemas"]["EditOrderRequest"];
      };
    };
    responses: {
      /** @description The edit was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "EDIT_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  placeOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "symbol": "PERP_BTC_USDT",
         *       "clientOrderId": 123,
         *       "side": "BUY",
         *       "type": "LIMIT",
         *       "price": "60000",
         *       "quantity": "0.01"
         *     }
         */
        "application/json": components["schemas"]["OrderRequest"];
      };
    };
    responses: {
      /** @description The order was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "orderId": 60667653330,
           *         "clientOrderId": 123,
           *         "type": "LIMIT",
           *         "price": "60000",
           *         "quantity": "0.01",
           *         "amount": null,
           *         "bidAskLevel": null
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["PlaceOrderResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelOrder: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Id of the order. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
        orderId?: components["parameters"]["OrderIdQuery"];
        /** @description Client order id assigned by the user. Either `orderId` or `clientOrderId` is required; if both are passed, `orderId` is used. */
        clientOrderId?: components["parameters"]["ClientOrderIdQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancel was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "CANCEL_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getOrders: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
        /** @description Only orders of this side. */
        side?: components["schemas"]["Side"];
        /** @description Only orders of this type. */
        orderType?: components["schemas"]["OrderType"];
        /** @description Only orders in this status (`INCOMPLETE`, `COMPLETED` group several). */
        status?: components["schemas"]["OrderStatusFilter"];
        /** @description Only orders with this tag. */
        orderTag?: string;
        /** @description Also return realised PnL (futures). */
        realizedPnl?: boolean;
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of orders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetOrdersResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelOrders: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancel was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "CANCEL_ALL_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelAllOrders: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancel was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "CANCEL_ALL_SENT"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getTransactionHistory: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
        /** @description Only trades of this order. */
        orderId?: components["schemas"]["Int64Id"];
        /** @description Only trades with an id from this one on. */
        fromId?: components["schemas"]["Int64Id"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of trades. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransactionHistoryResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getTradingFee: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fee rates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "symbol": "PERP_BTC_USDT",
           *         "takerFee": "0.0005",
           *         "makerFee": "0.0002"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["TradingFeeResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelAllAfter: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "triggerAfter": 60000
         *     }
         */
        "application/json": components["schemas"]["CancelAllAfterRequest"];
      };
    };
    responses: {
      /** @description The timer is armed (or disarmed). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "expectedTriggerTime": 1711534302938
           *       },
           *       "timestamp": 1711534242938
           *     }
           */
          "application/json": components["schemas"]["CancelAllAfterResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSystemInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Status and server time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": 0,
           *         "msg": "System is functioning properly."
           *       },
           *       "timestamp": 1709780458093
           *     }
           */
          "application/json": components["schemas"]["SystemInfoResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getInstruments: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instruments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InstrumentsResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getOrderbook: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Levels per side. */
        maxLevel?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order book. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrderbookResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getKline: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Kline interval. */
        type: components["schemas"]["KlineInterval"];
        /** @description How many klines. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The klines, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KlineResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getKlineHistory: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Kline interval. */
        type: components["schemas"]["KlineInterval"];
        /** @description How many klines (at most 1000). */
        limit?: number;
        /** @description Only klines that start after this time (ms). */
        after?: components["schemas"]["TimestampMs"];
        /** @description Only klines that start before this time (ms). */
        before?: components["schemas"]["TimestampMs"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The klines, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KlineResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getMarketTrades: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description How many trades. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trades, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MarketTradesResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getFundingRate: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Funding rates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FundingRateResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getFutures: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Perpetual market info. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FuturesResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokensResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getTokenInfo: {
    parameters: {
      query?: {
        /** @description A token, e.g. `USDT`; all tokens when omitted. */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token details. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TokenInfoResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getAccountInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AccountInfoResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getBalances: {
    parameters: {
      query?: {
        /** @description Only this token. */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The balances. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalancesResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getPositions: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The positions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PositionsResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getLeverage: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Margin mode; default `CROSS`. */
        marginMode?: components["schemas"]["MarginMode"];
        /** @description Hedge mode with isolated margin: which side's leverage (default `LONG`). */
        positionSide?: components["schemas"]["PositionSide"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leverage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LeverageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  setLeverage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "symbol": "PERP_BTC_USDT",
         *       "leverage": 10,
         *       "marginMode": "CROSS"
         *     }
         */
        "application/json": components["schemas"]["SetLeverageRequest"];
      };
    };
    responses: {
      /** @description The new leverage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LeverageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  setPositionMode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "positionMode": "HEDGE"
         *     }
         */
        "application/json": components["schemas"]["SetPositionModeRequest"];
      };
    };
    responses: {
      /** @description The mode was changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "status": "SUCCESS"
           *       },
           *       "timestamp": 1676283560233
           *     }
           */
          "application/json": components["schemas"]["StatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
