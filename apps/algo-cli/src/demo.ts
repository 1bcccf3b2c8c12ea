import { createWooxClient, parseJson, type WooxApiError, type WooxClient } from "@woox-sdk/client";
import type { AlgoOrder, AlgoOrderRequest } from "@woox-sdk/types";
import { buildAlgoOrder, describeSpec, type OrderSpec } from "./orders.js";
import { errorLines, errorSummary, type Output } from "./output.js";
import type { Target } from "./target.js";

/**
 * The main job: all seven algo types placed on the embedded sandbox, read back, driven through their
 * triggers by moving prices, read back again; listed, edited and cancelled with the client's helpers;
 * the account those fills left behind; then a few typical mistakes, each printed with what the error
 * catalog knows about it. Exits non-zero if anything does not happen as described.
 *
 * The client keeps its defaults (pacing to the spec's rate limits, retries), as a user's program would:
 * the orders are spread over instruments so that pacing costs about a second in all.
 */

type Id = number | bigint;

/** One order per type, spread over instruments (POST algoOrder allows 2 requests/s per symbol). */
export const DEMO_ORDERS: readonly OrderSpec[] = [
  { algoType: "STOP", symbol: "PERP_BTC_USDT", side: "BUY", quantity: "0.01", triggerPrice: "61000" },
  { algoType: "POSITIONAL_TP_SL", symbol: "PERP_BTC_USDT", side: "SELL", tp: "62000", sl: "59000" },
  { algoType: "OCO", symbol: "PERP_ETH_USDT", side: "BUY", quantity: "0.1", price: "2900", triggerPrice: "3100" },
  {
    algoType: "TRAILING_STOP",
    symbol: "SPOT_ETH_USDT",
    side: "SELL",
    quantity: "0.1",
    activatedPrice: "3050",
    callbackRate: "0.01",
  },
  { algoType: "TP_SL", symbol: "SPOT_BTC_USDT", side: "SELL", quantity: "0.001", tp: "62000", sl: "58000" },
  { algoType: "BRACKET", symbol: "SPOT_BAL_USDT", side: "BUY", quantity: "1", price: "69", tp: "76", sl: "50" },
  {
    algoType: "STOP_BRACKET",
    symbol: "SPOT_WOO_USDT",
    side: "BUY",
    quantity: "100",
    triggerPrice: "0.21",
    tp: "0.25",
    sl: "0.18",
    bracketChild: "TP_SL",
  },
];

/** Price moves that walk every order above through its trigger, in order. */
export const DEMO_MOVES: readonly { symbol: string; price: string; why: string }[] = [
  {
    symbol: "PERP_BTC_USDT",
    price: "61000",
    why: "the STOP buys; the position it opens is what POSITIONAL_TP_SL will close",
  },
  { symbol: "PERP_BTC_USDT", price: "62000", why: "POSITIONAL_TP_SL take-profit closes the whole position" },
  { symbol: "PERP_ETH_USDT", price: "3100", why: "OCO: the stop leg fires, so the limit leg is cancelled" },
  { symbol: "SPOT_ETH_USDT", price: "3050", why: "TRAILING_STOP reaches its activation price" },
  { symbol: "SPOT_ETH_USDT", price: "3200", why: "the trail follows the new high (stop now 3168)" },
  { symbol: "SPOT_ETH_USDT", price: "3160", why: "a 1% pull-back from 3200 triggers the trailing stop" },
  { symbol: "SPOT_BTC_USDT", price: "62000", why: "TP_SL take-profit sells 0.001" },
  { symbol: "SPOT_BAL_USDT", price: "69", why: "BRACKET limit entry fills and activates its POSITIONAL_TP_SL" },
  { symbol: "SPOT_BAL_USDT", price: "76", why: "the bracket's take-profit closes the position" },
  { symbol: "SPOT_WOO_USDT", price: "0.21", why: "STOP_BRACKET entry triggers and fills, its TP_SL activates" },
  { symbol: "SPOT_WOO_USDT", price: "0.18", why: "the bracket's stop-loss sells" },
];

interface PlacedOrder {
  spec: OrderSpec;
  rows: { id: Id; algoType: string; quantity: string }[];
  rootId: Id;
}

/** What POST /sandbox/price reports: algo-order events carry algoOrderId/algoType, ordinary ones orderId/type. */
interface MoveEvent {
  event: string;
  algoOrderId?: Id;
  algoType?: string;
  orderId?: Id;
  type?: string;
  price: string;
  quantity?: string;
}

/**
 * Places one algo order with the raw typed call, which returns `{ data }` or `{ error }`. The client
 * paces placements to 2 per second per symbol and retries what is safe to retry by itself.
 */
export function placeOrder(client: WooxClient, body: AlgoOrderRequest) {
  return client.POST("/v3/trade/algoOrder", { body });
}

export function orderLine(o: AlgoOrder, indent = "  "): string {
  const exec =
    o.totalExecutedQuantity !== undefined && Number(o.totalExecutedQuantity) > 0
      ? `  filled ${String(o.totalExecutedQuantity)} @ ${String(o.averageExecutedPrice)}`
      : "";
  return (
    `${indent}#${String(o.algoOrderId)} ${o.algoType.padEnd(16)} ${String(o.side ?? "").padEnd(4)} ` +
    `algoStatus ${String(o.algoStatus).padEnd(9)} root ${String(o.rootAlgoStatus).padEnd(9)} ` +
    `isTriggered ${String(o.isTriggered).padEnd(5)} triggerStatus ${String(o.triggerStatus).padEnd(7)} isActivated ${String(o.isActivated)}${exec}`
  );
}

function treeLines(o: AlgoOrder, indent = "  "): string[] {
  return [orderLine(o, indent), ...(o.childOrders ?? []).flatMap((c) => treeLines(c, `${indent}  `))];
}

async function movePrice(baseUrl: string, symbol: string, price: string): Promise<MoveEvent[]> {
  const res = await fetch(`${baseUrl}/sandbox/price`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ symbol, price }),
  });
  const body = parseJson(await res.text()) as { success: boolean; data?: { events: MoveEvent[] }; message?: string };
  if (!res.ok || !body.success || !body.data)
    throw new Error(`POST /sandbox/price failed: HTTP ${res.status} ${body.message ?? ""}`);
  return body.data.events;
}

async function readBack(client: WooxClient, id: Id): Promise<AlgoOrder> {
  return client.algoOrders.get({ algoOrderId: id });
}

function isDone(o: AlgoOrder): boolean {
  return o.algoStatus !== "NEW" && o.algoStatus !== "PARTIAL_FILLED" && (o.childOrders ?? []).every(isDone);
}

export async function runDemo(target: Target, out: Output): Promise<boolean> {
  const { client, baseUrl } = target;
  if (!target.sandbox) throw new Error("the demo moves prices, which only the sandbox can do");
  let ok = true;
  const report: Record<string, unknown> = { target: baseUrl };

  out.line(`woox-algo demo on the ${target.describe}`);
  out.line(
    `  sandbox demo credentials (local only): key ${target.sandbox.credentials.apiKey}, secret ${target.sandbox.credentials.apiSecret}`,
  );
  out.line();

  out.line("1. Placing one algo order of each of the seven types (POST /v3/trade/algoOrder)");
  const placed: PlacedOrder[] = [];
  for (const spec of DEMO_ORDERS) {
    const res = await placeOrder(client, buildAlgoOrder(spec));
    if (res.error) {
      ok = false;
      out.line(`  FAILED ${spec.algoType}: ${describeSpec(spec)}`);
      for (const l of errorLines(res.error)) out.line(l);
      continue;
    }
    // The official bracket example keys the POSITIONAL_TP_SL row `orderId`; accept either key.
    const rows = res.data.data.rows.map((r) => ({
      id: r.algoOrderId ?? r.orderId ?? 0,
      algoType: r.algoType,
      quantity: String(r.quantity ?? ""),
    }));
    const root = rows.at(-1)!; // the parent is the last row
    placed.push({ spec, rows, rootId: root.id });
    out.line(`  ${spec.algoType.padEnd(16)} ${describeSpec(spec)}`);
    out.line(`  ${"".padEnd(16)} rows: ${rows.map((r) => `${r.algoType} #${String(r.id)}`).join(", ")}`);
  }
  report.placed = placed.map((p) => ({ algoType: p.spec.algoType, symbol: p.spec.symbol, rows: p.rows }));
  out.line();

  out.line("2. Reading them back (GET /v3/trade/algoOrder)");
  for (const p of placed) for (const l of treeLines(await readBack(client, p.rootId))) out.line(l);
  out.line();

  out.line("3. Moving prices (POST /sandbox/price) to trigger and fill them");
  const moves: unknown[] = [];
  for (const m of DEMO_MOVES) {
    const events = await movePrice(baseUrl, m.symbol, m.price);
    moves.push({ ...m, events });
    out.line(`  ${m.symbol} -> ${m.price}: ${m.why}`);
    for (const e of events) {
      const fill = e.quantity ? ` ${e.quantity} @ ${e.price}` : "";
      const kind = (e.algoType ?? e.type ?? "").padEnd(16);
      out.line(`      ${e.event.padEnd(9)} ${kind} #${String(e.algoOrderId ?? e.orderId)}${fill}`);
    }
  }
  report.moves = moves;
  out.line();

  out.line("4. Reading them back again");
  const finals: AlgoOrder[] = [];
  for (const p of placed) {
    const o = await readBack(client, p.rootId);
    finals.push(o);
    for (const l of treeLines(o)) out.line(l);
  }
  const done = finals.filter((o) => o.algoStatus === "FILLED" && isDone(o));
  out.line(`  ${done.length}/${DEMO_ORDERS.length} algo types triggered and completed`);
  if (done.length !== DEMO_ORDERS.length) ok = false;
  report.orders = finals;
  out.line();

  out.line("5. Managing orders with the client's helpers (client.algoOrders.list / edit / cancel / cancelAll)");
  const managed: Record<string, unknown> = {};
  const completed = await client.algoOrders.list({ status: "COMPLETED" });
  out.line(
    `  list({ status: "COMPLETED" }): ${completed.meta.total} algo orders (${completed.rows.map((o) => o.algoType).join(", ")})`,
  );
  managed.completed = completed.meta.total;
  const { rows: stopRows } = await client.algoOrders.place(
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_ETH_USDT",
      side: "SELL",
      quantity: "0.5",
      triggerPrice: "2800",
      clientAlgoOrderId: 7001,
    }),
  );
  const stopId = stopRows[0].algoOrderId!;
  out.line(
    `  placed a STOP #${String(stopId)} (clientAlgoOrderId 7001): SELL 0.5 PERP_ETH_USDT when the price falls to 2800`,
  );
  const edited = await client.algoOrders.edit({ algoOrderId: stopId as number, triggerPrice: "2850", quantity: "0.4" });
  const afterEdit = await client.algoOrders.get({ algoOrderId: stopId });
  out.line(
    `  edit({ triggerPrice: "2850", quantity: "0.4" }) -> ${edited.status}; ` +
      `read back: triggerPrice ${String(afterEdit.triggerPrice)}, quantity ${String(afterEdit.quantity)}`,
  );
  if (String(afterEdit.triggerPrice) !== "2850" || String(afterEdit.quantity) !== "0.4") ok = false;
  const open = await client.algoOrders.list({ status: "INCOMPLETE" });
  out.line(
    `  list({ status: "INCOMPLETE" }): ${open.rows.map((o) => `${o.algoType} #${String(o.algoOrderId)}`).join(", ")}`,
  );
  const cancelled = await client.algoOrders.cancel({ clientAlgoOrderId: 7001 });
  const afterCancel = await client.algoOrders.get({ algoOrderId: stopId });
  out.line(
    `  cancel({ clientAlgoOrderId: 7001 }) -> ${cancelled.status}; read back: algoStatus ${String(afterCancel.algoStatus)}`,
  );
  if (afterCancel.algoStatus !== "CANCELLED") ok = false;
  const all = await client.algoOrders.cancelAll();
  const left = (await client.algoOrders.list({ status: "INCOMPLETE" })).meta.total;
  out.line(`  cancelAll() -> ${all.status}; open algo orders left: ${left}`);
  if (left !== 0) ok = false;
  Object.assign(managed, { edited: afterEdit, cancelled: afterCancel.algoStatus, openAfterCancelAll: left });
  report.managed = managed;
  out.line();

  out.line("6. The account those fills left behind (client.account / client.orders helpers)");
  const trades = await client.orders.trades({ size: 100 });
  const { positions } = await client.account.positions();
  const usdt = (await client.account.balances({ token: "USDT" })).holding[0];
  const fees = trades.rows.reduce((s, t) => s + Number(t.fee ?? 0), 0).toFixed(4);
  out.line(
    `  ${trades.meta?.total ?? trades.rows.length} fills recorded (GET /v3/trade/transactionHistory), fees in USDT: ${fees}`,
  );
  const held = positions.map((p) => `${p.symbol} ${String(p.holding)}`).join(", ");
  out.line(`  open perpetual positions: ${held || "none (the TP/SL legs closed what the entries opened)"}`);
  out.line(`  USDT: ${String(usdt?.holding)} (started at 100000)`);
  report.account = { fills: trades.meta?.total ?? trades.rows.length, positions, usdt: usdt?.holding };
  out.line();

  out.line("7. Provoking a few errors; each is explained by the error catalog (@woox-sdk/errors)");
  const errors: unknown[] = [];
  const expect = (label: string, expected: string, error: WooxApiError | undefined) => {
    if (!error) {
      ok = false;
      out.line(`  UNEXPECTED: "${label}" succeeded; expected ${expected}`);
      return;
    }
    if (error.codeName !== expected) ok = false;
    out.line(`  ${label}:`);
    for (const l of errorLines(error)) out.line(l);
    errors.push({ provoked: label, expected, ...errorSummary(error) });
  };

  let r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_ETH_USDT",
      side: "BUY",
      quantity: "0.1",
      triggerPrice: "3300.005",
    }),
  );
  expect("a trigger price off the 0.01 tick", "PRICE_FILTER", r.error);

  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_ETH_USDT",
      side: "SELL",
      quantity: "0.001",
      triggerPrice: "3000",
    }),
  );
  expect("an order worth 3 USDT (minimum notional 10)", "MIN_NOTIONAL", r.error);

  const withTypo = {
    ...buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_WOO_USDT",
      side: "SELL",
      quantity: "100",
      triggerPrice: "0.15",
    }),
    stopPrice: "0.15",
  };
  r = await placeOrder(client, withTypo);
  expect('a field the API does not know ("stopPrice", from another exchange)', "UNKNOWN_PARAM", r.error);

  const clientAlgoOrderId = 4242;
  const first = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_BAL_USDT",
      side: "BUY",
      quantity: "1",
      triggerPrice: "80",
      clientAlgoOrderId,
    }),
  );
  if (first.error) ok = false;
  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      quantity: "0.01",
      triggerPrice: "60000",
      clientAlgoOrderId,
    }),
  );
  expect(`clientAlgoOrderId ${clientAlgoOrderId} reused while its order is open`, "DUPLICATE_CLIENT_ORDER_ID", r.error);
  await movePrice(baseUrl, "SPOT_BAL_USDT", "80");
  r = await placeOrder(
    client,
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "PERP_BTC_USDT",
      side: "SELL",
      quantity: "0.01",
      triggerPrice: "60000",
      clientAlgoOrderId,
    }),
  );
  out.line(
    r.error
      ? "  UNEXPECTED: reuse after completion was refused"
      : `  (after that order filled, clientAlgoOrderId ${clientAlgoOrderId} is accepted again: #${String(r.data.data.rows[0].algoOrderId)})`,
  );
  if (r.error) ok = false;

  const stranger = createWooxClient({
    apiKey: target.sandbox.credentials.apiKey,
    apiSecret: "not-the-secret",
    baseUrl,
  });
  const g = await stranger.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
  expect("a request signed with the wrong secret", "UNAUTHORIZED", g.error);

  const missing = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
  expect("an algoOrderId that does not exist", "ORDER_NOT_FOUND", missing.error);

  // The default client paces to the spec's x-rate-limit; one with pacing and retries off meets the limit.
  const burst = () =>
    buildAlgoOrder({
      algoType: "STOP",
      symbol: "SPOT_BTC_USDT",
      side: "SELL",
      quantity: "0.001",
      triggerPrice: "50000",
    });
  const started = Date.now();
  const paced = await Promise.all([0, 1, 2].map(() => client.POST("/v3/trade/algoOrder", { body: burst() })));
  const pacedOk = paced.every((p) => !p.error);
  out.line(
    `  a burst of 3 orders on one symbol with the default client: ${pacedOk ? "all accepted" : "REFUSED"}, paced to 2 per second (${Date.now() - started} ms)`,
  );
  if (!pacedOk) ok = false;
  const unpaced = createWooxClient({ ...target.sandbox.credentials, baseUrl, rateLimit: false, retry: false });
  let limited: WooxApiError | undefined;
  for (let i = 0; i < 3 && !limited; i++)
    limited = (await unpaced.POST("/v3/trade/algoOrder", { body: burst() })).error;
  expect("the same burst with rateLimit: false, retry: false (2 per second allowed)", "TOO_MANY_REQUEST", limited);
  report.errors = errors;
  out.line();

  out.line(
    ok
      ? "Demo complete: all seven algo types placed, read back, triggered and filled; listed, edited and cancelled."
      : "Demo FAILED: see the lines above.",
  );
  report.ok = ok;
  out.result(report);
  return ok;
}
