import type { StopAlgoOrderRequest } from "@woox-sdk/types";
import { describe, expect, it } from "vitest";
import { SandboxError } from "../src/errors.js";
import { DEFAULT_INSTRUMENTS, Exchange } from "../src/index.js";
import { parseJsonLossless, stringifyJsonLossless } from "../src/json.js";
import { dec, fmt } from "../src/decimal.js";

// The engine on its own, without HTTP (test/algo-manage.test.ts covers the same operations over HTTP).
const A = "account-a";
let t = 1_000;
const ex = () => new Exchange({ instruments: DEFAULT_INSTRUMENTS, now: () => t++ });
type StopExtra = { symbol?: string; clientAlgoOrderId?: number; algoOrderTag?: string };
const stop = (trigger: string, extra: StopExtra = {}): StopAlgoOrderRequest => ({
  symbol: "PERP_BTC_USDT",
  algoType: "STOP",
  side: "BUY",
  type: "MARKET",
  quantity: "0.01",
  triggerPrice: trigger,
  ...extra,
});

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof SandboxError) return e.entry.code;
    throw e;
  }
  return undefined;
}

describe("engine: cancel", () => {
  it("cancels an order and its whole tree; a second cancel is -1006", () => {
    const e = ex();
    const rows = e.place(
      A,
      {
        symbol: "PERP_ETH_USDT",
        algoType: "OCO",
        side: "BUY",
        type: "LIMIT",
        price: "2900",
        quantity: "1",
        childOrders: [{ algoType: "STOP", side: "BUY", type: "MARKET", triggerPrice: "3100" }],
      },
      {},
    );
    const id = rows[0]!.algoOrderId!;
    expect(e.cancel(A, { algoOrderId: id }).map((x) => `${x.event} ${x.algoType}`)).toEqual([
      "CANCELLED OCO",
      "CANCELLED STOP",
    ]);
    expect(code(() => e.cancel(A, { algoOrderId: id }))).toBe(-1006);
    // A cancelled order no longer triggers.
    expect(e.setPrice("PERP_ETH_USDT", dec("3200")!)).toEqual([]);
  });

  it("cancels by clientAlgoOrderId, and all orders of one symbol", () => {
    const e = ex();
    e.place(A, stop("61000", { clientAlgoOrderId: 5 }), {});
    e.place(A, stop("62000"), {});
    e.place(A, stop("3100", { symbol: "PERP_ETH_USDT" }), {});
    expect(e.cancel(A, { clientAlgoOrderId: 5n })).toHaveLength(1);
    expect(e.cancelAll(A, "PERP_BTC_USDT")).toHaveLength(1);
    expect(e.list(A, { status: "INCOMPLETE" }).rows.map((r) => r.symbol)).toEqual(["PERP_ETH_USDT"]);
    expect(e.cancelAll(A)).toHaveLength(1);
    expect(code(() => e.cancel(A, { algoOrderId: 1n }))).toBe(317152);
  });
});

describe("engine: edit", () => {
  it("changes trigger price and quantity under the same rules as placement", () => {
    const e = ex();
    const id = e.place(A, stop("61000"), {})[0]!.algoOrderId!;
    e.edit(A, { algoOrderId: id, triggerPrice: "61500", quantity: "0.02" });
    const n = e.find(A, id)!;
    expect([fmt(n.triggerPrice!), fmt(n.quantity!)]).toEqual(["61500", "0.02"]);
    expect(code(() => e.edit(A, { algoOrderId: id, triggerPrice: "61500.05" }))).toBe(-1103);
    expect(code(() => e.edit(A, { algoOrderId: id, quantity: "0.00015" }))).toBe(-1104);
    expect(code(() => e.edit(A, { algoOrderId: id, triggerPrice: "59000" }))).toBe(317150);
    expect(fmt(e.find(A, id)!.triggerPrice!)).toBe("61500"); // refused edits change nothing
    e.setPrice("PERP_BTC_USDT", dec("61500")!);
    expect(code(() => e.edit(A, { algoOrderId: id, quantity: "0.03" }))).toBe(317161);
  });

  it("an edit that puts the trigger behind the price fires at once", () => {
    const e = ex();
    const id = e.place(
      A,
      {
        symbol: "PERP_BTC_USDT",
        algoType: "TRAILING_STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "0.01",
        activatedPrice: "61000",
        callbackRate: "0.01",
      },
      {},
    )[0]!.algoOrderId!;
    e.edit(A, { algoOrderId: id, activatedPrice: "60000" });
    e.setPrice("PERP_BTC_USDT", dec("60000")!);
    expect(e.find(A, id)!.isActivated).toBe(true);
  });
});

describe("engine: list", () => {
  it("filters and paginates root orders, newest first", () => {
    const e = ex();
    for (let i = 0; i < 5; i++) e.place(A, stop(String(61000 + i * 100), { algoOrderTag: i % 2 ? "odd" : "even" }), {});
    e.place(
      A,
      {
        symbol: "PERP_BTC_USDT",
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: "0.01",
        triggerPrice: "59000",
      },
      {},
    );
    e.setPrice("PERP_BTC_USDT", dec("61150")!); // fills the first two
    expect(e.list(A, {}).total).toBe(6);
    expect(e.list(A, { status: "FILLED" }).total).toBe(2);
    expect(e.list(A, { status: "COMPLETED" }).total).toBe(2);
    expect(e.list(A, { status: "INCOMPLETE" }).total).toBe(4);
    expect(e.list(A, { side: "SELL" }).total).toBe(1);
    expect(e.list(A, { isTriggered: true }).total).toBe(2);
    expect(e.list(A, { algoOrderTag: "odd" }).total).toBe(2);
    const p2 = e.list(A, { page: 2, size: 4 });
    expect([p2.rows.length, p2.total, p2.page, p2.size]).toEqual([2, 6, 2, 4]);
    expect(e.list(A, { size: 1 }).rows[0]!.side).toBe("SELL"); // newest first
    expect(e.list("someone-else", {}).total).toBe(0);
  });
});

describe("lossless JSON", () => {
  it("keeps int64 integers exact both ways", () => {
    const text = '{"a":9223372036854775807,"b":-9007199254740993,"c":1.5,"d":[1,"x",null,true],"e":{"f":"\\u00e9\\n"}}';
    const v = parseJsonLossless(text) as Record<string, unknown>;
    expect(v.a).toBe(9223372036854775807n);
    expect(v.b).toBe(-9007199254740993n);
    expect(v.c).toBe(1.5);
    expect(stringifyJsonLossless(v)).toBe(text.replace("\\u00e9\\n", "é\\n"));
  });

  it("rejects what JSON.parse rejects", () => {
    for (const bad of ["{", '{"a":}', "[1,]", '{"a":1} x', "01", '"\\x"', "nul"])
      expect(() => parseJsonLossless(bad)).toThrow();
  });

  it("does not let a __proto__ key change the prototype", () => {
    const v = parseJsonLossless('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });
});
