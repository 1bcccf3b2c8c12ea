import { decOf, type Dec } from "../decimal.js";

/**
 * The blockchain networks the sandbox's tokens move on: one row per token and network. This table is the
 * one source of these numbers: GET /v3/public/tokenNetwork lists it, GET /v3/public/tokenInfo shows it as
 * each token's `networks`, deposits count its confirmations and withdrawals enforce its minimum and fee.
 * The figures are plausible, not the live exchange's (which change over time).
 */

/** How a network's addresses look: `0x…` on EVM chains, `T…` on TRON, `bc1q…` on Bitcoin. */
export type AddressStyle = "EVM" | "TRON" | "BTC";

export interface NetworkConfig {
  /** The balance token, e.g. `USDT`. */
  token: string;
  /** The WOO X network id, e.g. `ETH`, `TRX`, `BSC`, `BTC`. */
  network: string;
  /** Token standard, e.g. `ERC20`. */
  protocol: string;
  /** Display name, e.g. `Ethereum (ERC20)`. */
  name: string;
  allowDeposit: boolean;
  allowWithdraw: boolean;
  /** Decimal strings, in the token. */
  minimumWithdrawal: string;
  withdrawalFee: string;
  /** Blocks a deposit waits for (`confirmingThreshold`), and how long a block takes on the sandbox clock. */
  confirmations: number;
  blockMs: number;
  addressStyle: AddressStyle;
}

const erc20 = (token: string, minimumWithdrawal: string, withdrawalFee: string): NetworkConfig => ({
  token,
  network: "ETH",
  protocol: "ERC20",
  name: "Ethereum (ERC20)",
  allowDeposit: true,
  allowWithdraw: true,
  minimumWithdrawal,
  withdrawalFee,
  confirmations: 64,
  blockMs: 12_000,
  addressStyle: "EVM",
});

/** The default table; `startSandbox({ wallet: { networks } })` replaces it. A token's first row is its default network. */
export const DEFAULT_NETWORKS: readonly NetworkConfig[] = Object.freeze([
  erc20("USDT", "10", "2"),
  {
    token: "USDT",
    network: "TRX",
    protocol: "TRC20",
    name: "Tron (TRC20)",
    allowDeposit: true,
    allowWithdraw: true,
    minimumWithdrawal: "10",
    withdrawalFee: "1",
    confirmations: 20,
    blockMs: 3_000,
    addressStyle: "TRON",
  },
  {
    token: "USDT",
    network: "BSC",
    protocol: "BEP20",
    name: "BNB Smart Chain (BEP20)",
    allowDeposit: true,
    allowWithdraw: true,
    minimumWithdrawal: "10",
    withdrawalFee: "0.8",
    confirmations: 15,
    blockMs: 3_000,
    addressStyle: "EVM",
  },
  {
    token: "BTC",
    network: "BTC",
    protocol: "BTC",
    name: "Bitcoin",
    allowDeposit: true,
    allowWithdraw: true,
    minimumWithdrawal: "0.001",
    withdrawalFee: "0.0002",
    confirmations: 2,
    blockMs: 600_000,
    addressStyle: "BTC",
  },
  { ...erc20("ETH", "0.01", "0.002"), protocol: "ETH", name: "Ethereum" },
  erc20("WOO", "50", "10"),
  erc20("BAL", "1", "0.5"),
]);

/** A row of the table with its decimals parsed. */
export interface Network extends NetworkConfig {
  minimum: Dec;
  fee: Dec;
}

const parse = (c: NetworkConfig): Network => {
  if (!(Number.isInteger(c.confirmations) && c.confirmations >= 1 && c.blockMs > 0))
    throw new TypeError(`wallet network ${c.token}/${c.network}: confirmations must be >= 1 and blockMs > 0`);
  return { ...c, minimum: decOf(c.minimumWithdrawal), fee: decOf(c.withdrawalFee) };
};

/**
 * A token the table does not list (an asset of a custom instrument) gets one network of its own name,
 * open both ways, without minimum or fee, so that it can still be deposited and withdrawn.
 */
const native = (token: string): Network =>
  parse({
    token,
    network: token,
    protocol: token,
    name: token,
    allowDeposit: true,
    allowWithdraw: true,
    minimumWithdrawal: "0",
    withdrawalFee: "0",
    confirmations: 1,
    blockMs: 60_000,
    addressStyle: "EVM",
  });

export class NetworkTable {
  private readonly byToken = new Map<string, Network[]>();

  constructor(rows: readonly NetworkConfig[]) {
    for (const r of rows) {
      const list = this.byToken.get(r.token) ?? [];
      if (list.some((n) => n.network === r.network))
        throw new TypeError(`wallet networks: ${r.token} on ${r.network} is listed twice`);
      list.push(parse(r));
      this.byToken.set(r.token, list);
    }
  }

  /** The token's networks, its default first. */
  of(token: string): readonly Network[] {
    return this.byToken.get(token) ?? [native(token)];
  }

  /** The token's network `network`, or its default one when `network` is absent; undefined when it has none such. */
  find(token: string, network?: string): Network | undefined {
    const all = this.of(token);
    return network === undefined ? all[0] : all.find((n) => n.network === network);
  }
}

/**
 * The network-specific token id of wallet rows: `TRX_USDT` on a network that is not the token's own
 * chain, the plain token (`BTC`, `ETH`) on its own chain.
 */
export const walletToken = (n: Pick<NetworkConfig, "token" | "network">): string =>
  n.network === n.token ? n.token : `${n.network}_${n.token}`;
