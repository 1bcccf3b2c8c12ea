import { dec, mul, ZERO, type Dec } from "../decimal.js";
import type { Instrument } from "../market/instruments.js";

/**
 * The static risk tables: per token (GET /v3/account/tokenConfig) and per perpetual (GET
 * /v3/account/symbolConfig). They are the one place these numbers live: the two endpoints print them, and
 * the engine's checks read them (collateral value per token, the leverage ceiling of PUT
 * /v3/futures/leverage, the position cap of an order, what tokenInfo says about collateral and shorting).
 *
 * Defaults, where the docs give no number the sandbox could use: every token counts fully as collateral
 * (ratio 1), so account values are simply the tokens' worth; every token but USDT can be shorted; spot-margin
 * leverage up to 10; position caps of 100000000000 (the figure of the official examples, i.e. no cap in
 * practice: configure a lower one to exercise the refusal). `marginFactor` / `margin_factor` default to 0
 * and are reported only: the sandbox's margin does not grow with position size.
 */

export interface TokenRisk {
  collateralRatio: Dec;
  marginFactor: Dec;
  /** Whether the token counts as collateral now. */
  collateral: boolean;
  canCollateral: boolean;
  canShort: boolean;
  marginMaxLeverage: number;
  marginMaxPosition: Dec;
}

export interface SymbolRisk {
  marginFactor: Dec;
  /** The instrument's `maxLeverage` (InstrumentConfig), the one place it is configured. */
  maxLeverage: number;
  /** The largest position, in the base token, an order may lead to. */
  maxPosition: Dec;
}

/** Overrides per token; decimals as strings. */
export interface TokenRiskConfig {
  collateralRatio?: string;
  marginFactor?: string;
  collateral?: boolean;
  canCollateral?: boolean;
  canShort?: boolean;
  marginMaxLeverage?: number;
  marginMaxPosition?: string;
}

/** Overrides per perpetual; its leverage ceiling is the instrument's `maxLeverage`. */
export interface SymbolRiskConfig {
  marginFactor?: string;
  maxPosition?: string;
}

/** SandboxOptions.risk: the tables' entries that differ from the defaults. */
export interface RiskOptions {
  tokens?: Readonly<Record<string, TokenRiskConfig>>;
  symbols?: Readonly<Record<string, SymbolRiskConfig>>;
}

const NO_CAP = "100000000000";
const DEFAULT_MARGIN_LEVERAGE = 10;

function decimalOption(where: string, v: string, min = ZERO): Dec {
  const d = dec(v);
  if (d === undefined || d < min)
    throw new TypeError(`sandbox: risk.${where} must be a decimal string >= 0, got "${v}"`);
  return d;
}

export class RiskTables {
  private readonly tokens = new Map<string, TokenRisk>();
  private readonly symbols = new Map<string, SymbolRisk>();

  constructor(
    private readonly instruments: ReadonlyMap<string, Instrument>,
    options: RiskOptions = {},
  ) {
    for (const [token, c] of Object.entries(options.tokens ?? {})) this.tokens.set(token, tokenRisk(token, c));
    for (const [symbol, c] of Object.entries(options.symbols ?? {})) {
      if (instruments.get(symbol)?.kind !== "PERP")
        throw new TypeError(`sandbox: risk.symbols.${symbol} is not a perpetual the sandbox lists`);
      this.symbols.set(symbol, symbolRisk(instruments.get(symbol)!, c));
    }
  }

  token(token: string): TokenRisk {
    let r = this.tokens.get(token);
    if (r === undefined) {
      r = tokenRisk(token, {});
      this.tokens.set(token, r);
    }
    return r;
  }

  /** The perpetual's row (the instrument must be a PERP_ one). */
  symbol(inst: Instrument): SymbolRisk {
    return this.symbols.get(inst.symbol) ?? symbolRisk(inst, {});
  }

  /** Every perpetual the sandbox lists, in listing order. */
  perpetuals(): Instrument[] {
    return [...this.instruments.values()].filter((i) => i.kind === "PERP");
  }

  /**
   * What `value` (USDT) of a token adds to an account's collateral: holdings count at the collateral
   * ratio when the token counts as collateral, else not at all; debts (negative values) count in full.
   */
  collateralValue(token: string, value: Dec): Dec {
    if (value < ZERO) return value;
    const r = this.token(token);
    return r.collateral ? mul(value, r.collateralRatio) : ZERO;
  }
}

function tokenRisk(token: string, c: TokenRiskConfig): TokenRisk {
  const at = (field: string) => `tokens.${token}.${field}`;
  const leverage = c.marginMaxLeverage ?? DEFAULT_MARGIN_LEVERAGE;
  if (!Number.isInteger(leverage) || leverage < 1)
    throw new TypeError(`sandbox: risk.${at("marginMaxLeverage")} must be an integer >= 1, got ${leverage}`);
  const canCollateral = c.canCollateral ?? true;
  if (c.collateral === true && !canCollateral)
    throw new TypeError(`sandbox: risk.${at("collateral")} cannot be true when canCollateral is false`);
  return {
    collateralRatio: decimalOption(at("collateralRatio"), c.collateralRatio ?? "1"),
    marginFactor: decimalOption(at("marginFactor"), c.marginFactor ?? "0"),
    collateral: c.collateral ?? canCollateral,
    canCollateral,
    canShort: c.canShort ?? token !== "USDT",
    marginMaxLeverage: leverage,
    marginMaxPosition: decimalOption(at("marginMaxPosition"), c.marginMaxPosition ?? NO_CAP),
  };
}

function symbolRisk(inst: Instrument, c: SymbolRiskConfig): SymbolRisk {
  const at = (field: string) => `symbols.${inst.symbol}.${field}`;
  return {
    marginFactor: decimalOption(at("marginFactor"), c.marginFactor ?? "0"),
    maxLeverage: inst.maxLeverage,
    maxPosition: decimalOption(at("maxPosition"), c.maxPosition ?? NO_CAP),
  };
}
