import type { ConvertTrade } from "../convert/convert.js";
import { dec, fmt } from "../decimal.js";
import { int64 } from "../engine/fields.js";
import { paginate } from "../engine/page.js";
import { reject } from "../errors.js";
import { millis } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** A quoteId as the body may carry it: an integer or a digit string (ccxt sends strings). */
function quoteIdOf(v: unknown): bigint {
  if (typeof v === "string" && /^[0-9]{1,19}$/.test(v)) return BigInt(v);
  const id = int64(v);
  if (id === undefined) reject("INVALID_PARAM", { detail: "quoteId must be an integer" });
  return id;
}

/** Seconds with three decimals, as a string (the asset-info sample's time format). */
const secondsText = (ms: number): string => (ms / 1000).toFixed(3);

/** A conversion as getConvertTrade and getConvertTrades answer it. */
const tradeView = (t: ConvertTrade) => ({
  quoteId: t.quoteId,
  buyAsset: t.buyToken,
  sellAsset: t.sellToken,
  buyAmount: fmt(t.buyQuantity),
  sellAmount: fmt(t.sellQuantity),
  // 1: done, as in the acceptance's rftAccepted (the live meaning of tradeStatus is unknown).
  tradeStatus: 1,
  // Epoch ms as a digit string: ccxt reads it as integer ms (a seconds string gives it 1970 dates).
  createdTime: String(t.time),
});

/** Convert: tokens, quotes (RFQ), their acceptance (RFT) and the conversions made. */
export const convertHandlers = {
  getConvertExchangeInfo: {
    // The live shape is unknown: the spec gives an open object whose fields it does not describe, so the
    // sandbox answers the empty object of the spec's example. getConvertAssetInfo lists what converts.
    handle() {
      return {};
    },
  },

  getConvertAssetInfo: {
    topLevel: true,
    handle({ exchange: ex }) {
      const listed = secondsText(Math.min(...[...ex.instruments.values()].map((i) => i.createdTime)));
      return {
        rows: ex.convert.tokens().map((token) => ({
          token,
          tick: Number(fmt(ex.convert.tick(token))),
          createdTime: listed,
          updatedTime: listed,
        })),
      };
    },
  },

  getConvertQuote: {
    handle({ exchange: ex, account, query }) {
      const sellQuantity = dec(query.sellQuantity);
      if (sellQuantity === undefined)
        reject("INVALID_PARAM", { detail: "sellQuantity must be a decimal with at most 12 places" });
      const q = ex.convert.quote(account, query.sellToken, query.buyToken, sellQuantity);
      return {
        quoteId: q.quoteId,
        counterPartyId: "",
        sellToken: q.sellToken,
        sellQuantity: fmt(q.sellQuantity),
        buyToken: q.buyToken,
        buyQuantity: fmt(q.buyQuantity),
        buyPrice: fmt(q.buyPrice),
        expireTimestamp: q.expireTimestamp,
        message: "",
      };
    },
  },

  acceptConvertQuote: {
    handle({ exchange: ex, account, body }) {
      const t = ex.convert.accept(account, quoteIdOf(body.quoteId));
      return { quoteId: t.quoteId, counterPartyId: "", rftAccepted: 1 };
    },
  },

  getConvertTrade: {
    handle({ exchange: ex, account, query }) {
      return tradeView(ex.convert.trade(account, quoteIdOf(query.quoteId)));
    },
  },

  getConvertTrades: {
    handle({ exchange: ex, account, query }) {
      const from = millis(query.startTime);
      const to = millis(query.endTime);
      const matches = ex.convert
        .history(account)
        .filter((t) => (from === undefined || t.time >= from) && (to === undefined || t.time <= to))
        .reverse();
      const page = paginate(matches, query.page, query.size);
      return { count: page.total, tradeVos: page.rows.map(tradeView) };
    },
  },
} satisfies Partial<HandlerTable>;
