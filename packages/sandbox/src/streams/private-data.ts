import type {
  AccountData,
  AlgoExecutionNode,
  BalanceItem,
  ExecutionReportUpdate,
  PositionItem,
} from "@woox-sdk/types/streams";
import type { PositionState, TradeRecord } from "../account/ledger.js";
import { rootOf, type AlgoNode } from "../algo/node.js";
import { div, fmt, ZERO } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import type { OrderState } from "../orders/state.js";
import { restView } from "./rest-views.js";

/**
 * The `data` of each private topic, from the engine's state at the moment of the change. Ids are the
 * engine's bigints, written as exact integers: `oid` is the REST `orderId`, `aid`/`raid`/`paid` the REST
 * algo ids, `cid`/`caid` the REST client ids (0 = none).
 */

/** The fill fields of a report: this fill's trade, or zeros when the push is not a fill. */
function fillFields(t: TradeRecord | undefined) {
  return t === undefined
    ? { tid: 0n, epx: "0", esx: "0", f: "0" }
    : { tid: t.id, epx: fmt(t.price), esx: fmt(t.quantity), f: fmt(t.fee) };
}

/** An ordinary order's execution report (`mt` 0), with the fill `t` when the push reports one. */
export function executionReport(ex: Exchange, o: OrderState, t: TradeRecord | undefined): ExecutionReportUpdate {
  const inst = ex.instrument(o.symbol);
  const out: ExecutionReportUpdate = {
    mt: 0,
    s: o.symbol,
    cid: o.clientOrderId,
    oid: o.orderId,
    t: o.type,
    sd: o.side,
    sx: fmt(o.quantity),
    px: fmt(o.price ?? ZERO),
    ...fillFields(t),
    fa: o.feeAsset,
    tesx: fmt(o.executed),
    aepx: o.executed > ZERO ? fmt(div(o.executedValue, o.executed)) : "0",
    ss: o.status,
    rs: "",
    tg: o.tag,
    tf: fmt(o.fee),
    tfc: o.feeAsset,
    tr: "0",
    trc: o.feeAsset,
    vsx: fmt(o.visibleQuantity ?? o.quantity),
    ts: o.updatedTime,
    ro: o.reduceOnly,
    mk: t?.isMaker ?? false,
    rpi: false,
  };
  if (o.positionSide !== undefined) out.ps = o.positionSide;
  if (inst.kind === "PERP") {
    out.lv = ex.ledger.leverage(o.account, o.symbol, o.marginMode, o.positionSide);
    if (o.marginMode !== undefined) out.m = o.marginMode;
  }
  return out;
}

/**
 * The execution report of an algo order's fill. An algo order fills without a separate ordinary order
 * in the sandbox, and its trade is booked under the algo order's id (as GET /v3/trade/transactionHistory
 * shows it), so the report's `oid` is the `algoOrderId` and `cid` the `clientAlgoOrderId`.
 */
export function algoFillReport(ex: Exchange, n: AlgoNode, t: TradeRecord): ExecutionReportUpdate {
  const quote = ex.instrument(n.symbol).quoteAsset;
  const out: ExecutionReportUpdate = {
    mt: 0,
    s: n.symbol,
    cid: n.clientAlgoOrderId,
    oid: n.algoOrderId,
    t: n.type === "CLOSE_POSITION" ? "MARKET" : n.type,
    sd: n.side,
    ps: n.positionSide,
    sx: fmt(n.quantity ?? t.quantity),
    px: fmt(n.price ?? ZERO),
    ...fillFields(t),
    fa: t.feeAsset,
    tesx: fmt(n.executed),
    aepx: fmt(n.averagePrice),
    ss: n.status,
    rs: "",
    tg: n.tag,
    tf: fmt(n.fee),
    tfc: quote,
    tr: "0",
    trc: quote,
    vsx: fmt(n.visibleQuantity ?? n.quantity ?? t.quantity),
    ts: t.time,
    ro: n.reduceOnly,
    mk: t.isMaker,
    rpi: false,
  };
  if (ex.instrument(n.symbol).kind === "PERP") {
    out.lv = ex.ledger.leverage(n.account, n.symbol, n.marginMode, n.positionSide);
    if (n.marginMode !== undefined) out.m = n.marginMode;
  }
  return out;
}

/** One node of an algo order tree; `tpx` is the price that fired it, `t` the fill this push reports. */
export function algoNode(
  ex: Exchange,
  n: AlgoNode,
  tpx: string | undefined,
  t: TradeRecord | undefined,
): AlgoExecutionNode {
  const quote = ex.instrument(n.symbol).quoteAsset;
  const out: AlgoExecutionNode = {
    s: n.symbol,
    raid: rootOf(n).algoOrderId,
    paid: n.parent?.algoOrderId ?? 0n,
    aid: n.algoOrderId,
    caid: n.clientAlgoOrderId,
    tg: n.tag,
    ss: n.status,
    at: n.algoType,
    sd: n.side,
    ps: n.positionSide,
    sx: fmt(n.quantity ?? ZERO),
    trpt: n.triggerPriceType,
    // USELESS until it fired, as the REST view reports triggerStatus.
    tss: n.isTriggered ? "SUCCESS" : "USELESS",
    px: fmt(n.price ?? ZERO),
    t: n.type,
    tpx: tpx ?? "0",
    tt: n.triggerTime,
    ...fillFields(t),
    fa: n.executed > ZERO ? quote : "",
    rs: "",
    tesx: fmt(n.executed),
    aepx: fmt(n.averagePrice),
    tf: fmt(n.fee),
    tfc: quote,
    tr: "0",
    trc: quote,
    vsx: fmt(n.visibleQuantity ?? n.quantity ?? ZERO),
    ts: n.updatedTime,
  };
  if (n.triggerPrice !== undefined) out.trp = fmt(n.triggerPrice);
  return out;
}

/** Balance entries of some tokens, as GET /v3/asset/balances reports them; `ver` numbers each push of a token. */
export function balanceItems(
  ex: Exchange,
  account: string,
  tokens: Iterable<string>,
  ver: (token: string) => number,
): BalanceItem[] {
  const { holding } = restView(ex, "getBalances", account, {});
  const byToken = new Map(holding.map((h) => [h.token, h]));
  const ts = ex.ledger.account(account).updatedTime;
  const out: BalanceItem[] = [];
  for (const token of tokens) {
    const h = byToken.get(token);
    if (h === undefined) continue;
    out.push({
      t: token,
      h: h.holding,
      f: h.frozen,
      i: h.interest ?? "0",
      psq: h.pendingShortQty ?? "0",
      plq: h.pendingLongQty ?? "0",
      s: h.staked ?? "0",
      mp: h.markPrice ?? "0",
      ver: ver(token),
      ts,
    });
  }
  return out;
}

/**
 * A perpetual position as GET /v3/futures/positions reports it; a position that was just closed (which
 * that list leaves out) is pushed with holding 0, so a client following the stream sees it end.
 */
export function positionItem(ex: Exchange, account: string, p: PositionState, ver: number): PositionItem {
  const rows = restView(ex, "getPositions", account, { symbol: p.symbol }).positions;
  const row = rows.find((r) => r.positionSide === p.positionSide);
  const out: PositionItem = {
    s: p.symbol,
    h: fmt(p.holding),
    ps: p.positionSide,
    m: p.marginMode,
    lv: ex.ledger.leverage(account, p.symbol, p.marginMode, p.positionSide),
    mp: ex.priceText(p.symbol),
    ver,
    ts: p.updatedTime,
  };
  if (row === undefined) return { ...out, aop: "0", sp: "0", plq: "0", psq: "0" };
  return {
    ...out,
    plq: row.pendingLongQty ?? "0",
    psq: row.pendingShortQty ?? "0",
    aop: row.averageOpenPrice ?? "0",
    sp: row.settlePrice ?? "0",
    pnl: row.pnl24H ?? "0",
    fee: row.fee24H ?? "0",
    aq: row.adlQuantile ?? 0,
    it: row.isolatedMarginToken ?? "",
    ia: row.isolatedMarginAmount ?? "0",
  };
}

/** The account figures of GET /v3/account/info under the stream's short keys. */
export function accountData(ex: Exchange, account: string): AccountData {
  const a = restView(ex, "getAccountInfo", account, {});
  const out: AccountData = {
    m: a.accountMode,
    P: ex.ledger.account(account).positionMode,
    l: a.leverage,
    mr: a.marginRatio,
    omr: a.openMarginRatio,
    imr: a.initialMarginRatio,
    mmr: a.maintenanceMarginRatio,
    tc: a.totalCollateral,
    fc: a.freeCollateral,
    v: a.totalAccountValue,
  };
  return out;
}
