/**
 * One socket (public or private) and its life: connect when the first topic is asked for, PING on a
 * timer and count a missing PONG as a dead socket, reconnect with jittered exponential backoff inside
 * the connection-rate limit, subscribe everything again (the registry marks the gap), replace the socket
 * before its listen key or its 24 h lifetime runs out, and close it when no topic is left.
 */
import { backoffDelay, type RateLimiter, type RateLimitRule } from "@woox-sdk/client";
import { limits, type ClientFrame, type TopicFamily } from "@woox-sdk/types/streams";
import type { Consumer } from "./consumer.js";
import { WooxStreamError } from "./errors.js";
import { decodeFrame, frameText } from "./frames.js";
import { Registry } from "./registry.js";
import type { WebSocketConstructor, WebSocketLike } from "./websocket.js";

export type SocketName = "public" | "private";

/** What a stream reports along the way (`onEvent`). URLs never carry the listen key. */
export type StreamEvent =
  | { type: "open"; socket: SocketName; url: string }
  /** The socket closed or was found dead; `reconnectInMs` is when the next attempt starts, if any. */
  | { type: "close"; socket: SocketName; reason: string; reconnectInMs: number | undefined }
  /** Connecting failed (e.g. the listen key could not be fetched); `reconnectInMs` as above. */
  | { type: "error"; socket: SocketName; error: unknown; reconnectInMs: number | undefined }
  /** A frame that is not what the spec describes, or a reply to nothing we sent. It was not delivered. */
  | { type: "unexpected"; socket: SocketName; reason: string; frame: unknown };

export interface ReconnectOptions {
  /** First backoff delay (full jitter, doubling per attempt); default 500 ms. */
  baseDelayMs?: number;
  /** Cap of one delay; default 30 s. */
  maxDelayMs?: number;
  /** Attempts in a row before every subscription fails with `disconnected`; default unlimited. */
  maxAttempts?: number;
}

export interface SocketConfig {
  name: SocketName;
  /** The URL to open; `fresh` when the last socket never opened or is being replaced (a new listen key). */
  url(fresh: boolean): Promise<string>;
  /** When a socket opened now must be replaced (listen-key expiry, connection lifetime); none if undefined. */
  replaceAt(openedAt: number): number | undefined;
  WebSocket(): WebSocketConstructor;
  pingIntervalMs: number;
  pongTimeoutMs: number;
  ackTimeoutMs: number;
  connectTimeoutMs: number;
  lingerMs: number;
  reconnect: false | Required<ReconnectOptions>;
  /** Shared by the sockets of one stream client: the exchange counts new connections per IP. */
  connectLimiter: RateLimiter;
  now(): number;
  random(): number;
  onEvent(event: StreamEvent): void;
}

/** New connections per IP: `limits.newConnectionsPerIpPer5Min`. */
export const CONNECT_RULE: RateLimitRule = {
  requests: limits.newConnectionsPerIpPer5Min.documented,
  perMs: 5 * 60_000,
  key: { scope: "ip" },
};

const OPEN = 1;
type Timer = ReturnType<typeof setTimeout>;
type TimerName = "pong" | "connect" | "retry" | "linger" | "replace";

export class StreamSocket {
  readonly registry: Registry;
  private ws: WebSocketLike | undefined;
  private state: "idle" | "connecting" | "open" | "waiting" | "closed" = "idle";
  /** Bumped whenever a socket or a pending attempt is abandoned, so its late callbacks do nothing. */
  private generation = 0;
  private attempt = 0;
  private lastOpened = true;
  private ping: ReturnType<typeof setInterval> | undefined;
  private readonly timers: Partial<Record<TimerName, Timer>> = {};

  constructor(private readonly cfg: SocketConfig) {
    this.registry = new Registry({
      send: (frame) => this.send(frame),
      ackTimeoutMs: cfg.ackTimeoutMs,
      onAnswer: () => (this.attempt = 0),
      onIdle: () => this.onIdle(),
      onUnexpected: (reason, frame) => cfg.onEvent({ type: "unexpected", socket: cfg.name, reason, frame }),
    });
  }

  get closed(): boolean {
    return this.state === "closed";
  }

  add(topic: string, family: TopicFamily, consumer: Consumer): void {
    if (this.state === "closed") {
      consumer.fail(new WooxStreamError("closed", `${topic}: the stream is closed`, { topic }));
      return;
    }
    this.registry.attach(topic, family, consumer);
    this.clear("linger");
    if (this.state === "idle") void this.connect(false);
  }

  close(): void {
    this.state = "closed";
    this.generation++;
    for (const name of ["pong", "connect", "retry", "linger", "replace"] as const) this.clear(name);
    this.discard(true);
    this.registry.endAll();
  }

  private async connect(fresh: boolean): Promise<void> {
    const gen = ++this.generation;
    this.state = "connecting";
    let ws: WebSocketLike;
    let url: string;
    try {
      await this.cfg.connectLimiter.acquire("connect", CONNECT_RULE);
      if (gen !== this.generation) return;
      url = await this.cfg.url(fresh || !this.lastOpened);
      if (gen !== this.generation) return;
      this.lastOpened = false;
      ws = new (this.cfg.WebSocket())(url);
    } catch (error) {
      if (gen !== this.generation) return;
      if (error instanceof WooxStreamError) {
        // Retrying cannot help (e.g. no credentials for the listen key): every subscription hears why.
        this.state = "idle";
        this.cfg.onEvent({ type: "error", socket: this.cfg.name, error, reconnectInMs: undefined });
        this.registry.failAll(() => error);
        return;
      }
      this.retry((reconnectInMs) => ({ type: "error", socket: this.cfg.name, error, reconnectInMs }), String(error));
      return;
    }
    this.ws = ws;
    ws.onopen = () => gen === this.generation && this.onOpen(url);
    ws.onmessage = (event) => gen === this.generation && this.onMessage(event.data);
    ws.onclose = (event) =>
      gen === this.generation &&
      this.lost(`closed by the server (code ${event.code}${event.reason ? `: ${event.reason}` : ""})`);
    ws.onerror = () => undefined; // a close event follows
    this.timers.connect = setTimeout(
      () => this.lost(`not open after ${this.cfg.connectTimeoutMs} ms`),
      this.cfg.connectTimeoutMs,
    );
  }

  private onOpen(url: string): void {
    this.clear("connect");
    this.state = "open";
    this.lastOpened = true;
    this.cfg.onEvent({ type: "open", socket: this.cfg.name, url: url.split("?")[0]! });
    this.ping = setInterval(() => this.sendPing(), this.cfg.pingIntervalMs);
    const now = this.cfg.now();
    const at = this.cfg.replaceAt(now);
    if (at !== undefined)
      this.timers.replace = setTimeout(() => this.replace(), Math.min(Math.max(0, at - now), 2 ** 31 - 1));
    this.registry.flush();
  }

  private onMessage(data: unknown): void {
    const text = frameText(data);
    if (text === undefined) {
      this.cfg.onEvent({ type: "unexpected", socket: this.cfg.name, reason: "a frame that is not text", frame: data });
      return;
    }
    const d = decodeFrame(text);
    switch (d.kind) {
      case "push":
        return this.registry.onPush(d.family, d.frame);
      case "subscribed":
        return this.registry.onSubscribed(d.frame);
      case "unsubscribed":
        return this.registry.onUnsubscribed(d.frame);
      case "refused":
        return this.registry.onRefused(d.frame);
      case "pong":
        this.clear("pong");
        this.attempt = 0;
        return;
      case "ping":
        this.send({ cmd: "PONG" });
        return;
      case "invalid-push":
        this.cfg.onEvent({
          type: "unexpected",
          socket: this.cfg.name,
          reason: `a ${d.family} push that does not match the spec`,
          frame: d.frame,
        });
        return this.registry.onInvalidPush(d.topic, d.ts);
      case "unknown":
        if (d.id !== undefined && this.registry.onMalformedReply(d.id, d.frame)) return;
        this.cfg.onEvent({ type: "unexpected", socket: this.cfg.name, reason: d.reason, frame: d.frame });
    }
  }

  private sendPing(): void {
    if (!this.send({ cmd: "PING", ts: this.cfg.now() })) return;
    this.timers.pong ??= setTimeout(
      () => this.lost(`no PONG within ${this.cfg.pongTimeoutMs} ms: the socket is dead`),
      this.cfg.pongTimeoutMs,
    );
  }

  private send(frame: ClientFrame): boolean {
    if (this.state !== "open" || this.ws?.readyState !== OPEN) return false;
    try {
      this.ws.send(JSON.stringify(frame));
      return true;
    } catch {
      return false;
    }
  }

  /** The socket is gone (closed, dead, or never opened): reconnect if anything is still subscribed. */
  private lost(reason: string): void {
    this.generation++;
    this.discard(false);
    this.registry.socketLost();
    if (this.state === "closed") return;
    if (this.registry.size === 0) {
      this.state = "idle";
      this.cfg.onEvent({ type: "close", socket: this.cfg.name, reason, reconnectInMs: undefined });
      return;
    }
    this.retry((reconnectInMs) => ({ type: "close", socket: this.cfg.name, reason, reconnectInMs }), reason);
  }

  private retry(event: (reconnectInMs: number | undefined) => StreamEvent, reason: string): void {
    const policy = this.cfg.reconnect;
    this.attempt++;
    if (policy === false || this.attempt > policy.maxAttempts) {
      this.state = "idle";
      this.cfg.onEvent(event(undefined));
      const why = policy === false ? "reconnecting is off" : `${policy.maxAttempts} reconnect attempts failed`;
      this.registry.failAll(
        (topic) =>
          new WooxStreamError("disconnected", `${topic}: the ${this.cfg.name} socket was lost (${reason}); ${why}`, {
            topic,
          }),
      );
      return;
    }
    const delay = backoffDelay(this.attempt + 1, { retries: Infinity, ...policy }, () => this.cfg.random());
    this.cfg.onEvent(event(delay));
    this.state = "waiting";
    const gen = ++this.generation;
    this.timers.retry = setTimeout(() => gen === this.generation && void this.connect(false), delay);
  }

  /** A planned replacement (new listen key, lifetime cap): a new socket right away, with a gap marker. */
  private replace(): void {
    this.generation++;
    this.discard(true);
    this.registry.socketLost();
    this.cfg.onEvent({
      type: "close",
      socket: this.cfg.name,
      reason: "replaced before its key or lifetime ran out",
      reconnectInMs: 0,
    });
    if (this.registry.size === 0) this.state = "idle";
    else void this.connect(true);
  }

  private onIdle(): void {
    if (this.state === "closed") return;
    this.clear("linger");
    this.timers.linger = setTimeout(() => {
      if (this.registry.size > 0 || this.state === "closed") return;
      this.generation++;
      this.clear("retry");
      this.discard(true);
      this.state = "idle";
    }, this.cfg.lingerMs);
  }

  /** Lets go of the socket: no more callbacks from it; a polite close, or cut off when it is dead. */
  private discard(polite: boolean): void {
    clearInterval(this.ping);
    this.ping = undefined;
    this.clear("pong");
    this.clear("connect");
    this.clear("replace");
    const ws = this.ws;
    if (!ws) return;
    this.ws = undefined;
    ws.onopen = ws.onmessage = ws.onclose = null;
    ws.onerror = () => undefined; // `ws` throws an error event nobody listens to
    try {
      const wsLib = ws as WebSocketLike & { terminate?: () => void };
      if (!polite && typeof wsLib.terminate === "function") wsLib.terminate();
      else ws.close(1000);
    } catch {
      // closing a socket that never opened may throw; it is gone either way
    }
  }

  private clear(name: TimerName): void {
    clearTimeout(this.timers[name]);
    this.timers[name] = undefined;
  }
}
