import type { WooxClient } from "@woox-sdk/client";
import type { AlgoOrder } from "@woox-sdk/types";
import { OrderStatus } from "@woox-sdk/types/enums";
import { DEMO_MOVES, DEMO_ORDERS, movePrice, placeOrder, type MoveEvent } from "./demo-data.js";
import { provokeErrors } from "./demo-errors.js";
import { buildAlgoOrder, describeSpec, type OrderSpec } from "./orders.js";
import { errorLines, type Output } from "./output.js";
import { ReportTap } from "./report-tap.js";
import type { ReportEvent } from "./reports.js";
import type { Target } from "./target.js";

export { DEMO_MOVES, DEMO_ORDERS, placeOrder };

/**
 * The main job: all seven algo types placed on the embedded sandbox, read back, driven through their
 * triggers by moving prices while the private stream reports each trigger and fill as it arrives
 * (algoexecutionreport, executionreport), read back again; listed, edited and cancelled with the client's helpers;
 * the account those fills left behind; then a few typical mistakes, each printed with what the error
 * catalog knows about it. Exits non-zero if anything does not happen as described.
 *
 * The client keeps its defaults (pacing to the spec's rate limits, retries), as a user's program would:
 * the orders are spread over instruments so that pacing costs about a second in all.
 */

type Id = number | bigint;

interface PlacedOrder {
  spec: OrderSpec;
  rows: { id: Id; algoType: string; quantity: string }[];
  rootId: Id;
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

async function readBack(client: WooxClient, id: Id): Promise<AlgoOrder> {
  return client.algoOrders.get({ algoOrderId: id });
}

function isDone(o: AlgoOrder): boolean {
  return o.algoStatus !== "NEW" && o.algoStatus !== "PARTIAL_FILLED" && (o.childOrders ?? []).every(isDone);
}

export async function runDemo(target: Target, out: Output): Promise<boolean> {
  const { client, baseUrl } = target;
  if (!target.sandbox) throw new Error("the demo moves prices, which only the sandbox can do");
  const report: Record<string, unknown> = { target: baseUrl };

  out.line(`woox-algo demo on the ${target.describe}`);
  out.line(
    `  sandbox demo credentials (local only): key ${target.sandbox.credentials.apiKey}, secret ${target.sandbox.credentials.apiSecret}`,
  );
  out.line();

  // Subscribed before placing, so every report of these orders is seen (watchReports learns their ids).
  const tap = new ReportTap(client, out);
  try {
    await tap.ready;
  } catch (e) {
    out.line(`Demo FAILED: the private stream did not open: ${(e as Error).message}`);
    out.result({ ...report, ok: false });
    await tap.stop();
    return false;
  }
  try {
    return await demoSteps(target, out, tap, report);
  } finally {
    await tap.stop();
  }
}

async function demoSteps(
  target: Target,
  out: Output,
  tap: ReportTap,
  report: Record<string, unknown>,
): Promise<boolean> {
  const { client, baseUrl } = target;
  let ok = true;

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

  out.line("3. Moving prices (POST /sandbox/price); the private stream reports each trigger and fill as it arrives");
  tap.printing = true;
  const moves: unknown[] = [];
  for (const m of DEMO_MOVES) {
    out.line(`  ${m.symbol} -> ${m.price}: ${m.why}`);
    const from = tap.events.length;
    const events = await movePrice(baseUrl, m.symbol, m.price);
    // What the engine did (the sandbox's answer) must each arrive over the stream, with the same ids.
    for (const e of events) {
      const missing = await missingReports(tap, e);
      if (missing.length > 0) {
        ok = false;
        out.line(`      MISSING over the stream: ${missing.join(", ")} of #${String(e.algoOrderId ?? e.orderId)}`);
      }
    }
    const unmatched = await tradesWithoutFill(tap, from);
    if (unmatched.length > 0) {
      ok = false;
      out.line(`      MISSING over the stream: ${unmatched.join(", ")}`);
    }
    moves.push({ ...m, events, streamed: tap.events.slice(from) });
  }
  tap.printing = false;
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
  const trades = await client.orders.trades({ limit: 100 });
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
  const provoked = await provokeErrors(target, out);
  if (!provoked.ok) ok = false;
  report.errors = provoked.errors;
  out.line();

  out.line(
    ok
      ? "Demo complete: all seven algo types placed, read back, triggered and filled (each trigger and fill reported over the stream); listed, edited and cancelled."
      : "Demo FAILED: see the lines above.",
  );
  report.ok = ok;
  out.result(report);
  return ok;
}

const same = (a: number | bigint | undefined, b: number | bigint) => a !== undefined && String(a) === String(b);

/** The stream reports a trigger or fill of the sandbox's answer should have produced and did not (within 5 s). */
async function missingReports(tap: ReportTap, e: MoveEvent): Promise<string[]> {
  if (e.algoOrderId === undefined) return [];
  const id = e.algoOrderId;
  const wanted: [string, (r: ReportEvent) => boolean][] = [];
  if (e.event === "TRIGGERED")
    wanted.push([
      "algoexecutionreport trigger",
      (r) => r.type === "algo" && r.event === "trigger" && same(r.report.aid, id),
    ]);
  // A parent completes when its leg fills: every FILLED node is reported FILLED; the traded ones also
  // carry their trade (checked against executionreport in tradesWithoutFill).
  if (e.event === "FILLED")
    wanted.push([
      "algoexecutionreport FILLED",
      (r) => r.type === "algo" && r.report.ss === OrderStatus.FILLED && same(r.report.aid, id),
    ]);
  const missing: string[] = [];
  for (const [what, match] of wanted) if ((await tap.waitFor(match)) === undefined) missing.push(what);
  return missing;
}

/** Algo fills (nodes that traded) seen since `from` whose executionreport fill did not arrive. */
async function tradesWithoutFill(tap: ReportTap, from: number): Promise<string[]> {
  const missing: string[] = [];
  for (const e of tap.events.slice(from))
    if (e.type === "algo" && e.event === "fill") {
      const id = e.report.aid;
      if ((await tap.waitFor((r) => r.type === "fill" && same(r.report.oid, id))) === undefined)
        missing.push(`executionreport fill of #${String(id)}`);
    }
  return missing;
}
