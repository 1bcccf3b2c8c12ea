import type { OperationId } from "@woox-sdk/types/operations";
import type { Handler, HandlerTable } from "./types.js";

/*
 * SCAFFOLD — to be emptied before this branch lands. The operations the whole-API spec added, each
 * answering "not served yet" until its area's handler replaces it. Whoever implements an area moves its
 * entries out of here into a handler module of their own and deletes them below.
 */

function notServedYet<K extends OperationId>(operationId: K): Handler<K> {
  return {
    handle() {
      throw new Error(`sandbox: ${operationId} is not served yet`);
    },
  } as unknown as Handler<K>;
}

export const scaffoldHandlers = {
  // ---- public and trade
  getTokenNetworks: notServedYet("getTokenNetworks"),
  getFundingRateHistory: notServedYet("getFundingRateHistory"),

  // ---- account, sub-accounts and transfers
  getTokenConfig: notServedYet("getTokenConfig"),
  getSymbolConfig: notServedYet("getSymbolConfig"),
  getSubAccounts: notServedYet("getSubAccounts"),
  getReferralSummary: notServedYet("getReferralSummary"),
  getReferralRewardHistory: notServedYet("getReferralRewardHistory"),
  getCredentials: notServedYet("getCredentials"),
  setTradingMode: notServedYet("setTradingMode"),
  transferAsset: notServedYet("transferAsset"),
  getTransferHistory: notServedYet("getTransferHistory"),

  // ---- wallet and ledger
  getTokenHistory: notServedYet("getTokenHistory"),
  getWalletHistory: notServedYet("getWalletHistory"),
  getDepositAddress: notServedYet("getDepositAddress"),
  withdraw: notServedYet("withdraw"),
  cancelWithdrawal: notServedYet("cancelWithdrawal"),
  getStakingYieldHistory: notServedYet("getStakingYieldHistory"),

  // ---- futures settings and funding
  getDefaultMarginMode: notServedYet("getDefaultMarginMode"),
  setDefaultMarginMode: notServedYet("setDefaultMarginMode"),
  setSymbolDefaultMarginMode: notServedYet("setSymbolDefaultMarginMode"),
  resetDefaultMarginMode: notServedYet("resetDefaultMarginMode"),
  getFundingFeeHistory: notServedYet("getFundingFeeHistory"),
  adjustIsolatedMargin: notServedYet("adjustIsolatedMargin"),

  // ---- spot margin
  getInterestRates: notServedYet("getInterestRates"),
  getInterestHistory: notServedYet("getInterestHistory"),
  getMaxMargin: notServedYet("getMaxMargin"),
  setSpotMarginLeverage: notServedYet("setSpotMarginLeverage"),
  repayInterest: notServedYet("repayInterest"),

  // ---- convert
  getConvertExchangeInfo: notServedYet("getConvertExchangeInfo"),
  getConvertAssetInfo: notServedYet("getConvertAssetInfo"),
  getConvertQuote: notServedYet("getConvertQuote"),
  acceptConvertQuote: notServedYet("acceptConvertQuote"),
  getConvertTrade: notServedYet("getConvertTrade"),
  getConvertTrades: notServedYet("getConvertTrades"),
} satisfies Partial<HandlerTable>;
