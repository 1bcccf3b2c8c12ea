import { TokenHistoryType, TokenSide, WalletTransactionStatus } from "@woox-sdk/types/enums";
import { mul, ZERO } from "../decimal.js";
import { reject } from "../errors.js";
import { address, looksLike, txHash } from "./addresses.js";
import { amountOf } from "./amount.js";
import type { Wallet, WalletRow } from "./wallet.js";

/**
 * Withdrawals: NEW (the amount and the fee frozen, cancellable) for the wallet's delay on the sandbox
 * clock, then PROCESSING (the amount and the fee leave the balance: two WITHDRAW ledger rows), then,
 * once the network has confirmed it, COMPLETED with a txId. A cancelled one (only while NEW) returns
 * the frozen funds and writes nothing to the ledger.
 */

export interface WithdrawalRequest {
  token: string;
  network: string;
  address: string;
  extra?: string;
  amount: string | number;
}

export function requestWithdrawal(w: Wallet, account: string, request: WithdrawalRequest): WalletRow {
  const ex = w.ex;
  const n = w.network(request.token, request.network);
  if (!n.allowWithdraw) reject("INVALID_PARAM", { detail: `Withdrawals of ${n.token} on ${n.network} are suspended` });
  const amount = amountOf(request.amount, n.token);
  if (amount < n.minimum)
    reject("INVALID_PARAM", {
      detail: `The minimum withdrawal of ${n.token} on ${n.network} is ${n.minimumWithdrawal}`,
    });
  if (!looksLike(n.addressStyle, request.address))
    reject("INVALID_PARAM", { detail: `address is not a valid ${n.network} address` });
  // An account in debt on any token (a margin loan) settles that first.
  if ([...ex.ledger.account(account).balances.values()].some((v) => v < ZERO)) reject("CAN_NOT_WITHDRAWAL");
  const need = amount + n.fee;
  const available =
    ex.ledger.balance(account, n.token) - ex.orders.frozen(account, n.token) - w.frozen(account, n.token);
  if (need > available) reject("BALANCE_NOT_ENOUGH");
  // Positions need their margin: what leaves may not exceed the free collateral.
  if (mul(need, ex.ledger.markPrice(n.token)) > ex.collateral(account).free)
    reject("MARGIN_INSUFFICIENT_AFTER_WITHDRAWAL");

  const row = w.add({
    account,
    side: TokenSide.WITHDRAW,
    network: n,
    amount,
    fee: n.fee,
    sourceAddress: address(n.addressStyle, `hot-wallet|${n.network}`),
    targetAddress: request.address,
    extra: request.extra ?? "",
    txId: null,
    status: WalletTransactionStatus.NEW,
    confirmedNumber: 0,
  });
  w.balanceChanged(row);
  ex.schedule.at(row.createdTime + w.withdrawalDelayMs, (at) => process(w, row, at));
  return row;
}

/** The delay is over: unless it was cancelled, the withdrawal leaves the balance and goes on chain. */
function process(w: Wallet, row: WalletRow, at: number): void {
  if (row.status !== WalletTransactionStatus.NEW) return;
  row.status = WalletTransactionStatus.PROCESSING;
  row.updatedTime = at;
  const { token, confirmations, blockMs } = row.network;
  w.ex.ledger.move(row.account, token, -row.amount, TokenHistoryType.WITHDRAW);
  w.ex.ledger.move(row.account, token, -row.fee, TokenHistoryType.WITHDRAW);
  w.balanceChanged(row);
  w.ex.schedule.at(at + confirmations * blockMs, (done) => {
    row.status = WalletTransactionStatus.COMPLETED;
    row.txId = txHash(row.network.addressStyle, row.id);
    row.updatedTime = done;
  });
}

/** DELETE /v3/asset/wallet/withdraw/{withdrawId}: only the caller's own withdrawal, only while NEW. */
export function cancelWithdrawal(w: Wallet, account: string, withdrawId: string): void {
  const row = w.find(withdrawId);
  if (row === undefined || row.account !== account || row.side !== TokenSide.WITHDRAW)
    reject("RESOURCE_NOT_FOUND", { detail: `No withdrawal with id ${withdrawId}` });
  if (row.status !== WalletTransactionStatus.NEW) reject("DATA_STATUS_INVALID");
  row.status = WalletTransactionStatus.CANCELED;
  row.updatedTime = w.ex.now();
  w.balanceChanged(row);
}
