import type { PushFrame } from "@woox-sdk/types/streams";
import { WooxStreamError } from "./errors.js";
import type { PushQueue } from "./queue.js";
import type { GapItem } from "./types.js";

type Item = PushFrame | GapItem<string>;
const DONE: IteratorResult<never, undefined> = Object.freeze({ done: true, value: undefined });

/**
 * One reader of one topic: an async iterator over its own bounded queue. It ends when the reader breaks
 * out of its loop (`return`), when its signal aborts, or when the stream is closed; it throws when the
 * subscription fails (refused topic, no ack, overflow, …), after handing out what was already buffered.
 */
export class Consumer implements AsyncIterableIterator<Item, undefined> {
  /** Resolves once the exchange has acknowledged the topic; rejects if the subscription fails first. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private rejectReady!: (err: Error) => void;
  private readonly waiters: { resolve: (r: IteratorResult<Item, undefined>) => void; reject: (e: unknown) => void }[] =
    [];
  private error: Error | undefined;
  private ended = false;
  private detached = false;
  private readonly onAbort = () => void this.return();

  constructor(
    readonly topic: string,
    private readonly queue: PushQueue,
    private readonly onDetach: (consumer: Consumer) => void,
    private readonly signal?: AbortSignal,
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    // A rejection nobody awaits is not an unhandled one: the iterator reports the same error.
    this.ready.catch(() => undefined);
    if (signal?.aborted) queueMicrotask(this.onAbort);
    else signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /** Items waiting to be read. */
  get buffered(): number {
    return this.queue.size;
  }

  get active(): boolean {
    return !this.ended && this.error === undefined;
  }

  markReady(): void {
    this.resolveReady();
  }

  deliver(push: PushFrame): void {
    if (!this.active) return;
    if (!this.queue.push(push)) {
      this.fail(
        new WooxStreamError(
          "overflow",
          `${this.topic}: the reader fell ${this.queue.capacity} pushes behind; pushes of this topic are never dropped, so the subscription ended after the buffered ones (read faster or raise bufferSize, then rebuild the state over REST)`,
          { topic: this.topic },
        ),
      );
      return;
    }
    this.wake();
  }

  deliverGap(gap: GapItem<string>): void {
    if (!this.active) return;
    this.queue.pushGap(gap);
    this.wake();
  }

  /** Ends with an error, thrown by `next()` once the buffered items are read. */
  fail(error: Error): void {
    if (!this.active) return;
    this.error = error;
    this.rejectReady(error);
    this.detach();
    this.wake();
  }

  /** Ends without an error once the buffered items are read (the stream was closed). */
  end(): void {
    if (!this.active) return;
    this.ended = true;
    this.rejectReady(new WooxStreamError("closed", `${this.topic}: the stream was closed`, { topic: this.topic }));
    this.detach();
    this.wake();
  }

  next(): Promise<IteratorResult<Item, undefined>> {
    const item = this.queue.shift();
    if (item !== undefined) return Promise.resolve({ done: false, value: item });
    if (this.error) return Promise.reject(this.takeError());
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Stops reading: unsubscribes when this was the topic's last reader. Buffered items are dropped. */
  return(): Promise<IteratorResult<Item, undefined>> {
    this.ended = true;
    this.error = undefined;
    this.rejectReady(
      new WooxStreamError("closed", `${this.topic}: unsubscribed before the ack`, { topic: this.topic }),
    );
    while (this.queue.shift() !== undefined);
    this.detach();
    this.wake();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private takeError(): Error {
    const err = this.error!;
    this.error = undefined;
    this.ended = true;
    return err;
  }

  private detach(): void {
    if (this.detached) return;
    this.detached = true;
    this.signal?.removeEventListener("abort", this.onAbort);
    this.onDetach(this);
  }

  private wake(): void {
    while (this.waiters.length > 0) {
      const item = this.queue.shift();
      if (item !== undefined) this.waiters.shift()!.resolve({ done: false, value: item });
      else if (this.error) this.waiters.shift()!.reject(this.takeError());
      else if (this.ended) this.waiters.shift()!.resolve(DONE);
      else return;
    }
  }
}
