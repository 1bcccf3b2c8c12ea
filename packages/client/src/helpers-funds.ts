import { toWireInt64, type IdInput } from "./ids.js";
import type { CallOperation } from "./operation-types.js";
import type { Body, HelperCallOptions, Query } from "./helper-kit.js";
import type { PageArgs, PagedOperationId, PagedRowOf } from "./paging.js";

/** The generic page walker of createHelpers, passed in so that every area walks pages the same way. */
type Pages = <K extends PagedOperationId>(
  operationId: K,
  ...args: PageArgs<K>
) => AsyncGenerator<PagedRowOf<K>, void, undefined>;

/** Task-shaped calls of the wallet, futures settings, spot margin and convert. */
export function createFundsHelpers(call: CallOperation, pages: Pages) {
  const wallet = {
    /** The deposit address of `token` on `network` (the token's first network when omitted). */
    depositAddress: (token: string, network?: string, opts?: HelperCallOptions) =>
      call("getDepositAddress", { params: { query: network === undefined ? { token } : { token, network } } }, opts),
    /** Requests a withdrawal; resolves to `{ withdrawId }`, which cancelWithdrawal takes while it is pending. */
    withdraw: (body: Body<"withdraw">, opts?: HelperCallOptions) => call("withdraw", { body }, opts),
    /** Cancels a withdrawal that has not been processed yet. */
    cancelWithdrawal: async (withdrawId: IdInput, opts?: HelperCallOptions) =>
      call(
        "cancelWithdrawal",
        { params: { path: { withdrawId: String(toWireInt64(withdrawId, "path.withdrawId")) } } },
        opts,
      ),
    /** Every balance change of the account with its reason, newest first (getTokenHistory, the ledger). */
    iterateLedger: (...args: PageArgs<"getTokenHistory">) => pages("getTokenHistory", ...args),
    /** Every deposit and withdrawal matching the filters (getWalletHistory). */
    iterateHistory: (...args: PageArgs<"getWalletHistory">) => pages("getWalletHistory", ...args),
    /** Every staking yield payment (getStakingYieldHistory). */
    iterateStakingYields: (...args: PageArgs<"getStakingYieldHistory">) => pages("getStakingYieldHistory", ...args),
  };

  const futures = {
    /**
     * Sets the margin mode new perpetual orders use by default: the account's default, or, with `symbol`,
     * that symbol's own default.
     */
    setDefaultMarginMode: (
      marginMode: Body<"setDefaultMarginMode">["marginMode"],
      symbol?: string,
      opts?: HelperCallOptions,
    ) =>
      symbol === undefined
        ? call("setDefaultMarginMode", { body: { marginMode } }, opts)
        : call("setSymbolDefaultMarginMode", { params: { path: { symbol } }, body: { marginMode } }, opts),
    /** Moves margin into (`ADD`) or out of (`REDUCE`) an isolated position. */
    adjustIsolatedMargin: (body: Body<"adjustIsolatedMargin">, opts?: HelperCallOptions) =>
      call("adjustIsolatedMargin", { body }, opts),
    /** Every funding fee paid or received on your positions (getFundingFeeHistory). */
    iterateFundingFees: (...args: PageArgs<"getFundingFeeHistory">) => pages("getFundingFeeHistory", ...args),
  };

  const spotMargin = {
    /** Sets the spot-margin leverage of the account. */
    setLeverage: (leverage: Body<"setSpotMarginLeverage">["leverage"], opts?: HelperCallOptions) =>
      call("setSpotMarginLeverage", { body: { leverage } }, opts),
    /** Every interest charge and repayment (getInterestHistory). */
    iterateInterest: (...args: PageArgs<"getInterestHistory">) => pages("getInterestHistory", ...args),
  };

  const convert = {
    /** A firm quote to sell `sellQuantity` of `sellToken` for `buyToken`; it expires at `expireTimestamp`. */
    quote: (query: Query<"getConvertQuote">, opts?: HelperCallOptions) =>
      call("getConvertQuote", { params: { query } }, opts),
    /** Executes a quote once, before it expires. */
    accept: (quoteId: IdInput, opts?: HelperCallOptions) => call("acceptConvertQuote", { body: { quoteId } }, opts),
    /** One conversion by its quote id. */
    trade: (quoteId: IdInput, opts?: HelperCallOptions) =>
      call("getConvertTrade", { params: { query: { quoteId } } }, opts),
    /** Every conversion in the time range, newest first (getConvertTrades). */
    iterateTrades: (...args: PageArgs<"getConvertTrades">) => pages("getConvertTrades", ...args),
  };

  return { wallet, futures, spotMargin, convert };
}
