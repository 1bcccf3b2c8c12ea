import type { AlgoOrderRequest, PositionalTpSlLeg, TpSlLeg } from "@woox-sdk/types";

/** The seven parent algo types of POST /v3/trade/algoOrder. */
export const ALGO_TYPES = [
  "STOP",
  "OCO",
  "TRAILING_STOP",
  "POSITIONAL_TP_SL",
  "TP_SL",
  "BRACKET",
  "STOP_BRACKET",
] as const;
export type AlgoType = (typeof ALGO_TYPES)[number];

export type Side = "BUY" | "SELL";

/** What a user says on the command line; each algo type reads the fields it needs. */
export interface OrderSpec {
  algoType: AlgoType;
  symbol: string;
  side?: Side;
  quantity?: string;
  /** Limit price; makes the order (or entry) a LIMIT order. */
  price?: string;
  triggerPrice?: string;
  callbackRate?: string;
  callbackValue?: string;
  activatedPrice?: string;
  /** Take-profit and stop-loss trigger prices (TP/SL types and brackets). */
  tp?: string;
  sl?: string;
  /** For BRACKET / STOP_BRACKET: which TP/SL rides on the entry (default POSITIONAL_TP_SL). */
  bracketChild?: "POSITIONAL_TP_SL" | "TP_SL";
  clientAlgoOrderId?: number | bigint;
  tag?: string;
}

export class OrderSpecError extends Error {
  override readonly name = "OrderSpecError";
}

const opposite = (s: Side): Side => (s === "BUY" ? "SELL" : "BUY");

function need<K extends keyof OrderSpec>(spec: OrderSpec, key: K, flag: string): NonNullable<OrderSpec[K]> {
  const v = spec[key];
  if (v === undefined) throw new OrderSpecError(`${spec.algoType} needs ${flag}`);
  return v;
}

function positionalLegs(spec: OrderSpec, closing: Side): PositionalTpSlLeg[] {
  const legs: PositionalTpSlLeg[] = [];
  if (spec.tp)
    legs.push({
      algoType: "TAKE_PROFIT",
      type: "CLOSE_POSITION",
      side: closing,
      reduceOnly: true,
      triggerPrice: spec.tp,
    });
  if (spec.sl)
    legs.push({
      algoType: "STOP_LOSS",
      type: "CLOSE_POSITION",
      side: closing,
      reduceOnly: true,
      triggerPrice: spec.sl,
    });
  if (legs.length === 0) throw new OrderSpecError(`${spec.algoType} needs --tp and/or --sl`);
  return legs;
}

function quantityLegs(spec: OrderSpec, closing: Side): TpSlLeg[] {
  const legs: TpSlLeg[] = [];
  if (spec.tp) legs.push({ algoType: "TAKE_PROFIT", side: closing, type: "MARKET", triggerPrice: spec.tp });
  if (spec.sl) legs.push({ algoType: "STOP_LOSS", side: closing, type: "MARKET", triggerPrice: spec.sl });
  if (legs.length === 0) throw new OrderSpecError(`${spec.algoType} needs --tp and/or --sl`);
  return legs;
}

// The spec types legs as 1- or 2-tuples.
const tuple = <T>(legs: T[]): [T] | [T, T] => legs as [T] | [T, T];

/** Builds the request body of POST /v3/trade/algoOrder for one algo type, as the spec shapes it. */
export function buildAlgoOrder(spec: OrderSpec): AlgoOrderRequest {
  const common = {
    symbol: spec.symbol,
    ...(spec.clientAlgoOrderId !== undefined ? { clientAlgoOrderId: spec.clientAlgoOrderId as number } : {}),
    ...(spec.tag !== undefined ? { algoOrderTag: spec.tag } : {}),
  };
  const entry =
    spec.price !== undefined ? ({ type: "LIMIT", price: spec.price } as const) : ({ type: "MARKET" } as const);
  switch (spec.algoType) {
    case "STOP":
      return {
        ...common,
        algoType: "STOP",
        side: need(spec, "side", "--side"),
        quantity: need(spec, "quantity", "--quantity"),
        triggerPrice: need(spec, "triggerPrice", "--trigger-price"),
        ...entry,
      };
    case "OCO": {
      const side = need(spec, "side", "--side");
      return {
        ...common,
        algoType: "OCO",
        side,
        type: "LIMIT",
        price: need(spec, "price", "--price (the limit leg)"),
        quantity: need(spec, "quantity", "--quantity"),
        childOrders: [
          {
            algoType: "STOP",
            side,
            type: "MARKET",
            triggerPrice: need(spec, "triggerPrice", "--trigger-price (the stop leg)"),
          },
        ],
      };
    }
    case "TRAILING_STOP": {
      const callback =
        spec.callbackValue !== undefined
          ? { callbackValue: spec.callbackValue }
          : { callbackRate: need(spec, "callbackRate", "--callback-rate or --callback-value") };
      return {
        ...common,
        algoType: "TRAILING_STOP",
        side: need(spec, "side", "--side"),
        type: "MARKET",
        quantity: need(spec, "quantity", "--quantity"),
        ...(spec.activatedPrice !== undefined ? { activatedPrice: spec.activatedPrice } : {}),
        ...callback,
      };
    }
    case "POSITIONAL_TP_SL": {
      // --side is the closing side: SELL closes a long position.
      const closing = need(spec, "side", "--side (the closing side)");
      return {
        ...common,
        algoType: "POSITIONAL_TP_SL",
        side: closing,
        childOrders: tuple(positionalLegs(spec, closing)),
      };
    }
    case "TP_SL": {
      const closing = need(spec, "side", "--side (the closing side)");
      return {
        ...common,
        algoType: "TP_SL",
        side: closing,
        quantity: need(spec, "quantity", "--quantity"),
        childOrders: tuple(quantityLegs(spec, closing)),
      };
    }
    case "BRACKET":
    case "STOP_BRACKET": {
      const side = need(spec, "side", "--side");
      const closing = opposite(side);
      const child =
        spec.bracketChild === "TP_SL"
          ? { algoType: "TP_SL" as const, childOrders: tuple(quantityLegs(spec, closing)) }
          : { algoType: "POSITIONAL_TP_SL" as const, childOrders: tuple(positionalLegs(spec, closing)) };
      const base = {
        ...common,
        side,
        quantity: need(spec, "quantity", "--quantity"),
        childOrders: [child] as [typeof child],
        ...entry,
      };
      return spec.algoType === "BRACKET"
        ? { ...base, algoType: "BRACKET" }
        : {
            ...base,
            algoType: "STOP_BRACKET",
            triggerPrice: need(spec, "triggerPrice", "--trigger-price (the entry's trigger)"),
          };
    }
  }
}

/** One-line description of what an order spec asks for. */
export function describeSpec(s: OrderSpec): string {
  const parts = [s.symbol, s.side ?? "", s.quantity ?? ""];
  if (s.triggerPrice) parts.push(`trigger ${s.triggerPrice}`);
  if (s.price) parts.push(`limit ${s.price}`);
  if (s.activatedPrice) parts.push(`activate ${s.activatedPrice}`);
  if (s.callbackRate) parts.push(`callback ${Number(s.callbackRate) * 100}%`);
  if (s.callbackValue) parts.push(`callback ${s.callbackValue}`);
  if (s.tp) parts.push(`TP ${s.tp}`);
  if (s.sl) parts.push(`SL ${s.sl}`);
  return parts.filter(Boolean).join(" ");
}
