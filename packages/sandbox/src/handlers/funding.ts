import { fmt, ZERO } from "../decimal.js";
import { paginate } from "../engine/page.js";
import { FUNDING_INTERVAL_HOURS, indexPrice } from "../futures/rate.js";
import type { FundingRound } from "../futures/funding.js";
import { stats24h } from "../market/klines.js";
import { millis, pageMeta, perpetuals } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Public data of perpetuals: funding rates (from the sandbox's funding rounds) and the futures overview. */
export const fundingHandlers = {
  getFundingRate: {
    handle({ exchange, query }) {
      const now = exchange.now();
      return {
        rows: perpetuals(exchange, query.symbol).map((inst) => {
          const est = exchange.futures.funding.estimate(inst);
          const last = exchange.futures.funding.last(inst.symbol);
          return {
            symbol: inst.symbol,
            estFundingRate: fmt(est.rate),
            estFundingRateTimestamp: now,
            lastFundingRate: fmt(last.rate),
            lastFundingRateTimestamp: last.time,
            nextFundingTime: est.time,
            lastFundingIntervalHours: FUNDING_INTERVAL_HOURS,
            estFundingIntervalHours: FUNDING_INTERVAL_HOURS,
          };
        }),
      };
    },
  },

  getFundingRateHistory: {
    handle({ exchange, query }) {
      const [inst] = perpetuals(exchange, query.symbol);
      const rounds = exchange.futures.funding.history(inst!.symbol);
      const row = (r: FundingRound) => ({
        symbol: r.symbol,
        fundingRate: fmt(r.rate),
        fundingRateTimestamp: r.time,
        nextFundingTime: r.nextTime,
        markPrice: fmt(r.markPrice),
      });
      // Without a range the legacy API answered the newest rate only.
      if (query.startTime === undefined && query.endTime === undefined) return { rows: rounds.slice(-1).map(row) };
      const from = millis(query.startTime) ?? 0;
      const to = millis(query.endTime) ?? Infinity;
      const page = paginate(rounds.filter((r) => r.time >= from && r.time <= to).reverse(), query.page, query.size);
      return { rows: page.rows.map(row), meta: pageMeta(page) };
    },
  },

  getFutures: {
    handle({ exchange, query }) {
      const now = exchange.now();
      return {
        rows: perpetuals(exchange, query.symbol).map((inst) => {
          const est = exchange.futures.funding.estimate(inst);
          const s = stats24h(inst, now);
          // Open interest: the long side of every account's positions.
          let openInterest = ZERO;
          for (const a of exchange.ledger.allAccounts())
            for (const p of a.positions.values())
              if (p.symbol === inst.symbol && p.holding > ZERO) openInterest += p.holding;
          return {
            symbol: inst.symbol,
            indexPrice: fmt(indexPrice(inst, exchange.instruments)),
            markPrice: fmt(inst.price),
            estFundingRate: fmt(est.rate),
            lastFundingRate: fmt(exchange.futures.funding.last(inst.symbol).rate),
            nextFundingTime: est.time,
            openInterest: fmt(openInterest),
            "24hOpen": fmt(s.open),
            "24hClose": fmt(s.close),
            "24hHigh": fmt(s.high),
            "24hLow": fmt(s.low),
            "24hVolume": fmt(s.volume),
            "24hAmount": fmt(s.amount),
          };
        }),
      };
    },
  },
} satisfies Partial<HandlerTable>;
