import { AlgoType, OrderStatusFilter, Side, type WooxClient } from "@woox-sdk/client";
import type { AlgoOrder } from "@woox-sdk/types";
import { decimalArg, idArg, UsageError } from "./args.js";
import { orderLine } from "./demo.js";
import type { Output } from "./output.js";

/**
 * list, edit, cancel and cancel-all: thin command-line wrappers over the client's task-shaped helpers
 * (`client.algoOrders.*`), which resolve to the response's `data` and throw WooxApiError.
 */

type Values = Record<string, string | boolean | undefined>;
type Id = number | bigint;

const str = (v: string | boolean | undefined): string | undefined => (typeof v === "string" ? v : undefined);

function oneOf<T extends string>(
  flag: string,
  v: string | boolean | undefined,
  allowed: Readonly<Record<string, T>>,
): T | undefined {
  const s = str(v)?.toUpperCase();
  if (s === undefined) return undefined;
  const values = Object.values(allowed);
  if (!values.includes(s as T))
    throw new UsageError(`--${flag} must be one of ${values.join(", ")}, got "${String(v)}"`);
  return s as T;
}

function positiveInt(flag: string, v: string | boolean | undefined, max: number): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 1 || n > max)
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}, got "${s}"`);
  return n;
}

const SYMBOL = /^(SPOT|PERP)_[A-Z0-9]+_[A-Z0-9]+$/;
function symbolArg(v: string | boolean | undefined): string | undefined {
  const s = str(v);
  if (s !== undefined && !SYMBOL.test(s)) throw new UsageError(`--symbol must look like PERP_BTC_USDT, got "${s}"`);
  return s;
}

/** Exactly one of --id and --client-id, as the API's algoOrderId / clientAlgoOrderId. */
export function orderRef(command: string, v: Values): { algoOrderId: Id } | { clientAlgoOrderId: Id } {
  const algoOrderId = idArg("id", v.id);
  const clientAlgoOrderId = idArg("client-id", v["client-id"]);
  if ((algoOrderId === undefined) === (clientAlgoOrderId === undefined))
    throw new UsageError(`${command} needs either --id or --client-id (not both)`);
  return algoOrderId !== undefined ? { algoOrderId } : { clientAlgoOrderId: clientAlgoOrderId! };
}

function treeLines(o: AlgoOrder, indent = ""): string[] {
  return [orderLine(o, indent), ...(o.childOrders ?? []).flatMap((c) => treeLines(c, `${indent}  `))];
}

export const LIST_OPTS = {
  symbol: { type: "string" },
  side: { type: "string" },
  type: { type: "string" },
  status: { type: "string" },
  tag: { type: "string" },
  page: { type: "string" },
  size: { type: "string" },
  all: { type: "boolean" },
  "client-id": { type: "string" },
} as const;

/** Checks a command's arguments at once (usage errors before any request) and returns what runs it. */
export type Runner = (client: WooxClient, out: Output) => Promise<number>;

/** `list`: one page (default), or every page with --all; --client-id filters on this side (the API has no such filter). */
export function listCommand(v: Values): Runner {
  const filters = {
    symbol: symbolArg(v.symbol),
    side: oneOf("side", v.side, Side),
    algoType: oneOf("type", v.type, AlgoType),
    status: oneOf("status", v.status, OrderStatusFilter),
    algoOrderTag: str(v.tag),
    size: positiveInt("size", v.size, 500),
  };
  const page = positiveInt("page", v.page, 1_000_000);
  const clientId = idArg("client-id", v["client-id"]);
  const query = Object.fromEntries(Object.entries(filters).filter(([, x]) => x !== undefined));
  if ((v.all === true || clientId !== undefined) && page !== undefined)
    throw new UsageError("--page goes with a single page; drop it with --all or --client-id");
  return async (client, out) => {
    let rows: AlgoOrder[];
    let total: number;
    if (v.all === true || clientId !== undefined) {
      rows = [];
      for await (const o of client.algoOrders.iterate(query))
        if (clientId === undefined || BigInt(o.clientAlgoOrderId ?? 0) === BigInt(clientId)) rows.push(o);
      total = rows.length;
      out.line(
        `${total} algo order${total === 1 ? "" : "s"}${clientId !== undefined ? ` with clientAlgoOrderId ${String(clientId)}` : ""}`,
      );
    } else {
      const res = await client.algoOrders.list({ ...query, ...(page !== undefined ? { page } : {}) });
      rows = res.rows;
      total = res.meta.total;
      const first = (res.meta.currentPage - 1) * res.meta.recordsPerPage;
      out.line(
        rows.length === 0
          ? `no algo orders (total ${total})`
          : `algo orders ${first + 1}-${first + rows.length} of ${total} ` +
              `(page ${res.meta.currentPage}, ${res.meta.recordsPerPage} a page; --all for every page)`,
      );
    }
    for (const o of rows) for (const l of treeLines(o, "  ")) out.line(l);
    out.result({ ok: true, total, rows });
    return 0;
  };
}

export const EDIT_OPTS = {
  id: { type: "string" },
  "client-id": { type: "string" },
  quantity: { type: "string" },
  price: { type: "string" },
  "trigger-price": { type: "string" },
  "visible-quantity": { type: "string" },
  "callback-rate": { type: "string" },
  "callback-value": { type: "string" },
  "activated-price": { type: "string" },
} as const;

/** `edit`: PUT /v3/trade/algoOrder with the fields given, then reads the order back. */
export function editCommand(v: Values): Runner {
  const ref = orderRef("edit", v);
  const fields = {
    quantity: decimalArg("quantity", v.quantity),
    price: decimalArg("price", v.price),
    triggerPrice: decimalArg("trigger-price", v["trigger-price"]),
    visibleQuantity: decimalArg("visible-quantity", v["visible-quantity"]),
    callbackRate: decimalArg("callback-rate", v["callback-rate"]),
    callbackValue: decimalArg("callback-value", v["callback-value"]),
    activatedPrice: decimalArg("activated-price", v["activated-price"]),
  };
  const changes = Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== undefined)) as Record<
    string,
    string
  >;
  if (Object.keys(changes).length === 0)
    throw new UsageError(
      "edit needs at least one of --quantity, --price, --trigger-price, --visible-quantity, --callback-rate, --callback-value, --activated-price",
    );
  const body = { ...(ref as { algoOrderId: number }), ...changes };
  return async (client, out) => {
    const { status } = await client.algoOrders.edit(body);
    out.line(
      `${status}: ${Object.entries(changes)
        .map(([k, x]) => `${k} ${x}`)
        .join(", ")}`,
    );
    const order = await client.algoOrders.get(ref);
    for (const l of treeLines(order, "  ")) out.line(l);
    out.result({ ok: true, status, order });
    return 0;
  };
}

export const CANCEL_OPTS = {
  id: { type: "string" },
  "client-id": { type: "string" },
  symbol: { type: "string" },
} as const;

/** `cancel`: DELETE /v3/trade/algoOrder (the order and everything under it), then reads it back. */
export function cancelCommand(v: Values): Runner {
  const ref = orderRef("cancel", v);
  const symbol = symbolArg(v.symbol);
  return async (client, out) => {
    const { status } = await client.algoOrders.cancel({ ...ref, ...(symbol !== undefined ? { symbol } : {}) });
    out.line(status);
    const order = await client.algoOrders.get(ref);
    for (const l of treeLines(order, "  ")) out.line(l);
    out.result({ ok: true, status, order });
    return 0;
  };
}

export const CANCEL_ALL_OPTS = { symbol: { type: "string" } } as const;

/** `cancel-all`: DELETE /v3/trade/algoOrders, for one symbol or all. */
export function cancelAllCommand(v: Values): Runner {
  const symbol = symbolArg(v.symbol);
  return async (client, out) => {
    const { status } = await client.algoOrders.cancelAll(symbol !== undefined ? { symbol } : {});
    out.line(`${status}: every open algo order${symbol !== undefined ? ` on ${symbol}` : ""}`);
    out.result({ ok: true, status });
    return 0;
  };
}
