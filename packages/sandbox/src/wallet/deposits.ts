import { TokenHistoryType, TokenSide, WalletTransactionStatus } from "@woox-sdk/types/enums";
import { fmt, ZERO } from "../decimal.js";
import { reject } from "../errors.js";
import { address, txHash } from "./addresses.js";
import { amountOf } from "./amount.js";
import type { Wallet, WalletRow } from "./wallet.js";

/**
 * Deposits, which only the sandbox's test hook creates (POST /sandbox/deposit, `sandbox.deposit`): the
 * transfer is seen on chain at once (CONFIRMING, with its txId), gains one confirmation per block of its
 * network on the sandbox clock, and when it reaches the network's threshold becomes COMPLETED and is
 * credited (a DEPOSIT row in the ledger).
 */

export interface DepositRequest {
  token: string;
  /** Default: the token's first network. */
  network?: string;
  amount: string | number;
}

export function simulateDeposit(w: Wallet, account: string, request: DepositRequest): WalletRow {
  const n = w.network(request.token, request.network);
  if (!n.allowDeposit) reject("INVALID_PARAM", { detail: `Deposits of ${n.token} on ${n.network} are suspended` });
  const amount = amountOf(request.amount, n.token);
  const row = w.add({
    account,
    side: TokenSide.DEPOSIT,
    network: n,
    amount,
    fee: ZERO,
    sourceAddress: "",
    targetAddress: w.depositAddress(account, n.token, n.network).address,
    extra: "",
    txId: null,
    status: WalletTransactionStatus.CONFIRMING,
    confirmedNumber: 0,
  });
  row.sourceAddress = address(n.addressStyle, `external|${row.id}`);
  row.txId = txHash(n.addressStyle, row.id);
  confirmNextBlock(w, row, row.createdTime);
  return row;
}

/** One more confirmation a block after `from`; the last one completes and credits the deposit. */
function confirmNextBlock(w: Wallet, row: WalletRow, from: number): void {
  w.ex.schedule.at(from + row.network.blockMs, (at) => {
    row.confirmedNumber++;
    row.updatedTime = at;
    if (row.confirmedNumber < row.network.confirmations) {
      confirmNextBlock(w, row, at);
      return;
    }
    row.status = WalletTransactionStatus.COMPLETED;
    w.ex.ledger.move(row.account, row.network.token, row.amount, TokenHistoryType.DEPOSIT);
    w.balanceChanged(row);
  });
}

/** What `sandbox.deposit` and POST /sandbox/deposit take: a deposit to an account's address. */
export interface DepositHook extends DepositRequest {
  /** The API key of the account credited (default: the sandbox's first account). */
  account?: string;
}

/** What they answer: the new wallet row, and when it will be credited on the sandbox clock. */
export interface DepositReceipt {
  id: string;
  token: string;
  network: string;
  amount: string;
  status: string;
  confirmingThreshold: number;
  /** Sandbox-clock time (ms) of the last confirmation, when the amount is credited. */
  completesAt: number;
}

export const receipt = (row: WalletRow): DepositReceipt => ({
  id: row.id,
  token: row.network.token,
  network: row.network.network,
  amount: fmt(row.amount),
  status: row.status,
  confirmingThreshold: row.network.confirmations,
  completesAt: row.createdTime + row.network.confirmations * row.network.blockMs,
});
