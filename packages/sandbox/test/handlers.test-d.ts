import type { components } from "@woox-sdk/types";
import type { OperationId } from "@woox-sdk/types/operations";
import { describe, expectTypeOf, it } from "vitest";
import { handlers } from "../src/handlers/index.js";
import type { BodyOf, DataOf, HandlerContext, HandlerTable, QueryOf } from "../src/handlers/types.js";

// The handler table is checked by the compiler, not by a test that walks it: these cases show that what
// the issue asks to be impossible does not compile.

type S = components["schemas"];

describe("the handler table", () => {
  it("has a handler for every operationId of the generated table, and no other key", () => {
    expectTypeOf(handlers).toEqualTypeOf<HandlerTable>();
    expectTypeOf<keyof typeof handlers>().toEqualTypeOf<OperationId>();
  });

  it("does not compile when an operation has no handler", () => {
    const rest: Omit<HandlerTable, "getAlgoOrder"> = handlers;
    // @ts-expect-error Property 'getAlgoOrder' is missing
    const incomplete: HandlerTable = rest;
    void incomplete;
  });

  it("does not compile when a handler answers the wrong shape", () => {
    const wrong: HandlerTable = {
      ...handlers,
      getAlgoOrder: {
        // @ts-expect-error the AlgoOrder schema requires algoOrderId
        handle: () => ({ symbol: "PERP_BTC_USDT", algoType: "STOP" }),
      },
      cancelAlgoOrder: {
        // @ts-expect-error StatusResponse's status is a string
        handle: () => ({ status: 1 }),
      },
      getOrderbook: {
        // @ts-expect-error OrderbookResponse requires bids as well as asks
        handle: () => ({ asks: [] }),
      },
    };
    void wrong;
  });

  it("types a handler's request and answer from the spec", () => {
    expectTypeOf<DataOf<"getAlgoOrder">>().toEqualTypeOf<S["AlgoOrder"]>();
    expectTypeOf<DataOf<"placeAlgoOrder">>().toEqualTypeOf<S["PlaceAlgoOrderResponse"]["data"]>();
    expectTypeOf<BodyOf<"placeAlgoOrder">>().toEqualTypeOf<S["AlgoOrderRequest"]>();
    expectTypeOf<BodyOf<"getAlgoOrder">>().toEqualTypeOf<undefined>();
    expectTypeOf<QueryOf<"getOrderbook">["symbol"]>().toEqualTypeOf<string>();
    expectTypeOf<HandlerContext<"setPositionMode">["body"]>().toEqualTypeOf<S["SetPositionModeRequest"]>();
  });

  it("does not compile when a handler reads a field its operation does not have", () => {
    const h: HandlerTable["getOrderbook"] = {
      handle(ctx) {
        // @ts-expect-error getOrderbook has no `orderId` query parameter
        void ctx.query.orderId;
        return { asks: [], bids: [] };
      },
    };
    void h;
  });
});
