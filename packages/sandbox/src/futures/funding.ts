import { TokenHistoryType } from "@woox-sdk/types/enums";
import { abs, decOf, floorTo, mul, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { Instrument } from "../market/instruments.js";
import { FUNDING_MS, fundingRate, lastFundingTime, nextFundingTime } from "./rate.js";

/**
 * Funding rounds and funding payments. At every funding time (every 8 h, aligned, on the sandbox clock)
 * each perpetual gets its round's rate (see rate.ts) and every open position on it pays or receives
 * |holding| × mark × rate in the quote asset: longs pay a positive rate and shorts receive it, the other
 * way round for a negative one. The money moves through the ledger (a FUNDING_FEE row), the payment is
 * kept for GET /v3/futures/fundingFee/history and the round for GET /v3/public/fundingRateHistory.
 */

export interface FundingRound {
  symbol: string;
  rate: Dec;
  markPrice: Dec;
  /** The funding time (epoch ms). */
  time: number;
  nextTime: number;
}

export interface FundingPayment {
  id: bigint;
  symbol: string;
  rate: Dec;
  markPrice: Dec;
  /** Unsigned, in the quote asset; `pays` says which way it went. */
  fee: Dec;
  pays: boolean;
  time: number;
}

/** Fees are kept to 8 decimal places, as the exchange prints them. */
const FEE_STEP = decOf("0.00000001");

export class FundingBook {
  /** Per perpetual, oldest round first. */
  private readonly rounds = new Map<string, FundingRound[]>();
  /** Per account, oldest payment first. */
  private readonly payments = new Map<string, FundingPayment[]>();
  private nextPaymentId = 1_000_001n;

  constructor(private readonly ex: Exchange) {
    // The round just before the sandbox opened, so that "last funding" exists from the start; nobody held
    // a position then, so it charges nothing.
    const last = lastFundingTime(ex.now());
    for (const inst of this.perpetuals()) this.rounds.set(inst.symbol, [this.round(inst, last)]);
    ex.schedule.every("funding", FUNDING_MS, (at) => this.settle(at));
  }

  /** The rate the next round would have at the current prices, and when that round is. */
  estimate(inst: Instrument): { rate: Dec; time: number } {
    const time = nextFundingTime(this.ex.now());
    return { rate: fundingRate(inst, this.ex.instruments, time), time };
  }

  /** Every round of a perpetual so far, oldest first. */
  history(symbol: string): readonly FundingRound[] {
    return this.rounds.get(symbol) ?? [];
  }

  /** The newest round of a perpetual. */
  last(symbol: string): FundingRound {
    return this.history(symbol).at(-1)!;
  }

  /** Every funding payment of an account, oldest first. */
  paymentsOf(account: string): readonly FundingPayment[] {
    return this.payments.get(account) ?? [];
  }

  private perpetuals(): Instrument[] {
    return [...this.ex.instruments.values()].filter((i) => i.kind === "PERP");
  }

  private round(inst: Instrument, time: number): FundingRound {
    return {
      symbol: inst.symbol,
      rate: fundingRate(inst, this.ex.instruments, time),
      markPrice: inst.price,
      time,
      nextTime: time + FUNDING_MS,
    };
  }

  /** One funding round at `at`: a rate per perpetual, and a payment per open position on it. */
  private settle(at: number): void {
    for (const inst of this.perpetuals()) {
      const round = this.round(inst, at);
      this.rounds.get(inst.symbol)!.push(round);
      for (const a of this.ex.ledger.allAccounts())
        for (const p of a.positions.values())
          if (p.symbol === inst.symbol && p.holding !== ZERO) this.charge(a.key, inst, p.holding, round);
    }
  }

  private charge(account: string, inst: Instrument, holding: Dec, round: FundingRound): void {
    const fee = floorTo(abs(mul(mul(holding, round.markPrice), round.rate)), FEE_STEP);
    const pays = round.rate !== ZERO && holding > ZERO === round.rate > ZERO;
    this.ex.ledger.move(account, inst.quoteAsset, pays ? -fee : fee, TokenHistoryType.FUNDING_FEE);
    let list = this.payments.get(account);
    if (list === undefined) this.payments.set(account, (list = []));
    list.push({
      id: this.nextPaymentId++,
      symbol: inst.symbol,
      rate: round.rate,
      markPrice: round.markPrice,
      fee,
      pays,
      time: round.time,
    });
    this.ex.events.emit(account, { kind: "balance", account, token: inst.quoteAsset });
    this.ex.events.emit(account, { kind: "position", account, symbol: inst.symbol });
  }
}
