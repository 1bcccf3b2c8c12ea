import { describe, expect, it } from "vitest";
import { dec } from "../src/decimal.js";
import { DEFAULT_INSTRUMENTS, Exchange, type EngineEvent } from "../src/index.js";

// Every change of an order's state goes through exchange.events, whatever caused it, with its account:
// what a stream server will subscribe to.
describe("engine events", () => {
  const start = () => {
    let t = 1_000;
    const ex = new Exchange({ instruments: DEFAULT_INSTRUMENTS, now: () => t++ });
    const seen: [string, string][] = [];
    const stop = ex.events.subscribe((account, e: EngineEvent) =>
      seen.push([
        account,
        "kind" in e ? `${e.kind} ${e.token}` : `${e.event} ${"algoType" in e ? e.algoType : e.type}`,
      ]),
    );
    return { ex, seen, stop };
  };

  it("reports fills on arrival, triggers on a price move and cancels, each with its account", () => {
    const { ex, seen } = start();
    ex.orders.place("a", { symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    ex.place("b", {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      quantity: "0.01",
      triggerPrice: "61000",
    });
    ex.orders.place("a", { symbol: "SPOT_ETH_USDT", side: "BUY", type: "LIMIT", price: "2900", quantity: "0.1" });
    expect(seen).toEqual([["a", "FILLED MARKET"]]);

    const moved = ex.setPrice("PERP_BTC_USDT", dec("61000")!);
    expect(seen.slice(1)).toEqual([
      ["b", "TRIGGERED STOP"],
      ["b", "FILLED STOP"],
    ]);
    // What setPrice returns is exactly what it emitted.
    expect(moved.map((e) => ("kind" in e ? e.kind : e.event))).toEqual(["TRIGGERED", "FILLED"]);

    ex.cancelEverything("a");
    expect(seen.at(-1)).toEqual(["a", "CANCELLED LIMIT"]);
  });

  it("stops reporting to a listener that unsubscribed", () => {
    const { ex, seen, stop } = start();
    stop();
    ex.orders.place("a", { symbol: "SPOT_ETH_USDT", side: "BUY", type: "MARKET", quantity: "0.1" });
    expect(seen).toEqual([]);
  });
});
