import { fmt, ZERO } from "../decimal.js";
import { funding, FUNDING_INTERVAL_HOURS } from "../market/funding.js";
import { stats24h } from "../market/klines.js";
import { perpetuals } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Public data of perpetuals: funding rates and the futures overview. */
export const fundingHandlers = {
  getFundingRate: {
    handle({ exchange, query }) {
      const now = exchange.now();
      return {
        rows: perpetuals(exchange, query.symbol).map((inst) => {
          const f = funding(inst, now);
          return {
            symbol: inst.symbol,
            estFundingRate: fmt(f.est),
            estFundingRateTimestamp: now,
            lastFundingRate: fmt(f.last),
            lastFundingRateTimestamp: f.lastTime,
            nextFundingTime: f.next,
            lastFundingIntervalHours: FUNDING_INTERVAL_HOURS,
            estFundingIntervalHours: FUNDING_INTERVAL_HOURS,
          };
        }),
      };
    },
  },

  getFutures: {
    handle({ exchange, query }) {
      const now = exchange.now();
      return {
        rows: perpetuals(exchange, query.symbol).map((inst) => {
          const f = funding(inst, now);
          const s = stats24h(inst, now);
          // Open interest: the long side of every account's positions.
          let openInterest = ZERO;
          for (const a of exchange.ledger.allAccounts())
            for (const p of a.positions.values())
              if (p.symbol === inst.symbol && p.holding > ZERO) openInterest += p.holding;
          return {
            symbol: inst.symbol,
            indexPrice: fmt(inst.price),
            markPrice: fmt(inst.price),
            estFundingRate: fmt(f.est),
            lastFundingRate: fmt(f.last),
            nextFundingTime: f.next,
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
