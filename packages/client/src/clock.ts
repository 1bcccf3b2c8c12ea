/**
 * The exchange's clock as seen from here. Requests carry the exchange's time (local time plus the
 * offset), so a drifting local clock does not get them rejected. The offset is measured against the
 * top-level `timestamp` of GET /v3/public/systemInfo, taking the midpoint of the round trip.
 */
export class Clock {
  offsetMs = 0;
  private inflight: Promise<number> | undefined;

  constructor(private readonly localNow: () => number) {}

  now(): number {
    return this.localNow() + this.offsetMs;
  }

  /** Measures the offset once (concurrent callers share one measurement) and returns it. */
  sync(fetchServerTime: () => Promise<number>): Promise<number> {
    this.inflight ??= (async () => {
      try {
        const t0 = this.localNow();
        const server = await fetchServerTime();
        const t1 = this.localNow();
        this.offsetMs = Math.round(server - (t0 + t1) / 2);
        return this.offsetMs;
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }
}
