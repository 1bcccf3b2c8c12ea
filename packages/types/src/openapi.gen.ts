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
        put?: never;
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
            childOrders: [
                components["schemas"]["OcoStopChild"]
            ];
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
        } & ({
            callbackRate: components["schemas"]["Decimal"];
        } | {
            callbackValue: components["schemas"]["Decimal"];
        }) & {
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
            childOrders: [
                components["schemas"]["PositionalTpSlLeg"]
            ] | [
                components["schemas"]["PositionalTpSlLeg"],
                components["schemas"]["PositionalTpSlLeg"]
            ];
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
            childOrders: [
                components["schemas"]["TpSlLeg"]
            ] | [
                components["schemas"]["TpSlLeg"],
                components["schemas"]["TpSlLeg"]
            ];
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
        AlgoOrderRequest: components["schemas"]["StopAlgoOrderRequest"] | components["schemas"]["OcoAlgoOrderRequest"] | components["schemas"]["TrailingStopAlgoOrderRequest"] | components["schemas"]["PositionalTpSlAlgoOrderRequest"] | components["schemas"]["TpSlAlgoOrderRequest"] | components["schemas"]["BracketAlgoOrderRequest"] | components["schemas"]["StopBracketAlgoOrderRequest"];
        /** @description `type: MARKET`, or `type: LIMIT` together with a `price`. */
        MarketOrLimit: {
            /** @constant */
            type: "MARKET";
        } | {
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
            components["schemas"]["BracketPositionalTpSlChild"] | components["schemas"]["BracketTpSlChild"]
        ];
        BracketPositionalTpSlChild: {
            symbol?: components["schemas"]["Symbol"];
            /** @constant */
            algoType: "POSITIONAL_TP_SL";
            reduceOnly?: boolean;
            childOrders: [
                components["schemas"]["PositionalTpSlLeg"]
            ] | [
                components["schemas"]["PositionalTpSlLeg"],
                components["schemas"]["PositionalTpSlLeg"]
            ];
        };
        BracketTpSlChild: {
            symbol?: components["schemas"]["Symbol"];
            /** @constant */
            algoType: "TP_SL";
            reduceOnly?: boolean;
            childOrders: [
                components["schemas"]["TpSlLeg"]
            ] | [
                components["schemas"]["TpSlLeg"],
                components["schemas"]["TpSlLeg"]
            ];
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
                rows: [
                    components["schemas"]["PlacedAlgoOrderRow"],
                    ...components["schemas"]["PlacedAlgoOrderRow"][]
                ];
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
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type SuccessEnvelope = components['schemas']['SuccessEnvelope'];
export type Decimal = components['schemas']['Decimal'];
export type DecimalOut = components['schemas']['DecimalOut'];
export type TimeOut = components['schemas']['TimeOut'];
export type Int64Id = components['schemas']['Int64Id'];
export type ClientOrderId = components['schemas']['ClientOrderId'];
export type Symbol = components['schemas']['Symbol'];
export type Side = components['schemas']['Side'];
export type PositionSide = components['schemas']['PositionSide'];
export type TriggerPriceType = components['schemas']['TriggerPriceType'];
export type MarginMode = components['schemas']['MarginMode'];
export type AlgoOrderRequestCommon = components['schemas']['AlgoOrderRequestCommon'];
export type StopAlgoOrderRequest = components['schemas']['StopAlgoOrderRequest'];
export type OcoAlgoOrderRequest = components['schemas']['OcoAlgoOrderRequest'];
export type TrailingStopAlgoOrderRequest = components['schemas']['TrailingStopAlgoOrderRequest'];
export type PositionalTpSlAlgoOrderRequest = components['schemas']['PositionalTpSlAlgoOrderRequest'];
export type TpSlAlgoOrderRequest = components['schemas']['TpSlAlgoOrderRequest'];
export type BracketAlgoOrderRequest = components['schemas']['BracketAlgoOrderRequest'];
export type StopBracketAlgoOrderRequest = components['schemas']['StopBracketAlgoOrderRequest'];
export type AlgoOrderRequest = components['schemas']['AlgoOrderRequest'];
export type MarketOrLimit = components['schemas']['MarketOrLimit'];
export type OcoStopChild = components['schemas']['OcoStopChild'];
export type PositionalTpSlLeg = components['schemas']['PositionalTpSlLeg'];
export type TpSlLeg = components['schemas']['TpSlLeg'];
export type BracketChildOrders = components['schemas']['BracketChildOrders'];
export type BracketPositionalTpSlChild = components['schemas']['BracketPositionalTpSlChild'];
export type BracketTpSlChild = components['schemas']['BracketTpSlChild'];
export type PlacedAlgoOrderRow = components['schemas']['PlacedAlgoOrderRow'];
export type PlaceAlgoOrderResponse = components['schemas']['PlaceAlgoOrderResponse'];
export type AlgoOrder = components['schemas']['AlgoOrder'];
export type GetAlgoOrderResponse = components['schemas']['GetAlgoOrderResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type $defs = Record<string, never>;
export interface operations {
    getAlgoOrder: {
        parameters: {
            query?: {
                /** @description Id of the algo order. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
                algoOrderId?: components["schemas"]["Int64Id"];
                /** @description Client order id assigned by the user. Either `algoOrderId` or `clientAlgoOrderId` is required; if both are passed, `algoOrderId` is used. */
                clientAlgoOrderId?: components["schemas"]["ClientOrderId"];
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
}
