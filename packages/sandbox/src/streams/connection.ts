import type { RawData, WebSocket } from "ws";
import type { Exchange } from "../engine/exchange.js";
import type { FaultInjector } from "../http/faults.js";
import {
  commandRejected,
  INVALID_COMMAND,
  parseCommand,
  pong,
  pushFrame,
  serverPing,
  subscribeAck,
  unsubscribeAck,
  type Command,
} from "./frames.js";
import type { ResolvedStreamOptions } from "./options.js";
import { served, type Scope, type ServedTopic } from "./topics.js";

/** What a socket needs from the server: the exchange, the faults, and where subscriptions are kept. */
export interface ConnectionHost {
  exchange: Exchange;
  faults: FaultInjector;
  options: ResolvedStreamOptions;
  /** A topic this socket now follows (public feeds start on the first subscriber). */
  follow(conn: StreamConnection, topic: ServedTopic): void;
  unfollow(conn: StreamConnection, topic: string): void;
  closed(conn: StreamConnection): void;
}

/** How long a held-back (reordered) push waits for a later push to overtake it. */
const REORDER_WAIT_MS = 50;

/**
 * One socket, public or private (then `account` is the listen key's account): its commands, its
 * subscriptions, its heartbeat and idle rules, and every frame it sends, through the stream faults.
 */
export class StreamConnection {
  readonly topics = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private idle: NodeJS.Timeout | undefined;
  private held: string[] = [];
  private heldTimer: NodeJS.Timeout | undefined;
  private open = true;

  constructor(
    private readonly ws: WebSocket,
    readonly scope: Scope,
    readonly account: string | undefined,
    private readonly host: ConnectionHost,
  ) {
    const o = host.options;
    ws.on("message", (data, isBinary) => {
      this.touch();
      if (isBinary) return this.reply(commandRejected("", "ERROR", INVALID_COMMAND, this.now()));
      this.handle(parseCommand(textOf(data)));
    });
    // A WebSocket-level ping keeps the socket alive like a PING command (ws answers it itself).
    ws.on("ping", () => this.touch());
    ws.on("close", () => this.dispose());
    ws.on("error", () => this.drop());
    this.timers.add(setTimeout(() => this.drop(), o.lifetimeMs));
    if (o.serverPingMs !== undefined) this.timers.add(setInterval(() => this.reply(serverPing()), o.serverPingMs));
    this.touch();
  }

  private now(): number {
    return this.host.exchange.now();
  }

  /** Any client frame restarts the idle clock (the exchange drops sockets silent for about 60 s). */
  private touch(): void {
    const ms = this.host.options.idleCloseMs;
    if (ms === null || !this.open) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.drop(), ms);
  }

  private handle(c: Command): void {
    const now = this.now();
    switch (c.kind) {
      case "ping":
        if (!this.host.faults.skipPong()) this.reply(pong(now));
        return;
      case "pong":
        return;
      case "invalid":
        return this.reply(commandRejected(c.id, c.cmd ?? "ERROR", c.message, now));
      case "subscribe": {
        if (c.topics.length > this.host.options.topicsPerSubscribe)
          return this.reply(commandRejected(c.id ?? "", "SUBSCRIBE", INVALID_COMMAND, now));
        const accepted: string[] = [];
        for (const topic of c.topics) {
          if (this.topics.has(topic) || this.topics.size >= this.host.options.topicsPerConnection) continue;
          const s = served(this.host.exchange, this.scope, topic);
          if (s === undefined) continue;
          this.topics.add(topic);
          this.host.follow(this, s);
          accepted.push(topic);
        }
        return this.reply(subscribeAck(c.id, accepted, now));
      }
      case "unsubscribe": {
        const removed = c.topics.filter((t) => this.topics.delete(t));
        for (const t of removed) this.host.unfollow(this, t);
        return this.reply(unsubscribeAck(c.id, removed, now));
      }
    }
  }

  /** A command reply: sent as is (faults act on pushes and on PONGs only). */
  private reply(text: string): void {
    if (this.open) this.ws.send(text);
  }

  /** Sends a push of a subscribed topic, through the stream faults (drop, delay, reorder). */
  push(topic: string, data: unknown): void {
    if (!this.open || !this.topics.has(topic)) return;
    const text = pushFrame(topic, this.now(), data);
    const fault = this.host.faults.nextPush();
    if (fault.kind === "drop") return this.drop();
    if (fault.kind === "delay") {
      const t = setTimeout(() => {
        this.timers.delete(t);
        if (this.open) this.ws.send(text);
      }, fault.ms);
      this.timers.add(t);
      return;
    }
    if (fault.kind === "reorder") {
      this.held.push(text);
      this.heldTimer ??= setTimeout(() => this.release(), REORDER_WAIT_MS);
      return;
    }
    this.ws.send(text);
    this.release();
  }

  /** Sends the pushes held back for reordering, after the push that overtook them. */
  private release(): void {
    clearTimeout(this.heldTimer);
    this.heldTimer = undefined;
    const held = this.held;
    this.held = [];
    if (this.open) for (const text of held) this.ws.send(text);
  }

  /** Closes the socket without a close frame, as the exchange drops idle or expired sockets (1006). */
  drop(): void {
    if (!this.open) return;
    this.ws.terminate();
    this.dispose();
  }

  private dispose(): void {
    if (!this.open) return;
    this.open = false;
    clearTimeout(this.idle);
    clearTimeout(this.heldTimer);
    for (const t of this.timers) clearTimeout(t);
    this.host.closed(this);
  }
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString("utf8");
}
