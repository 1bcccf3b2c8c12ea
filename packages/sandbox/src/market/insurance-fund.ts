import { dec, fmt, ZERO, type Dec } from "../decimal.js";

/** The balance GET /v3/public/insuranceFund answers when startSandbox is given none (the spec's example). */
export const DEFAULT_INSURANCE_FUND = "1520344.21";

/**
 * The futures insurance fund: one USDT balance, set by `startSandbox({ insuranceFund })` or at run time
 * with `set`. The sandbox simulates no liquidations, so nothing else moves it.
 */
export class InsuranceFund {
  /** The only token the official page documents. */
  readonly token = "USDT";
  private balance: Dec;

  constructor(initial: string = DEFAULT_INSURANCE_FUND) {
    this.balance = InsuranceFund.parse(initial);
  }

  set(balance: string): void {
    this.balance = InsuranceFund.parse(balance);
  }

  rows(): { token: string; balance: string }[] {
    return [{ token: this.token, balance: fmt(this.balance) }];
  }

  private static parse(text: string): Dec {
    const v = dec(text);
    if (v === undefined || v < ZERO)
      throw new TypeError(`insuranceFund must be a non-negative decimal string, got "${text}"`);
    return v;
  }
}
