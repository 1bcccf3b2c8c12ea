import { describe, expectTypeOf, it } from "vitest";
import type { components } from "@woox-sdk/types";
import { createWooxClient } from "../src/index.js";
import type { PagedOperationId, PagedRowOf } from "../src/paging.js";

type S = components["schemas"];
const c = createWooxClient({ apiKey: "k", apiSecret: "s" });

/** The row an async iterator yields. */
type Yielded<T> = T extends AsyncGenerator<infer R, void, undefined> ? R : never;

describe("paging iterators", () => {
  it("cover exactly the list operations codegen marked as paged", () => {
    expectTypeOf<PagedOperationId>().toEqualTypeOf<
      | "getAlgoOrders"
      | "getOrders"
      | "getTransactionHistory"
      | "getMarketTradesHistory"
      | "getFundingRateHistory"
      | "getReferralSummary"
      | "getReferralRewardHistory"
      | "getCredentials"
      | "getTokenHistory"
      | "getTransferHistory"
      | "getWalletHistory"
      | "getStakingYieldHistory"
      | "getFundingFeeHistory"
      | "getInterestHistory"
      | "getConvertTrades"
    >();
  });

  it("yield the generated row of their operation", () => {
    expectTypeOf<Yielded<ReturnType<typeof c.orders.iterateTrades>>>().toEqualTypeOf<S["Trade"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.market.iterateTrades>>>().toEqualTypeOf<S["MarketTrade"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.market.iterateFundingRates>>>().toEqualTypeOf<
      S["FundingRateHistoryRow"]
    >();
    expectTypeOf<Yielded<ReturnType<typeof c.market.iterateKlines>>>().toEqualTypeOf<S["Kline"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.account.iterateTransfers>>>().toEqualTypeOf<S["TransferRecord"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.account.iterateReferrals>>>().toEqualTypeOf<S["ReferralSummaryRow"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.account.iterateReferralRewards>>>().toEqualTypeOf<S["ReferralReward"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.account.iterateCredentials>>>().toEqualTypeOf<S["Credential"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.wallet.iterateLedger>>>().toEqualTypeOf<S["TokenHistoryRow"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.wallet.iterateHistory>>>().toEqualTypeOf<S["WalletTransaction"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.wallet.iterateStakingYields>>>().toEqualTypeOf<S["StakingYield"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.futures.iterateFundingFees>>>().toEqualTypeOf<S["FundingFeeRow"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.spotMargin.iterateInterest>>>().toEqualTypeOf<S["InterestRecord"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.convert.iterateTrades>>>().toEqualTypeOf<S["ConvertTrade"]>();
    expectTypeOf<PagedRowOf<"getAlgoOrders">>().toEqualTypeOf<S["AlgoOrder"]>();
    expectTypeOf<Yielded<ReturnType<typeof c.iteratePages<"getTokenHistory">>>>().toEqualTypeOf<S["TokenHistoryRow"]>();
  });

  it("take the operation's own filters, required where the spec requires them", async () => {
    for await (const row of c.wallet.iterateLedger({ token: "USDT", type: "DEPOSIT", size: 100 }))
      expectTypeOf(row.amount).toEqualTypeOf<S["TokenHistoryRow"]["amount"]>();
    void c.orders.iterateTrades({ fromId: "123", limit: 500 });
    void c.wallet.iterateLedger();
    // @ts-expect-error market trades history needs a symbol
    void c.market.iterateTrades();
    // @ts-expect-error transaction history pages by limit, not size
    void c.orders.iterateTrades({ size: 10 });
    // @ts-expect-error not a filter of the ledger
    void c.wallet.iterateLedger({ symbol: "SPOT_BTC_USDT" });
    // @ts-expect-error not a paged operation
    void c.iteratePages("getBalances");
    // @ts-expect-error klines need symbol and type
    void c.market.iterateKlines({ symbol: "SPOT_BTC_USDT" });
  });
});

describe("task-shaped helpers of the whole-API operations", () => {
  it("resolve to the generated data and take the generated fields", async () => {
    expectTypeOf(await c.account.transfer({ token: "USDT", amount: 1, from: "a", to: "b" })).toEqualTypeOf<
      S["TransferAssetResponse"]["data"]
    >();
    expectTypeOf(await c.wallet.withdraw({ token: "USDT", network: "TRX", address: "T", amount: "1" })).toEqualTypeOf<
      S["WithdrawResponse"]["data"]
    >();
    expectTypeOf(await c.wallet.depositAddress("USDT")).toEqualTypeOf<S["DepositAddressResponse"]["data"]>();
    expectTypeOf(await c.convert.accept(1n)).toEqualTypeOf<S["AcceptConvertQuoteResponse"]["data"]>();
    // @ts-expect-error not a margin mode
    void c.futures.setDefaultMarginMode("PORTFOLIO");
    // @ts-expect-error not a trading mode
    void c.account.setTradingMode("SPOT");
    // @ts-expect-error a withdrawal needs an address
    void c.wallet.withdraw({ token: "USDT", network: "TRX", amount: "1" });
  });
});
