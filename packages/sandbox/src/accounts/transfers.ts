import type { TransferAssetRequest } from "@woox-sdk/types";
import { TokenHistoryType, WalletTransactionStatus } from "@woox-sdk/types/enums";
import { dec, isMultiple, mul, ONE, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { paginate, type Page } from "../engine/page.js";
import { reject } from "../errors.js";
import { knownTokens, tokenMeta } from "../market/tokens.js";
import type { AccountProfile } from "./directory.js";

/**
 * Transfers between the accounts of one family (POST /v3/asset/transfer, GET /v3/asset/transfer/history).
 * A transfer is instant: the sender's balance goes down and the receiver's up (a SUB_ACCOUNT_TRANSFER
 * ledger row on each side), one COMPLETED record is kept, and both accounts get a balance event.
 */

export interface Transfer {
  id: bigint;
  token: string;
  amount: Dec;
  from: AccountProfile;
  to: AccountProfile;
  status: WalletTransactionStatus;
  createdTime: number;
  updatedTime: number;
}

export interface TransferFilter {
  startTime?: number;
  endTime?: number;
  page?: number;
  size?: number;
}

/**
 * A DecimalIn value of a request body: a decimal string, or a JSON number (ccxt sends amounts as numbers),
 * which is read from its shortest decimal text; undefined when it is no plain decimal of at most 12 places.
 */
export function decimalIn(v: string | number | bigint): Dec | undefined {
  if (typeof v === "bigint") return dec(v.toString());
  if (typeof v === "string") return dec(v);
  if (!Number.isFinite(v)) return undefined;
  const text = String(v);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return dec(text);
  // 1e-7 or 1.5e+21: move the point by the exponent.
  const digits = `${m[2]}${m[3] ?? ""}`;
  const point = m[2]!.length + Number(m[4]);
  const whole = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : digits.padEnd(point, "0");
  const withPoint = point > 0 && point < digits.length ? `${digits.slice(0, point)}.${digits.slice(point)}` : whole;
  return dec(`${m[1]}${withPoint}`);
}

export class TransferBook {
  private readonly records: Transfer[] = [];
  private nextId = 10_001n;

  constructor(private readonly ex: Exchange) {}

  /** Moves funds between two accounts of the caller's family; returns the record. */
  transfer(caller: string, body: TransferAssetRequest): Transfer {
    const ex = this.ex;
    const family = ex.accounts.family(caller);
    const side = (applicationId: string) =>
      family.find((p) => p.applicationId === applicationId) ?? reject("APPLICATION_NOT_FOUND");
    const from = side(body.from.applicationId);
    const to = side(body.to.applicationId);
    // A sub-account moves only its own funds; the main account moves any of the family's.
    if (from.key !== caller && ex.accounts.profile(caller).parent !== undefined) reject("APPLICATION_NOT_FOUND");
    if (from.key === to.key) reject("INVALID_PARAM", { detail: "from and to must be different accounts" });
    // The catalog records this text live under -1005 for an unknown token.
    if (!knownTokens(ex).includes(body.token)) reject("INVALID_PARAM", { observed: "The token is not supported" });

    const amount = decimalIn(body.amount);
    if (amount === undefined) reject("INVALID_PARAM", { detail: "amount must be a decimal with at most 12 places" });
    if (amount <= ZERO) reject("AMOUNT_MUST_BE_POSITIVE");
    const decimals = tokenMeta(body.token).decimals;
    if (!isMultiple(amount, ONE / 10n ** BigInt(decimals)))
      reject("INVALID_PARAM", { detail: `amount of ${body.token} has at most ${decimals} decimal places` });
    const held = ex.ledger.balance(from.key, body.token);
    if (amount > held - ex.orders.frozen(from.key, body.token)) reject("BALANCE_NOT_ENOUGH");
    // Funds that margin open positions cannot leave: the sender's free collateral must stay >= 0.
    const value = ex.accounts.risk.collateralValue(body.token, mul(amount, ex.ledger.markPrice(body.token)));
    if (value > ex.collateral(from.key).free) reject("MARGIN_INSUFFICIENT_AFTER_ACTION");

    ex.ledger.move(from.key, body.token, -amount, TokenHistoryType.SUB_ACCOUNT_TRANSFER);
    ex.ledger.move(to.key, body.token, amount, TokenHistoryType.SUB_ACCOUNT_TRANSFER);
    const t = ex.now();
    const record: Transfer = {
      id: this.nextId++,
      token: body.token,
      amount,
      from,
      to,
      status: WalletTransactionStatus.COMPLETED,
      createdTime: t,
      updatedTime: t,
    };
    this.records.push(record);
    for (const p of [from, to]) ex.events.emit(p.key, { kind: "balance", account: p.key, token: body.token });
    return record;
  }

  /** The transfers the account sees, newest first: its own, or the whole family's for a main account. */
  history(account: string, f: TransferFilter): Page<Transfer> {
    const profile = this.ex.accounts.profile(account);
    const main = this.ex.accounts.main(account);
    const visible = (r: Transfer) =>
      profile.parent === undefined
        ? r.from.key === main.key || r.from.parent === main.key
        : r.from === profile || r.to === profile;
    const rows = [...this.records]
      .reverse()
      .filter(
        (r) =>
          visible(r) &&
          (f.startTime === undefined || r.createdTime >= f.startTime) &&
          (f.endTime === undefined || r.createdTime <= f.endTime),
      );
    return paginate(rows, f.page, f.size);
  }
}
