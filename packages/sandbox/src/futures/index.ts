import type { MarginMode } from "@woox-sdk/types/enums";
import type { Exchange } from "../engine/exchange.js";
import { FundingBook } from "./funding.js";
import { IsolatedMargins } from "./isolated.js";
import { MarginModeDefaults } from "./margin-mode.js";

/**
 * The futures side of the exchange that is not order matching: default margin modes, funding rounds and
 * payments, and isolated margin. One instance per Exchange (its `futures` field).
 */
export class Futures {
  readonly marginModes = new MarginModeDefaults();
  readonly funding: FundingBook;
  readonly isolated: IsolatedMargins;

  constructor(ex: Exchange) {
    this.funding = new FundingBook(ex);
    this.isolated = new IsolatedMargins(ex);
  }

  /** The margin mode of a new perpetual order: the one it names, else the account's effective default. */
  marginModeFor(account: string, symbol: string, named: MarginMode | undefined): MarginMode {
    return named ?? this.marginModes.effective(account, symbol);
  }
}
