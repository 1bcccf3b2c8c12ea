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
     *
     *     The official cURL body gives `visibleQuantity` (and the ids) as JSON numbers while the other decimals
     *     are strings; `visibleQuantity` is accepted as either. The ids are accepted as integers or digit
     *     strings: an independent client edits by the string id it got from the exchange.
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
     *
     *     **Answer types:** the official examples give ids as integers; a live answer quoted by an
     *     independent client carries them (and the envelope `timestamp`) as digit strings, with the legacy
     *     keys `orderId`/`clientOrderId`. Both are accepted.
     *
     *     **Broker attribution:** `brokerId` (the broker's application id) is accepted on every variant; a
     *     widely used independent client adds it to every placement outside its sandbox mode.
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
     * @description Gets one order by `orderId` or `clientOrderId` (one is required; `orderId` wins). With `withRealizedPnl=true` the answer also carries `realizedPnl`.
     *
     *     **Limit:** 5 requests per 1 second.
     *
     *     The official page words the limit "5 requests per 1 symbol per 1 second", but the request names no symbol, so it is counted per account here.
     */
    get: operations["getOrder"];
    /**
     * Edit order
     * @description Changes the price and/or quantity of an open order found by `orderId` or `clientOrderId` (`orderId` wins). The ids are accepted as integers or digit strings.
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
     *     `clientOrderId` (0 to 2^63−1) must be unique among open orders; a repeat answers 302117 (for a retried placement: the order is already placed — look it up by `clientOrderId`). The official page types it as an integer but its own cURL example sends it as a string (`"1954766344355779056"`); both are accepted.
     *
     *     `broker_id` (snake_case, unlike every other field) carries broker attribution. It is not on the official page; a widely used independent client adds it to every placement on the live exchange outside its sandbox mode, so the exchange accepts it.
     *
     *     The answer's ids are integers in the official schema; they are read as integers or digit strings (see `placeAlgoOrder`).
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
     *     **Limit:** 10 requests per 1 second.
     *
     *     The official page names the order-type filter `type` and the PnL switch `withRealizedPnl`, and also filters by `positionSide`. Earlier versions of this document used `orderType` and `realizedPnl` (the names of the algo-order list); those stay accepted but are deprecated: the exchange documents neither for this path.
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
     * @description Lists your executed trades (fills) of the past two years, newest first: all symbols or one, within a time range, from a trade id on (`fromId`, a cursor), at most `limit` per request.
     *
     *     **Limit:** 2 requests per 1 second.
     *
     *     The official page lists exactly `symbol`, `startTime`, `endTime`, `fromId` and `limit`, with no default or maximum for `limit` (the legacy V1 ancestor defaulted to 25). Earlier versions of this document took `orderId`, `page` and `size`, which the page does not list: `orderId` and `size` are gone. `page` stays accepted as undocumented: the answer carries `data.meta` with a `currentPage`, and an independent client pages with it when asked to paginate; whether the exchange honours it is not confirmed. `isMaker` in rows is 1 for a maker fill and 0 for a taker fill.
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
  "/v3/trade/transaction": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get transaction by trade id
     * @description One of your executions, by its trade id. Only trades of the last 3 months are found.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     In hedge mode `side` reads `OPEN LONG`, `OPEN SHORT`, `CLOSE LONG` or `CLOSE SHORT` instead of
     *     `BUY`/`SELL`. `isMaker` is 1 for a maker fill and 0 for a taker fill. The official example prints
     *     `realizedPnl` as the string `"null"`; treat that like a missing value. The page's parameter text says
     *     "Either tradeId or clientOrderId is required", apparently copied from the order pages: only `tradeId`
     *     is modelled.
     */
    get: operations["getTransaction"];
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
     *
     *     **Unit not documented.** The one answer on record, quoted by an independent client, reads `takerFee: "10"`, `makerFee: "8"`, which look like basis points (0.10 % and 0.08 %); that client divides them by 100. Read the values as decimals and do not assume a unit.
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
  "/v3/trade/cancelAllAfter": {
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
     * @description Arms a timer that cancels all your open ordinary and algo orders after `triggerAfter` ms unless the call is repeated (each call replaces the previous countdown); `0` disarms it; a value outside 0–900000 answers 317176 (not -1005). VIP accounts only.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     **Path:** `POST /v3/trade/cancelAllAfter`. The endpoint page's own embedded OpenAPI block, the V1 → V3 migration guide and two independent clients (one of them trading live every day) use this path. The same page's rendered header and cURL show `POST /v3/trade/order/cancelAllAfter` instead, probably from an older capture; earlier versions of this document followed that reading, which is kept in `x-alternative-paths`. If this path answers 404 on your account, try the other one.
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
     *
     *     `maxLevel` defaults to 100 (legacy V1 page). No maximum is documented; the official WebSocket guide tells clients to take snapshots with `maxLevel` 50, 200 or 500, so at least 500 is accepted.
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
     *     **Limit:** 10 requests per 1 second per IP.
     *
     *     `limit` defaults to 100 and may be at most 1000 (the kline-history page and the legacy V1 kline page state it).
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
     * @description Historical klines of `symbol`, paged by time with `after`/`before`: both are start-time cursors that exclude the kline at the cursor itself; when both are sent, `before` wins; with neither, the newest klines come first.
     *
     *     **Limit:** 10 requests per 1 second per IP.
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
     *
     *     `limit` defaults to 10 (legacy V1 page); no maximum is documented.
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
     *     **Limit:** 10 requests per 1 second per IP.
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
  "/v3/public/tokenNetwork": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get token networks
     * @description For every token, the blockchain networks it can be deposited and withdrawn on, with the minimum
     *     withdrawal and the withdrawal fee per network.
     *
     *     **Limit:** 10 requests per 1 second per IP (reported by third-party clients; the legacy V1 page of the
     *     same data, `GET /v1/public/token_network`, states the same figure).
     *
     *     No official V3 page for this path was found. The migration guide maps the legacy
     *     `GET /v1/public/token_network` here; the field names below are the legacy ones in camelCase, which is
     *     how every other V3 endpoint renamed its fields, so they are **inferred, not verified**. The legacy
     *     snake_case names are accepted as well, and unknown fields must be tolerated.
     */
    get: operations["getTokenNetworks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/marketTradesHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get market trades history
     * @description Historical public trades of `symbol`, paged with `page`/`size`. `source` is 1 for a trade that happened
     *     on WOO X and 0 for one taken from aggregated external venues.
     *
     *     **Limit:** 10 requests per 1 second per IP.
     *
     *     The V3 page was only partly readable: it confirms the limit, the meaning of `source` and that `symbol`
     *     is the first query parameter. The other parameters come from the legacy
     *     `https://api-pub.woo.org/v1/hist/trade` (which the migration guide maps here), renamed to camelCase:
     *     there `start_time` was **required** and `page`/`size` defaulted to 1/25; the legacy limit was 1 request
     *     per second. Whether V3 still requires `startTime` is not confirmed.
     */
    get: operations["getMarketTradesHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/fundingRateHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get funding rate history
     * @description Past funding rates of one perpetual `symbol`, with the mark price at each funding time, paged with
     *     `page`/`size`.
     *
     *     **Limit:** 10 requests per 1 second per IP.
     *
     *     The legacy page says that without `startTime`/`endTime` the newest funding rate is returned. The
     *     official V3 response schema shows only `data.rows`; a real answer quoted by a third-party client also
     *     carries `data.meta`, so `meta` is optional here.
     */
    get: operations["getFundingRateHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/public/insuranceFund": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get insurance fund
     * @description The balance of the futures insurance fund, per token (USDT only).
     *
     *     **Limit:** 10 requests per 1 second per IP (reported by third-party clients; the only official page
     *     that describes this path prints a garbled limit line, "token filtered to USDT only").
     *
     *     That official page lists `symbol` as a required parameter, although the answer is per token and
     *     carries no symbol. It is optional here; if the server rejects a request without it, pass any
     *     perpetual symbol.
     */
    get: operations["getInsuranceFund"];
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
     *
     *     `positionMode` reads `ONE_WAY` or `HEDGE_MODE`; a legacy official example printed `HEDGE`, so it is read as an open string. `accountMode` is the trading mode set with `setTradingMode`.
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
  "/v3/account/tokenConfig": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get token config
     * @description Margin settings of every token for this account: collateral ratio, margin factor, whether it is used
     *     (and usable) as collateral, whether it can be shorted, and the spot-margin leverage and position caps.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     No query parameters are documented. The futures caps that the legacy V1 `client/token` also returned
     *     moved to `GET /v3/account/symbolConfig`. One official example prints `marginFactor` as a malformed
     *     number (`0.00000025"`); the field is read as a decimal string or number.
     */
    get: operations["getTokenConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/symbolConfig": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get symbol config
     * @description Futures settings of every perpetual symbol for this account: margin factor, maximum leverage and
     *     maximum position.
     *
     *     **Limit:** 10 requests per 1 second.
     *
     *     The official example spells the margin factor `margin_factor` (snake_case) while every other field is
     *     camelCase; both spellings are accepted. `maxLeverage` is the per-symbol ceiling that
     *     `PUT /v3/futures/leverage` is checked against.
     */
    get: operations["getSymbolConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/subAccounts/all": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get sub-accounts
     * @description The sub-accounts of this main account: application id, name and creation time.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     Main account only; a sub-account key is refused (expected as an authorisation error, not verified).
     *     `createdTime` is a string of epoch **seconds** with a fraction (`"1606897264.994"`).
     */
    get: operations["getSubAccounts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/referral/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get referral summary
     * @description One row per user you referred: registration time, referral code, trading status and what you earned
     *     from them, paged with `page`/`size`.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     The V3 page shows no parameter list. `page`/`size` (default 25) come from the legacy
     *     `GET /v3/referrals`, which also took `from`/`to` (epoch ms); whether V3 keeps `from`/`to` or renamed
     *     them `startTime`/`endTime` is not known, so neither is modelled. `tradeStatus` values in the legacy
     *     docs: `Registered`, `Verified identity`, `Deposited`, `Traded`. `registerTime` is a string of epoch
     *     seconds.
     */
    get: operations["getReferralSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/referral/rewardHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get referral reward history
     * @description Daily referral commissions credited to you, per referred user and programme, paged with `page`/`size`.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     **Shape uncertain.** The official V3 page repeats the referral-summary example verbatim, which looks
     *     like a copy error. The row fields below are those of the legacy `GET /v3/referral_rewards`
     *     (snake_case: `trade_date` as `YYYY/MM/DD`, percentages and rate as fractions, `status` e.g.
     *     `Credited`, `referral_program` e.g. `TIER`/`AFFILIATE`); V3 may return them camelCased, and rows are
     *     kept open so either spelling parses. Parameters as for the summary (legacy `page`/`size`, plus
     *     `from`/`to` not modelled).
     */
    get: operations["getReferralRewardHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get API keys and permissions
     * @description The API keys of the account with their permissions (`READ`, `TRADE`, `WITHDRAWAL`) and, when the key
     *     is IP-restricted, the allowed IPs; paged with `page`/`size`.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     `allowedIPs` is left out entirely for a key without IP restriction. `size` defaults to 25 and may be
     *     at most 1000 (this endpoint's own page; other list endpoints differ).
     */
    get: operations["getCredentials"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/tradingMode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set trading mode
     * @description Switches the account between spot only (`PURE_SPOT`), spot and margin (`MARGIN`) and spot and futures
     *     (`FUTURES`). The mode decides what later orders may do: perpetual orders need `FUTURES`, short spot
     *     sales and leverage need `MARGIN` or `FUTURES`. `GET /v3/account/info` reports the mode as
     *     `accountMode`.
     *
     *     **Limit:** 5 requests per 60 seconds (reported by third-party clients; the legacy V1 equivalent
     *     documents 5 per 60 s per user).
     *
     *     **Request field name not confirmed.** No official V3 page was found; the body field `tradingMode` is
     *     what one independent client sends, and the values are those of the legacy
     *     `POST /v1/client/account_mode` (`account_mode`). Switching away from futures with open positions or
     *     orders is refused (302126 / 302308, inferred from their messages). The answer is expected to carry
     *     no `data`, like the legacy `{"success": true}`. Note that the private WebSocket `account` topic spells
     *     the futures mode `FUTURE`.
     */
    post: operations["setTradingMode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/account/listenKey": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create listen key
     * @description Creates the key that opens the private V3 WebSocket stream, `wss://wss.woox.io/v3/private?key=<key>`.
     *
     *     **Limit:** 5 requests per 10 seconds.
     *
     *     A key is valid for 24 hours. Creating a key while another valid one exists makes the old one expire at
     *     once, so create a new key only when (re)connecting. The answer's field names (`authKey`,
     *     `expiredTime`) come from two independent clients; the official page prose calls the value "listen
     *     key" and prints no answer. `expiredTime` is presumably epoch ms (not confirmed).
     */
    post: operations["createListenKey"];
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
  "/v3/asset/token/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get token history (ledger)
     * @description The account's balance changes, one row per change, newest first, with page/size pagination (`data.meta`
     *     gives the total). Each row says which token moved, by how much and why (`type`).
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     The official page documents `type`, `startTime`, `endTime`, `page` and `size` (default 25, at most 1000).
     *     It does not document a `token` filter; one contributor's ccxt fork sends `token` to this path, so it is
     *     accepted here as optional and may be ignored or rejected by the live API. Whether `amount` is signed
     *     (negative for debits) is not documented; the sandbox signs it. `startTime`/`endTime` are described as
     *     "unix timestamp" without a unit; milliseconds are assumed, as everywhere else in V3.
     *
     *     ccxt 4.5.84 does not use this endpoint: its `fetchLedger` reads `GET /v3/asset/wallet/history`.
     */
    get: operations["getTokenHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/transfer/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get transfer history
     * @description Transfers between the main account and its sub-accounts that involve the calling account, newest first,
     *     with page/size pagination. Each row names both sides (`from`, `to`: application id and account name).
     *
     *     **Limit:** 20 requests per 60 seconds.
     *
     *     The official page's parameter list could not be read in full (only the start of the `startTime`
     *     description was captured); `startTime`, `endTime`, `page` and `size` follow the legacy
     *     `GET /v1/asset/main_sub_transfer_history` (`start_t`, `end_t`, `page`, `size`) in V3 spelling and what ccxt
     *     sends. No `token` filter is known: ccxt filters by currency on its side. Times in rows are **seconds**
     *     with a fraction, as strings (ccxt multiplies them by 1000). The official example's JSON is malformed
     *     (missing comma after `to`, trailing commas); the shape is nonetheless clear. Known status: `COMPLETED`;
     *     ccxt maps `NEW`/`PROCESSING` to pending and `CANCELED` to canceled.
     */
    get: operations["getTransferHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/transfer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transfer between main and sub-accounts
     * @description Moves `amount` of `token` from one account of the same main account to another (main → sub, sub → main,
     *     and presumably sub → sub); `from` and `to` name the accounts by application id. The answer carries the
     *     transfer's id, which appears in `getTransferHistory` of both accounts.
     *
     *     **Limit:** 20 requests per 60 seconds (reported by ccxt; the legacy V1 endpoint documented the same).
     *
     *     No official V3 page was found. The nested `from`/`to` objects come from ccxt, whose change moving this
     *     call to V3 says the V3 endpoint requires them; the legacy V1 call used flat `from_application_id` and
     *     `to_application_id`. `amount` is accepted as a decimal string or a JSON number: ccxt sends a number, the
     *     legacy docs typed it `number`. Whether the answer carries anything besides `data.id` is unknown (the V1
     *     answer was `{"success": true, "id": 200}`). Which accounts may call it: "Main or Subaccounts" in V1.
     */
    post: operations["transferAsset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/wallet/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get wallet history (deposits and withdrawals)
     * @description On-chain deposits and withdrawals of the account (`type` `BALANCE`), and collateral movements
     *     (`COLLATERAL`), newest first, with page/size pagination. `tokenSide` says the direction, `status` the
     *     progress; deposits count confirmations (`confirmedNumber` of `confirmingThreshold`).
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     The official page's query parameters could not be read. The ones here are the legacy
     *     `GET /v1/asset/history` parameters in V3 spelling (`token`, `balanceToken`, `type`, `tokenSide`, `status`,
     *     `startTime`, `endTime`, `page`, `size`) plus `network`; ccxt sends `token`, `network`, `type`, `tokenSide`,
     *     `startTime` and `size` (capped by ccxt at 1000). `balanceToken` is unverified in V3.
     *
     *     Row `id` is a digit string (both in the official example and in a live sample quoted by ccxt). Row
     *     `token` is the network-specific token id (a live sample shows `ARB_USDCNATIVE` with `feeToken` `USDC`),
     *     not always the plain currency. Times are **seconds** with a fraction, as strings. `meta` is camelCase in
     *     the official example but snake_case (`records_per_page`, `current_page`, no page count) in the live
     *     sample quoted by ccxt, so both spellings are accepted. The status `CANCELED` is spelled with one L
     *     (legacy list), unlike order statuses.
     */
    get: operations["getWalletHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/wallet/deposit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get deposit address
     * @description The account's deposit address for `token` on `network`, with `extra` (memo or tag) where the network
     *     needs one, else an empty string.
     *
     *     **Limit:** 10 requests per 60 seconds (reported by ccxt; the legacy V1 endpoint documented 60 per 60 s).
     *
     *     No official V3 page was found in the stored material (ccxt links
     *     `https://developer.woox.io/api-reference/endpoint/assets/get_wallet_deposit`, and the wallet-history page
     *     carries this endpoint's description by mistake: "Get your unique deposit address by token"). ccxt sends
     *     `token` (the currency id, e.g. `USDT`) and `network` (a WOO X network id such as `ETH`, `BSC`, `TRX`), and
     *     omits `network` when the caller gives none, so `network` is optional here; what the live API does
     *     without it (default network or error) is unknown. An unsupported token is answered with -1005 and a
     *     message containing "The token is not supported" (ccxt error map).
     */
    get: operations["getDepositAddress"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/wallet/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw
     * @description Requests an on-chain withdrawal of `amount` of `token` on `network` to `address` (with `extra` as memo or
     *     tag where the network needs one). The answer carries the withdrawal id; its progress is read with
     *     `getWalletHistory` (`tokenSide` `WITHDRAW`), starting at `NEW`.
     *
     *     **Limit:** 10 requests per 60 seconds (reported by ccxt; the legacy V1 endpoint documented 20 per 60 s).
     *
     *     No official V3 page was found. The body is what ccxt sends since it moved this call to V3 (`network` is
     *     required there; ccxt refuses to call without it). `amount` is accepted as a decimal string or a JSON
     *     number (ccxt passes the caller's value through; the legacy docs typed it `number` and required it to be
     *     at most the holding). The answer's `withdrawId` is read by ccxt from `data`; the legacy answer carried it
     *     at the top level as `withdraw_id`, a digit string. Whether the fee is taken from `amount` or on top is
     *     not documented. Address whitelisting and 2FA are account settings the API cannot show.
     */
    post: operations["withdraw"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/wallet/withdraw/{withdrawId}": {
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
     * Cancel withdrawal
     * @description Cancels a withdrawal that is still `NEW`; its funds return to the balance and its wallet-history row
     *     becomes `CANCELED`.
     *
     *     **Limit:** 10 requests per 60 seconds (reported: derived from ccxt's cost weight, no comment).
     *
     *     **Path and method are not confirmed by any official V3 page.** This reading (DELETE, id in the path) is
     *     the only V3 one: it is an entry of ccxt 4.5.84's API map, which no ccxt method uses (`cancelWithdraw` is
     *     advertised as unsupported, "disabled on the exchange"). Other readings: the legacy
     *     `DELETE /v1/asset/withdraw` with parameter `id` ("cancel withdraw request when status is NEW", 5 requests
     *     per 60 s), which ccxt 4.5.84 annotates "undocumented but alive as of 2026-08" while earlier ccxt versions
     *     called it disabled on the exchange side. The answer's shape is unknown (V1 answered `{"success": true}`),
     *     so `data` is optional. Cancelling a withdrawal that is past `NEW` or unknown fails; which code the live
     *     API sends is unverified (-1006 and 311001/311002 are the plausible ones).
     */
    delete: operations["cancelWithdrawal"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/asset/staking/yieldHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get staking yield history
     * @description Daily staking rewards of the account, newest first, with page/size pagination.
     *
     *     **Limit:** 10 requests per 60 seconds (reported by ccxt; the legacy V1 endpoint documented 10 per 1 s).
     *
     *     No official V3 page or V3 sample was found, and ccxt never calls this path, so **the row shape below is
     *     inferred**: the legacy `GET /v1/staking/yield_history` rows (`id`, `token`, `user_id`, `staking_size`,
     *     `annual_reward` as a percent string such as "0.24294%", `yield_amount`, `yield_time` in seconds) spelt the
     *     V3 way (camelCase, under `data`). In V1 `token` was required (e.g. `WOO`); it is optional here. Treat every
     *     field as optional until a live answer is captured.
     */
    get: operations["getStakingYieldHistory"];
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
     * @description The leverage of a perpetual `symbol` under one margin mode: one `details` row per position side, `BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode, with the account's position mode alongside.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     The answer is `{symbol, marginMode, positionMode, details: [{positionSide, leverage}]}` on the official page and in two live answers quoted by an independent client; earlier versions of this document expected a single top-level `leverage` and took a `positionSide` query parameter, which no source documents (both are gone: `details` carries every side). `leverage` is an integer on the V3 page (the legacy V1 page printed strings). `positionMode` is optional: the legacy V1 endpoint required `position_mode` (and `margin_mode`) next to the symbol, while the independent client sends only `symbol` and `marginMode`.
     */
    get: operations["getLeverage"];
    /**
     * Set leverage
     * @description Sets the leverage of a perpetual `symbol` (isolated margin: per position side in hedge mode).
     *
     *     **Limit:** 10 requests per 60 seconds (reported).
     *
     *     The ceiling is per symbol: `maxLeverage` of `GET /v3/account/symbolConfig` (50 and 20 in its official example); no global maximum is documented. A leverage that is not a positive integer, or above the ceiling, answers 302306. The answer is not documented anywhere: it is read as a bare success (earlier versions of this document expected the leverage back).
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
     * @description Switches between one-way (`ONE_WAY`) and hedge (`HEDGE_MODE`) position mode. Fails while positions or orders are open.
     *
     *     **Limit:** 5 requests per 60 seconds (reported).
     *
     *     **Values:** `HEDGE_MODE`, not `HEDGE` (which earlier versions of this document sent): the official leverage page, the legacy position-mode page ("ONE_WAY or HEDGE_MODE") and the independent client that switches modes on the live exchange all use `HEDGE_MODE`. Only a legacy account-info example and one legacy parameter table print `HEDGE`.
     *
     *     **Answer:** a bare success, `{"success": true, "timestamp": …}`, as quoted from a live answer by an independent client (the legacy V1 endpoint also answered `{"success": true}`); earlier versions of this document expected `data.status`.
     */
    put: operations["setPositionMode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/defaultMarginMode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get default margin mode
     * @description The margin mode (`CROSS` or `ISOLATED`) that new perpetual orders use when they do not name one, for
     *     the account and, where overridden, per symbol.
     *
     *     **Limit:** 10 requests per 60 seconds (reported by third-party clients).
     *
     *     **Answer shape undocumented.** No official V3 page was found. The account-wide default is real: the
     *     private WebSocket `account` topic carries it as `M` ("default margin mode for futures"). This spec
     *     reads `data.marginMode` (account default) and optional `data.rows[{symbol, marginMode}]` (per-symbol
     *     overrides); both are inferred and the object is kept open. One independent client passes an optional
     *     `symbol` query parameter.
     */
    get: operations["getDefaultMarginMode"];
    /**
     * Set default margin mode
     * @description Sets the account-wide default margin mode for perpetual orders that do not name one.
     *
     *     **Limit:** 10 requests per 60 seconds (inferred from a third-party client's request cost of 60 in units
     *     where 1 = 10 requests per second; no figure is stated anywhere).
     *
     *     **Request and answer inferred.** No official page was found and no client sends this request; the body
     *     `{marginMode}` follows the field name used everywhere else in V3. Per-symbol overrides
     *     (`PUT /v3/futures/defaultMarginMode/{symbol}`) are presumably kept.
     */
    put: operations["setDefaultMarginMode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/defaultMarginMode/{symbol}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set default margin mode of a symbol
     * @description Overrides the default margin mode for one perpetual symbol.
     *
     *     **Limit:** 10 requests per 60 seconds (inferred from a third-party client's request cost; see
     *     `setDefaultMarginMode`).
     *
     *     **Request and answer inferred**, as for `setDefaultMarginMode`; the symbol travels in the path. This
     *     is the only V3 path with a path parameter found so far.
     */
    put: operations["setSymbolDefaultMarginMode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/defaultMarginMode/reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset default margin modes
     * @description Drops the per-symbol default margin mode overrides, so every symbol follows the account default again.
     *
     *     **Limit:** 10 requests per 60 seconds (inferred from a third-party client's request cost).
     *
     *     **Meaning inferred from the path only.** No page or client documents a body or an answer; the request
     *     is sent with an empty JSON object, and an optional `symbol` (reset just that symbol) is a guess that
     *     is not modelled.
     */
    post: operations["resetDefaultMarginMode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/futures/fundingFee/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get funding fee history
     * @description Funding payments on your perpetual positions, all symbols or one, paged with `page`/`size`.
     *
     *     **Limit:** 20 requests per 60 seconds per user.
     *
     *     `paymentType` says which way the money went: `Pay` (you paid `fundingFee`) or `Receive`.
     *     `fundingFee` itself is unsigned. `fundingRate` is a number in the official example while the other
     *     decimals are strings. Page-size defaults and maxima are not on the V3 page; the 2025 legacy page of
     *     the V1 equivalent says default 10, max 5000 (the 2023 edition printed default 1), and an independent
     *     client caps its requests at 500. The answer's `meta.recordsPerPage` of 25 in the official example
     *     suggests a V3 default of 25 (not confirmed).
     */
    get: operations["getFundingFeeHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/isolatedMargin/margin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or reduce isolated margin
     * @description Moves margin into (`ADD`) or out of (`REDUCE`) an isolated perpetual position. Only USDT can be used.
     *
     *     **Limit:** 10 requests per 60 seconds (inferred from a third-party client's request cost of 60; the
     *     legacy V1 equivalent documents 20 per 60 s per user).
     *
     *     **Path uncertain.** ccxt 4.5.84 lists this endpoint as `POST /v3/isolatedMargin/margin` (used here);
     *     an older ccxt revision listed `POST /v3/account/isolatedMargin/margin` (cost 6). The newer reading
     *     replaced the older one in the same map, which suggests a correction, but no official V3 page was
     *     found and ccxt itself still adjusts margin through the legacy `POST /v1/client/isolated_margin`.
     *     **Body inferred:** the legacy parameters (`symbol`, `position_side`, `adjust_token`,
     *     `adjust_amount`, `action`) in camelCase. Refused while the symbol has pending isolated orders
     *     (302190), beyond the withdrawable margin (302192) or the available USDT (302193).
     */
    post: operations["adjustIsolatedMargin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/spotMargin/interestRate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get margin interest rates
     * @description The current and the next (estimated) borrowing rate of each token, hourly and annualised, and when the
     *     estimate takes effect (`estTime`, epoch ms).
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     The rates are fractions (0.000001 per hour ≈ 0.00876 per year = 8760 hours × the hourly rate); the
     *     legacy V1 endpoint returned percent strings instead. The official example's USDT row is inconsistent
     *     (`currentAnnualBaseRate` "7008", `estAnnualBaseRate` "0.07008%"), so parse defensively. The official page
     *     shows no parameters; one contributor's ccxt fork sends `token`, accepted here as optional.
     */
    get: operations["getInterestRates"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/spotMargin/interestHistory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get interest history
     * @description Interest records of spot margin, newest first, with page/size pagination: an hourly `LOAN` row per
     *     borrowed token (the interest charged, negative, on `loanAmount` at `hourlyRate`) and a row per repayment
     *     (`REPAY`, or `AUTO_REPAY` when the system repaid; positive `interest`, no rates).
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     Parameters (`token`, `side`, `startTime`, `endTime`, `page`, `size`) are those of the official cURL
     *     sample. The `side` values are the legacy V1 list; the V3 example shows `LOAN` and `AUTO_REPAY`, and
     *     `status` `SUCCEED`. Times are epoch milliseconds (integers) here, unlike the asset histories.
     */
    get: operations["getInterestHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/spotMargin/maxMargin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get max margin
     * @description The most of the base token the account can sell (`availableBaseQuantity`) and the most of the quote
     *     token it can spend buying (`availableQuoteQuantity`, the buying power) on one spot instrument, margin
     *     included. Only for accounts in `MARGIN` mode.
     *
     *     **Limit:** 10 requests per 60 seconds.
     *
     *     Successor of the legacy `GET /v3/buypower`. Which error an account not in `MARGIN` mode gets is not
     *     documented.
     */
    get: operations["getMaxMargin"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/spotMargin/leverage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set spot-margin leverage
     * @description Sets the account's maximum leverage for spot margin (the `leverage` shown by `getAccountInfo`).
     *
     *     **Limit:** 5 requests per 60 seconds (reported by ccxt; the legacy V1 `POST /v1/client/leverage` documented the same).
     *
     *     No official V3 page was found. ccxt's `setLeverage` sends only `{leverage}` here when no symbol or a spot
     *     symbol is given, and returns the raw answer without parsing it, so the answer's shape is unknown and
     *     `data` is optional. The allowed values are not documented for V3 (V1: 1, 2, 3, 4 or 5 in margin mode;
     *     V3 token configs show per-token maxima such as 10); an invalid value is presumably answered with 302306
     *     ("Invalid leverage, please provide positive integer leverage").
     */
    post: operations["setSpotMarginLeverage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/spotMargin/interestRepay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Repay interest
     * @description Repays outstanding margin interest of `token` (up to `amount`) from the account's balance of that token.
     *
     *     **Limit:** 10 requests per 60 seconds (reported by ccxt; the legacy V1 `POST /v1/interest/repay` documented the same).
     *
     *     No official V3 page or V3 client call was found: ccxt 4.5.84's `repayMargin` still posts the legacy
     *     `POST /v1/interest/repay` (form-encoded `token`, `amount`, V1 signature) and never calls this path. The
     *     body here is the legacy one (`token`, `amount`, both required), unverified for V3; the answer's shape is
     *     unknown (V1: `{"success": true}`), so `data` is optional. Nothing to repay is answered with 302144 in the
     *     catalogue ("There isn't a positive amount to repay the interest balance").
     */
    post: operations["repayInterest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/exchangeInfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get convert exchange info
     * @description Settings of the convert service (presumably which tokens convert and within which limits).
     *
     *     **Limit:** 10 requests per 1 second (reported: derived from ccxt's cost weight 1, no comment).
     *
     *     **The shape is unknown**: the path is in ccxt's API map, no ccxt method calls it, and the legacy page
     *     that documents it (docs.woox.io, convert section) could not be read. `data` is therefore an open object
     *     until a live answer is captured (the example shows only the envelope). No newer path than `/v3/convert/*` was found: the developer.woox.io V3
     *     reference has no Convert section at all.
     */
    get: operations["getConvertExchangeInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/assetInfo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get convert asset info
     * @description The tokens that can be converted, with their quantity step (`tick`).
     *
     *     **Limit:** 10 requests per 1 second (reported: derived from ccxt's cost weight 1, no comment).
     *
     *     **Envelope exception:** the only sample (ccxt's, from the legacy docs) puts `rows` at the top level
     *     (`{"success": true, "rows": [...]}`), not under `data`, and ccxt reads `response.rows`; this spec follows
     *     it. Times are seconds with a fraction, as strings; `tick` is a number in the sample. Other reading: one
     *     contributor's ccxt fork calls `GET /v3/convert/tokenInfo` for the same data (same top-level `rows`), which
     *     may be a newer name of this path.
     */
    get: operations["getConvertAssetInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/rfq": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get convert quote (RFQ)
     * @description Asks for a firm quote to sell `sellQuantity` of `sellToken` for `buyToken`. The quote (`quoteId`, the
     *     quantities and `buyPrice`) holds until `expireTimestamp` (epoch ms) and is executed with
     *     `acceptConvertQuote`.
     *
     *     **Limit:** 10 requests per 60 seconds (reported: derived from ccxt's cost weight 60, no comment).
     *
     *     **Method:** GET, with the parameters in the query string, per ccxt's API map and calls; no source shows a
     *     POST. Only `sellQuantity` is known as the size; whether a buy-side size is accepted is unknown, and
     *     `sellQuantity` is required here because a quote needs a size (ccxt sends it whenever the caller gives an
     *     amount). `message` is a free text (ccxt's sample shows a number there, apparently a placeholder).
     *     `counterPartyId` is echoed in the acceptance.
     */
    get: operations["getConvertQuote"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/rft": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept convert quote (RFT)
     * @description Executes a quote from `getConvertQuote` before it expires. `rftAccepted` says what happened: 1
     *     accepted, 2 processing, 3 failed.
     *
     *     **Limit:** 10 requests per 60 seconds (reported: derived from ccxt's cost weight 60, no comment).
     *
     *     ccxt sends `quoteId` as a JSON **string** (the id the caller passes), while quotes carry it as a number,
     *     so both are accepted. What a second acceptance or an expired quote is answered with is not documented.
     */
    post: operations["acceptConvertQuote"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/trade": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get convert trade
     * @description One conversion, by the `quoteId` it executed.
     *
     *     **Limit:** 10 requests per 1 second (reported: derived from ccxt's cost weight 1, no comment).
     *
     *     The only sample is a placeholder (`"tradeStatus": 12`, `"createdTime": ""`, amounts as numbers), which
     *     shows types, not values: `tradeStatus` is an integer of unknown meaning and `createdTime` a string of
     *     unknown unit. ccxt reads `createdTime` as an integer millisecond value, so a seconds string would give it
     *     1970 dates.
     */
    get: operations["getConvertTrade"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/convert/trades": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get convert trades
     * @description The account's conversions, newest first, with page/size pagination; `data.count` is the total and
     *     `data.tradeVos` the page (no `meta`).
     *
     *     **Limit:** 10 requests per 1 second (reported: derived from ccxt's cost weight 1, no comment).
     *
     *     ccxt sends `startTime`, `endTime` and `size`; `page` is assumed like on every other history endpoint.
     *     Rows are those of `getConvertTrade`.
     */
    get: operations["getConvertTrades"];
    put?: never;
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
      /**
       * @description Server time, Unix epoch milliseconds. An integer on every official page; a live placement answer
       *     quoted by an independent client carries it as a digit string (`"1686149372216"`), so both are read.
       */
      timestamp: number | string;
    };
    /**
     * @description A decimal number as a string, e.g. `"0.01"`. Sent as a string so the signed body is predictable.
     * @example 0.01
     */
    Decimal: string;
    /** @description A decimal as the API returns it, a string or a number. */
    DecimalOut: string | number;
    /** @description A time as the API returns it, usually epoch milliseconds (an integer); seen also as a string of epoch seconds with a fraction, and as a number with a fraction in one balance sample quoted by an independent client. */
    TimeOut: number | string;
    /**
     * Format: int64
     * @description A 64-bit identifier. Values may exceed 2^53, so parse and send them without going through an IEEE double.
     */
    Int64Id: number | bigint;
    /**
     * Format: int64
     * @description A 64-bit id as a JSON integer or as a string of digits. Requests: the exchange takes both (the official
     *     order page sends a client order id as a string; an independent client edits, cancels and accepts quotes
     *     by string ids on the live exchange); send values above 2^53 as strings. Answers: official examples give
     *     integers, live answers quoted by an independent client give strings (placement rows, wallet rows).
     *     `format: int64` marks the field as a 64-bit id for the code generator: the SDK reads digit strings
     *     into numbers (bigint above 2^53) on arrival and writes bigint as exact digits, so its types expose
     *     `number | bigint` while the wire carries either form.
     */
    Int64IdLoose: number | bigint;
    /**
     * Format: int64
     * @description A client-assigned order id, 0 to 2^63−1; 0 means none.
     */
    ClientOrderId: number | bigint;
    /**
     * @description An instrument, `<TYPE>_<BASE>_<QUOTE>`: `SPOT_<BASE>_<QUOTE>` or `PERP_<BASE>_<QUOTE>`. The pattern checks
     *     only what the official pages state, three parts joined by underscores with an upper-case type; it no
     *     longer limits the type to SPOT/PERP or the tokens to `[A-Z0-9]`, which no source states. Whether a
     *     symbol exists is the exchange's answer (302101). A part never holds `@`, which separates a symbol from
     *     the other parts of a stream topic name (`orderbookupdate@PERP_BTC_USDT@50`, spec/asyncapi.yaml).
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
      /** @description A client-assigned id, 0 to 2^63−1 (0 means none), as an integer or a digit string. */
      clientAlgoOrderId?: components["schemas"]["Int64IdLoose"];
      /**
       * @description A tag for the order (default `default`). Legacy name `orderTag`. No length limit is documented for
       *     algo orders (ordinary orders allow 64 characters); earlier versions of this document assumed 64.
       */
      algoOrderTag?: string;
      positionSide?: components["schemas"]["PositionSide"];
      /** @description The largest quantity shown on the book (`0` hides the order); a string or a number (see `DecimalIn`). */
      visibleQuantity?: components["schemas"]["DecimalIn"];
      triggerPriceType?: components["schemas"]["TriggerPriceType"];
      /** @description Perpetuals only; default false. For algo orders it is checked when the order triggers. */
      reduceOnly?: boolean;
      marginMode?: components["schemas"]["MarginMode"];
      /** @description Broker attribution, the broker's application id. Accepted, not required. */
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
    /**
     * @description A trailing stop: a market order placed when the price retraces by `callbackRate` (a fraction, 0.1 = 10%)
     *     or `callbackValue` (a price distance) from its extreme after `activatedPrice` is reached.
     *
     *     `activatedPrice` is optional here, as in the legacy parameter table (Required: N). The same table's
     *     `triggerPrice` row says a trailing stop "needs" it, and the independent client that places trailing
     *     stops live always sends it (defaulting to the order price); the official signing examples post a
     *     trailing stop without it. Without it the trail is taken to start at once.
     */
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
    /**
     * @description Take-profit and/or stop-loss that close the whole position (`type: CLOSE_POSITION` legs). At most 1 open
     *     per instrument per side. `quantity` is optional: the legacy table calls it "only optional for
     *     algoType=POSITIONAL_TP_SL", so it may be sent; whether the exchange uses it (as a cap) or ignores it is
     *     not documented, since the legs close the whole position.
     */
    PositionalTpSlAlgoOrderRequest: components["schemas"]["AlgoOrderRequestCommon"] & {
      /** @constant */
      algoType: "POSITIONAL_TP_SL";
      side?: components["schemas"]["Side"];
      quantity?: components["schemas"]["Decimal"];
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
    /** @description One created order. Normally keyed `algoOrderId`; the official bracket example keys the `POSITIONAL_TP_SL` row `orderId`, and legacy responses used `orderId`/`clientOrderId`, so either may arrive. Ids are integers or digit strings. */
    PlacedAlgoOrderRow: {
      algoOrderId?: components["schemas"]["Int64IdLoose"];
      orderId?: components["schemas"]["Int64IdLoose"];
      clientAlgoOrderId?: components["schemas"]["Int64IdLoose"];
      /** @description The client id under its legacy name (a live answer quoted by an independent client). */
      clientOrderId?: components["schemas"]["Int64IdLoose"];
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
     * @description `ONE_WAY`: one `BOTH` position per symbol; `HEDGE_MODE`: a `LONG` and a `SHORT` position per symbol. What requests send; answers are read as open strings because a legacy official example printed `HEDGE`.
     * @enum {string}
     */
    PositionMode: "ONE_WAY" | "HEDGE_MODE";
    /**
     * @description A kline interval; `1mon` is one month.
     * @enum {string}
     */
    KlineInterval: "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d" | "1w" | "1mon" | "1y";
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
    /** @description Which order (`algoOrderId` or `clientAlgoOrderId`, each an integer or a digit string; `algoOrderId` wins when both are sent) and the fields to change. */
    EditAlgoOrderRequest: (
      | {
          algoOrderId: components["schemas"]["Int64IdLoose"];
        }
      | {
          clientAlgoOrderId: components["schemas"]["Int64IdLoose"];
        }
    ) &
      components["schemas"]["EditAlgoOrderFields"];
    /** @description The fields of an algo order that an edit can change; only those sent change. */
    EditAlgoOrderFields: {
      quantity?: components["schemas"]["Decimal"];
      /** @description A string or a number; the official edit page types it as a number (see `DecimalIn`). */
      visibleQuantity?: components["schemas"]["DecimalIn"];
      triggerPrice?: components["schemas"]["Decimal"];
      triggerPriceType?: components["schemas"]["TriggerPriceType"];
      price?: components["schemas"]["Decimal"];
      activatedPrice?: components["schemas"]["Decimal"];
      callbackRate?: components["schemas"]["Decimal"];
      callbackValue?: components["schemas"]["Decimal"];
      /** @description Edits of TP/SL legs (POSITIONAL_TP_SL, TP_SL), by their `algoOrderId`. */
      childOrders?: {
        algoOrderId: components["schemas"]["Int64IdLoose"];
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
      /** @description A client-assigned id, 0 to 2^63−1 (0 means none), as an integer or a digit string. */
      clientOrderId?: components["schemas"]["Int64IdLoose"];
      /** @description A tag for the order (default `default`), at most 64 characters. */
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
      /** @description Broker attribution, the broker's application id (snake_case on this path). Not on the official page; accepted, not required. */
      broker_id?: string;
    };
    PlaceOrderResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        orderId: components["schemas"]["Int64IdLoose"];
        clientOrderId?: components["schemas"]["Int64IdLoose"];
        type: string;
        price?: components["schemas"]["DecimalOutNullable"];
        quantity?: components["schemas"]["DecimalOutNullable"];
        amount?: components["schemas"]["DecimalOutNullable"];
        bidAskLevel?: number | null;
      };
    };
    /** @description Which order (`orderId` or `clientOrderId`, each an integer or a digit string; `orderId` wins when both are sent) and its new price and/or quantity. */
    EditOrderRequest: (
      | {
          orderId: components["schemas"]["Int64IdLoose"];
        }
      | {
          clientOrderId: components["schemas"]["Int64IdLoose"];
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
      /** @description The rebate's asset, as the official V3 examples name it. */
      rebateCurrency?: string;
      /** @description The shown quantity, as the official V3 examples name it (`visibleQuantity` elsewhere). */
      visible?: components["schemas"]["DecimalOutNullable"];
      /** @description The executed quantity, as the official V3 examples name it (`totalExecutedQuantity` elsewhere). */
      executed?: components["schemas"]["DecimalOut"];
      reduceOnly?: boolean;
      marginMode?: string;
      /** @description Present when asked for with `withRealizedPnl`; the official example prints `"null"` for `amount` in the same row, so read string nulls as missing. */
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
    /**
     * @description One of your executions (`GET /v3/trade/transaction`, rows of `GET /v3/trade/transactionHistory`).
     *     `isMaker` is the integer 1 (maker) or 0 (taker) on every official page and in live answers; earlier
     *     versions of this document typed it as a boolean, which is still read. In hedge mode `side` reads
     *     `OPEN LONG`, `OPEN SHORT`, `CLOSE LONG` or `CLOSE SHORT`.
     */
    Trade: {
      id: components["schemas"]["Int64Id"];
      symbol: string;
      orderId: components["schemas"]["Int64Id"];
      orderTag?: string;
      /** @description `BUY`/`SELL` in one-way mode; `OPEN LONG`, `OPEN SHORT`, `CLOSE LONG`, `CLOSE SHORT` in hedge mode. */
      side?: string;
      executedPrice?: components["schemas"]["DecimalOut"];
      executedQuantity?: components["schemas"]["DecimalOut"];
      fee?: components["schemas"]["DecimalOut"];
      feeAsset?: string;
      /** @description 1 for a maker fill, 0 for a taker fill. */
      isMaker?: number | boolean;
      /** @description Whether the fill matched a retail-price-improvement order. */
      isMatchRpi?: boolean;
      /** @description Realised PnL of a futures fill; null (or the string "null" in one official example) otherwise. */
      realizedPnl?: components["schemas"]["DecimalOutNullable"];
      /** @description Epoch ms in the official examples; a live answer quoted by an independent client has a string of epoch seconds (`"1752055173.630"`). */
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
      baseAssetMultiplier?: number;
      bidCapRatio?: components["schemas"]["DecimalOutNullable"];
      bidFloorRatio?: components["schemas"]["DecimalOutNullable"];
      askCapRatio?: components["schemas"]["DecimalOutNullable"];
      askFloorRatio?: components["schemas"]["DecimalOutNullable"];
      /** @description e.g. `NORMAL`. */
      orderMode?: string;
      impactNotional?: components["schemas"]["DecimalOutNullable"];
      /** @description Whether retail-price-improvement orders are allowed. */
      isAllowedRpi?: boolean;
      tickGranularity?: components["schemas"]["DecimalOutNullable"];
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
        /** @description `ONE_WAY` or `HEDGE_MODE` (a legacy official example printed `HEDGE`; an open string). */
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
        totalVaultValue?: components["schemas"]["DecimalOut"];
        totalStakingValue?: components["schemas"]["DecimalOut"];
        totalEarnValue?: components["schemas"]["DecimalOut"];
        totalLaunchpadValue?: components["schemas"]["DecimalOut"];
        /** @description Whether two-factor authentication is on. */
        otpauth?: boolean;
        referrerID?: string | null;
        /** @description `Main` or a sub-account type. */
        accountType?: string;
      };
    };
    Balance: {
      token: string;
      holding: components["schemas"]["DecimalOut"];
      frozen?: components["schemas"]["DecimalOut"];
      availableBalance?: components["schemas"]["DecimalOut"];
      staked?: components["schemas"]["DecimalOut"];
      unbonding?: components["schemas"]["DecimalOut"];
      vault?: components["schemas"]["DecimalOut"];
      earn?: components["schemas"]["DecimalOut"];
      /** @description Outstanding spot-margin interest of the token (negative while owed). */
      interest?: components["schemas"]["DecimalOut"];
      pendingShortQty?: components["schemas"]["DecimalOut"];
      pendingLongQty?: components["schemas"]["DecimalOut"];
      averageOpenPrice?: components["schemas"]["DecimalOut"];
      markPrice?: components["schemas"]["DecimalOut"];
      pnl24H?: components["schemas"]["DecimalOut"];
      fee24H?: components["schemas"]["DecimalOut"];
      updatedTime?: components["schemas"]["TimeOut"];
      /** @description When the row was computed, as the official example names it. */
      timestamp?: components["schemas"]["TimeOut"];
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
      /** @description A positive integer up to the symbol's `maxLeverage` (`GET /v3/account/symbolConfig`); otherwise the answer is 302306 (not -1005). No global maximum is documented. */
      leverage: number;
      marginMode?: components["schemas"]["MarginMode"];
      positionSide?: components["schemas"]["PositionSide"];
    };
    /** @description The leverage of one perpetual symbol, one `details` row per position side. */
    LeverageResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        symbol: string;
        /** @description `CROSS` or `ISOLATED`. */
        marginMode?: string;
        /** @description `ONE_WAY` or `HEDGE_MODE` (legacy pages also print `HEDGE`); an open string. */
        positionMode?: string;
        details: components["schemas"]["LeverageDetail"][];
      };
    };
    LeverageDetail: {
      /** @description `BOTH` (one-way), `LONG` or `SHORT` (hedge). */
      positionSide: string;
      /** @description An integer on the V3 page and in live answers; the legacy V1 page printed strings. */
      leverage: number | string;
    };
    SetPositionModeRequest: {
      positionMode: components["schemas"]["PositionMode"];
    };
    /** @description A decimal as the API returns it, or null where it does not apply. */
    DecimalOutNullable: string | number | null;
    /**
     * @description A success whose `data` is absent, null, or an object this document does not describe: the answer of
     *     writes that return no payload, e.g. `{"success": true, "timestamp": 1752550492845}` (a live answer of
     *     `PUT /v3/futures/positionMode` quoted by an independent client), and of reads whose payload has never
     *     been captured. The operation's description says which.
     */
    AckResponse: components["schemas"]["SuccessEnvelope"] & {
      data?: Record<string, never> | null;
    };
    /**
     * @description One token on one network. V3 field names are inferred (the V1 names camelCased); the V1 snake_case
     *     names are listed too. `allowDeposit`/`allowWithdraw` were 0/1 integers in V1 (strings "1" in a
     *     third-party sample) and may be booleans in V3.
     */
    TokenNetwork: {
      /** @description The network-specific token id, e.g. `USDT` or `ETH_USDT` style ids in V1. */
      token: string;
      /** @description Network id, e.g. `ETH`, `TRX`, `BSC`. */
      network?: string;
      /** @description Token standard, e.g. `ERC20`, `TRC20`, `BEP20`. */
      protocol?: string;
      /** @description Display name of the network, e.g. `Ethereum (ERC20)`. */
      name?: string;
      minimumWithdrawal?: components["schemas"]["DecimalOut"];
      withdrawalFee?: components["schemas"]["DecimalOut"];
      allowDeposit?: number | boolean | string;
      allowWithdraw?: number | boolean | string;
      minimum_withdrawal?: components["schemas"]["DecimalOut"];
      withdrawal_fee?: components["schemas"]["DecimalOut"];
      allow_deposit?: number | boolean | string;
      allow_withdraw?: number | boolean | string;
    };
    TokenNetworkResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["TokenNetwork"][];
      };
    };
    MarketTradesHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description Rows as in `GET /v3/public/marketTrades`; legacy rows also carried `rpi` (boolean, retail price improvement). */
        rows: components["schemas"]["MarketTrade"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    FundingRateHistoryRow: {
      symbol: string;
      fundingRate: components["schemas"]["DecimalOut"];
      /** @description When this rate was applied (epoch ms; a legacy example also shows seconds as a string). */
      fundingRateTimestamp: components["schemas"]["TimeOut"];
      nextFundingTime?: components["schemas"]["TimeOut"];
      markPrice?: components["schemas"]["DecimalOut"];
    };
    FundingRateHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["FundingRateHistoryRow"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    InsuranceFundRow: {
      /** @description The fund's token; only `USDT` is documented. */
      token: string;
      balance: components["schemas"]["DecimalOut"];
    };
    InsuranceFundResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["InsuranceFundRow"][];
      };
    };
    TransactionResponse: components["schemas"]["SuccessEnvelope"] & {
      data: components["schemas"]["Trade"];
    };
    TokenConfig: {
      token: string;
      collateralRatio?: components["schemas"]["DecimalOut"];
      marginFactor?: components["schemas"]["DecimalOut"];
      /** @description Whether the token currently counts as collateral. */
      collateral?: boolean;
      /** @description Whether the token can be used as collateral. */
      canCollateral?: boolean;
      /** @description Whether the token can be sold short. */
      canShort?: boolean;
      /** @description Maximum spot-margin leverage for this token. */
      marginMaxLeverage?: number;
      marginMaxPosition?: components["schemas"]["DecimalOut"];
    };
    TokenConfigResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["TokenConfig"][];
      };
    };
    SymbolConfig: {
      symbol: string;
      /** @description The margin factor, as the official example spells it. */
      margin_factor?: components["schemas"]["DecimalOut"];
      /** @description The margin factor, in case it arrives camelCased like every other V3 field. */
      marginFactor?: components["schemas"]["DecimalOut"];
      /** @description The highest leverage this account may set on the symbol. */
      maxLeverage?: number;
      maxPosition?: components["schemas"]["DecimalOut"];
    };
    SymbolConfigResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["SymbolConfig"][];
      };
    };
    SubAccount: {
      /** @description The sub-account's application id (a UUID), which identifies it in transfers. */
      applicationId: string;
      name?: string;
      /** @description Creation time, a string of epoch seconds with a fraction in the official example. */
      createdTime?: components["schemas"]["TimeOut"];
    };
    SubAccountsResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["SubAccount"][];
      };
    };
    ReferralTokenAmount: {
      token: string;
      amount?: components["schemas"]["DecimalOut"];
      /** @description Used instead of `amount` in `previousCommission`. */
      totalAmount?: components["schemas"]["DecimalOut"];
    };
    ReferralSummaryRow: {
      referralId: number;
      /** @description Registration time, a string of epoch seconds in the official example. */
      registerTime?: components["schemas"]["TimeOut"];
      referralCode?: string;
      /** @description `Registered`, `Verified identity`, `Deposited` or `Traded` (legacy docs); open string. */
      tradeStatus?: string;
      earned?: components["schemas"]["ReferralTokenAmount"][];
      extraBonus?: components["schemas"]["ReferralTokenAmount"][];
      previousCommission?: components["schemas"]["ReferralTokenAmount"][];
      /** @description The referred user's e-mail as the exchange returns it (possibly masked). */
      email?: string;
    };
    ReferralSummaryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["ReferralSummaryRow"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    /**
     * @description One reward row. The properties are the legacy (`/v3/referral_rewards`) snake_case names; V3 has not
     *     been seen and may camelCase them, so the object is open.
     */
    ReferralReward: {
      /** @description Trading day, `YYYY/MM/DD`. */
      trade_date?: string;
      referral_receive_percentage?: components["schemas"]["DecimalOut"];
      referrer_receive_percentage?: components["schemas"]["DecimalOut"];
      referral_rate?: components["schemas"]["DecimalOut"];
      referral_commission?: components["schemas"]["DecimalOut"];
      /** @description e.g. `Credited`. */
      status?: string;
      reward_token?: string;
      referral_tier?: number;
      /** @description e.g. `TIER`, `AFFILIATE`. */
      referral_program?: string;
      referral_id?: number;
    } & {
      [key: string]: unknown;
    };
    ReferralRewardHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["ReferralReward"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    Credential: {
      /** @description `Main` or the sub-account name. */
      accountName?: string;
      userId?: number;
      apiKey: string;
      /** @description Open list; the documented values are `READ`, `TRADE` and `WITHDRAWAL`. */
      permissions?: string[];
      /** @description Absent when the key is not IP-restricted. */
      allowedIPs?: string[];
    };
    CredentialsResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["Credential"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    /**
     * @description `PURE_SPOT` spot only; `MARGIN` spot and margin; `FUTURES` spot and futures.
     * @enum {string}
     */
    TradingMode: "PURE_SPOT" | "MARGIN" | "FUTURES";
    SetTradingModeRequest: {
      tradingMode: components["schemas"]["TradingMode"];
    };
    /**
     * @description The kind of listen key; only `WEBSOCKET` is documented.
     * @enum {string}
     */
    ListenKeyType: "WEBSOCKET";
    ListenKeyRequest: {
      type: components["schemas"]["ListenKeyType"];
    };
    ListenKeyResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description The listen key, passed as `key` in the private stream URL. */
        authKey: string;
        /** @description When the key expires (presumably epoch ms, 24 h after creation). */
        expiredTime?: components["schemas"]["TimeOut"];
      };
    };
    DefaultMarginModeResponse: components["schemas"]["SuccessEnvelope"] & {
      /** @description Shape undocumented; the properties below are inferred and the object stays open. */
      data: {
        /** @description The account-wide default, `CROSS` or `ISOLATED`. */
        marginMode?: string;
        /** @description Per-symbol overrides, if any. */
        rows?: {
          symbol?: string;
          marginMode?: string;
        }[];
      } & {
        [key: string]: unknown;
      };
    };
    SetDefaultMarginModeRequest: {
      marginMode: components["schemas"]["MarginMode"];
    };
    FundingFeeRow: {
      id: components["schemas"]["Int64Id"];
      symbol: string;
      fundingRate?: components["schemas"]["DecimalOut"];
      markPrice?: components["schemas"]["DecimalOut"];
      /** @description Unsigned amount in the settlement token (USDT); the direction is in `paymentType`. */
      fundingFee: components["schemas"]["DecimalOut"];
      fundingIntervalHours?: number;
      /** @description `Pay` or `Receive`. */
      paymentType: string;
      /** @description e.g. `COMPLETED`. */
      status?: string;
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    FundingFeeHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["FundingFeeRow"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    /**
     * @description `ADD` moves margin into the isolated position, `REDUCE` takes it out.
     * @enum {string}
     */
    IsolatedMarginAction: "ADD" | "REDUCE";
    /** @description Field names inferred from the legacy V1 parameters (symbol, position_side, adjust_token, adjust_amount, action). */
    AdjustIsolatedMarginRequest: {
      symbol: components["schemas"]["Symbol"];
      positionSide?: components["schemas"]["PositionSide"];
      /**
       * @description The margin token; only `USDT` is supported. Legacy V1 required it.
       * @enum {string}
       */
      adjustToken?: "USDT";
      adjustAmount: components["schemas"]["DecimalIn"];
      action: components["schemas"]["IsolatedMarginAction"];
    };
    /**
     * @description A decimal in a request body where the exchange takes a JSON number as well as a string: a string (what
     *     this SDK sends, so the signed bytes are predictable) or a number (what the official edit-algo-order
     *     page and the legacy docs type the field as, and what an independent client sends for transfer and
     *     withdrawal amounts). Positivity and ranges are the exchange's business rules, answered with its own codes.
     */
    DecimalIn: components["schemas"]["Decimal"] | number;
    /** @description Pagination as the asset histories return it; camelCase in the official examples, snake_case in a live wallet-history answer quoted by ccxt. */
    PageMetaLoose:
      | components["schemas"]["PageMeta"]
      | {
          total?: number;
          records_per_page: number;
          current_page: number;
        };
    /**
     * @description A spot instrument, `SPOT_<BASE>_<QUOTE>` (see `Symbol` for what the pattern does and does not check).
     * @example SPOT_ETH_USDT
     */
    SpotSymbol: string;
    /**
     * @description A WOO X network id. Values ccxt maps from unified network codes: `ETH` (ERC20), `BSC` (BEP20), `TRX`
     *     (TRC20; "WOO X renamed the network id from TRON to TRX", and older ccxt used `TRON`), `Arbitrum`, `BASE`,
     *     `AVAXC`, `OP`, `MATIC`, `S` (Sonic), `HyperEVM`; native chains use their own id (e.g. `BTC`). The token's
     *     networks are listed by `getTokenInfo` (`networks[].network`). Open: new networks appear.
     * @example ETH
     * @example BSC
     * @example TRX
     */
    Network: string;
    /**
     * @description The reason of a balance change (filter values of `getTokenHistory`).
     * @enum {string}
     */
    TokenHistoryType:
      | "WITHDRAW"
      | "DEPOSIT"
      | "FIAT_WITHDRAW"
      | "FIAT_DEPOSIT"
      | "EARN"
      | "VAULT_WITHDRAW"
      | "VAULT_DEPOSIT"
      | "YIELD_TO_BALANCE"
      | "CREDIT"
      | "DISTRIBUTION"
      | "REFERRAL"
      | "SUB_ACCOUNT_TRANSFER"
      | "REBATE"
      | "LIQUIDATION"
      | "SPECIAL"
      | "STAKING"
      | "UNSTAKING"
      | "UNSTAKING_FEE"
      | "INTEREST"
      | "CONVERT"
      | "FUNDING_FEE"
      | "REALIZED_PNL"
      | "RFQ"
      | "COPY_FEE"
      | "COPY_PROFIT_SHARED"
      | "SPOT_TRANSACTION"
      | "TRANSACTION_FEE";
    /**
     * @description `BALANCE`: on-chain deposits and withdrawals; `COLLATERAL`: collateral movements (ccxt reads it as a transfer between portfolios).
     * @enum {string}
     */
    WalletHistoryType: "BALANCE" | "COLLATERAL";
    /** @enum {string} */
    TokenSide: "DEPOSIT" | "WITHDRAW";
    /**
     * @description `NEW` (a withdrawal not yet processed, the only cancellable state), `CONFIRMING` (a deposit waiting for confirmations), `PROCESSING`, `COMPLETED`, `CANCELED` (one L). ccxt maps NEW/CONFIRMING/PROCESSING to pending, COMPLETED to ok, CANCELED to canceled.
     * @enum {string}
     */
    WalletTransactionStatus: "NEW" | "CONFIRMING" | "PROCESSING" | "COMPLETED" | "CANCELED";
    /**
     * @description `LOAN`: hourly interest charged on a borrowed token; `REPAY`: a repayment by the user; `AUTO_REPAY`: a repayment by the system.
     * @enum {string}
     */
    InterestSide: "LOAN" | "REPAY" | "AUTO_REPAY";
    /** @description One balance change. */
    TokenHistoryRow: {
      id: components["schemas"]["Int64IdLoose"];
      /** @description A `TokenHistoryType` value; open, new reasons appear. */
      type: string;
      token: string;
      amount: components["schemas"]["DecimalOut"];
      timestamp?: components["schemas"]["TimeOut"];
    };
    TokenHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["TokenHistoryRow"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    /** @description One side of a transfer. */
    TransferAccountRef: {
      /** @description The account's application id (a UUID). */
      applicationId: string;
      /** @description `Main` for the main account, else the sub-account's name. */
      accountName?: string;
    };
    /** @description A transfer between the main account and a sub-account. */
    TransferRecord: {
      id: components["schemas"]["Int64IdLoose"];
      token: string;
      amount: components["schemas"]["DecimalOut"];
      /** @description `COMPLETED` in every sample; other values unknown (ccxt also maps NEW, PROCESSING, CANCELED). */
      status: string;
      from?: components["schemas"]["TransferAccountRef"];
      to?: components["schemas"]["TransferAccountRef"];
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    TransferHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["TransferRecord"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    /** @description The body of `POST /v3/asset/transfer`. */
    TransferAssetRequest: {
      /** @description The token to move, e.g. `USDT`. */
      token: string;
      amount: components["schemas"]["DecimalIn"];
      from: {
        /** @description The application id of the account the funds leave. */
        applicationId: string;
      };
      to: {
        /** @description The application id of the account the funds reach. */
        applicationId: string;
      };
    };
    TransferAssetResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description The transfer's id, as in getTransferHistory. */
        id: components["schemas"]["Int64IdLoose"];
      };
    };
    /** @description A deposit or a withdrawal (or a collateral movement). */
    WalletTransaction: {
      id: components["schemas"]["Int64IdLoose"];
      externalId?: string | null;
      applicationId?: string | null;
      /** @description The network-specific token id (e.g. `TRX_USDT`, `ARB_USDCNATIVE`), or the plain token where both coincide (e.g. `BTC`). */
      token: string;
      targetAddress?: string | null;
      sourceAddress?: string | null;
      confirmingThreshold?: number | null;
      confirmedNumber?: number | null;
      /** @description Memo or tag, empty when none. */
      extra?: string | null;
      /** @description `BALANCE` or `COLLATERAL`. */
      type: string;
      /** @description `DEPOSIT` or `WITHDRAW`. */
      tokenSide: string;
      amount: components["schemas"]["DecimalOut"];
      txId?: string | null;
      feeToken?: string | null;
      feeAmount?: components["schemas"]["DecimalOutNullable"];
      /** @description A `WalletTransactionStatus` value. */
      status: string;
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    WalletHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["WalletTransaction"][];
        meta?: components["schemas"]["PageMetaLoose"];
      };
    };
    DepositAddressResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        address: string;
        /** @description Memo or tag to send with deposits on networks that need one; empty otherwise. */
        extra?: string;
      };
    };
    /** @description The body of `POST /v3/asset/wallet/withdraw`. */
    WithdrawRequest: {
      /** @description The token (currency id, e.g. `USDT`). */
      token: string;
      network: components["schemas"]["Network"];
      address: string;
      /** @description Memo or tag, for networks that need one. */
      extra?: string;
      amount: components["schemas"]["DecimalIn"];
    };
    WithdrawResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description The withdrawal's id, the `id` of its wallet-history row. */
        withdrawId: components["schemas"]["Int64IdLoose"];
      };
    };
    /** @description One staking reward (shape inferred from the legacy V1 rows; every field optional until captured). */
    StakingYield: {
      id?: components["schemas"]["Int64IdLoose"];
      token?: string;
      userId?: components["schemas"]["Int64IdLoose"];
      stakingSize?: components["schemas"]["DecimalOut"];
      /** @description A percent string in V1, e.g. `0.24294%`. */
      annualReward?: string;
      yieldAmount?: components["schemas"]["DecimalOut"];
      yieldTime?: components["schemas"]["TimeOut"];
    };
    StakingYieldHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["StakingYield"][];
        meta?: components["schemas"]["PageMetaLoose"];
      };
    };
    InterestRate: {
      token: string;
      currentHourlyBaseRate?: components["schemas"]["DecimalOut"];
      estHourlyBaseRate?: components["schemas"]["DecimalOut"];
      currentAnnualBaseRate?: components["schemas"]["DecimalOut"];
      /** @description The official example has one value with a trailing `%`; parse defensively. */
      estAnnualBaseRate?: components["schemas"]["DecimalOut"];
      estTime?: components["schemas"]["TimeOut"];
    };
    InterestRatesResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["InterestRate"][];
      };
    };
    InterestRecord: {
      id: components["schemas"]["Int64IdLoose"];
      token: string;
      /** @description An `InterestSide` value. */
      side: string;
      /** @description `SUCCEED` in the official example; other values unknown. */
      status?: string;
      quantity?: components["schemas"]["DecimalOutNullable"];
      userId?: components["schemas"]["Int64IdLoose"];
      applicationId?: string;
      /** @description Negative for a charge (`LOAN`), positive for a repayment. */
      interest: components["schemas"]["DecimalOut"];
      hourlyRate?: components["schemas"]["DecimalOutNullable"];
      annualRate?: components["schemas"]["DecimalOutNullable"];
      loanAmount?: components["schemas"]["DecimalOutNullable"];
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    InterestHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        rows: components["schemas"]["InterestRecord"][];
        meta?: components["schemas"]["PageMeta"];
      };
    };
    MaxMarginResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        symbol: string;
        /** @description The most of the base token that can be sold. */
        availableBaseQuantity: components["schemas"]["DecimalOut"];
        /** @description The most of the quote token that can be spent buying (buying power). */
        availableQuoteQuantity: components["schemas"]["DecimalOut"];
      };
    };
    SetSpotMarginLeverageRequest: {
      /** @description The maximum spot-margin leverage. Allowed values are not documented for V3 (V1 margin mode took 1–5). */
      leverage: number;
    };
    RepayInterestRequest: {
      /** @description The token whose interest is repaid. */
      token: string;
      amount: components["schemas"]["DecimalIn"];
    };
    ConvertAsset: {
      token: string;
      /** @description The quantity step of the token in conversions. */
      tick?: components["schemas"]["DecimalOut"];
      createdTime?: components["schemas"]["TimeOut"];
      updatedTime?: components["schemas"]["TimeOut"];
    };
    /** @description Top-level `rows` (no `data`), as in the only sample. */
    ConvertAssetInfoResponse: components["schemas"]["SuccessEnvelope"] & {
      rows: components["schemas"]["ConvertAsset"][];
    };
    ConvertQuote: {
      quoteId: components["schemas"]["Int64IdLoose"];
      counterPartyId?: string;
      sellToken: string;
      sellQuantity: components["schemas"]["DecimalOut"];
      buyToken: string;
      buyQuantity: components["schemas"]["DecimalOut"];
      /** @description Units of `buyToken` per unit of `sellToken`. */
      buyPrice?: components["schemas"]["DecimalOut"];
      /** @description When the quote stops being accepted (epoch ms). */
      expireTimestamp: components["schemas"]["TimestampMs"];
      message?: string | number | null;
    };
    ConvertQuoteResponse: components["schemas"]["SuccessEnvelope"] & {
      data: components["schemas"]["ConvertQuote"];
    };
    AcceptConvertQuoteRequest: {
      quoteId: components["schemas"]["Int64IdLoose"];
    };
    AcceptConvertQuoteResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        quoteId: components["schemas"]["Int64IdLoose"];
        counterPartyId?: string;
        /**
         * @description 1 accepted, 2 processing, 3 failed.
         * @enum {integer}
         */
        rftAccepted?: 1 | 2 | 3;
      };
    };
    ConvertTrade: {
      quoteId: components["schemas"]["Int64IdLoose"];
      buyAsset?: string;
      sellAsset?: string;
      buyAmount?: components["schemas"]["DecimalOut"];
      sellAmount?: components["schemas"]["DecimalOut"];
      /** @description Meaning unknown (the sample is a placeholder integer). */
      tradeStatus?: number | string;
      /** @description A string in the sample (placeholder); unit unknown. ccxt reads it as integer milliseconds. */
      createdTime?: components["schemas"]["TimeOut"];
    };
    ConvertTradeResponse: components["schemas"]["SuccessEnvelope"] & {
      data: components["schemas"]["ConvertTrade"];
    };
    ConvertTradesResponse: components["schemas"]["SuccessEnvelope"] & {
      data: {
        /** @description Conversions in all pages. */
        count?: number;
        tradeVos: components["schemas"]["ConvertTrade"][];
      };
    };
  };
  responses: {
    /**
     * @description The request was rejected (bad or unknown parameter, order rule, symbol, funds), or the exchange could
     *     not process it for now: the official error table gives HTTP 400 to -1011 (`RPC_NOT_CONNECT`), and the
     *     maintenance answer on record carries -1011 (its HTTP status was not recorded).
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
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
    /**
     * @description A temporary condition: trading on the pair or perpetual is suspended, or another request of the account
     *     is still in flight. The error catalogue files 302005, 302159, 302185, 317157, 317158 and 317169 under
     *     503 (inferred from their meaning: no official page gives their status). Earlier versions of this
     *     document showed the maintenance code -1011 here; the official error table gives -1011 HTTP 400 and the
     *     one maintenance answer on record was captured without its status, so -1011 is now shown under 400 and
     *     the catalogue is left as documented. Back off and retry either way.
     */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "code": 317158,
         *       "message": "Trading with BTC-PERP is temporarily suspended. Please try again later."
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
    /**
     * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
     *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
     *     earlier versions of this document enforced that cap, which no V3 source states.
     */
    Size: number;
    /** @description Records per page; default 25, at most 1000. */
    SizeUpTo1000: number;
    /** @description Records per page. No default or maximum is documented for this list. */
    SizeOpen: number;
    /** @description Also return `realizedPnl` (perpetuals); default false. */
    WithRealizedPnl: boolean;
    /** @description A token, e.g. `USDT` (the currency id, not a network-specific token id). */
    TokenQueryRequired: string;
    /** @description Only this token, e.g. `USDT`. */
    TokenQueryOptional: string;
    /** @description A WOO X network id, e.g. `ETH`, `BSC`, `TRX` (see the `Network` schema). */
    NetworkQueryOptional: components["schemas"]["Network"];
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
export type Int64IdLoose = components["schemas"]["Int64IdLoose"];
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
export type LeverageDetail = components["schemas"]["LeverageDetail"];
export type SetPositionModeRequest = components["schemas"]["SetPositionModeRequest"];
export type DecimalOutNullable = components["schemas"]["DecimalOutNullable"];
export type AckResponse = components["schemas"]["AckResponse"];
export type TokenNetwork = components["schemas"]["TokenNetwork"];
export type TokenNetworkResponse = components["schemas"]["TokenNetworkResponse"];
export type MarketTradesHistoryResponse = components["schemas"]["MarketTradesHistoryResponse"];
export type FundingRateHistoryRow = components["schemas"]["FundingRateHistoryRow"];
export type FundingRateHistoryResponse = components["schemas"]["FundingRateHistoryResponse"];
export type InsuranceFundRow = components["schemas"]["InsuranceFundRow"];
export type InsuranceFundResponse = components["schemas"]["InsuranceFundResponse"];
export type TransactionResponse = components["schemas"]["TransactionResponse"];
export type TokenConfig = components["schemas"]["TokenConfig"];
export type TokenConfigResponse = components["schemas"]["TokenConfigResponse"];
export type SymbolConfig = components["schemas"]["SymbolConfig"];
export type SymbolConfigResponse = components["schemas"]["SymbolConfigResponse"];
export type SubAccount = components["schemas"]["SubAccount"];
export type SubAccountsResponse = components["schemas"]["SubAccountsResponse"];
export type ReferralTokenAmount = components["schemas"]["ReferralTokenAmount"];
export type ReferralSummaryRow = components["schemas"]["ReferralSummaryRow"];
export type ReferralSummaryResponse = components["schemas"]["ReferralSummaryResponse"];
export type ReferralReward = components["schemas"]["ReferralReward"];
export type ReferralRewardHistoryResponse = components["schemas"]["ReferralRewardHistoryResponse"];
export type Credential = components["schemas"]["Credential"];
export type CredentialsResponse = components["schemas"]["CredentialsResponse"];
export type TradingMode = components["schemas"]["TradingMode"];
export type SetTradingModeRequest = components["schemas"]["SetTradingModeRequest"];
export type ListenKeyType = components["schemas"]["ListenKeyType"];
export type ListenKeyRequest = components["schemas"]["ListenKeyRequest"];
export type ListenKeyResponse = components["schemas"]["ListenKeyResponse"];
export type DefaultMarginModeResponse = components["schemas"]["DefaultMarginModeResponse"];
export type SetDefaultMarginModeRequest = components["schemas"]["SetDefaultMarginModeRequest"];
export type FundingFeeRow = components["schemas"]["FundingFeeRow"];
export type FundingFeeHistoryResponse = components["schemas"]["FundingFeeHistoryResponse"];
export type IsolatedMarginAction = components["schemas"]["IsolatedMarginAction"];
export type AdjustIsolatedMarginRequest = components["schemas"]["AdjustIsolatedMarginRequest"];
export type DecimalIn = components["schemas"]["DecimalIn"];
export type PageMetaLoose = components["schemas"]["PageMetaLoose"];
export type SpotSymbol = components["schemas"]["SpotSymbol"];
export type Network = components["schemas"]["Network"];
export type TokenHistoryType = components["schemas"]["TokenHistoryType"];
export type WalletHistoryType = components["schemas"]["WalletHistoryType"];
export type TokenSide = components["schemas"]["TokenSide"];
export type WalletTransactionStatus = components["schemas"]["WalletTransactionStatus"];
export type InterestSide = components["schemas"]["InterestSide"];
export type TokenHistoryRow = components["schemas"]["TokenHistoryRow"];
export type TokenHistoryResponse = components["schemas"]["TokenHistoryResponse"];
export type TransferAccountRef = components["schemas"]["TransferAccountRef"];
export type TransferRecord = components["schemas"]["TransferRecord"];
export type TransferHistoryResponse = components["schemas"]["TransferHistoryResponse"];
export type TransferAssetRequest = components["schemas"]["TransferAssetRequest"];
export type TransferAssetResponse = components["schemas"]["TransferAssetResponse"];
export type WalletTransaction = components["schemas"]["WalletTransaction"];
export type WalletHistoryResponse = components["schemas"]["WalletHistoryResponse"];
export type DepositAddressResponse = components["schemas"]["DepositAddressResponse"];
export type WithdrawRequest = components["schemas"]["WithdrawRequest"];
export type WithdrawResponse = components["schemas"]["WithdrawResponse"];
export type StakingYield = components["schemas"]["StakingYield"];
export type StakingYieldHistoryResponse = components["schemas"]["StakingYieldHistoryResponse"];
export type InterestRate = components["schemas"]["InterestRate"];
export type InterestRatesResponse = components["schemas"]["InterestRatesResponse"];
export type InterestRecord = components["schemas"]["InterestRecord"];
export type InterestHistoryResponse = components["schemas"]["InterestHistoryResponse"];
export type MaxMarginResponse = components["schemas"]["MaxMarginResponse"];
export type SetSpotMarginLeverageRequest = components["schemas"]["SetSpotMarginLeverageRequest"];
export type RepayInterestRequest = components["schemas"]["RepayInterestRequest"];
export type ConvertAsset = components["schemas"]["ConvertAsset"];
export type ConvertAssetInfoResponse = components["schemas"]["ConvertAssetInfoResponse"];
export type ConvertQuote = components["schemas"]["ConvertQuote"];
export type ConvertQuoteResponse = components["schemas"]["ConvertQuoteResponse"];
export type AcceptConvertQuoteRequest = components["schemas"]["AcceptConvertQuoteRequest"];
export type AcceptConvertQuoteResponse = components["schemas"]["AcceptConvertQuoteResponse"];
export type ConvertTrade = components["schemas"]["ConvertTrade"];
export type ConvertTradeResponse = components["schemas"]["ConvertTradeResponse"];
export type ConvertTradesResponse = components["schemas"]["ConvertTradesResponse"];
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
export type ParameterSizeUpTo1000 = components["parameters"]["SizeUpTo1000"];
export type ParameterSizeOpen = components["parameters"]["SizeOpen"];
export type ParameterWithRealizedPnl = components["parameters"]["WithRealizedPnl"];
export type ParameterTokenQueryRequired = components["parameters"]["TokenQueryRequired"];
export type ParameterTokenQueryOptional = components["parameters"]["TokenQueryOptional"];
export type ParameterNetworkQueryOptional = components["parameters"]["NetworkQueryOptional"];
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
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
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
        /** @description Also return `realizedPnl` (perpetuals); default false. */
        withRealizedPnl?: components["parameters"]["WithRealizedPnl"];
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "symbol": "PERP_BTC_USDT",
           *         "status": "FILLED",
           *         "side": "SELL",
           *         "positionSide": "BOTH",
           *         "createdTime": 1578565539808,
           *         "orderId": 13,
           *         "orderTag": "default",
           *         "price": "123",
           *         "type": "LIMIT",
           *         "quantity": "0.1",
           *         "amount": "null",
           *         "visible": "0.1",
           *         "executed": "0.1",
           *         "totalFee": "0.00123",
           *         "feeAsset": "USDT",
           *         "totalRebate": 0,
           *         "rebateCurrency": "USDT",
           *         "clientOrderId": 0,
           *         "reduceOnly": false,
           *         "realizedPnl": "100",
           *         "averageExecutedPrice": "123"
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
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
        /** @description Only orders of this position side (perpetuals). */
        positionSide?: components["schemas"]["PositionSide"];
        /** @description Only orders of this type. */
        type?: components["schemas"]["OrderType"];
        /**
         * @deprecated
         * @description Deprecated: not on the official page, which names this filter `type`. Kept for callers of earlier versions of this SDK.
         */
        orderType?: components["schemas"]["OrderType"];
        /** @description Only orders in this status (`INCOMPLETE`, `COMPLETED` group several). */
        status?: components["schemas"]["OrderStatusFilter"];
        /** @description Only orders with this tag. */
        orderTag?: string;
        /** @description Also return `realizedPnl` (perpetuals); default false. */
        withRealizedPnl?: components["parameters"]["WithRealizedPnl"];
        /**
         * @deprecated
         * @description Deprecated: not on the official page, which names this switch `withRealizedPnl`. Kept for callers of earlier versions of this SDK.
         */
        realizedPnl?: boolean;
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "meta": {
           *           "total": 31,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         },
           *         "rows": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "status": "FILLED",
           *             "side": "SELL",
           *             "positionSide": "BOTH",
           *             "createdTime": 1578565539808,
           *             "orderId": 135,
           *             "orderTag": "default",
           *             "price": "123",
           *             "type": "LIMIT",
           *             "quantity": "0.1",
           *             "amount": "null",
           *             "visible": "0.1",
           *             "executed": "0.1",
           *             "totalFee": "0.00123",
           *             "feeAsset": "USDT",
           *             "totalRebate": 0,
           *             "rebateCurrency": "USDT",
           *             "clientOrderId": 0,
           *             "reduceOnly": false,
           *             "realizedPnl": "2",
           *             "averageExecutedPrice": "123"
           *           }
           *         ]
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
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
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Only trades from this trade id on (a cursor). */
        fromId?: components["schemas"]["Int64Id"];
        /** @description Trades per request. No default or maximum is documented (the legacy V1 endpoint defaulted to 25). */
        limit?: number;
        /** @description Undocumented for this path: sent by an independent client when paginating; the answer's `meta.currentPage` suggests it is honoured (unconfirmed). */
        page?: number;
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
  getTransaction: {
    parameters: {
      query: {
        /** @description Id of the trade (the `id` of a transaction-history row). */
        tradeId: components["schemas"]["Int64Id"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trade. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "id": 1734947821,
           *         "symbol": "PERP_BTC_USDT",
           *         "fee": 0.0301,
           *         "feeAsset": "USDT",
           *         "side": "BUY",
           *         "orderId": 60780383217,
           *         "executedPrice": "60210.5",
           *         "executedQuantity": "0.001",
           *         "isMaker": 0,
           *         "isMatchRpi": false,
           *         "realizedPnl": null,
           *         "executedTimestamp": 1718943199871
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["TransactionResponse"];
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
           *         "symbol": "SPOT_BTC_USDT",
           *         "takerFee": "10",
           *         "makerFee": "8"
           *       },
           *       "timestamp": 1751858977368
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "SPOT_AAVE_USDT",
           *             "status": "TRADING",
           *             "baseAsset": "AAVE",
           *             "baseAssetMultiplier": 1,
           *             "quoteAsset": "USDT",
           *             "quoteMin": "0",
           *             "quoteMax": "100000",
           *             "quoteTick": "0.01",
           *             "baseMin": "0.005",
           *             "baseMax": "5000",
           *             "baseTick": "0.0001",
           *             "minNotional": "1",
           *             "bidCapRatio": "1.1",
           *             "bidFloorRatio": null,
           *             "askCapRatio": null,
           *             "askFloorRatio": "0.9",
           *             "orderMode": "NORMAL",
           *             "impactNotional": null,
           *             "isAllowedRpi": false,
           *             "tickGranularity": null
           *           }
           *         ]
           *       },
           *       "timestamp": 1751512951338
           *     }
           */
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
        /** @description Levels per side; default 100, no documented maximum (500 is used by the official WebSocket guide). */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "asks": [
           *           {
           *             "price": "108924.86",
           *             "quantity": "0.032126"
           *           }
           *         ],
           *         "bids": [
           *           {
           *             "price": "108924.85",
           *             "quantity": "1.714147"
           *           }
           *         ]
           *       },
           *       "timestamp": 1751620923344
           *     }
           */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "SPOT_BTC_USDT",
           *             "open": "108994.16",
           *             "close": "108994.16",
           *             "high": "108994.16",
           *             "low": "108994.16",
           *             "volume": "0",
           *             "amount": "0",
           *             "type": "1m",
           *             "startTimestamp": 1751622120000,
           *             "endTimestamp": 1751622180000
           *           }
           *         ]
           *       },
           *       "timestamp": 1751622205410
           *     }
           */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "SPOT_BTC_USDT",
           *             "open": "108994.16",
           *             "close": "108994.16",
           *             "high": "108994.16",
           *             "low": "108994.16",
           *             "volume": "0",
           *             "amount": "0",
           *             "type": "1m",
           *             "startTimestamp": 1751622120000,
           *             "endTimestamp": 1751622180000
           *           }
           *         ]
           *       },
           *       "timestamp": 1751622205410
           *     }
           */
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
        /** @description How many trades; default 10, no documented maximum. */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "SPOT_BTC_USDT",
           *             "side": "SELL",
           *             "source": 0,
           *             "executedPrice": "108741.01",
           *             "executedQuantity": "0.02477",
           *             "executedTimestamp": 1751513940144
           *           }
           *         ]
           *       },
           *       "timestamp": 1751513988543
           *     }
           */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "estFundingRate": "-0.00000441",
           *             "estFundingRateTimestamp": 1751623979022,
           *             "lastFundingRate": "-0.00004953",
           *             "lastFundingRateTimestamp": 1751616000000,
           *             "nextFundingTime": 1751644800000,
           *             "lastFundingIntervalHours": 8,
           *             "estFundingIntervalHours": 8
           *           }
           *         ]
           *       },
           *       "timestamp": 1751624037798
           *     }
           */
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "indexPrice": "63049",
           *             "markPrice": "63028",
           *             "estFundingRate": "0.00008868",
           *             "lastFundingRate": "0.00008545",
           *             "openInterest": "221.3498",
           *             "24hOpen": "63880",
           *             "24hClose": "63020",
           *             "24hHigh": "64000",
           *             "24hLow": "62800",
           *             "24hVolume": "12000",
           *             "24hAmount": "756000000",
           *             "nextFundingTime": 1786694400000
           *           }
           *         ]
           *       },
           *       "timestamp": 1786680000000
           *     }
           */
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
  getTokenNetworks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per token and network. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "protocol": "ERC20",
           *             "network": "ETH",
           *             "token": "USDT",
           *             "name": "Ethereum (ERC20)",
           *             "minimumWithdrawal": "10",
           *             "withdrawalFee": "2",
           *             "allowDeposit": 1,
           *             "allowWithdraw": 1
           *           },
           *           {
           *             "protocol": "TRC20",
           *             "network": "TRX",
           *             "token": "USDT",
           *             "name": "Tron (TRC20)",
           *             "minimumWithdrawal": "10",
           *             "withdrawalFee": "1",
           *             "allowDeposit": 1,
           *             "allowWithdraw": 0
           *           }
           *         ]
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["TokenNetworkResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getMarketTradesHistory: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Only trades from this time on (epoch ms). The legacy endpoint required it. */
        startTime?: components["schemas"]["TimestampMs"];
        /** @description Only trades up to this time (epoch ms). Not documented for this endpoint; accepted by analogy with the other V3 history endpoints. */
        endTime?: components["schemas"]["TimestampMs"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of trades, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "SPOT_BTC_USDT",
           *             "side": "BUY",
           *             "source": 1,
           *             "executedPrice": "64012.5",
           *             "executedQuantity": "0.0031",
           *             "executedTimestamp": 1718943199871
           *           },
           *           {
           *             "symbol": "SPOT_BTC_USDT",
           *             "side": "SELL",
           *             "source": 0,
           *             "executedPrice": "64010.1",
           *             "executedQuantity": "0.12",
           *             "executedTimestamp": 1718943199402
           *           }
           *         ],
           *         "meta": {
           *           "total": 10911159,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["MarketTradesHistoryResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getFundingRateHistory: {
    parameters: {
      query: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`. */
        symbol: components["parameters"]["SymbolQueryRequired"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of funding rates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "fundingRate": "-0.00004953",
           *             "fundingRateTimestamp": 1751616000000,
           *             "nextFundingTime": 1751644800000,
           *             "markPrice": "108708"
           *           }
           *         ],
           *         "meta": {
           *           "total": 11690,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1751632390031
           *     }
           */
          "application/json": components["schemas"]["FundingRateHistoryResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getInsuranceFund: {
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
      /** @description The insurance fund balance per token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "balance": "1520344.21",
           *             "token": "USDT"
           *           }
           *         ]
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["InsuranceFundResponse"];
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "applicationId": "dsa",
           *         "account": "dsa",
           *         "alias": "dsa",
           *         "otpauth": true,
           *         "accountMode": "MARGIN",
           *         "positionMode": "ONE_WAY",
           *         "leverage": 1,
           *         "marginRatio": "1",
           *         "openMarginRatio": "1",
           *         "initialMarginRatio": "1",
           *         "maintenanceMarginRatio": "1",
           *         "totalCollateral": "1",
           *         "freeCollateral": "1",
           *         "totalAccountValue": "5",
           *         "totalTradingValue": "1",
           *         "totalVaultValue": "1",
           *         "totalStakingValue": "1",
           *         "totalEarnValue": "1",
           *         "totalLaunchpadValue": "1",
           *         "referrerID": "WOO2023",
           *         "accountType": "Main"
           *       },
           *       "timestamp": 1673323685109
           *     }
           */
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
  getTokenConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "token": "BTC",
           *             "collateralRatio": "0.85",
           *             "marginFactor": "0.00000023",
           *             "collateral": true,
           *             "canCollateral": true,
           *             "canShort": true,
           *             "marginMaxLeverage": 10,
           *             "marginMaxPosition": 100000000000
           *           },
           *           {
           *             "token": "WOO",
           *             "collateralRatio": "0.6",
           *             "marginFactor": "0.00000025",
           *             "collateral": false,
           *             "canCollateral": false,
           *             "canShort": false,
           *             "marginMaxLeverage": 5,
           *             "marginMaxPosition": 100000000000
           *           }
           *         ]
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
          "application/json": components["schemas"]["TokenConfigResponse"];
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
  getSymbolConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per perpetual symbol. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "margin_factor": "0.00000023",
           *             "maxLeverage": 50,
           *             "maxPosition": 100000000000
           *           },
           *           {
           *             "symbol": "PERP_WOO_USDT",
           *             "margin_factor": "0.00000023",
           *             "maxLeverage": 20,
           *             "maxPosition": 100000000000
           *           }
           *         ]
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
          "application/json": components["schemas"]["SymbolConfigResponse"];
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
  getSubAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sub-accounts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "applicationId": "6b43de5c-0955-4887-9862-d84e4689f9fe",
           *             "name": "hedging",
           *             "createdTime": "1606897264.994"
           *           }
           *         ]
           *       },
           *       "timestamp": 1721295317627
           *     }
           */
          "application/json": components["schemas"]["SubAccountsResponse"];
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
  getReferralSummary: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of referred users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "referralId": 12509,
           *             "registerTime": "1643076873.484",
           *             "referralCode": "OJEDSSMU",
           *             "tradeStatus": "Traded",
           *             "earned": [
           *               {
           *                 "token": "WOO",
           *                 "amount": "144.78597143"
           *               },
           *               {
           *                 "token": "USDT",
           *                 "amount": "0"
           *               }
           *             ],
           *             "extraBonus": [
           *               {
           *                 "token": "WOO",
           *                 "amount": "10"
           *               }
           *             ],
           *             "previousCommission": [
           *               {
           *                 "token": "WOO",
           *                 "totalAmount": "10.07981438"
           *               }
           *             ],
           *             "email": "a***@example.com"
           *           }
           *         ],
           *         "meta": {
           *           "total": 1,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1690192103430
           *     }
           */
          "application/json": components["schemas"]["ReferralSummaryResponse"];
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
  getReferralRewardHistory: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /**
         * @description Records per page; default 25. No V3 page states a maximum for the lists that use this parameter.
         *     The legacy V1 order list capped it at 500 and an independent client caps its own requests at 500;
         *     earlier versions of this document enforced that cap, which no V3 source states.
         */
        size?: components["parameters"]["Size"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of reward rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "trade_date": "2024/07/17",
           *             "referral_receive_percentage": 0.5,
           *             "referrer_receive_percentage": 0.5,
           *             "referral_rate": 0.47,
           *             "referral_commission": 12.5,
           *             "status": "Credited",
           *             "reward_token": "USDT",
           *             "referral_tier": 5,
           *             "referral_program": "TIER",
           *             "referral_id": 10588
           *           }
           *         ],
           *         "meta": {
           *           "total": 1,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
          "application/json": components["schemas"]["ReferralRewardHistoryResponse"];
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
  getCredentials: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page; default 25, at most 1000. */
        size?: components["parameters"]["SizeUpTo1000"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of API keys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "accountName": "Main",
           *             "userId": 12523,
           *             "apiKey": "+Pxxxxxxxxxxxxxxxxxxxx==",
           *             "permissions": [
           *               "READ",
           *               "TRADE"
           *             ],
           *             "allowedIPs": [
           *               "203.0.113.7"
           *             ]
           *           },
           *           {
           *             "accountName": "sub001",
           *             "userId": 12523,
           *             "apiKey": "Hxxxxxxxxxxxxxxxxxxxxx==",
           *             "permissions": [
           *               "READ"
           *             ]
           *           }
           *         ],
           *         "meta": {
           *           "total": 2,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1721295317627
           *     }
           */
          "application/json": components["schemas"]["CredentialsResponse"];
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
  setTradingMode: {
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
         *       "tradingMode": "FUTURES"
         *     }
         */
        "application/json": components["schemas"]["SetTradingModeRequest"];
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
           *       "timestamp": 1721295317627
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  createListenKey: {
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
         *       "type": "WEBSOCKET"
         *     }
         */
        "application/json": components["schemas"]["ListenKeyRequest"];
      };
    };
    responses: {
      /** @description A new listen key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "authKey": "2f1c0b8e4d5a4e3f9c7b6a5d4e3f2a1b",
           *         "expiredTime": 1719029600000
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["ListenKeyResponse"];
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "holding": [
           *           {
           *             "token": "WOO",
           *             "holding": "1",
           *             "frozen": "0",
           *             "staked": "0",
           *             "unbonding": "0",
           *             "vault": "0",
           *             "interest": "0",
           *             "earn": "0",
           *             "pendingShortQty": "0",
           *             "pendingLongQty": "0",
           *             "availableBalance": "0",
           *             "averageOpenPrice": "0.23432",
           *             "markPrice": "0.25177",
           *             "pnl24H": "0.0",
           *             "fee24H": "0.0",
           *             "timestamp": 1673323746259
           *           }
           *         ]
           *       },
           *       "timestamp": 1673323746259
           *     }
           */
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
  getTokenHistory: {
    parameters: {
      query?: {
        /** @description Only rows of this balance-change type. */
        type?: components["schemas"]["TokenHistoryType"];
        /** @description Only rows of this token (not on the official page; see the description). */
        token?: string;
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page; default 25, at most 1000. */
        size?: components["parameters"]["SizeUpTo1000"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of balance changes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "id": 880012,
           *             "type": "SUB_ACCOUNT_TRANSFER",
           *             "token": "USDT",
           *             "amount": "-250",
           *             "timestamp": 1767225601500
           *           },
           *           {
           *             "id": 880009,
           *             "type": "DEPOSIT",
           *             "token": "USDT",
           *             "amount": "1000",
           *             "timestamp": 1767225000000
           *           }
           *         ],
           *         "meta": {
           *           "total": 2,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["TokenHistoryResponse"];
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
  getTransferHistory: {
    parameters: {
      query?: {
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. No default or maximum is documented for this list. */
        size?: components["parameters"]["SizeOpen"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of transfers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "id": 4411,
           *             "token": "USDT",
           *             "amount": "250",
           *             "status": "COMPLETED",
           *             "from": {
           *               "applicationId": "3f0c9a52-6d3e-4b7a-9c11-2f6e8d0a4b17",
           *               "accountName": "Main"
           *             },
           *             "to": {
           *               "applicationId": "8b1e4d77-0a9c-4f2e-b6d5-71c3a9e2f064",
           *               "accountName": "hedge-01"
           *             },
           *             "createdTime": "1767225601.500",
           *             "updatedTime": "1767225601.512"
           *           }
           *         ],
           *         "meta": {
           *           "total": 1,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["TransferHistoryResponse"];
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
  transferAsset: {
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
         *       "token": "USDT",
         *       "amount": "250",
         *       "from": {
         *         "applicationId": "3f0c9a52-6d3e-4b7a-9c11-2f6e8d0a4b17"
         *       },
         *       "to": {
         *         "applicationId": "8b1e4d77-0a9c-4f2e-b6d5-71c3a9e2f064"
         *       }
         *     }
         */
        "application/json": components["schemas"]["TransferAssetRequest"];
      };
    };
    responses: {
      /** @description The transfer was made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "id": 4411
           *       },
           *       "timestamp": 1767225601512
           *     }
           */
          "application/json": components["schemas"]["TransferAssetResponse"];
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
  getWalletHistory: {
    parameters: {
      query?: {
        /** @description Only rows of this token. ccxt sends the plain currency id (e.g. `USDT`); the sandbox matches it against both the row's network token id and its balance token. */
        token?: string;
        /** @description Only rows whose balance token is this one (legacy `balance_token`; unverified in V3). */
        balanceToken?: string;
        /** @description A WOO X network id, e.g. `ETH`, `BSC`, `TRX` (see the `Network` schema). */
        network?: components["parameters"]["NetworkQueryOptional"];
        /** @description `BALANCE` (on-chain deposits and withdrawals) or `COLLATERAL`. */
        type?: components["schemas"]["WalletHistoryType"];
        /** @description `DEPOSIT` or `WITHDRAW`. ccxt's fetchDeposits/fetchWithdrawals rely on the server applying it. */
        tokenSide?: components["schemas"]["TokenSide"];
        /** @description Only rows in this status. */
        status?: components["schemas"]["WalletTransactionStatus"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page; default 25, at most 1000. */
        size?: components["parameters"]["SizeUpTo1000"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of deposits and withdrawals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "createdTime": "1767225000.000",
           *             "updatedTime": "1767225360.250",
           *             "id": "26010114300000017",
           *             "externalId": "260101143600017",
           *             "applicationId": "3f0c9a52-6d3e-4b7a-9c11-2f6e8d0a4b17",
           *             "token": "TRX_USDT",
           *             "targetAddress": "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
           *             "sourceAddress": "TKHuVq1oKVruCGLvqVexFs6dawKv6fQgFs",
           *             "confirmingThreshold": 20,
           *             "confirmedNumber": 20,
           *             "extra": "",
           *             "type": "BALANCE",
           *             "tokenSide": "DEPOSIT",
           *             "amount": "1000.00000000",
           *             "txId": "5c0e4b1f9a7d2e3c8b6a0f1d2e3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4",
           *             "feeToken": null,
           *             "feeAmount": null,
           *             "status": "COMPLETED"
           *           }
           *         ],
           *         "meta": {
           *           "total": 1,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["WalletHistoryResponse"];
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
  getDepositAddress: {
    parameters: {
      query: {
        /** @description A token, e.g. `USDT` (the currency id, not a network-specific token id). */
        token: components["parameters"]["TokenQueryRequired"];
        /** @description A WOO X network id, e.g. `ETH`, `BSC`, `TRX` (see the `Network` schema). */
        network?: components["parameters"]["NetworkQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deposit address. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "address": "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
           *         "extra": ""
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["DepositAddressResponse"];
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
  withdraw: {
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
         *       "token": "USDT",
         *       "network": "TRX",
         *       "address": "TKHuVq1oKVruCGLvqVexFs6dawKv6fQgFs",
         *       "amount": "50"
         *     }
         */
        "application/json": components["schemas"]["WithdrawRequest"];
      };
    };
    responses: {
      /** @description The withdrawal was accepted (status `NEW`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "withdrawId": "26010115020000031"
           *       },
           *       "timestamp": 1767229320000
           *     }
           */
          "application/json": components["schemas"]["WithdrawResponse"];
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
  cancelWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id returned by `withdraw` (the `id` of the wallet-history row). */
        withdrawId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The withdrawal was cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1767229330000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getStakingYieldHistory: {
    parameters: {
      query?: {
        /** @description Only this token, e.g. `USDT`. */
        token?: components["parameters"]["TokenQueryOptional"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page; default 25, at most 1000. */
        size?: components["parameters"]["SizeUpTo1000"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of staking rewards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "id": 70211,
           *             "token": "WOO",
           *             "stakingSize": "12000",
           *             "annualReward": "0.0301%",
           *             "yieldAmount": "0.00989589",
           *             "yieldTime": "1767225600.000"
           *           }
           *         ],
           *         "meta": {
           *           "total": 1,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         }
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["StakingYieldHistoryResponse"];
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
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "positions": [
           *           {
           *             "symbol": "PERP_BTC_USDT",
           *             "holding": "1.0234",
           *             "positionSide": "BOTH",
           *             "pendingLongQty": "0.0",
           *             "pendingShortQty": "0.0",
           *             "settlePrice": "27903.2",
           *             "averageOpenPrice": "27903.2",
           *             "pnl24H": "0.0",
           *             "fee24H": "0.0",
           *             "markPrice": "27903.2",
           *             "estLiqPrice": "0.0",
           *             "adlQuantile": 1,
           *             "timestamp": 1696663260695
           *           }
           *         ]
           *       },
           *       "timestamp": 1696663264324
           *     }
           */
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
        /** @description The position mode to read the leverage for. Required by the legacy V1 endpoint; not sent by the independent client that reads this path live, so optional. */
        positionMode?: components["schemas"]["PositionMode"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leverage per position side. */
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
      /** @description The leverage was set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1720886810317
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
         *       "positionMode": "HEDGE_MODE"
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
           *       "timestamp": 1752550492845
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getDefaultMarginMode: {
    parameters: {
      query?: {
        /** @description A perpetual symbol, to read its (possibly overridden) default; the account default when omitted. Not documented officially. */
        symbol?: components["schemas"]["Symbol"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The default margin mode(s). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "marginMode": "CROSS",
           *         "rows": [
           *           {
           *             "symbol": "PERP_ETH_USDT",
           *             "marginMode": "ISOLATED"
           *           }
           *         ]
           *       },
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["DefaultMarginModeResponse"];
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
  setDefaultMarginMode: {
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
         *       "marginMode": "ISOLATED"
         *     }
         */
        "application/json": components["schemas"]["SetDefaultMarginModeRequest"];
      };
    };
    responses: {
      /** @description The default was changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  setSymbolDefaultMarginMode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A perpetual symbol, e.g. `PERP_BTC_USDT`. */
        symbol: components["schemas"]["Symbol"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "marginMode": "ISOLATED"
         *     }
         */
        "application/json": components["schemas"]["SetDefaultMarginModeRequest"];
      };
    };
    responses: {
      /** @description The override was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  resetDefaultMarginMode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        "application/json": Record<string, never>;
      };
    };
    responses: {
      /** @description The overrides were cleared. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getFundingFeeHistory: {
    parameters: {
      query?: {
        /** @description An instrument, e.g. `PERP_BTC_USDT`; all instruments when omitted. */
        symbol?: components["parameters"]["SymbolQueryOptional"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. No default or maximum is documented for this list. */
        size?: components["parameters"]["SizeOpen"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of funding payments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "meta": {
           *           "total": 670,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         },
           *         "rows": [
           *           {
           *             "id": 1286360,
           *             "symbol": "PERP_BTC_USDT",
           *             "fundingRate": -0.00001445,
           *             "markPrice": "26930.60000000",
           *             "fundingFee": "9.56021744",
           *             "fundingIntervalHours": 8,
           *             "paymentType": "Pay",
           *             "status": "COMPLETED",
           *             "createdTime": 1696060873259,
           *             "updatedTime": 1696060873286
           *           }
           *         ]
           *       },
           *       "timestamp": 1721351502594
           *     }
           */
          "application/json": components["schemas"]["FundingFeeHistoryResponse"];
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
  adjustIsolatedMargin: {
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
         *       "positionSide": "BOTH",
         *       "adjustToken": "USDT",
         *       "adjustAmount": "25",
         *       "action": "ADD"
         *     }
         */
        "application/json": components["schemas"]["AdjustIsolatedMarginRequest"];
      };
    };
    responses: {
      /** @description The margin was moved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1718943200000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getInterestRates: {
    parameters: {
      query?: {
        /** @description Only this token, e.g. `USDT`. */
        token?: components["parameters"]["TokenQueryOptional"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "rows": [
           *           {
           *             "token": "USDT",
           *             "currentHourlyBaseRate": "0.0000095",
           *             "estHourlyBaseRate": "0.00001",
           *             "currentAnnualBaseRate": "0.08322",
           *             "estAnnualBaseRate": "0.0876",
           *             "estTime": 1767229200000
           *           },
           *           {
           *             "token": "BTC",
           *             "currentHourlyBaseRate": "0.000002",
           *             "estHourlyBaseRate": "0.000002",
           *             "currentAnnualBaseRate": "0.01752",
           *             "estAnnualBaseRate": "0.01752",
           *             "estTime": 1767229200000
           *           }
           *         ]
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["InterestRatesResponse"];
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
  getInterestHistory: {
    parameters: {
      query?: {
        /** @description Only this token, e.g. `USDT`. */
        token?: components["parameters"]["TokenQueryOptional"];
        /** @description Only records of this kind. */
        side?: components["schemas"]["InterestSide"];
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. No default or maximum is documented for this list. */
        size?: components["parameters"]["SizeOpen"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of interest records. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "meta": {
           *           "total": 2,
           *           "recordsPerPage": 25,
           *           "currentPage": 1
           *         },
           *         "rows": [
           *           {
           *             "id": 3300120,
           *             "token": "USDT",
           *             "side": "LOAN",
           *             "status": "SUCCEED",
           *             "quantity": "5000",
           *             "userId": 20411,
           *             "applicationId": "3f0c9a52-6d3e-4b7a-9c11-2f6e8d0a4b17",
           *             "interest": "-0.05",
           *             "hourlyRate": "0.00001",
           *             "annualRate": "0.0876",
           *             "createdTime": 1767229200000,
           *             "updatedTime": 1767229200000,
           *             "loanAmount": "5000"
           *           },
           *           {
           *             "id": 3300188,
           *             "token": "USDT",
           *             "side": "REPAY",
           *             "status": "SUCCEED",
           *             "quantity": null,
           *             "userId": 20411,
           *             "applicationId": "3f0c9a52-6d3e-4b7a-9c11-2f6e8d0a4b17",
           *             "interest": "0.05",
           *             "hourlyRate": null,
           *             "annualRate": null,
           *             "createdTime": 1767230000000,
           *             "updatedTime": 1767230000015,
           *             "loanAmount": null
           *           }
           *         ]
           *       },
           *       "timestamp": 1767230100000
           *     }
           */
          "application/json": components["schemas"]["InterestHistoryResponse"];
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
  getMaxMargin: {
    parameters: {
      query: {
        /** @description A spot instrument, e.g. `SPOT_ETH_USDT`. */
        symbol: components["schemas"]["SpotSymbol"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The maximum sizes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "symbol": "SPOT_ETH_USDT",
           *         "availableBaseQuantity": "3.2051",
           *         "availableQuoteQuantity": "9870.5"
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["MaxMarginResponse"];
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
  setSpotMarginLeverage: {
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
         *       "leverage": 5
         *     }
         */
        "application/json": components["schemas"]["SetSpotMarginLeverageRequest"];
      };
    };
    responses: {
      /** @description The leverage was set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "leverage": 5
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  repayInterest: {
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
         *       "token": "USDT",
         *       "amount": "0.05"
         *     }
         */
        "application/json": components["schemas"]["RepayInterestRequest"];
      };
    };
    responses: {
      /** @description The interest was repaid. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "timestamp": 1767230000015
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getConvertExchangeInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The convert service's settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {},
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["AckResponse"];
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
  getConvertAssetInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The convertible tokens. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "rows": [
           *         {
           *           "token": "BTC",
           *           "tick": 0.00001,
           *           "createdTime": "1700000000.000",
           *           "updatedTime": "1760000000.000"
           *         },
           *         {
           *           "token": "USDT",
           *           "tick": 0.01,
           *           "createdTime": "1700000000.000",
           *           "updatedTime": "1760000000.000"
           *         }
           *       ],
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["ConvertAssetInfoResponse"];
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
  getConvertQuote: {
    parameters: {
      query: {
        /** @description The token to sell, e.g. `ETH`. */
        sellToken: string;
        /** @description The token to buy, e.g. `USDT`. */
        buyToken: string;
        /** @description How much of `sellToken` to sell. */
        sellQuantity: components["schemas"]["Decimal"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quote. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "quoteId": 51200871,
           *         "counterPartyId": "",
           *         "sellToken": "ETH",
           *         "sellQuantity": "0.5",
           *         "buyToken": "USDT",
           *         "buyQuantity": "1498.25",
           *         "buyPrice": "2996.5",
           *         "expireTimestamp": 1767225710000,
           *         "message": ""
           *       },
           *       "timestamp": 1767225700000
           *     }
           */
          "application/json": components["schemas"]["ConvertQuoteResponse"];
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
  acceptConvertQuote: {
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
         *       "quoteId": 51200871
         *     }
         */
        "application/json": components["schemas"]["AcceptConvertQuoteRequest"];
      };
    };
    responses: {
      /** @description The acceptance result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "quoteId": 51200871,
           *         "counterPartyId": "",
           *         "rftAccepted": 1
           *       },
           *       "timestamp": 1767225702000
           *     }
           */
          "application/json": components["schemas"]["AcceptConvertQuoteResponse"];
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
  getConvertTrade: {
    parameters: {
      query: {
        /** @description The quote the conversion executed. */
        quoteId: components["schemas"]["Int64Id"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversion. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "quoteId": 51200871,
           *         "buyAsset": "USDT",
           *         "sellAsset": "ETH",
           *         "buyAmount": "1498.25",
           *         "sellAmount": "0.5",
           *         "tradeStatus": 1,
           *         "createdTime": "1767225702000"
           *       },
           *       "timestamp": 1767225760000
           *     }
           */
          "application/json": components["schemas"]["ConvertTradeResponse"];
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
  getConvertTrades: {
    parameters: {
      query?: {
        /** @description Only records from this time on (epoch ms). */
        startTime?: components["parameters"]["StartTime"];
        /** @description Only records up to this time (epoch ms). */
        endTime?: components["parameters"]["EndTime"];
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Records per page. No default or maximum is documented for this list. */
        size?: components["parameters"]["SizeOpen"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of conversions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "count": 1,
           *         "tradeVos": [
           *           {
           *             "quoteId": 51200871,
           *             "buyAsset": "USDT",
           *             "sellAsset": "ETH",
           *             "buyAmount": "1498.25",
           *             "sellAmount": "0.5",
           *             "tradeStatus": 1,
           *             "createdTime": "1767225702000"
           *           }
           *         ]
           *       },
           *       "timestamp": 1767225760000
           *     }
           */
          "application/json": components["schemas"]["ConvertTradesResponse"];
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
