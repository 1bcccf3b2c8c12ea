import { dec, fmt, type Dec } from "../decimal.js";
import { paginate } from "../engine/page.js";
import { reject } from "../errors.js";
import { annualRate, hourlyRate, INTEREST_INTERVAL_MS } from "../margin/rates.js";
import { identity, listed, millis, pageMeta, tokenFilter } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** A DecimalIn body field (a decimal string, or a JSON number as ccxt sends amounts). */
function decimalIn(v: string | number, field: string): Dec {
  const d = dec(typeof v === "number" ? String(v) : v);
  if (d === undefined) reject("INVALID_PARAM", { detail: `${field} must be a decimal with at most 12 places` });
  return d;
}

/** Spot margin: rates, interest records, buying power, leverage and interest repayment. */
export const spotMarginHandlers = {
  getInterestRates: {
    handle({ exchange: ex, query }) {
      const estTime = (Math.floor(ex.now() / INTEREST_INTERVAL_MS) + 1) * INTEREST_INTERVAL_MS;
      return {
        rows: tokenFilter(ex, query.token).map((token) => {
          const hourly = fmt(hourlyRate(token));
          const annual = fmt(annualRate(token));
          // Static rates: the estimate for the next hour is the current rate.
          return {
            token,
            currentHourlyBaseRate: hourly,
            estHourlyBaseRate: hourly,
            currentAnnualBaseRate: annual,
            estAnnualBaseRate: annual,
            estTime,
          };
        }),
      };
    },
  },

  getInterestHistory: {
    handle({ exchange: ex, account, query }) {
      const from = millis(query.startTime);
      const to = millis(query.endTime);
      const matches = ex.spotMargin
        .history(account)
        .filter(
          (r) =>
            (query.token === undefined || r.token === query.token) &&
            (query.side === undefined || r.side === query.side) &&
            (from === undefined || r.time >= from) &&
            (to === undefined || r.time <= to),
        )
        .reverse();
      const page = paginate(matches, query.page, query.size);
      const id = identity(account);
      const orNull = (v: Dec | undefined) => (v === undefined ? null : fmt(v));
      return {
        meta: pageMeta(page),
        rows: page.rows.map((r) => ({
          id: r.id,
          token: r.token,
          side: r.side,
          status: "SUCCEED",
          quantity: orNull(r.loanAmount),
          userId: id.userId,
          applicationId: id.applicationId,
          interest: fmt(r.interest),
          hourlyRate: orNull(r.hourlyRate),
          annualRate: orNull(r.annualRate),
          createdTime: r.time,
          updatedTime: r.time,
          loanAmount: orNull(r.loanAmount),
        })),
      };
    },
  },

  getMaxMargin: {
    handle({ exchange: ex, account, query }) {
      const inst = listed(ex, query.symbol);
      if (inst.kind !== "SPOT") reject("SYMBOL_NOT_EXISTS");
      const m = ex.spotMargin.maxMargin(account, inst);
      return { symbol: inst.symbol, availableBaseQuantity: fmt(m.base), availableQuoteQuantity: fmt(m.quote) };
    },
  },

  setSpotMarginLeverage: {
    // A leverage below 1 or not an integer is the API's own code, not -1005.
    hooks: { fieldErrors: { leverage: { name: "INVALID_LEVERAGE" } } },
    handle({ exchange: ex, account, body }) {
      ex.spotMargin.setLeverage(account, body.leverage);
      // The answer's payload is unknown (spec: AckResponse; ccxt does not read it).
      return null;
    },
  },

  repayInterest: {
    handle({ exchange: ex, account, body }) {
      ex.spotMargin.repay(account, body.token, decimalIn(body.amount, "amount"));
      // The legacy answer is a bare success (spec: AckResponse).
      return null;
    },
  },
} satisfies Partial<HandlerTable>;
