import type { EngineEvent } from "../engine/events.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import type { Json } from "../json.js";
import type { DepositHook, DepositReceipt } from "../wallet/deposits.js";
import type { FaultInjector } from "./faults.js";

/**
 * The sandbox's own routes under /sandbox/ (not part of the API, no auth): move a price, read prices,
 * move the clock, change the injected faults, simulate a deposit.
 */

export interface ControlContext {
  exchange: Exchange;
  faults: FaultInjector;
  setPrice(symbol: string, price: string, quantity?: string): EngineEvent[];
  advanceClock(ms: number): number;
  deposit(request: DepositHook): DepositReceipt;
}

export const isControlPath = (pathname: string): boolean => pathname.startsWith("/sandbox/");

export function control(
  ctx: ControlContext,
  pathname: string,
  method: string,
  body: Json | undefined,
  query: URLSearchParams,
): Json {
  const b = (body !== null && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, Json>;
  if (pathname === "/sandbox/price" && method === "POST") {
    const { symbol, price, quantity } = b;
    if (
      typeof symbol !== "string" ||
      typeof price !== "string" ||
      (quantity !== undefined && typeof quantity !== "string")
    ) {
      reject("INVALID_PARAM", {
        detail:
          'Send {"symbol": "PERP_BTC_USDT", "price": "61000"} (price as a string; optional "quantity": how much trades there)',
      });
    }
    const events = ctx.setPrice(symbol, price, quantity);
    return { symbol, price, events: events as unknown as Json[] };
  }
  if (pathname === "/sandbox/price" && method === "GET") {
    const symbol = query.get("symbol");
    const list = [...ctx.exchange.instruments.values()].filter((i) => symbol === null || i.symbol === symbol);
    if (list.length === 0) reject("UNSUPPORTED_SYMBOL", { vars: { symbol: symbol ?? "" } });
    return { rows: list.map((i) => ({ symbol: i.symbol, price: ctx.exchange.priceText(i.symbol) })) };
  }
  if (pathname === "/sandbox/clock" && method === "POST") {
    const { advanceMs } = b;
    if (typeof advanceMs !== "number" || !Number.isFinite(advanceMs) || advanceMs < 0)
      reject("INVALID_PARAM", { detail: 'Send {"advanceMs": 28800000} (how far to move the sandbox clock, ms >= 0)' });
    return { now: ctx.advanceClock(advanceMs) };
  }
  if (pathname === "/sandbox/clock" && method === "GET") return { now: ctx.exchange.now() };
  if (pathname === "/sandbox/deposit" && method === "POST") {
    const { account, token, network, amount } = b;
    if (
      typeof token !== "string" ||
      (typeof amount !== "string" && typeof amount !== "number") ||
      (account !== undefined && typeof account !== "string") ||
      (network !== undefined && typeof network !== "string")
    ) {
      reject("INVALID_PARAM", {
        detail:
          'Send {"token": "USDT", "network": "TRX", "amount": "1000"} (optional "network": the token\'s first; optional "account": an API key, default the first account)',
      });
    }
    return { ...ctx.deposit({ account, token, network, amount }) };
  }
  if (pathname === "/sandbox/faults" && method === "POST") {
    try {
      ctx.faults.configure(b);
    } catch (e) {
      reject("INVALID_PARAM", { detail: (e as Error).message });
    }
    return { active: ctx.faults.active };
  }
  return reject("RESOURCE_NOT_FOUND", { status: 404, detail: `No sandbox control route ${method} ${pathname}` });
}
