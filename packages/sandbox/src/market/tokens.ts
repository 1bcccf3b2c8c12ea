import type { Exchange } from "../engine/exchange.js";

/** What the sandbox says about a token in GET /v3/public/token and tokenInfo. */
export interface TokenMeta {
  fullName: string;
  decimals: number;
  networks: string[];
  minWithdraw: string;
  withdrawFee: string;
}

/** Names and precisions for /v3/public/token and tokenInfo; tokens not listed get their symbol and 8 decimals. */
export const TOKEN_INFO: Readonly<Record<string, TokenMeta>> = Object.freeze({
  USDT: { fullName: "Tether USD", decimals: 6, networks: ["ETH", "TRON"], minWithdraw: "10", withdrawFee: "1" },
  BTC: { fullName: "Bitcoin", decimals: 8, networks: ["BTC"], minWithdraw: "0.001", withdrawFee: "0.0002" },
  ETH: { fullName: "Ethereum", decimals: 8, networks: ["ETH"], minWithdraw: "0.01", withdrawFee: "0.002" },
  WOO: { fullName: "WOO", decimals: 8, networks: ["ETH"], minWithdraw: "50", withdrawFee: "10" },
  BAL: { fullName: "Balancer", decimals: 8, networks: ["ETH"], minWithdraw: "1", withdrawFee: "0.5" },
});

export const tokenMeta = (token: string): TokenMeta =>
  TOKEN_INFO[token] ?? { fullName: token, decimals: 8, networks: [token], minWithdraw: "0", withdrawFee: "0" };

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
