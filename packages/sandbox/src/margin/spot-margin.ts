import { InterestSide, TokenHistoryType } from "@woox-sdk/types/enums";
import { div, floorTo, max, min, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import type { Instrument } from "../market/instruments.js";
import { DEFAULT_LEVERAGE } from "../account/ledger.js";
import { annualRate, hourlyRate, INTEREST_INTERVAL_MS, MAX_SPOT_MARGIN_LEVERAGE } from "./rates.js";

/** One row of GET /v3/spotMargin/interestHistory. */
export interface InterestRecord {
  id: bigint;
  token: string;
  side: InterestSide;
  /** Signed: a charge (LOAN) below zero, a repayment above. */
  interest: Dec;
  /** LOAN rows: the borrowed amount the hour's interest was charged on, and the rates used. */
  loanAmount?: Dec;
  hourlyRate?: Dec;
  annualRate?: Dec;
  time: number;
}

/**
 * Spot margin: the account's spot-margin leverage, hourly interest on borrowed tokens, and repayment.
 *
 * A token is borrowed while the account's holding of it is below zero. The interest model, one of the two
 * readings of the docs (which show both an hourly LOAN record and an `interest` balance field):
 * - every full hour of the sandbox clock, each negative holding is charged |holding| × the token's hourly
 *   rate. The charge is a LOAN record and adds to the token's outstanding interest (getBalances'
 *   `interest`, negative while owed); the balance itself does not move yet.
 * - the balance moves when interest is paid: `repay` (REPAY record) or, at the next hourly run once the
 *   holding is positive again, automatically (AUTO_REPAY record). Each payment is one INTEREST journal
 *   row, so the token history shows exactly what left the balance, once.
 */
export class SpotMargin {
  private readonly leverages = new Map<string, number>();
  /** Outstanding interest per account and token, positive while owed. */
  private readonly owed = new Map<string, Map<string, Dec>>();
  private readonly records = new Map<string, InterestRecord[]>();
  private nextRecordId = 3_300_001n;

  constructor(private readonly ex: Exchange) {
    ex.schedule.every("spot-margin interest", INTEREST_INTERVAL_MS, (at) => this.hourly(at));
  }

  leverage(account: string): number {
    return this.leverages.get(account) ?? DEFAULT_LEVERAGE;
  }

  /** 302306 unless `leverage` is an integer from 1 to MAX_SPOT_MARGIN_LEVERAGE. */
  setLeverage(account: string, leverage: number): void {
    if (!Number.isInteger(leverage) || leverage < 1 || leverage > MAX_SPOT_MARGIN_LEVERAGE) reject("INVALID_LEVERAGE");
    this.leverages.set(account, leverage);
  }

  /** Interest owed on `token` (zero when none). */
  outstanding(account: string, token: string): Dec {
    return this.owed.get(account)?.get(token) ?? ZERO;
  }

  /** Interest records of the account, oldest first. */
  history(account: string): readonly InterestRecord[] {
    return this.records.get(account) ?? [];
  }

  /**
   * What the account may still trade on margin, valued in the quote asset: the free collateral less the
   * margin its loans already use (their value ÷ leverage) and the interest it owes, times the leverage.
   */
  buyingPower(account: string): Dec {
    const lev = BigInt(this.leverage(account));
    const a = this.ex.ledger.account(account);
    let loans = ZERO;
    for (const [token, v] of a.balances) if (v < ZERO) loans += mul(-v, this.ex.ledger.markPrice(token));
    let interest = ZERO;
    for (const [token, v] of this.owed.get(account) ?? []) interest += mul(v, this.ex.ledger.markPrice(token));
    return max(this.ex.collateral(account).free - loans / lev - interest, ZERO) * lev;
  }

  /** GET /v3/spotMargin/maxMargin for a spot instrument: buying power in the quote asset and in the base. */
  maxMargin(account: string, inst: Instrument): { base: Dec; quote: Dec } {
    const quote = floorTo(this.buyingPower(account), inst.quoteTick);
    return { quote, base: inst.price > ZERO ? floorTo(div(quote, inst.price), inst.baseTick) : ZERO };
  }

  /**
   * Test hook standing in for a margin trade until the sandbox has MARGIN mode: sells `amount` of `token`
   * for `into` at their mark prices, borrowing whatever exceeds the holding (302301 beyond the buying power).
   */
  borrow(account: string, token: string, amount: Dec, into = token === "USDT" ? "BTC" : "USDT"): void {
    if (amount <= ZERO) reject("AMOUNT_MUST_BE_POSITIVE");
    const from = this.ex.ledger.markPrice(token);
    const to = this.ex.ledger.markPrice(into);
    if (from === ZERO || to === ZERO || into === token)
      reject("INVALID_PARAM", { detail: `cannot price ${token} in ${into}` });
    const value = mul(amount, from);
    if (value > this.buyingPower(account)) reject("BALANCE_NOT_ENOUGH");
    this.ex.ledger.move(account, token, -amount, TokenHistoryType.SPOT_TRANSACTION);
    this.ex.ledger.move(account, into, div(value, to), TokenHistoryType.SPOT_TRANSACTION);
    this.balanceChanged(account, token);
    this.balanceChanged(account, into);
  }

  /** POST /v3/spotMargin/interestRepay: pays min(amount, outstanding) of `token` from its balance. */
  repay(account: string, token: string, amount: Dec): void {
    if (amount <= ZERO) reject("AMOUNT_MUST_BE_POSITIVE");
    const owed = this.outstanding(account, token);
    if (owed <= ZERO) reject("NO_AMOUNT_TO_REPAY_INTEREST");
    const pay = min(amount, owed);
    if (pay > this.available(account, token)) reject("BALANCE_NOT_ENOUGH");
    this.pay(account, token, pay, InterestSide.REPAY);
  }

  private available(account: string, token: string): Dec {
    return this.ex.ledger.balance(account, token) - this.ex.orders.frozen(account, token);
  }

  /** The hourly run: auto-repay what a positive holding can pay, then charge every negative holding. */
  private hourly(at: number): void {
    for (const a of this.ex.ledger.allAccounts()) {
      for (const [token, owed] of this.owed.get(a.key) ?? []) {
        const pay = min(owed, this.available(a.key, token));
        if (pay > ZERO) this.pay(a.key, token, pay, InterestSide.AUTO_REPAY);
      }
      for (const [token, holding] of a.balances) {
        if (holding >= ZERO) continue;
        const rate = hourlyRate(token);
        const charge = mul(-holding, rate);
        if (charge === ZERO) continue;
        this.addOwed(a.key, token, charge);
        this.record(a.key, {
          token,
          side: InterestSide.LOAN,
          interest: -charge,
          loanAmount: -holding,
          hourlyRate: rate,
          annualRate: annualRate(token),
          time: at,
        });
        this.balanceChanged(a.key, token);
      }
    }
  }

  private pay(account: string, token: string, amount: Dec, side: InterestSide): void {
    this.ex.ledger.move(account, token, -amount, TokenHistoryType.INTEREST);
    this.addOwed(account, token, -amount);
    this.record(account, { token, side, interest: amount, time: this.ex.now() });
    this.balanceChanged(account, token);
  }

  private addOwed(account: string, token: string, delta: Dec): void {
    let byToken = this.owed.get(account);
    if (byToken === undefined) this.owed.set(account, (byToken = new Map<string, Dec>()));
    const v = (byToken.get(token) ?? ZERO) + delta;
    if (v === ZERO) byToken.delete(token);
    else byToken.set(token, v);
  }

  private record(account: string, r: Omit<InterestRecord, "id">): void {
    let list = this.records.get(account);
    if (list === undefined) this.records.set(account, (list = []));
    list.push({ id: this.nextRecordId++, ...r });
  }

  private balanceChanged(account: string, token: string): void {
    this.ex.events.emit(account, { kind: "balance", account, token });
  }
}
