/**
 * The bounded buffer between the socket and one consumer. A consumer that stops reading never makes it
 * hold more than `capacity` pushes (plus one gap marker); what happens at the bound depends on the topic
 * (the topic table's `kind` and `scope`):
 * - `conflate` (snapshot topics: bbo, ticker, orderbook10, kline, …): a push replaces a waiting push with
 *   the same key fields, so the consumer reads the latest state; only more distinct keys than `capacity`
 *   drop anything;
 * - `merge` (order book deltas): a delta that finds the buffer full is merged into the last waiting one,
 *   which applies to a book exactly like the two did (see mergeDeltas);
 * - `drop-oldest` (public events: trade): the oldest waiting push makes room and a gap marker says so;
 * - `fail` (private events and updates: executionreport, algoexecutionreport, balance, position): nothing
 *   is dropped; the push is refused, and the consumer fails with an overflow error after reading what was
 *   buffered.
 */
import { topics, type TopicFamily, type TopicMeta, type PushFrame } from "@woox-sdk/types/streams";
import { mergeDeltas, type Delta } from "./book.js";
import type { GapItem } from "./types.js";

export type OverflowPolicy = "conflate" | "merge" | "drop-oldest" | "fail";

export function overflowPolicy(family: TopicFamily): OverflowPolicy {
  const meta: TopicMeta = topics[family];
  if (meta.kind === "snapshot") return "conflate";
  if (meta.kind === "delta") return "merge";
  return meta.scope === "private" ? "fail" : "drop-oldest";
}

type Item = PushFrame | GapItem<string>;
type BookPush = PushFrame & { data: Delta };
interface Box {
  item: Item;
  key?: string;
}

const isGapItem = (item: Item): item is GapItem<string> => (item as { type?: unknown }).type === "gap";

/** Two gap markers in a row become one covering both; `reconnect` wins, as it also means state was lost. */
export function mergeGaps(a: GapItem<string>, b: GapItem<string>): GapItem<string> {
  const missed = a.missed !== undefined && b.missed !== undefined ? a.missed + b.missed : undefined;
  return {
    ...a,
    reason: a.reason === "reconnect" || b.reason === "reconnect" ? "reconnect" : a.reason,
    from: a.from ?? b.from,
    to: b.to ?? a.to,
    ...(missed === undefined ? { missed: undefined } : { missed }),
  };
}

export class PushQueue {
  private boxes: (Box | undefined)[] = [];
  private head = 0;
  private pushes = 0;
  private readonly byKey = new Map<string, Box>();
  private lastShiftedTs: number | undefined;

  constructor(
    readonly capacity: number,
    readonly policy: OverflowPolicy,
    private readonly keyOf: (push: PushFrame) => string = () => "",
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1))
      throw new RangeError(`bufferSize must be an integer ≥ 1, got ${capacity}`);
  }

  /** Items waiting (pushes and gap markers). */
  get size(): number {
    return this.boxes.length - this.head;
  }

  /** Adds a push. False only under `fail` when `capacity` pushes are waiting: the push was not taken. */
  push(push: PushFrame): boolean {
    if (this.policy === "conflate") {
      const key = this.keyOf(push);
      const waiting = this.byKey.get(key);
      if (waiting) {
        waiting.item = push;
        return true;
      }
      if (this.pushes >= this.capacity) this.dropOldestPush();
      const box: Box = { item: push, key };
      this.byKey.set(key, box);
      this.append(box);
      return true;
    }
    if (this.pushes >= this.capacity) {
      if (this.policy === "fail") return false;
      const tail = this.boxes[this.boxes.length - 1];
      if (this.policy === "merge" && tail && !isGapItem(tail.item) && chainsOn(tail.item, push)) {
        const a = tail.item as BookPush;
        tail.item = { ...push, data: mergeDeltas(a.data, (push as BookPush).data) } as PushFrame;
        return true;
      }
      this.dropOldestPush();
    }
    this.append({ item: push });
    return true;
  }

  /** Adds a gap marker; it joins a marker that is last in the buffer. Never refused. */
  pushGap(gap: GapItem<string>): void {
    const tail = this.size > 0 ? this.boxes[this.boxes.length - 1] : undefined;
    if (tail && isGapItem(tail.item)) tail.item = mergeGaps(tail.item, gap);
    else this.boxes.push({ item: gap });
  }

  shift(): Item | undefined {
    if (this.size === 0) return undefined;
    const box = this.boxes[this.head]!;
    this.release();
    if (!isGapItem(box.item)) {
      this.pushes--;
      this.lastShiftedTs = Number(box.item.ts);
      if (box.key !== undefined && this.byKey.get(box.key) === box) this.byKey.delete(box.key);
    }
    return box.item;
  }

  /** Lets go of the front slot; the array is compacted once most of it is behind the head. */
  private release(): void {
    this.boxes[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.boxes.length) {
      this.boxes = this.boxes.slice(this.head);
      this.head = 0;
    }
  }

  private append(box: Box): void {
    this.boxes.push(box);
    this.pushes++;
  }

  /** Turns the oldest waiting push into (or into part of) the gap marker at the front. */
  private dropOldestPush(): void {
    while (this.size >= 2 && isGapItem(this.boxes[this.head]!.item) && isGapItem(this.boxes[this.head + 1]!.item)) {
      const first = this.boxes[this.head]!.item as GapItem<string>;
      this.boxes[this.head + 1]!.item = mergeGaps(first, this.boxes[this.head + 1]!.item as GapItem<string>);
      this.release();
    }
    const front = this.boxes[this.head]!;
    const gapFront = isGapItem(front.item);
    const victim = gapFront ? this.boxes[this.head + 1]! : front;
    const dropped = victim.item as PushFrame;
    if (victim.key !== undefined && this.byKey.get(victim.key) === victim) this.byKey.delete(victim.key);
    delete victim.key;
    const lost: GapItem<string> = {
      type: "gap",
      topic: dropped.topic,
      reason: "overflow",
      from: this.lastShiftedTs,
      to: Number(dropped.ts),
      missed: 1,
    };
    this.pushes--;
    if (gapFront) {
      victim.item = mergeGaps(front.item as GapItem<string>, lost);
      this.release();
    } else victim.item = lost;
  }
}

function chainsOn(a: PushFrame, b: PushFrame): boolean {
  const x = a.data as Partial<Delta>;
  const y = b.data as Partial<Delta>;
  return x.ts !== undefined && y.prevTs !== undefined && Number(x.ts) === Number(y.prevTs);
}
