/**
 * Work the exchange does at set times of the sandbox clock: funding every 8 hours, interest every hour,
 * a withdrawal moving on after a delay, a quote expiring. Nothing here runs on a timer: `catchUp` runs
 * every job that has come due, in time order, and the server calls it before each request and whenever
 * the clock is moved (`advanceClock`, POST /sandbox/clock). So a test can jump 8 hours and see exactly
 * the funding rounds that time contains, and a real-time sandbox does the same work lazily.
 */

interface Recurring {
  name: string;
  everyMs: number;
  /** The next time (aligned to a multiple of everyMs since the epoch, UTC) the job runs. */
  next: number;
  run: (at: number) => void;
}

interface Once {
  at: number;
  seq: number;
  run: (at: number) => void;
}

export class Schedule {
  private readonly recurring: Recurring[] = [];
  private once: Once[] = [];
  private seq = 0;
  private running = false;
  /** While a job runs, the time it was due; undefined otherwise. */
  runningAt: number | undefined;

  constructor(private readonly now: () => number) {}

  /**
   * Runs `run(at)` at every multiple of `everyMs` since the epoch that the clock passes from now on
   * (e.g. 00:00, 08:00 and 16:00 UTC for funding).
   */
  every(name: string, everyMs: number, run: (at: number) => void): void {
    if (!(everyMs > 0)) throw new RangeError(`schedule ${name}: everyMs must be positive`);
    const next = (Math.floor(this.now() / everyMs) + 1) * everyMs;
    this.recurring.push({ name, everyMs, next, run });
  }

  /** Runs `run(at)` once the clock reaches `at`. */
  at(at: number, run: (at: number) => void): void {
    this.once.push({ at, seq: this.seq++, run });
  }

  /** Runs every job due at or before now, oldest first; a job may schedule more (they run too if due). */
  catchUp(): void {
    if (this.running) return;
    this.running = true;
    try {
      const now = this.now();
      for (;;) {
        const job = this.nextDue(now);
        if (job === undefined) break;
        this.runningAt = job.at;
        job.run();
      }
    } finally {
      this.running = false;
      this.runningAt = undefined;
    }
  }

  private nextDue(now: number): { at: number; run: () => void } | undefined {
    let best: { at: number; take: () => { at: number; run: () => void } } | undefined;
    for (const r of this.recurring)
      if (r.next <= now && (best === undefined || r.next < best.at)) {
        best = {
          at: r.next,
          take: () => {
            const at = r.next;
            r.next += r.everyMs;
            return { at, run: () => r.run(at) };
          },
        };
      }
    for (const o of this.once)
      if (o.at <= now && (best === undefined || o.at < best.at)) {
        best = {
          at: o.at,
          take: () => {
            this.once = this.once.filter((x) => x !== o);
            return { at: o.at, run: () => o.run(o.at) };
          },
        };
      }
    return best?.take();
  }
}
