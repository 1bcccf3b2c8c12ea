import { lookupErrorByName, type CatalogEntry, type WooxErrorName } from "@woox-sdk/errors";

/**
 * An error the sandbox answers with. Code and HTTP status always come from the @woox-sdk/errors catalog
 * entry, never from here. The message is the catalog's (with its {placeholders} filled) unless a
 * `detail` is given: the live API also sends specific texts under a generic code ("symbol must not be
 * blank" under -1005), and a specific text is what a developer debugging a bot needs.
 */
export class SandboxError extends Error {
  readonly entry: CatalogEntry;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(entry: CatalogEntry, message: string, options: { status?: number; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "SandboxError";
    this.entry = entry;
    this.status = options.status ?? entry.httpStatus;
    this.headers = options.headers ?? {};
  }

  /** The V3 error envelope (the server adds its own `timestamp`). */
  get body(): { success: false; code: number; message: string } {
    return { success: false, code: this.entry.code, message: this.message };
  }
}

export function entryOf(name: WooxErrorName): CatalogEntry {
  const entry = lookupErrorByName(name);
  // Only reachable if the catalog renames an entry the sandbox uses; the tests cover every name used.
  if (entry === undefined) throw new Error(`@woox-sdk/errors has no entry named ${name}`);
  return entry;
}

export interface ErrorOptions {
  detail?: string;
  vars?: Record<string, string>;
  /** Overrides the catalog's status, only where the spec documents another one (503 maintenance). */
  status?: number;
  headers?: Record<string, string>;
}

export function sandboxError(name: WooxErrorName, options: ErrorOptions = {}): SandboxError {
  const entry = entryOf(name);
  const template = entry.message ?? name;
  const message = options.detail ?? template.replace(/\{(\w+)\}/g, (m, key: string) => options.vars?.[key] ?? m);
  return new SandboxError(entry, message, { status: options.status, headers: options.headers });
}

/** Throws the catalog error `name`. */
export function reject(name: WooxErrorName, options: ErrorOptions = {}): never {
  throw sandboxError(name, options);
}
