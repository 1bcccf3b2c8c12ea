/**
 * The topics of one socket: which readers each has, what was asked of the exchange and what it answered.
 * Readers of one topic share one server subscription; the last one to leave sends UN_SUBSCRIBE.
 *
 * Acks are diffed against the request, since the exchange answers `success: true` and silently leaves
 * out topics it refuses. SUBSCRIBE goes in batches of `limits.topicsPerSubscribe.recommended`; a batch
 * the exchange refuses as a whole (it does so beyond 10 topics, though 20 are documented) is split in
 * halves and sent again, and the smaller size is kept for this socket.
 */
import {
  limits,
  topics,
  type ClientFrame,
  type CommandRejected,
  type PushFrame,
  type SubscribeAck,
  type TopicFamily,
  type TopicMeta,
} from "@woox-sdk/types/streams";
import type { Consumer } from "./consumer.js";
import { WooxStreamError } from "./errors.js";
import type { GapReason } from "./types.js";

interface Entry {
  readonly topic: string;
  readonly family: TopicFamily;
  readonly consumers: Set<Consumer>;
  state: "queued" | "sent" | "active";
  /** The id of the SUBSCRIBE in flight. */
  command: string | undefined;
  /** Server time of the last push, for gap markers. */
  lastTs: number | undefined;
  /** Delta topics: the `ts` of the last delta, which the next one's `prevTs` must equal. */
  lastSeq: number | undefined;
  /** Subscribed again after a lost socket: readers get a gap marker when it is active again. */
  wantsGap: boolean;
  /** The last reader left while the SUBSCRIBE was in flight. */
  cancelled: boolean;
}

interface Command {
  cmd: "SUBSCRIBE" | "UN_SUBSCRIBE";
  params: string[];
  timer: ReturnType<typeof setTimeout>;
}

export interface RegistryIO {
  /** Sends a frame if the socket is open; false otherwise. */
  send(frame: ClientFrame): boolean;
  ackTimeoutMs: number;
  /** An answer arrived: the socket works. */
  onAnswer(): void;
  /** No topic is left. */
  onIdle(): void;
  onUnexpected(reason: string, frame: unknown): void;
}

export class Registry {
  private readonly entries = new Map<string, Entry>();
  private readonly commands = new Map<string, Command>();
  private readonly toUnsubscribe = new Set<string>();
  private nextId = 1;
  private batchSize: number = limits.topicsPerSubscribe.recommended;
  private flushQueued = false;

  constructor(private readonly io: RegistryIO) {}

  get size(): number {
    return this.entries.size;
  }

  attach(topic: string, family: TopicFamily, consumer: Consumer): void {
    let entry = this.entries.get(topic);
    if (!entry) {
      entry = {
        topic,
        family,
        consumers: new Set(),
        state: "queued",
        command: undefined,
        lastTs: undefined,
        lastSeq: undefined,
        wantsGap: false,
        cancelled: false,
      };
      this.entries.set(topic, entry);
      // Left a moment ago and the UN_SUBSCRIBE is not out yet: the server subscription is still there.
      if (this.toUnsubscribe.delete(topic)) entry.state = "active";
      else this.scheduleFlush();
    }
    entry.cancelled = false;
    entry.consumers.add(consumer);
    if (entry.state === "active") consumer.markReady();
  }

  detach(consumer: Consumer): void {
    const entry = this.entries.get(consumer.topic);
    if (!entry?.consumers.delete(consumer) || entry.consumers.size > 0) return;
    if (entry.state === "sent") entry.cancelled = true;
    else {
      this.entries.delete(entry.topic);
      if (entry.state === "active") {
        this.toUnsubscribe.add(entry.topic);
        this.scheduleFlush();
      }
    }
    if (this.entries.size === 0) this.io.onIdle();
  }

  scheduleFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  /** Sends what is waiting: UN_SUBSCRIBE first, then SUBSCRIBE in batches. A closed socket sends nothing. */
  flush(): void {
    const leaving = [...this.toUnsubscribe];
    for (let i = 0; i < leaving.length; i += this.batchSize) {
      const params = leaving.slice(i, i + this.batchSize);
      if (!this.sendCommand("UN_SUBSCRIBE", params)) return;
      for (const t of params) this.toUnsubscribe.delete(t);
    }
    const queued = [...this.entries.values()].filter((e) => e.state === "queued");
    for (let i = 0; i < queued.length; i += this.batchSize) {
      const batch = queued.slice(i, i + this.batchSize);
      const id = this.sendCommand(
        "SUBSCRIBE",
        batch.map((e) => e.topic),
      );
      if (!id) return;
      for (const e of batch) {
        e.state = "sent";
        e.command = id;
      }
    }
  }

  onSubscribed(ack: SubscribeAck): void {
    const command = this.takeCommand(ack.id, "SUBSCRIBE", ack);
    if (!command) return;
    const accepted = new Set(ack.data);
    const active = [...this.entries.values()].filter((e) => e.state === "active").length;
    for (const entry of this.inFlight(command.id, command.params)) {
      if (!accepted.has(entry.topic)) {
        const limit = limits.topicsPerConnection.documented;
        const hint = active + command.params.length > limit ? `, or this socket's limit of ${limit} topics` : "";
        this.fail(
          entry,
          new WooxStreamError(
            "rejected",
            `${entry.topic}: the exchange acknowledged the SUBSCRIBE without this topic, i.e. refused it (an unknown symbol or parameter${hint})`,
            { topic: entry.topic },
          ),
        );
      } else if (entry.cancelled) {
        this.entries.delete(entry.topic);
        this.toUnsubscribe.add(entry.topic);
        this.scheduleFlush();
      } else {
        entry.state = "active";
        entry.command = undefined;
        if (entry.wantsGap) this.gap(entry, "reconnect", entry.lastTs, Number(ack.time));
        for (const c of entry.consumers) c.markReady();
      }
    }
    if (this.entries.size === 0) this.io.onIdle();
  }

  onUnsubscribed(ack: { id?: string | number }): void {
    this.takeCommand(ack.id, "UN_SUBSCRIBE", ack);
  }

  onRefused(frame: CommandRejected): void {
    const command = this.takeCommand(frame.id, undefined, frame);
    if (!command || command.cmd !== "SUBSCRIBE") return;
    const entries = this.inFlight(command.id, command.params);
    if (command.params.length > 1) {
      // Refused whole (nothing was subscribed): smaller batches, same topics.
      this.batchSize = Math.max(1, Math.floor(command.params.length / 2));
      for (const e of entries) e.state = "queued";
      this.scheduleFlush();
      return;
    }
    for (const e of entries) {
      if (e.cancelled) this.entries.delete(e.topic);
      else
        this.fail(
          e,
          new WooxStreamError(
            "refused",
            `${e.topic}: the exchange refused the SUBSCRIBE: ${JSON.stringify(frame.data)}`,
            {
              topic: e.topic,
              serverMessage: frame.data,
            },
          ),
        );
    }
    if (this.entries.size === 0) this.io.onIdle();
  }

  /**
   * A reply of an unknown shape to one of our commands: its topics fail now rather than at the timeout.
   * False when no command has this id.
   */
  onMalformedReply(id: string, frame: unknown): boolean {
    if (!this.commands.has(id)) return false;
    const command = this.takeCommand(id, undefined, frame)!;
    if (command.cmd === "SUBSCRIBE")
      for (const e of this.inFlight(id, command.params))
        this.fail(
          e,
          new WooxStreamError("refused", `${e.topic}: the exchange answered the SUBSCRIBE with ${describe(frame)}`, {
            topic: e.topic,
          }),
        );
    if (this.entries.size === 0) this.io.onIdle();
    return true;
  }

  onPush(family: TopicFamily, frame: PushFrame): void {
    const entry = this.entries.get(frame.topic) ?? this.bySymbol(family, frame);
    if (!entry) return; // e.g. pushes still in flight after UN_SUBSCRIBE
    const ts = Number(frame.ts);
    if (entry.wantsGap) this.gap(entry, "reconnect", entry.lastTs, ts);
    const seq = (topics[family] as TopicMeta).sequence;
    if (seq) {
      // Raw readers of book deltas learn of a broken chain too (orderBook() resyncs on it).
      const data = frame.data as Record<string, unknown>;
      const prev = Number(data[seq.prevField]);
      if (entry.lastSeq !== undefined && prev !== entry.lastSeq) this.gap(entry, "sequence", entry.lastSeq, prev);
      entry.lastSeq = Number(data[seq.currentField]);
    }
    entry.lastTs = ts;
    for (const c of entry.consumers) c.deliver(frame);
  }

  onInvalidPush(topic: string, ts: number | undefined): void {
    const entry = this.entries.get(topic);
    if (entry) this.gap(entry, "invalid", entry.lastTs, ts, 1);
  }

  /** The socket is gone, and with it every server subscription: all topics go out again on the next one. */
  socketLost(): void {
    for (const c of this.commands.values()) clearTimeout(c.timer);
    this.commands.clear();
    this.toUnsubscribe.clear();
    for (const e of [...this.entries.values()]) {
      if (e.cancelled) {
        this.entries.delete(e.topic);
        continue;
      }
      if (e.state === "active") e.wantsGap = true;
      e.lastSeq = undefined; // the reconnect gap covers the chain
      e.state = "queued";
      e.command = undefined;
    }
  }

  failAll(error: (topic: string) => Error): void {
    for (const e of [...this.entries.values()]) this.fail(e, error(e.topic));
  }

  endAll(): void {
    for (const c of this.commands.values()) clearTimeout(c.timer);
    this.commands.clear();
    for (const e of [...this.entries.values()]) for (const c of [...e.consumers]) c.end();
    this.entries.clear();
  }

  private fail(entry: Entry, error: Error): void {
    this.entries.delete(entry.topic);
    for (const c of [...entry.consumers]) c.fail(error);
  }

  private gap(
    entry: Entry,
    reason: GapReason,
    from: number | undefined,
    to: number | undefined,
    missed?: number,
  ): void {
    entry.wantsGap = false;
    const reconcile = (topics[entry.family] as { reconcile?: readonly string[] }).reconcile;
    const gap = {
      type: "gap" as const,
      topic: entry.topic,
      reason,
      from,
      to,
      ...(missed !== undefined && { missed }),
      ...(reconcile && { reconcile }),
    };
    for (const c of entry.consumers) c.deliverGap(gap);
  }

  /** A push whose topic is spelled differently from the subscription (`openinterest` without the symbol). */
  private bySymbol(family: TopicFamily, frame: PushFrame): Entry | undefined {
    const field = topics[family].symbolField;
    const symbol = field === null ? undefined : (frame.data as Record<string, unknown>)[field];
    if (typeof symbol !== "string") return undefined;
    return this.entries.get(`${family}@${symbol}`);
  }

  private inFlight(id: string, params: string[]): Entry[] {
    return params.flatMap((t) => {
      const e = this.entries.get(t);
      return e && e.state === "sent" && e.command === id ? [e] : [];
    });
  }

  private sendCommand(cmd: "SUBSCRIBE" | "UN_SUBSCRIBE", params: string[]): string | undefined {
    const id = String(this.nextId++);
    if (!this.io.send({ id, cmd, params })) return undefined;
    const timer = setTimeout(() => this.onTimeout(id), this.io.ackTimeoutMs);
    this.commands.set(id, { cmd, params, timer });
    return id;
  }

  private onTimeout(id: string): void {
    const command = this.commands.get(id);
    if (!command) return;
    this.commands.delete(id);
    if (command.cmd !== "SUBSCRIBE") return;
    const entries = this.inFlight(id, command.params);
    for (const e of entries)
      this.fail(
        e,
        new WooxStreamError("no-ack", `${e.topic}: no answer to the SUBSCRIBE within ${this.io.ackTimeoutMs} ms`, {
          topic: e.topic,
        }),
      );
    // Should the answer only be late, do not leave the subscription behind on the server.
    const stale = entries.map((e) => e.topic);
    if (stale.length > 0) this.sendCommand("UN_SUBSCRIBE", stale);
    if (this.entries.size === 0) this.io.onIdle();
  }

  private takeCommand(
    id: string | number | undefined,
    cmd: Command["cmd"] | undefined,
    frame: unknown,
  ): (Command & { id: string }) | undefined {
    const key = id === undefined ? undefined : String(id);
    const command = key === undefined ? undefined : this.commands.get(key);
    if (!command || (cmd !== undefined && command.cmd !== cmd)) {
      this.io.onUnexpected("a reply to no command in flight", frame);
      return undefined;
    }
    clearTimeout(command.timer);
    this.commands.delete(key!);
    this.io.onAnswer();
    return { ...command, id: key! };
  }
}

function describe(frame: unknown): string {
  try {
    return JSON.stringify(frame, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  } catch {
    return String(frame);
  }
}
