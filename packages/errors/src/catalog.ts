import type { Api, ErrorRule, ErrorText } from "./types.gen.js";

/** The prose of one api's codes, keyed by the code as a string (e.g. "-1003"). */
export type TextTable = Readonly<Record<string, ErrorText>>;

/**
 * One api's error codes: the run-time rules (name, status, category, retry and recovery) at hand, and
 * their prose (message, hint, note, …) loaded on the first `loadText()`, which a bundler splits into a
 * chunk of its own. `woox` (api.woox.io V3) is exported by the package root; `wooxPro` by
 * `@woox-sdk/errors/woox-pro`.
 */
export interface ErrorCatalog<A extends Api = Api> {
  readonly api: A;
  /** Every code of this api, in table order. */
  readonly rules: readonly ErrorRule[];
  /** The rule for a code as it arrives (number, bigint or numeric string); undefined for an unknown code. */
  lookup(code: unknown): ErrorRule | undefined;
  /** The rule with this stable name, e.g. "TOO_MANY_REQUEST". */
  lookupByName(name: string): ErrorRule | undefined;
  /** The prose of this api's codes, loaded once. */
  loadText(): Promise<TextTable>;
}

/**
 * Normalises a code as it arrives (a number, or a string such as "-1011" or " 30013 ") to the catalog's
 * key. Returns undefined for anything that is not an integer.
 */
export function normalizeCode(code: unknown): string | undefined {
  if (typeof code === "number") return Number.isInteger(code) ? String(code) : undefined;
  if (typeof code === "bigint") return code.toString();
  if (typeof code === "string") {
    const t = code.trim();
    return /^-?\d+$/.test(t) ? String(BigInt(t)) : undefined;
  }
  return undefined;
}

/** Builds an api's catalog (the generated `rules-<api>.gen.ts` call this). Indexes are built on first use. */
export function defineCatalog<A extends Api>(
  api: A,
  rules: readonly ErrorRule[],
  load: () => Promise<TextTable>,
): ErrorCatalog<A> {
  let byCode: Map<string, ErrorRule> | undefined;
  let byName: Map<string, ErrorRule> | undefined;
  let text: Promise<TextTable> | undefined;
  return {
    api,
    rules,
    lookup(code) {
      const key = normalizeCode(code);
      if (key === undefined) return undefined;
      byCode ??= new Map(rules.map((r) => [String(r.code), r]));
      return byCode.get(key);
    },
    lookupByName(name) {
      byName ??= new Map(rules.map((r) => [r.name, r]));
      return byName.get(name);
    },
    loadText() {
      // A failed load (e.g. a chunk that could not be fetched) is tried again on the next call.
      text ??= load().catch((err: unknown) => {
        text = undefined;
        throw err;
      });
      return text;
    },
  };
}
