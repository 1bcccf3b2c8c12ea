import type { TradingMode } from "@woox-sdk/types/enums";
import type { Exchange } from "../engine/exchange.js";
import type { Instrument } from "../market/instruments.js";
import type { OrderState } from "../orders/state.js";
import { AccountDirectory } from "./directory.js";
import { RiskTables, type RiskOptions } from "./risk.js";
import { checkAlgoOrderMode, checkOrderMode, setTradingMode } from "./trading-mode.js";
import { TransferBook } from "./transfers.js";

export interface AccountsOptions {
  risk?: RiskOptions;
}

/**
 * Accounts as the exchange knows them (`exchange.accounts`): families of main and sub-accounts with their
 * keys' permissions and trading modes (directory.ts), the risk tables (risk.ts), and the transfers inside a
 * family (transfers.ts). `require(account, "WITHDRAWAL")` is the permission check other areas call.
 */
export class Accounts extends AccountDirectory {
  readonly risk: RiskTables;
  readonly transfers: TransferBook;

  constructor(
    private readonly ex: Exchange,
    options: AccountsOptions = {},
  ) {
    super(() => ex.now());
    this.risk = new RiskTables(ex.instruments, options.risk);
    this.transfers = new TransferBook(ex);
  }

  tradingMode(account: string): TradingMode {
    return this.profile(account).tradingMode;
  }

  setTradingMode(account: string, mode: TradingMode): void {
    setTradingMode(this.ex, account, mode);
  }

  /** The trading mode and position-cap rules of an ordinary order (placed, or edited from `was`). */
  checkOrder(o: OrderState, inst: Instrument, was?: OrderState): void {
    checkOrderMode(this.ex, o, inst, was);
  }

  /** The trading-mode rule of an algo order. */
  checkAlgoOrder(account: string, inst: Instrument): void {
    checkAlgoOrderMode(this.ex, account, inst);
  }
}
