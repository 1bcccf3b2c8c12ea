import { WalletTransactionStatus, type TokenSide } from "@woox-sdk/types/enums";
import { ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import { knownTokens } from "../market/tokens.js";
import { address } from "./addresses.js";
import { simulateDeposit, type DepositRequest } from "./deposits.js";
import { DEFAULT_NETWORKS, NetworkTable, type Network, type NetworkConfig } from "./networks.js";
import { cancelWithdrawal, requestWithdrawal, type WithdrawalRequest } from "./withdrawals.js";

/**
 * The on-chain side of every account: deposit addresses, deposits arriving and confirming, withdrawals
 * waiting, processing and completing, all on the sandbox clock. The rules live in deposits.ts and
 * withdrawals.ts; this holds the rows and the network table they share.
 */

export interface WalletOptions {
  /** The token networks (default DEFAULT_NETWORKS). */
  networks?: readonly NetworkConfig[];
  /** Sandbox-clock time a withdrawal stays NEW, and cancellable, before it is processed (default 60 000 ms). */
  withdrawalDelayMs?: number;
}

/** One deposit or withdrawal, as GET /v3/asset/wallet/history lists it. */
export interface WalletRow {
  /** A digit string, unique across the sandbox; the `withdrawId` of a withdrawal. */
  id: string;
  account: string;
  side: TokenSide;
  network: Network;
  amount: Dec;
  /** Withdrawals: the network's fee, charged on top of `amount`; deposits: zero. */
  fee: Dec;
  sourceAddress: string;
  targetAddress: string;
  extra: string;
  txId: string | null;
  status: WalletTransactionStatus;
  confirmedNumber: number;
  createdTime: number;
  updatedTime: number;
}

export class Wallet {
  readonly networks: NetworkTable;
  readonly withdrawalDelayMs: number;
  /** Every row of every account, oldest first. */
  private readonly rows: WalletRow[] = [];
  private readonly byId = new Map<string, WalletRow>();
  private seq = 0;

  constructor(
    readonly ex: Exchange,
    options: WalletOptions = {},
  ) {
    this.networks = new NetworkTable(options.networks ?? DEFAULT_NETWORKS);
    this.withdrawalDelayMs = options.withdrawalDelayMs ?? 60_000;
    if (!(this.withdrawalDelayMs >= 0)) throw new RangeError("wallet.withdrawalDelayMs must be >= 0");
  }

  /**
   * The token's network `network` (its default network when absent). A token the sandbox does not list,
   * or a network it does not have, is -1005 "The token is not supported" (the text the API sends).
   */
  network(token: string, network?: string): Network {
    const n = knownTokens(this.ex).includes(token) ? this.networks.find(token, network) : undefined;
    if (n === undefined) reject("INVALID_PARAM", { observed: "The token is not supported" });
    return n;
  }

  /** The account's deposit address for the token on the network: the same on every call. */
  depositAddress(account: string, token: string, network?: string): { address: string; extra: string } {
    const n = this.network(token, network);
    return { address: address(n.addressStyle, `deposit|${account}|${n.token}|${n.network}`), extra: "" };
  }

  /** A deposit arriving at the account's address (the sandbox's test hook); it confirms on the clock. */
  deposit(account: string, request: DepositRequest): WalletRow {
    return simulateDeposit(this, account, request);
  }

  withdraw(account: string, request: WithdrawalRequest): WalletRow {
    return requestWithdrawal(this, account, request);
  }

  cancelWithdrawal(account: string, withdrawId: string): void {
    cancelWithdrawal(this, account, withdrawId);
  }

  /** What the account's NEW withdrawals of `token` hold back (amount plus fee): frozen, not available. */
  frozen(account: string, token: string): Dec {
    let total = ZERO;
    for (const r of this.rows)
      if (r.account === account && r.network.token === token && r.status === WalletTransactionStatus.NEW)
        total += r.amount + r.fee;
    return total;
  }

  /** The account's deposits and withdrawals, newest first. */
  history(account: string): WalletRow[] {
    return this.rows.filter((r) => r.account === account).reverse();
  }

  find(id: string): WalletRow | undefined {
    return this.byId.get(id);
  }

  /** Records a new row with a fresh id (yyMMddHHmm of the sandbox clock, then a sequence number). */
  add(fields: Omit<WalletRow, "id" | "createdTime" | "updatedTime">): WalletRow {
    const now = this.ex.now();
    const d = new Date(now);
    const two = (n: number) => String(n).padStart(2, "0");
    const stamp = [d.getUTCFullYear() % 100, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
    const id = `${stamp.map(two).join("")}${String(++this.seq).padStart(7, "0")}`;
    const row: WalletRow = { ...fields, id, createdTime: now, updatedTime: now };
    this.rows.push(row);
    this.byId.set(id, row);
    return row;
  }

  /** Tells the event hub that the account's balance of the row's token changed. */
  balanceChanged(row: WalletRow): void {
    this.ex.events.emit(row.account, { kind: "balance", account: row.account, token: row.network.token });
  }
}
