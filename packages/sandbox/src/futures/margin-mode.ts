import { MarginMode } from "@woox-sdk/types/enums";

/**
 * Default margin modes: what a perpetual order (ordinary or algo) that names no `marginMode` uses. Each
 * account has a default (CROSS until changed) and per-symbol overrides; a symbol's override wins over
 * the default. Setting the default keeps the overrides; resetting drops the overrides and keeps the
 * default (the spec infers both from the paths only).
 */

interface Defaults {
  mode: MarginMode;
  /** Per perpetual symbol, in the order they were set. */
  overrides: Map<string, MarginMode>;
}

export class MarginModeDefaults {
  private readonly accounts = new Map<string, Defaults>();

  private of(account: string): Defaults {
    let d = this.accounts.get(account);
    if (d === undefined) this.accounts.set(account, (d = { mode: MarginMode.CROSS, overrides: new Map() }));
    return d;
  }

  /** The account default. */
  default(account: string): MarginMode {
    return this.of(account).mode;
  }

  /** The per-symbol overrides, in the order they were set. */
  overrides(account: string): [symbol: string, mode: MarginMode][] {
    return [...this.of(account).overrides];
  }

  /** What a new order on `symbol` without its own margin mode uses. */
  effective(account: string, symbol: string): MarginMode {
    const d = this.of(account);
    return d.overrides.get(symbol) ?? d.mode;
  }

  setDefault(account: string, mode: MarginMode): void {
    this.of(account).mode = mode;
  }

  setSymbol(account: string, symbol: string, mode: MarginMode): void {
    this.of(account).overrides.set(symbol, mode);
  }

  /** Drops every per-symbol override: each symbol follows the account default again. */
  reset(account: string): void {
    this.of(account).overrides.clear();
  }
}
