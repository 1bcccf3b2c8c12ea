import type { Position } from "@woox-sdk/types";
import { MarginMode, PositionMode, PositionSide } from "@woox-sdk/types/enums";
import { fmt, ZERO } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import { listed, money } from "./shared.js";
import type { DataOf, HandlerTable } from "./types.js";

/** Perpetual positions and the settings that shape them: leverage and position mode. */
export const positionHandlers = {
  getPositions: {
    handle({ exchange: ex, account, query }) {
      const symbol = query.symbol;
      if (symbol !== undefined) listed(ex, symbol);
      const since = ex.now() - 86_400_000;
      const positions = [...ex.ledger.account(account).positions.values()]
        .filter((p) => p.holding !== ZERO && (symbol === undefined || p.symbol === symbol))
        .map((p) => {
          const leverage = ex.ledger.leverage(account, p.symbol, p.marginMode, p.positionSide);
          const pending = ex.orders.pending(account, (i) => i.symbol === p.symbol);
          const recent = ex.ledger.account(account).trades.filter((t) => t.symbol === p.symbol && t.time >= since);
          const liq = ex.liquidationPrice(p.symbol, p.holding, p.averageOpenPrice, leverage);
          const out: Position = {
            symbol: p.symbol,
            holding: fmt(p.holding),
            positionSide: p.positionSide,
            marginMode: p.marginMode,
            leverage,
            pendingLongQty: fmt(pending.long),
            pendingShortQty: fmt(pending.short),
            settlePrice: fmt(p.averageOpenPrice),
            averageOpenPrice: fmt(p.averageOpenPrice),
            markPrice: ex.priceText(p.symbol),
            estLiqPrice: liq === undefined ? null : fmt(liq),
            pnl24H: fmt(recent.reduce((s, t) => s + (t.realizedPnl ?? ZERO), ZERO)),
            fee24H: fmt(recent.reduce((s, t) => s + t.fee, ZERO)),
            adlQuantile: 1,
            timestamp: p.updatedTime,
          };
          if (p.marginMode === MarginMode.ISOLATED) {
            const isoLiq = ex.futures.isolated.liquidationPrice(account, p);
            out.isolatedMarginToken = ex.instrument(p.symbol).quoteAsset;
            out.isolatedMarginAmount = money(ex.futures.isolated.margin(account, p));
            out.estLiqPrice = isoLiq === undefined ? null : fmt(isoLiq);
          }
          return out;
        });
      return { positions };
    },
  },

  getLeverage: {
    handle({ exchange, account, query }) {
      const inst = listed(exchange, query.symbol);
      if (inst.kind !== "PERP") reject("INVALID_PARAM", { detail: "leverage applies to PERP_ symbols only" });
      return leverageView(exchange, account, inst.symbol, query.marginMode ?? MarginMode.CROSS);
    },
  },

  setLeverage: {
    // The API answers a leverage that is not a positive integer (or above the maximum) with its own code.
    hooks: { fieldErrors: { leverage: { name: "INVALID_LEVERAGE" } } },
    handle({ exchange, account, body }) {
      const marginMode = body.marginMode ?? MarginMode.CROSS;
      exchange.setLeverage(account, body.symbol, body.leverage, marginMode, body.positionSide);
      // The live answer carries no payload (spec: AckResponse), so `data` is left out.
      return undefined;
    },
  },

  setPositionMode: {
    handle(ctx) {
      ctx.exchange.setPositionMode(ctx.account, ctx.body.positionMode);
      // The live answer is {"success": true, "timestamp": …} (spec: AckResponse).
      return undefined;
    },
  },
} satisfies Partial<HandlerTable>;

/**
 * The leverage of one symbol as GET /v3/futures/leverage answers it: one row per position side the account
 * can hold on it (BOTH in one-way mode, LONG and SHORT in hedge mode).
 */
function leverageView(ex: Exchange, account: string, symbol: string, marginMode: MarginMode): DataOf<"getLeverage"> {
  const positionMode = ex.ledger.account(account).positionMode;
  const sides =
    positionMode === PositionMode.HEDGE_MODE ? [PositionSide.LONG, PositionSide.SHORT] : [PositionSide.BOTH];
  return {
    symbol,
    marginMode,
    positionMode,
    details: sides.map((positionSide) => ({
      positionSide,
      leverage: ex.ledger.leverage(account, symbol, marginMode, positionSide),
    })),
  };
}
