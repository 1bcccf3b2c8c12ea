import { TokenHistoryType } from "@woox-sdk/types/enums";
import { decOf, floorTo, fmt, isMultiple, mul, ONE, ZERO, type Dec } from "../decimal.js";
import type { Exchange } from "../engine/exchange.js";
import { reject } from "../errors.js";
import { convertibleTokens, convertTick, midPrice, times } from "./pricing.js";

/** A firm quote of GET /v3/convert/rfq, open until it is accepted or expires. */
export interface ConvertQuote {
  quoteId: bigint;
  account: string;
  sellToken: string;
  sellQuantity: Dec;
  buyToken: string;
  buyQuantity: Dec;
  /** Units of buyToken per unit of sellToken, after the spread. */
  buyPrice: Dec;
  /** Epoch ms; the quote is accepted while the clock is before it. */
  expireTimestamp: number;
}

/** An executed conversion. */
export interface ConvertTrade {
  quoteId: bigint;
  sellToken: string;
  sellQuantity: Dec;
  buyToken: string;
  buyQuantity: Dec;
  time: number;
}

export interface ConvertSettings {
  /** How long a quote holds, in ms of the sandbox clock (default 10 s). */
  ttlMs: number;
  /** What the sandbox keeps of each conversion, as a fraction of the mid price (default 0.001). */
  spread: Dec;
}

/**
 * Convert (RFQ): quotes priced from the sandbox mid less a spread, accepted at most once before they
 * expire. An acceptance moves both balances in one step (two CONVERT journal rows) and records the trade.
 */
export class Convert {
  readonly settings: ConvertSettings = { ttlMs: 10_000, spread: decOf("0.001") };
  /** Open quotes (neither accepted nor expired), by quoteId. */
  private readonly quotes = new Map<bigint, ConvertQuote>();
  private readonly trades = new Map<string, ConvertTrade[]>();
  /** Accepted quotes: which account's trade each became. */
  private readonly accepted = new Map<bigint, string>();
  private nextQuoteId = 51_200_001n;

  constructor(private readonly ex: Exchange) {}

  tokens(): string[] {
    return convertibleTokens(this.ex);
  }

  tick(token: string): Dec {
    return convertTick(this.ex, token);
  }

  quote(account: string, sellToken: string, buyToken: string, sellQuantity: Dec): ConvertQuote {
    const tokens = this.tokens();
    for (const t of [sellToken, buyToken])
      if (!tokens.includes(t)) reject("INVALID_PARAM", { detail: `${t} cannot be converted` });
    if (sellToken === buyToken) reject("INVALID_PARAM", { detail: "sellToken and buyToken must differ" });
    const tick = this.tick(sellToken);
    if (sellQuantity <= ZERO) reject("INVALID_PARAM", { detail: "sellQuantity must be greater than 0" });
    if (!isMultiple(sellQuantity, tick))
      reject("INVALID_PARAM", { detail: `sellQuantity must be a multiple of ${fmt(tick)}` });
    if (sellQuantity > this.available(account, sellToken)) reject("BALANCE_NOT_ENOUGH");
    const mid = midPrice(this.ex, sellToken, buyToken);
    if (mid === undefined) reject("INVALID_PARAM", { detail: `no price for ${sellToken} in ${buyToken}` });
    const keep = ONE - this.settings.spread;
    const buyPrice = mul(times(ONE, mid), keep);
    const buyQuantity = floorTo(times(mul(sellQuantity, keep), mid), this.tick(buyToken));
    if (buyQuantity <= ZERO) reject("INVALID_PARAM", { detail: "sellQuantity is too small to buy anything" });
    const q: ConvertQuote = {
      quoteId: this.nextQuoteId++,
      account,
      sellToken,
      sellQuantity,
      buyToken,
      buyQuantity,
      buyPrice,
      expireTimestamp: Math.trunc(this.ex.now() + this.settings.ttlMs),
    };
    this.quotes.set(q.quoteId, q);
    this.ex.schedule.at(q.expireTimestamp, () => void this.quotes.delete(q.quoteId));
    return q;
  }

  /**
   * Executes a quote once: -1006 when it is unknown to the account or expired, 311001 when it was already
   * accepted, 302301 when the balance no longer covers it (the quote then stays open).
   */
  accept(account: string, quoteId: bigint): ConvertTrade {
    if (this.accepted.get(quoteId) === account) reject("DATA_STATUS_INVALID");
    const q = this.quotes.get(quoteId);
    if (q?.account !== account || this.ex.now() >= q.expireTimestamp)
      reject("RESOURCE_NOT_FOUND", { detail: `quote ${quoteId} does not exist or has expired` });
    if (q.sellQuantity > this.available(account, q.sellToken)) reject("BALANCE_NOT_ENOUGH");
    this.ex.ledger.move(account, q.sellToken, -q.sellQuantity, TokenHistoryType.CONVERT);
    this.ex.ledger.move(account, q.buyToken, q.buyQuantity, TokenHistoryType.CONVERT);
    this.quotes.delete(quoteId);
    this.accepted.set(quoteId, account);
    const trade: ConvertTrade = {
      quoteId,
      sellToken: q.sellToken,
      sellQuantity: q.sellQuantity,
      buyToken: q.buyToken,
      buyQuantity: q.buyQuantity,
      time: this.ex.now(),
    };
    let list = this.trades.get(account);
    if (list === undefined) this.trades.set(account, (list = []));
    list.push(trade);
    for (const token of [q.sellToken, q.buyToken]) this.ex.events.emit(account, { kind: "balance", account, token });
    return trade;
  }

  /** The account's conversion of `quoteId` (-1006 when there is none). */
  trade(account: string, quoteId: bigint): ConvertTrade {
    const t = this.trades.get(account)?.find((x) => x.quoteId === quoteId);
    if (t === undefined) reject("RESOURCE_NOT_FOUND", { detail: `no conversion with quoteId ${quoteId}` });
    return t;
  }

  /** The account's conversions, oldest first. */
  history(account: string): readonly ConvertTrade[] {
    return this.trades.get(account) ?? [];
  }

  private available(account: string, token: string): Dec {
    return this.ex.ledger.balance(account, token) - this.ex.orders.frozen(account, token);
  }
}
