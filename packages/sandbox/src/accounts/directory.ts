import type { OperationMeta, ReferralReward, ReferralSummaryRow } from "@woox-sdk/types";
import { TradingMode } from "@woox-sdk/types/enums";
import { operations, type OperationId } from "@woox-sdk/types/operations";
import { reject } from "../errors.js";
import { identity } from "../handlers/shared.js";

/**
 * Who is who: every API key of the sandbox is one account, and accounts form families of a main account
 * and its sub-accounts (transfers move funds inside a family, and only there). Each account has a stable
 * application id (a UUID derived from its key, the id transfers name it by), a name (`Main` for a main
 * account), the permissions of its key and its trading mode.
 */

/**
 * The permissions an API key can carry, as GET /v3/account/credentials lists them. The spec keeps that
 * list open (no enum), so the three documented values are named here once.
 */
export const ApiPermission = { READ: "READ", TRADE: "TRADE", WITHDRAWAL: "WITHDRAWAL" } as const;
export type ApiPermission = (typeof ApiPermission)[keyof typeof ApiPermission];
const ALL_PERMISSIONS: readonly ApiPermission[] = Object.values(ApiPermission);

/** The name a main account goes by in credentials and transfer rows. */
export const MAIN_ACCOUNT_NAME = "Main";

/** What an account is, beyond its credentials (SandboxOptions.accounts entries, sandbox.addAccount). */
export interface AccountSettings {
  /** The API key of a main account: makes this account one of its sub-accounts. */
  parent?: string;
  /** A sub-account's name (default `sub-<n>`, numbered within the family); a main account is `Main`. */
  name?: string;
  /** What the key may do (default READ, TRADE and WITHDRAWAL); every signed call needs READ. */
  permissions?: readonly ApiPermission[];
  /** The trading mode the account starts in (default FUTURES). */
  tradingMode?: TradingMode;
  /** Rows getReferralSummary and getReferralRewardHistory answer (default none). */
  referrals?: { summary?: readonly ReferralSummaryRow[]; rewards?: readonly ReferralReward[] };
}

export interface AccountProfile {
  key: string;
  applicationId: string;
  /** The main account's key; undefined for a main account. */
  parent: string | undefined;
  name: string;
  permissions: ReadonlySet<ApiPermission>;
  tradingMode: TradingMode;
  referrals: { summary: readonly ReferralSummaryRow[]; rewards: readonly ReferralReward[] };
  createdTime: number;
}

/** Order and algo-order writes need TRADE: every non-GET operation of these tags. */
const TRADE_TAGS: ReadonlySet<string> = new Set(["Orders", "Algo orders"]);

export class AccountDirectory {
  private readonly profiles = new Map<string, AccountProfile>();
  private readonly subs = new Map<string, AccountProfile[]>();

  constructor(protected readonly now: () => number) {}

  /** Registers an account; a `parent` must be a main account registered before it. */
  register(key: string, settings: AccountSettings = {}): AccountProfile {
    if (this.profiles.has(key)) throw new TypeError(`sandbox: the API key "${key}" is already an account`);
    const parent = settings.parent;
    if (parent !== undefined) {
      const main = this.profiles.get(parent);
      if (main === undefined) throw new TypeError(`sandbox: parent "${parent}" is not an account registered before`);
      if (main.parent !== undefined) throw new TypeError(`sandbox: parent "${parent}" is itself a sub-account`);
    } else if (settings.name !== undefined && settings.name !== MAIN_ACCOUNT_NAME) {
      throw new TypeError(`sandbox: only sub-accounts have a name (a main account is "${MAIN_ACCOUNT_NAME}")`);
    }
    for (const p of settings.permissions ?? [])
      if (!ALL_PERMISSIONS.includes(p)) throw new TypeError(`sandbox: unknown permission "${p}"`);
    const siblings = parent === undefined ? [] : this.subsOf(parent);
    const profile: AccountProfile = {
      key,
      applicationId: identity(key).applicationId,
      parent,
      name: parent === undefined ? MAIN_ACCOUNT_NAME : (settings.name ?? `sub-${siblings.length + 1}`),
      permissions: new Set(ALL_PERMISSIONS.filter((p) => (settings.permissions ?? ALL_PERMISSIONS).includes(p))),
      tradingMode: settings.tradingMode ?? TradingMode.FUTURES,
      referrals: { summary: settings.referrals?.summary ?? [], rewards: settings.referrals?.rewards ?? [] },
      createdTime: this.now(),
    };
    this.profiles.set(key, profile);
    if (parent !== undefined) this.subs.set(parent, [...siblings, profile]);
    return profile;
  }

  /** The account of an API key; a key never registered (an Exchange used directly) is a main account. */
  profile(key: string): AccountProfile {
    return this.profiles.get(key) ?? this.register(key);
  }

  /** The main account of the family the account belongs to. */
  main(key: string): AccountProfile {
    const p = this.profile(key);
    return p.parent === undefined ? p : this.profile(p.parent);
  }

  /** The sub-accounts of a main account, in the order they were created. */
  subsOf(mainKey: string): AccountProfile[] {
    return this.subs.get(mainKey) ?? [];
  }

  /** Every account of the family, main account first. */
  family(key: string): AccountProfile[] {
    const main = this.main(key);
    return [main, ...this.subsOf(main.key)];
  }

  /** Refuses (-1002) a call the account's key has no permission for. */
  require(key: string, permission: ApiPermission): void {
    if (!this.profile(key).permissions.has(permission))
      reject("UNAUTHORIZED", { detail: `The API key does not have the ${permission} permission.` });
  }

  /** What the operation needs: READ always; TRADE for order and algo-order writes; WITHDRAWAL to withdraw. */
  authorize(key: string, operationId: OperationId): void {
    const meta: OperationMeta = operations[operationId];
    this.require(key, ApiPermission.READ);
    if (meta.method !== "GET" && meta.tags.some((t) => TRADE_TAGS.has(t))) this.require(key, ApiPermission.TRADE);
    if (operationId === "withdraw") this.require(key, ApiPermission.WITHDRAWAL);
  }
}
