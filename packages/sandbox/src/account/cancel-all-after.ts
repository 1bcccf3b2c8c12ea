/**
 * POST /v3/trade/order/cancelAllAfter, the dead man's switch: one real timer per account that, when it
 * runs out, calls `fire` (which cancels every open order of the account). Calling again re-arms it.
 */
export class CancelAllAfter {
  private readonly armed = new Map<string, { timer: ReturnType<typeof setTimeout>; at: number }>();

  constructor(
    private readonly now: () => number,
    private readonly fire: (account: string) => void,
  ) {}

  /** (Re)arms the account's timer for `ms`; 0 disarms it. Returns the expected trigger time, 0 when off. */
  arm(account: string, ms: number): number {
    const armed = this.armed.get(account);
    if (armed) clearTimeout(armed.timer);
    this.armed.delete(account);
    if (ms === 0) return 0;
    const at = this.now() + ms;
    const timer = setTimeout(() => {
      this.armed.delete(account);
      this.fire(account);
    }, ms);
    timer.unref();
    this.armed.set(account, { timer, at });
    return at;
  }

  /** When the account's timer fires (sandbox clock), or undefined when it is off. */
  triggerTime(account: string): number | undefined {
    return this.armed.get(account)?.at;
  }

  /** Stops every timer (the server calls this on stop). */
  dispose(): void {
    for (const { timer } of this.armed.values()) clearTimeout(timer);
    this.armed.clear();
  }
}
