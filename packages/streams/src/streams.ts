/**
 * `withStreams(woox)`: the WebSocket API next to a REST client. `woox.stream.public()` and
 * `woox.stream.private()` are the two sockets, opened on the first subscription; the client is what
 * fetches the listen key and the order book snapshots, and its `baseUrl` says where the sockets are.
 */
import { operations, RateLimiter, type WooxClient } from "@woox-sdk/client";
import {
  limits,
  listenKey,
  parseTopic,
  servers,
  topics,
  type ExactTopic,
  type PrivateTopic,
  type PublicTopic,
  type Topic,
  type TopicMeta,
} from "@woox-sdk/types/streams";
import { defaultWebSocket } from "#websocket";
import { StreamSocket, type ReconnectOptions, type SocketName, type StreamEvent } from "./connection.js";
import { Consumer } from "./consumer.js";
import { WooxStreamError } from "./errors.js";
import { ListenKeySource, restListenKey, type ListenKeyProvider } from "./listen-key.js";
import { OrderBookStream, type BookSnapshot, type OrderBook, type OrderBookOptions } from "./order-book.js";
import { overflowPolicy, PushQueue } from "./queue.js";
import type { StreamItem } from "./types.js";
import type { WebSocketConstructor } from "./websocket.js";

export interface StreamOptions {
  /** Public socket URL; default from the client's `baseUrl` (the exchange's host, or the same origin). */
  publicUrl?: string;
  /** Private socket URL without the key; default as for `publicUrl`. */
  privateUrl?: string;
  /** A WebSocket class for runtimes without one (default: `ws` in Node, the global WebSocket elsewhere). */
  WebSocket?: WebSocketConstructor;
  /** Where listen keys come from; default `POST /v3/account/listenKey` through the client. */
  listenKey?: ListenKeyProvider;
  /** Client PING interval; default `limits.idleCloseMs.recommendedPingIntervalMs` (15 s). */
  pingIntervalMs?: number;
  /** A PING without PONG for this long means a dead socket; default 10 s. */
  pongTimeoutMs?: number;
  /** A SUBSCRIBE without an answer for this long fails its topics; default 10 s. */
  ackTimeoutMs?: number;
  /** A socket not open after this long is given up; default 10 s. */
  connectTimeoutMs?: number;
  /** Reconnect after a lost socket (default on, full-jitter backoff 500 ms doubling to 30 s), or `false`. */
  reconnect?: false | ReconnectOptions;
  /** Pushes buffered per subscription before its overflow rule applies (see README); default 1000. */
  bufferSize?: number;
  /** Replace a socket this long before its listen key or 24 h lifetime ends; default 5 min. */
  renewMarginMs?: number;
  /** Keep a socket without topics open this long, for a quick resubscribe; default 1 s. */
  lingerMs?: number;
  /** Everything that happens along the way; by default unexpected frames are printed with console.warn. */
  onEvent?: (event: StreamEvent) => void;
  /**
   * Paces new sockets to the exchange's limit per IP (`limits.newConnectionsPerIpPer5Min`). Pass one
   * limiter to every stream client of a process so that together they stay inside it; default one per
   * client.
   */
  connectLimiter?: RateLimiter;
  /** For tests: the clock and the randomness of the backoff. */
  now?: () => number;
  random?: () => number;
}

export interface SubscribeOptions {
  /** Aborting it ends the iteration (like `break`). */
  signal?: AbortSignal;
  /** Overrides the stream's `bufferSize` for this subscription. */
  bufferSize?: number;
}

/** An async iterator of one topic's pushes and gap markers; `break` or the signal unsubscribes. */
export interface Subscription<T extends Topic> extends AsyncIterableIterator<StreamItem<T>, undefined> {
  readonly topic: T;
  /** Resolves when the exchange has acknowledged the topic; rejects with the iterator's error otherwise. */
  readonly ready: Promise<void>;
  /** Items waiting to be read. */
  readonly buffered: number;
  /** Stops reading (what `break` does): the last reader of a topic unsubscribes it. */
  return(): Promise<IteratorResult<StreamItem<T>, undefined>>;
}

/** One socket: `subscribe` to any of its topics; readers of one topic share one server subscription. */
export interface TopicStream<Scope extends Topic> {
  subscribe<T extends Scope>(topic: T & ExactTopic<T>, options?: SubscribeOptions): Subscription<T>;
}

export interface WooxStreams {
  public(): TopicStream<PublicTopic>;
  private(): TopicStream<PrivateTopic>;
  /** A maintained order book of `symbol`, as a stream of consistent books (see OrderBookOptions). */
  orderBook(symbol: string, options?: OrderBookOptions): AsyncIterableIterator<OrderBook, undefined>;
  /** Ends every subscription and closes both sockets. */
  close(): void;
}

/** What withStreams needs of the REST client. */
export type StreamHost = Pick<WooxClient<boolean>, "baseUrl" | "GET" | "POST">;

export type WithStreams<C> = C & { readonly stream: WooxStreams };

/** The client, extended with `stream` (a new object: the client itself is not changed). */
export function withStreams<C extends StreamHost>(woox: C, options: StreamOptions = {}): WithStreams<C> {
  const stream = createStreams(woox, options);
  return Object.freeze(
    Object.create(woox as object, { stream: { value: stream, enumerable: true } }),
  ) as WithStreams<C>;
}

/** The server URL of a socket for a REST base URL: the exchange's own host, else the same origin. */
export function socketUrl(baseUrl: string, scope: SocketName): string {
  const base = new URL(baseUrl);
  const candidates = Object.values(servers).filter((s) => s.scope === scope);
  // The exchange serves REST on api.<domain> and the sockets on wss.<domain>.
  const host = base.hostname.replace(/^api\./, "wss.");
  const known = candidates.find((s) => new URL(s.url).hostname === host);
  if (known) return known.url;
  // Anything else (a sandbox, a proxy): the same origin and base path, then the spec's path.
  const path = new URL(candidates[0]!.url).pathname;
  return `${base.protocol === "https:" ? "wss:" : "ws:"}//${base.host}${base.pathname.replace(/\/+$/, "")}${path}`;
}

export function createStreams(woox: StreamHost, options: StreamOptions = {}): WooxStreams {
  const now = options.now ?? Date.now;
  const bufferSize = options.bufferSize ?? 1000;
  const margin = options.renewMarginMs ?? 5 * 60_000;
  const lifetime = limits.connectionLifetimeMs.documented;
  const onEvent =
    options.onEvent ??
    ((e: StreamEvent) => {
      if (e.type === "unexpected") console.warn(`@woox-sdk/streams (${e.socket}): ${e.reason}`, e.frame);
    });
  const connectLimiter = options.connectLimiter ?? new RateLimiter({ now });
  const keys = new ListenKeySource(options.listenKey ?? restListenKey(woox), { now, renewMarginMs: margin });
  const socketConfig = (name: SocketName) => ({
    name,
    WebSocket: () => {
      const ctor = options.WebSocket ?? defaultWebSocket();
      if (!ctor) throw new WooxStreamError("disconnected", "no WebSocket in this runtime: pass the WebSocket option");
      return ctor;
    },
    pingIntervalMs: options.pingIntervalMs ?? limits.idleCloseMs.recommendedPingIntervalMs,
    pongTimeoutMs: options.pongTimeoutMs ?? 10_000,
    ackTimeoutMs: options.ackTimeoutMs ?? 10_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    lingerMs: options.lingerMs ?? 1000,
    reconnect:
      options.reconnect === false
        ? (false as const)
        : {
            baseDelayMs: options.reconnect?.baseDelayMs ?? 500,
            maxDelayMs: options.reconnect?.maxDelayMs ?? 30_000,
            maxAttempts: options.reconnect?.maxAttempts ?? Infinity,
          },
    connectLimiter,
    now,
    random: options.random ?? Math.random,
    onEvent,
  });

  const publicUrl = options.publicUrl ?? socketUrl(woox.baseUrl, "public");
  const privateUrl = options.privateUrl ?? socketUrl(woox.baseUrl, "private");
  let publicSocket: StreamSocket | undefined;
  let privateSocket: StreamSocket | undefined;
  let closed = false;
  const open = (name: SocketName): StreamSocket => {
    if (closed) throw new WooxStreamError("closed", "the stream is closed");
    if (name === "public")
      return (publicSocket ??= new StreamSocket({
        ...socketConfig("public"),
        url: () => Promise.resolve(publicUrl),
        replaceAt: (openedAt) => openedAt + lifetime - margin,
      }));
    return (privateSocket ??= new StreamSocket({
      ...socketConfig("private"),
      url: async (fresh) => {
        const url = new URL(privateUrl);
        url.searchParams.set(listenKey.queryParameter, await keys.get(fresh));
        return url.href;
      },
      replaceAt: (openedAt) => Math.min(openedAt + lifetime, keys.expiresAt ?? Infinity) - margin,
    }));
  };

  const subscribeOn = (name: SocketName, topic: string, opts: SubscribeOptions = {}): Consumer => {
    const parsed = parseTopic(topic);
    if (!parsed)
      throw new WooxStreamError("invalid-topic", `${JSON.stringify(topic)} is not a topic of the V3 WebSocket API`, {
        topic,
      });
    const meta: TopicMeta = topics[parsed.family];
    if (meta.scope !== name)
      throw new WooxStreamError(
        "invalid-topic",
        `${topic} is a topic of the ${meta.scope} socket: use stream.${meta.scope}()`,
        { topic },
      );
    const socket = open(name);
    const keyOf = (push: { data: unknown }) =>
      meta.keyFields.map((f) => String((push.data as Record<string, unknown>)[f])).join("\u0000");
    const queue = new PushQueue(opts.bufferSize ?? bufferSize, overflowPolicy(parsed.family), keyOf);
    const consumer = new Consumer(topic, queue, (c) => socket.registry.detach(c), opts.signal);
    socket.add(topic, parsed.family, consumer);
    return consumer;
  };

  const snapshot = async (topic: string, signal: AbortSignal): Promise<BookSnapshot> => {
    const parsed = parseTopic(topic)!;
    const { seed } = topics[parsed.family as "orderbookupdate"].sequence;
    const query = Object.fromEntries(
      Object.entries(seed.query).map(([k, v]) => [
        k,
        v.replace(/\{(\w+)\}/g, (_m, p: string) => parsed.params[p] ?? ""),
      ]),
    );
    const op = operations[seed.operationId];
    const get = woox[op.method] as unknown as (
      path: string,
      init: { params: { query: object }; signal: AbortSignal },
    ) => Promise<{ data?: { data: BookSnapshot } & Record<string, unknown>; error?: unknown }>;
    const res = await get(op.path, { params: { query }, signal });
    if (res.error !== undefined) throw asError(res.error);
    if (!res.data) throw new Error("the order book answer had no body");
    return { asks: res.data.data.asks, bids: res.data.data.bids, anchor: Number(res.data[seed.anchorField]) };
  };

  return {
    public: () => ({
      subscribe: ((topic: string, opts?: SubscribeOptions) =>
        subscribeOn("public", topic, opts)) as unknown as TopicStream<PublicTopic>["subscribe"],
    }),
    private: () => ({
      subscribe: ((topic: string, opts?: SubscribeOptions) =>
        subscribeOn("private", topic, opts)) as unknown as TopicStream<PrivateTopic>["subscribe"],
    }),
    orderBook: (symbol, opts = {}) => {
      const topic = `${opts.rpi ? "orderbookupdaterpi" : "orderbookupdate"}@${symbol}@${opts.depth ?? 50}` as const;
      if (!parseTopic(topic))
        throw new WooxStreamError(
          "invalid-topic",
          `orderBook: ${JSON.stringify(symbol)} with depth ${opts.depth ?? 50} makes no topic (${topic})`,
          { topic },
        );
      return new OrderBookStream(
        symbol,
        topic as never,
        (t, signal) => subscribeOn("public", t, { signal, bufferSize: opts.bufferSize }),
        (signal) => snapshot(topic, signal),
        { ...opts, bufferSize: opts.bufferSize ?? bufferSize },
      );
    },
    close: () => {
      closed = true;
      publicSocket?.close();
      privateSocket?.close();
    },
  };
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
