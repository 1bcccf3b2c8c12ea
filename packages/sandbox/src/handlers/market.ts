import { fmt } from "../decimal.js";
import { KlineSeries, klineRow } from "../market/klines.js";
import type { BookSide } from "../market/book.js";
import { instrumentView, marketTradeView } from "../views.js";
import { listed } from "./shared.js";
import type { HandlerTable } from "./types.js";

/** Public market data: system status, instruments, the order book, candles and trades. */
export const marketHandlers = {
  getSystemInfo: {
    handle() {
      // The envelope's top-level `timestamp` is the sandbox clock, which clients sync to.
      return { status: 0, msg: "System is functioning properly." };
    },
  },

  getInstruments: {
    handle({ exchange, query }) {
      const list = query.symbol === undefined ? [...exchange.instruments.values()] : [listed(exchange, query.symbol)];
      return { rows: list.map(instrumentView) };
    },
  },

  getOrderbook: {
    handle({ exchange, query }) {
      const inst = listed(exchange, query.symbol);
      const levels = query.maxLevel ?? 100;
      const side = (s: BookSide) =>
        exchange.book(inst.symbol, s, levels).map((l) => ({ price: fmt(l.price), quantity: fmt(l.quantity) }));
      return { asks: side("asks"), bids: side("bids") };
    },
  },

  getKline: {
    handle({ exchange, query }) {
      const inst = listed(exchange, query.symbol);
      const candles = new KlineSeries(inst, query.type, exchange.now()).range(query.limit ?? 100);
      return { rows: candles.map((c) => klineRow(inst, query.type, c)) };
    },
  },

  getKlineHistory: {
    handle({ exchange, query }) {
      const inst = listed(exchange, query.symbol);
      const series = new KlineSeries(inst, query.type, exchange.now());
      const candles = series.range(query.limit ?? 100, toNumber(query.before), toNumber(query.after));
      return { rows: candles.map((c) => klineRow(inst, query.type, c)) };
    },
  },

  getInsuranceFund: {
    // The official page lists `symbol`, although the answer is per token: accepted and ignored.
    handle({ exchange }) {
      return { rows: exchange.insuranceFund.rows() };
    },
  },

  getMarketTrades: {
    handle({ exchange, query }) {
      const inst = listed(exchange, query.symbol);
      const limit = query.limit ?? 10;
      const rows = exchange.ledger.trades
        .filter((t) => t.symbol === inst.symbol)
        .slice(-limit)
        .reverse();
      return { rows: rows.map(marketTradeView) };
    },
  },
} satisfies Partial<HandlerTable>;

const toNumber = (v: number | bigint | undefined): number | undefined => (v === undefined ? undefined : Number(v));
