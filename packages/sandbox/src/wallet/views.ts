import type { Int64IdLoose, TokenHistoryRow, TokenNetwork, WalletTransaction } from "@woox-sdk/types";
import type { TokenHistoryType, TokenSide, WalletHistoryType, WalletTransactionStatus } from "@woox-sdk/types/enums";
import { TokenSide as Side, WalletHistoryType as HistoryType } from "@woox-sdk/types/enums";
import { fmt } from "../decimal.js";
import type { JournalRow } from "../account/ledger.js";
import { walletToken, type Network } from "./networks.js";
import type { WalletRow } from "./wallet.js";

/** The wallet's rows and the ledger as the asset operations answer them, and their filters. */

/** Wallet times are seconds with three decimals, as strings (the live answers' form; ccxt multiplies by 1000). */
export const seconds = (ms: number): string => (ms / 1000).toFixed(3);

/** A row of GET /v3/public/tokenNetwork: decimals as strings, the flags as 0/1 (the legacy form). */
export const networkView = (n: Network): TokenNetwork => ({
  protocol: n.protocol,
  network: n.network,
  token: n.token,
  name: n.name,
  minimumWithdrawal: n.minimumWithdrawal,
  withdrawalFee: n.withdrawalFee,
  allowDeposit: n.allowDeposit ? 1 : 0,
  allowWithdraw: n.allowWithdraw ? 1 : 0,
});

/**
 * A wallet id as it goes on the wire: a digit string, as live answers carry it (a 17-digit JSON number
 * would be rounded by clients that parse JSON into doubles). The generated types give Int64IdLoose as
 * `number | bigint`, the form the SDK client turns either wire form into, so a string needs this cast.
 */
export const wireId = (id: string): Int64IdLoose => id as unknown as Int64IdLoose;

export function walletRowView(r: WalletRow, applicationId: string): WalletTransaction {
  const deposit = r.side === Side.DEPOSIT;
  return {
    createdTime: seconds(r.createdTime),
    updatedTime: seconds(r.updatedTime),
    id: wireId(r.id),
    externalId: null,
    applicationId,
    token: walletToken(r.network),
    targetAddress: r.targetAddress,
    sourceAddress: r.sourceAddress,
    confirmingThreshold: deposit ? r.network.confirmations : null,
    confirmedNumber: deposit ? r.confirmedNumber : null,
    extra: r.extra,
    type: HistoryType.BALANCE,
    tokenSide: r.side,
    amount: fmt(r.amount),
    txId: r.txId,
    feeToken: deposit ? null : r.network.token,
    feeAmount: deposit ? null : fmt(r.fee),
    status: r.status,
  };
}

export interface WalletFilter {
  token?: string;
  balanceToken?: string;
  network?: string;
  type?: WalletHistoryType;
  tokenSide?: TokenSide;
  status?: WalletTransactionStatus;
  startTime?: number;
  endTime?: number;
}

/** `token` matches the row's network token id (`TRX_USDT`) or its balance token (`USDT`). */
export function walletRowMatches(r: WalletRow, f: WalletFilter): boolean {
  const token = r.network.token;
  if (f.token !== undefined && f.token !== token && f.token !== walletToken(r.network)) return false;
  if (f.balanceToken !== undefined && f.balanceToken !== token) return false;
  if (f.network !== undefined && f.network !== r.network.network) return false;
  // Every on-chain row is BALANCE; the sandbox has no collateral movements.
  if (f.type !== undefined && f.type !== HistoryType.BALANCE) return false;
  if (f.tokenSide !== undefined && f.tokenSide !== r.side) return false;
  if (f.status !== undefined && f.status !== r.status) return false;
  if (f.startTime !== undefined && r.createdTime < f.startTime) return false;
  if (f.endTime !== undefined && r.createdTime > f.endTime) return false;
  return true;
}

export interface LedgerFilter {
  type?: TokenHistoryType;
  token?: string;
  startTime?: number;
  endTime?: number;
}

/** The journal rows that pass the filter, newest first. */
export function ledgerRows(journal: readonly JournalRow[], f: LedgerFilter): JournalRow[] {
  const out: JournalRow[] = [];
  for (let i = journal.length - 1; i >= 0; i--) {
    const j = journal[i]!;
    if (f.type !== undefined && j.type !== f.type) continue;
    if (f.token !== undefined && j.token !== f.token) continue;
    if (f.startTime !== undefined && j.timestamp < f.startTime) continue;
    if (f.endTime !== undefined && j.timestamp > f.endTime) continue;
    out.push(j);
  }
  return out;
}

export const ledgerView = (j: JournalRow): TokenHistoryRow => ({
  id: j.id,
  type: j.type,
  token: j.token,
  amount: fmt(j.amount),
  timestamp: j.timestamp,
});
