import type { WooxClient } from "@woox-sdk/client";
import type { Output } from "./output.js";
import { reportLine, watchReports, type ReportEvent } from "./reports.js";

type Match = (e: ReportEvent) => boolean;

/**
 * The demo's view of the private stream: reads `watchReports` in the background, keeps every event,
 * prints each one as it arrives once `printing` is on, and lets the demo wait for the
 * report a price move should produce.
 */
export class ReportTap {
  readonly events: ReportEvent[] = [];
  printing = false;
  readonly ready: Promise<void>;
  private readonly controller = new AbortController();
  private readonly waiters: { match: Match; resolve: (e: ReportEvent | undefined) => void }[] = [];
  private readonly done: Promise<void>;
  private failure: Error | undefined;

  constructor(
    client: WooxClient,
    private readonly out: Output,
    private readonly indent = "      ",
  ) {
    let onReady!: () => void;
    let onFail!: (e: Error) => void;
    this.ready = new Promise((resolve, reject) => ((onReady = resolve), (onFail = reject)));
    this.done = (async () => {
      try {
        for await (const e of watchReports(client, { signal: this.controller.signal, onReady })) this.take(e);
      } catch (e) {
        this.failure = e as Error;
        onFail(this.failure);
        this.out.line(`${this.indent}STREAM FAILED: ${this.failure.message}`);
      } finally {
        for (const w of this.waiters.splice(0)) w.resolve(undefined);
      }
    })();
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** The first event (already received or still to come) that matches, or undefined after `timeoutMs`. */
  waitFor(match: Match, timeoutMs = 5000): Promise<ReportEvent | undefined> {
    const seen = this.events.find(match);
    if (seen || this.failure) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve(undefined);
      }, timeoutMs);
      const waiter = { match, resolve: (e: ReportEvent | undefined) => (clearTimeout(timer), resolve(e)) };
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.done;
  }

  private take(e: ReportEvent): void {
    this.events.push(e);
    if (this.printing) this.out.line(`${this.indent}${reportLine(e)}`);
    for (const w of [...this.waiters])
      if (w.match(e)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(e);
      }
  }
}
