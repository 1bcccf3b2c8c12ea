import { dec, fmt, toNumber, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { paginate } from "../engine/page.js";
import { reject } from "../errors.js";
import { FUNDING_INTERVAL_HOURS } from "../futures/rate.js";
import type { Instrument } from "../market/instruments.js";
import { listed, millis, pageMeta, perpetuals } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Futures settings and money: default margin modes, funding payments, isolated margin. */

/** `paymentType` of a funding payment (the spec documents the two words, not an enum). */
const PAY = "Pay";
const RECEIVE = "Receive";
const COMPLETED = "COMPLETED";

/** A perpetual named in a margin-mode request: 302101 when not listed, -1005 for a spot symbol. */
function perpetual(ex: Exchange, symbol: string): Instrument {
  const inst = listed(ex, symbol);
  if (inst.kind !== "PERP") reject("INVALID_PARAM", { detail: "default margin modes apply to PERP_ symbols only" });
  return inst;
}

/** A DecimalIn field: a decimal string or a JSON number. */
function decimalIn(v: string | number | bigint, field: string): Dec {
  const d = dec(String(v));
  if (d === undefined) return reject("INVALID_PARAM", { detail: `${field} must be a plain decimal` });
  return d;
}

export const futuresHandlers = {
  getDefaultMarginMode: {
    handle({ exchange, account, query }) {
      const modes = exchange.futures.marginModes;
      if (query.symbol !== undefined) {
        const { symbol } = perpetual(exchange, query.symbol);
        return { symbol, marginMode: modes.effective(account, symbol) };
      }
      return {
        marginMode: modes.default(account),
        rows: modes.overrides(account).map(([symbol, marginMode]) => ({ symbol, marginMode })),
      };
    },
  },

  setDefaultMarginMode: {
    handle({ exchange, account, body }) {
      exchange.futures.marginModes.setDefault(account, body.marginMode);
      return null;
    },
  },

  setSymbolDefaultMarginMode: {
    handle({ exchange, account, path, body }) {
      const { symbol } = perpetual(exchange, path.symbol);
      exchange.futures.marginModes.setSymbol(account, symbol, body.marginMode);
      return null;
    },
  },

  resetDefaultMarginMode: {
    handle({ exchange, account }) {
      exchange.futures.marginModes.reset(account);
      return null;
    },
  },

  getFundingFeeHistory: {
    handle({ exchange, account, query }) {
      const symbol = query.symbol === undefined ? undefined : perpetuals(exchange, query.symbol)[0]!.symbol;
      const from = millis(query.startTime) ?? 0;
      const to = millis(query.endTime) ?? Infinity;
      const matching = exchange.futures.funding
        .paymentsOf(account)
        .filter((p) => (symbol === undefined || p.symbol === symbol) && p.time >= from && p.time <= to)
        .reverse();
      const page = paginate(matching, query.page, query.size);
      return {
        meta: pageMeta(page),
        rows: page.rows.map((p) => ({
          id: p.id,
          symbol: p.symbol,
          // A number in the official example, unlike the other decimals.
          fundingRate: toNumber(p.rate),
          markPrice: fmt(p.markPrice),
          fundingFee: fmt(p.fee),
          fundingIntervalHours: FUNDING_INTERVAL_HOURS,
          paymentType: p.pays ? PAY : RECEIVE,
          status: COMPLETED,
          createdTime: p.time,
          updatedTime: p.time,
        })),
      };
    },
  },

  adjustIsolatedMargin: {
    handle({ exchange, account, body }) {
      exchange.futures.isolated.adjust(account, {
        symbol: body.symbol,
        positionSide: body.positionSide,
        amount: decimalIn(body.adjustAmount, "adjustAmount"),
        action: body.action,
      });
      return null;
    },
  },
} satisfies Partial<HandlerTable>;
