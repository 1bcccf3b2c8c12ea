import { topics, type TopicFamily } from "@woox-sdk/types/streams";
import type { TradeRecord } from "../account/ledger.js";
import type { Exchange } from "../engine/exchange.js";
import type { FaultInjector } from "../http/faults.js";
import { BookChain } from "./books.js";
import type { StreamConnection } from "./connection.js";
import {
  bboData,
  estFundingRateData,
  indexPriceData,
  klineData,
  markPriceData,
  openInterestData,
  orderbook10Data,
  tickerData,
  tradeData,
} from "./public-data.js";
import type { ServedTopic } from "./topics.js";

/**
 * The public topics: one feed per topic string, started by its first subscriber and stopped by its last.
 * Periodic topics push at the spec's `pushIntervalMs` (a test may shorten one); `trade` pushes each fill
 * as the ledger books it; the books push when their state changed (see BookChain).
 */

interface Driver {
  stop(): void;
  onTrade?(t: TradeRecord): void;
  /** Order books: a REST snapshot was served at `at`. */
  anchor?(at: number): void;
}

interface Feed {
  served: ServedTopic;
  subscribers: Set<StreamConnection>;
  driver: Driver;
}

/** How often a family pushes; `kline` ("each second with a trade") is checked every second. */
function intervalOf(
  family: TopicFamily,
  params: Readonly<Record<string, string>>,
  overrides: Partial<Record<TopicFamily, number>>,
): number {
  const own = overrides[family];
  if (own !== undefined) return own;
  const spec: unknown = topics[family].pushIntervalMs;
  if (typeof spec === "number") return spec;
  if (spec !== null && typeof spec === "object") {
    const { param, values } = spec as { param: string; values: Record<string, number> };
    const v = values[params[param] ?? ""];
    if (v !== undefined) return v;
  }
  return 1000;
}

export class PublicFeeds {
  private readonly feeds = new Map<string, Feed>();
  private readonly stopFills: () => void;

  constructor(
    private readonly ex: Exchange,
    private readonly faults: FaultInjector,
    private readonly overrides: Partial<Record<TopicFamily, number>>,
  ) {
    this.stopFills = ex.events.subscribeChanges((_account, change) => {
      if (change.kind !== "fill") return;
      for (const f of this.feeds.values()) f.driver.onTrade?.(change.trade);
    });
  }

  follow(conn: StreamConnection, served: ServedTopic): void {
    let feed = this.feeds.get(served.topic);
    if (feed === undefined) {
      const subscribers = new Set<StreamConnection>();
      const publish = (data: unknown) => {
        for (const c of subscribers) c.push(served.topic, data);
      };
      feed = { served, subscribers, driver: this.driver(served, publish) };
      this.feeds.set(served.topic, feed);
    }
    feed.subscribers.add(conn);
  }

  unfollow(conn: StreamConnection, topic: string): void {
    const feed = this.feeds.get(topic);
    if (feed === undefined) return;
    feed.subscribers.delete(conn);
    if (feed.subscribers.size > 0) return;
    feed.driver.stop();
    this.feeds.delete(topic);
  }

  /** A REST order book snapshot of `symbol` was served with `timestamp` = `at`: anchor every chain of it. */
  anchorBook(symbol: string, at: number): void {
    for (const f of this.feeds.values()) if (f.served.params.symbol === symbol) f.driver.anchor?.(at);
  }

  close(): void {
    this.stopFills();
    for (const f of this.feeds.values()) f.driver.stop();
    this.feeds.clear();
  }

  private driver({ family, params }: ServedTopic, publish: (data: unknown) => void): Driver {
    const ex = this.ex;
    const symbol = params.symbol!;
    const every = (run: (now: number) => void): Driver => {
      const timer = setInterval(() => run(ex.now()), intervalOf(family, params, this.overrides));
      return { stop: () => clearInterval(timer) };
    };
    /** Pushes what `read` returns whenever it differs from the last push (or `maxSilenceMs` passed). */
    const onChange = <T>(read: (now: number) => T | undefined, key: (d: T) => string, maxSilenceMs = Infinity) => {
      let last: string | undefined;
      let lastAt = -Infinity;
      return every((now) => {
        const d = read(now);
        if (d === undefined) return;
        const k = key(d);
        if (k === last && now - lastAt < maxSilenceMs) return;
        last = k;
        lastAt = now;
        publish(d);
      });
    };
    switch (family) {
      case "orderbookupdate": {
        const chain = new BookChain(ex, symbol, Number(params.depth));
        const send = (at: number, force: boolean) => {
          const delta = chain.advance(at, force);
          if (delta !== undefined && !this.faults.bookGap()) publish(delta);
        };
        const d = every((now) => send(now, false));
        return { ...d, anchor: (at) => send(at, at > chain.ts) };
      }
      case "orderbook10":
        return every((now) => publish(orderbook10Data(ex, symbol, now)));
      case "bbo":
      case "bborpi":
        // No RPI orders exist in the sandbox, so the RPI touch is the ordinary one.
        return onChange(
          (now) => bboData(ex, symbol, now),
          (d) => `${d.ap} ${d.aq} ${d.bp} ${d.bq}`,
        );
      case "trade":
        return { stop: () => undefined, onTrade: (t) => t.symbol === symbol && publish(tradeData(t)) };
      case "ticker":
        return every((now) => publish(tickerData(ex, symbol, now)));
      case "kline": {
        const interval = params.interval!;
        let last: ReturnType<typeof klineData> | undefined;
        const key = (k: ReturnType<typeof klineData>) => [k.o, k.c, k.h, k.l, k.v, k.a, k.tts].join(" ");
        return every((now) => {
          const current = klineData(ex, symbol, interval, now);
          // The candle closed: its final state goes out once, even without trades.
          if (last !== undefined && last.st !== current.st)
            publish(klineData(ex, symbol, interval, now, Number(last.st)));
          else if (last !== undefined && key(last) === key(current)) return;
          last = current;
          publish(current);
        });
      }
      case "markprice":
        return every((now) => publish(markPriceData(ex, symbol, now)));
      case "indexprice":
        return every((now) => publish(indexPriceData(ex, symbol, now)));
      case "estfundingrate":
        return every((now) => publish(estFundingRateData(ex, symbol, now)));
      case "openinterest":
        return onChange(
          (now) => openInterestData(ex, symbol, now),
          (d) => String(d.oi),
          topics.openinterest.maxSilenceMs,
        );
      default:
        throw new Error(`no public feed for ${family}`);
    }
  }
}
