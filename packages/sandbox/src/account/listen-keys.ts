/**
 * Listen keys: what opens an account's private stream. A key is valid for 24 hours, and creating a new
 * one expires the account's previous key at once (the official listen-key page says both).
 */

/** How long a key is valid (ms). */
export const LISTEN_KEY_TTL_MS = 24 * 60 * 60 * 1000;

interface IssuedKey {
  account: string;
  expiresAt: number;
}

export class ListenKeys {
  private readonly byKey = new Map<string, IssuedKey>();
  private readonly current = new Map<string, string>();

  constructor(private readonly now: () => number) {}

  /** A new key for `account`; the account's previous key stops working. */
  create(account: string): { key: string; expiresAt: number } {
    const previous = this.current.get(account);
    if (previous !== undefined) this.byKey.delete(previous);
    const key = randomHex(16);
    const expiresAt = this.now() + LISTEN_KEY_TTL_MS;
    this.byKey.set(key, { account, expiresAt });
    this.current.set(account, key);
    return { key, expiresAt };
  }

  /** The account a key opens, or undefined for a key that is unknown, replaced or expired. */
  resolve(key: string): string | undefined {
    const issued = this.byKey.get(key);
    if (issued === undefined || issued.expiresAt <= this.now()) return undefined;
    return issued.account;
  }

  /** When the key stops working (ms), if it is valid now. */
  expiresAt(key: string): number | undefined {
    return this.resolve(key) === undefined ? undefined : this.byKey.get(key)!.expiresAt;
  }
}

function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, "0")).join("");
}
