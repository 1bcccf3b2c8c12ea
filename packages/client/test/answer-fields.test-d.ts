import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import { createWooxClient, type DataOf } from "../src/index.js";

type S = components["schemas"];
const c = createWooxClient({ apiKey: "k", apiSecret: "s" });

describe("what a call by operationId resolves to", () => {
  it("an answer the spec puts beside `success` resolves to those fields, without success or timestamp", async () => {
    const info = await c.call("getConvertAssetInfo", {});
    expectTypeOf(info).toEqualTypeOf<DataOf<"getConvertAssetInfo">>();
    expectTypeOf(info.rows).toEqualTypeOf<S["ConvertAsset"][]>();
    expectTypeOf(info).not.toHaveProperty("success");
    expectTypeOf(info).not.toHaveProperty("timestamp");
    expectTypeOf(info).not.toHaveProperty("data");
  });

  it("answers under `data` resolve to `data`; an optional `data` (AckResponse) may be undefined", async () => {
    expectTypeOf(
      await c.call("getConvertQuote", { params: { query: { sellToken: "ETH", buyToken: "USDT", sellQuantity: "1" } } }),
    ).toEqualTypeOf<S["ConvertQuote"]>();
    expectTypeOf(await c.call("repayInterest", { body: { token: "USDT", amount: "1" } })).toEqualTypeOf<
      S["AckResponse"]["data"] | undefined
    >();
  });

  it("rejects a wrong request", () => {
    // @ts-expect-error sellQuantity is required
    void c.call("getConvertQuote", { params: { query: { sellToken: "ETH", buyToken: "USDT" } } });
    // @ts-expect-error not an operationId of the spec
    void c.call("getNothing", {});
  });
});
