import type { Exchange } from "../engine/exchange.js";

/**
 * What the sandbox says about a token in GET /v3/public/token and tokenInfo. Its networks, minimums and
 * fees are the wallet's network table (wallet/networks.ts).
 */
export interface TokenMeta {
  fullName: string;
  decimals: number;
}

/** Names and precisions for /v3/public/token and tokenInfo; tokens not listed get their symbol and 8 decimals. */
export const TOKEN_INFO: Readonly<Record<string, TokenMeta>> = Object.freeze({
  USDT: { fullName: "Tether USD", decimals: 6 },
  BTC: { fullName: "Bitcoin", decimals: 8 },
  ETH: { fullName: "Ethereum", decimals: 8 },
  WOO: { fullName: "WOO", decimals: 8 },
  BAL: { fullName: "Balancer", decimals: 8 },
});

export const tokenMeta = (token: string): TokenMeta => TOKEN_INFO[token] ?? { fullName: token, decimals: 8 };

/** Every token the sandbox knows: the assets of its instruments and whatever accounts hold, sorted. */
export function knownTokens(ex: Exchange): string[] {
  const set = new Set<string>();
  for (const i of ex.instruments.values()) {
    set.add(i.baseAsset);
    set.add(i.quoteAsset);
  }
  for (const a of ex.ledger.allAccounts()) for (const t of a.balances.keys()) set.add(t);
  return [...set].sort();
}
