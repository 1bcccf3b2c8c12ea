import type { Api, CatalogEntry } from "./entry.js";
import { wooxCatalog } from "./catalog-woox.gen.js";
import { wooxProCatalog } from "./catalog-woox-pro.gen.js";

/** Every entry of the table, `woox` first. */
export const catalog: readonly CatalogEntry[] = [...wooxCatalog, ...wooxProCatalog];

/** Names of the V3 (`woox`) codes, e.g. "TOO_MANY_REQUEST". */
export type WooxErrorName = (typeof wooxCatalog)[number]["name"];
/** Names of the WOO X Pro codes. */
export type WooxProErrorName = (typeof wooxProCatalog)[number]["name"];
/** The V3 codes the catalog knows, e.g. -1003. */
export type WooxErrorCode = (typeof wooxCatalog)[number]["code"];
export type WooxProErrorCode = (typeof wooxProCatalog)[number]["code"];

type NameOf<A extends Api> = A extends "woox" ? WooxErrorName : WooxProErrorName;

const byCode: Record<Api, Map<string, CatalogEntry>> = { woox: new Map(), "woox-pro": new Map() };
const byName: Record<Api, Map<string, CatalogEntry>> = { woox: new Map(), "woox-pro": new Map() };
for (const e of catalog) {
  byCode[e.api].set(String(e.code), e);
  byName[e.api].set(e.name, e);
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

/** The entry for a code, from api.woox.io V3 unless `api` says otherwise. Codes may be numbers or strings. */
export function lookupError(code: number | string, api: Api = "woox"): CatalogEntry | undefined {
  const key = normalizeCode(code);
  return key === undefined ? undefined : byCode[api].get(key);
}

/** The entry with this stable name, e.g. lookupErrorByName("TOO_MANY_REQUEST"). */
export function lookupErrorByName<A extends Api = "woox">(
  name: NameOf<A> | (string & {}),
  api?: A,
): CatalogEntry | undefined {
  return byName[api ?? "woox"].get(name);
}

/** The entries of one api, in table order. */
export function errorsOf(api: Api): readonly CatalogEntry[] {
  return api === "woox" ? wooxCatalog : wooxProCatalog;
}
