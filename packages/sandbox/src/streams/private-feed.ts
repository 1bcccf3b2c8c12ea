import type { PrivateTopic } from "@woox-sdk/types/streams";
import type { TradeRecord } from "../account/ledger.js";
import { walk, type AlgoNode } from "../algo/node.js";
import type { Exchange } from "../engine/exchange.js";
import { isAlgoEvent, type AccountChange, type EngineEvent } from "../engine/events.js";
import type { StreamConnection } from "./connection.js";
import { accountData, algoFillReport, algoNode, balanceItems, executionReport, positionItem } from "./private-data.js";

/** How often the `account` figures are looked at for a change nothing else announces (a price move). */
const ACCOUNT_CHECK_MS = 1000;

/**
 * The private topics of every account, pushed to that account's private sockets only. Order and algo
 * reports go out as the engine emits each change, built from the state at that moment. Balance,
 * position and account pushes collect what one operation changed (a fill moves two balances and a
 * position) and go out once it is done, built from the state then; `ver` numbers each push of a token
 * or position.
 */
export class PrivateStreams {
  private readonly sockets = new Map<string, Set<StreamConnection>>();
  /** The fill each order or algo order made last, until its report goes out. */
  private readonly fills = new Map<bigint, TradeRecord>();
  /** The trade price that fired each algo order. */
  private readonly triggerPrices = new Map<bigint, string>();
  private readonly dirty = new Map<string, { tokens: Set<string>; positions: Set<string> }>();
  private readonly versions = new Map<string, number>();
  private readonly lastAccount = new Map<string, string>();
  private readonly stops: (() => void)[];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly ex: Exchange) {
    this.stops = [
      ex.events.subscribe((account, e) => this.onEvent(account, e)),
      ex.events.subscribeChanges((account, c) => this.onChange(account, c)),
    ];
    this.timer = setInterval(() => {
      for (const account of this.sockets.keys()) this.pushAccount(account);
    }, ACCOUNT_CHECK_MS).unref();
  }

  add(conn: StreamConnection): void {
    const account = conn.account!;
    let set = this.sockets.get(account);
    if (set === undefined) this.sockets.set(account, (set = new Set()));
    set.add(conn);
  }

  remove(conn: StreamConnection): void {
    const set = this.sockets.get(conn.account!);
    set?.delete(conn);
    if (set?.size === 0) this.sockets.delete(conn.account!);
  }

  close(): void {
    for (const stop of this.stops) stop();
    clearInterval(this.timer);
  }

  /** Whether any socket of the account follows `topic`. */
  private wants(account: string, topic: PrivateTopic): boolean {
    for (const c of this.sockets.get(account) ?? []) if (c.topics.has(topic)) return true;
    return false;
  }

  private send(account: string, topic: PrivateTopic, data: unknown): void {
    for (const c of this.sockets.get(account) ?? []) c.push(topic, data);
  }

  private onEvent(account: string, e: EngineEvent): void {
    if ("kind" in e) {
      // Balances reach this feed through the ledger's own changes; a position that changed outside a fill
      // (a funding payment, its isolated margin) is pushed again.
      if (e.kind === "position")
        for (const [key, p] of this.ex.ledger.account(account).positions)
          if (p.symbol === e.symbol) this.mark(account).positions.add(key);
      return;
    }
    if (!isAlgoEvent(e)) {
      const fill = this.take(e.orderId, e.event !== "CANCELLED");
      const o = this.ex.orders.find(account, { orderId: e.orderId });
      if (o !== undefined && this.wants(account, "executionreport"))
        this.send(account, "executionreport", executionReport(this.ex, o, fill));
      if (o !== undefined) this.touchTokens(account, o.symbol);
      return;
    }
    const n = this.ex.find(account, e.algoOrderId);
    if (e.event === "TRIGGERED") this.triggerPrices.set(e.algoOrderId, e.price);
    const fill = this.take(e.algoOrderId, e.event === "FILLED");
    if (n === undefined) return;
    if (fill !== undefined && this.wants(account, "executionreport"))
      this.send(account, "executionreport", algoFillReport(this.ex, n, fill));
    this.sendAlgo(account, [n], fill);
  }

  private onChange(account: string, c: AccountChange): void {
    switch (c.kind) {
      case "balance":
        this.mark(account).tokens.add(c.token);
        return;
      case "fill": {
        // Held until the order's event reports it, within this operation (the flush forgets the rest).
        this.fills.set(c.trade.orderId, c.trade);
        const d = this.mark(account);
        const p = c.position;
        if (p !== undefined) d.positions.add(this.ex.ledger.positionKey(p.symbol, p.positionSide));
        return;
      }
      case "order": {
        const o = this.ex.orders.find(account, { orderId: c.orderId });
        if (o === undefined) return;
        this.touchTokens(account, o.symbol);
        if (this.wants(account, "executionreport"))
          this.send(account, "executionreport", executionReport(this.ex, o, undefined));
        return;
      }
      case "algoOrder": {
        const n = this.ex.find(account, c.algoOrderId);
        if (n !== undefined) this.sendAlgo(account, [...walk(n)], undefined);
        return;
      }
    }
  }

  /** The fill to report with an order's event (consumed), if the event reports one. */
  private take(orderId: bigint, isFill: boolean): TradeRecord | undefined {
    const t = this.fills.get(orderId);
    if (!isFill || t === undefined) return undefined;
    this.fills.delete(orderId);
    return t;
  }

  /** One push per change: the nodes it concerns, parents first; `fill` belongs to the first node. */
  private sendAlgo(account: string, nodes: AlgoNode[], fill: TradeRecord | undefined): void {
    if (!this.wants(account, "algoexecutionreport")) return;
    const rows = nodes.map((n, i) =>
      algoNode(this.ex, n, this.triggerPrices.get(n.algoOrderId), i === 0 ? fill : undefined),
    );
    this.send(account, "algoexecutionreport", rows);
  }

  /** Open spot orders hold back balances (`frozen`): their tokens change with the order. */
  private touchTokens(account: string, symbol: string): void {
    const inst = this.ex.instrument(symbol);
    if (inst.kind !== "SPOT") return;
    const d = this.mark(account);
    d.tokens.add(inst.baseAsset);
    d.tokens.add(inst.quoteAsset);
  }

  /** What changed for the account in this operation; the pushes go out when it is over. */
  private mark(account: string): { tokens: Set<string>; positions: Set<string> } {
    let d = this.dirty.get(account);
    if (d === undefined) {
      d = { tokens: new Set(), positions: new Set() };
      this.dirty.set(account, d);
      queueMicrotask(() => this.flush(account));
    }
    return d;
  }

  private version(key: string): number {
    const v = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, v);
    return v;
  }

  private flush(account: string): void {
    const d = this.dirty.get(account);
    this.dirty.delete(account);
    for (const [id, t] of this.fills) if (t.account === account) this.fills.delete(id);
    if (d === undefined || !this.sockets.has(account)) return;
    if (d.tokens.size > 0 && this.wants(account, "balance")) {
      const balances = balanceItems(this.ex, account, d.tokens, (t) => this.version(`${account}|${t}`));
      if (balances.length > 0) this.send(account, "balance", { balances });
    }
    if (d.positions.size > 0 && this.wants(account, "position")) {
      const held = this.ex.ledger.account(account).positions;
      const positions = [...d.positions].flatMap((k) => {
        const p = held.get(k);
        return p === undefined ? [] : [positionItem(this.ex, account, p, this.version(`${account}|${k}`))];
      });
      if (positions.length > 0) this.send(account, "position", { positions });
    }
    this.pushAccount(account);
  }

  /** Pushes the account figures when they differ from the last push to this account. */
  private pushAccount(account: string): void {
    if (!this.wants(account, "account")) return;
    const data = accountData(this.ex, account);
    const key = JSON.stringify(data);
    if (this.lastAccount.get(account) === key) return;
    this.lastAccount.set(account, key);
    this.send(account, "account", data);
  }
}
