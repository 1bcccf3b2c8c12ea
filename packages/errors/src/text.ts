// "@woox-sdk/errors/text": the whole catalog with its prose, for every api, loaded at once. For the docs
// site, command-line tools and servers; browser apps reach the prose through `WooxApiError#explain()`.
import type { Api, CatalogEntry, ErrorText } from "./types.gen.js";
import type { WooxErrorName } from "./lookup.js";
import type { WooxProErrorName } from "./woox-pro.js";
import { normalizeCode } from "./catalog.js";
import { catalogs, texts } from "./all-apis.gen.js";
import { explanationOf, type ErrorExplanation, type WooxApiError } from "./error.js";

export { apis, groups } from "./groups.gen.js";
// What readers of the catalog use besides, so that one import line serves them.
export type {
  Api,
  ApiInfo,
  CatalogEntry,
  EntrySource,
  ErrorCategory,
  ErrorGroup,
  ErrorText,
  Recovery,
} from "./types.gen.js";
export { categories, recoveries, sources } from "./types.gen.js";
export { docsUrlFor } from "./docs-url.js";

const withText = (api: Api): readonly CatalogEntry[] =>
  catalogs[api].rules.map((rule) => ({ ...rule, ...texts[api][String(rule.code)]! }));
const entriesOf = Object.fromEntries((Object.keys(catalogs) as Api[]).map((api) => [api, withText(api)])) as {
  readonly [A in Api]: readonly CatalogEntry[];
};

/** Every entry with its prose, `woox` (V3) first. */
export const catalog: readonly CatalogEntry[] = Object.values(entriesOf).flat();

const byCode = new Map(catalog.map((e) => [`${e.api} ${e.code}`, e]));
const byName = new Map(catalog.map((e) => [`${e.api} ${e.name}`, e]));

type NameOf<A extends Api> = A extends "woox" ? WooxErrorName : WooxProErrorName;

/** The entry for a code (number or numeric string), from api.woox.io V3 unless `api` says otherwise. */
export function lookupError(code: number | string, api: Api = "woox"): CatalogEntry | undefined {
  const key = normalizeCode(code);
  return key === undefined ? undefined : byCode.get(`${api} ${key}`);
}

/** The entry with this stable name, e.g. lookupErrorByName("TOO_MANY_REQUEST"). */
export function lookupErrorByName<A extends Api = "woox">(
  name: NameOf<A> | (string & {}),
  api?: A,
): CatalogEntry | undefined {
  return byName.get(`${api ?? "woox"} ${name}`);
}

/** The entries of one api, in table order. */
export function errorsOf(api: Api): readonly CatalogEntry[] {
  return entriesOf[api];
}

/** The prose of a code: message as published, hint, note, observed messages, … */
export function textOf(code: number | string, api: Api = "woox"): ErrorText | undefined {
  const key = normalizeCode(code);
  return key === undefined ? undefined : texts[api][key];
}

/** `error.explain()` without waiting: the prose is already loaded here. */
export function explainError(error: WooxApiError): ErrorExplanation {
  return explanationOf(error, error.known && error.code !== null ? texts[error.api][error.code] : undefined);
}
