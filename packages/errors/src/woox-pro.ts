// "@woox-sdk/errors/woox-pro": the codes of the separate WOO X Pro API, apart so that a V3 app never
// bundles them. Pass `catalog: wooxPro` to WooxApiError.from to enrich a WOO X Pro answer.
import type { ErrorRule } from "./types.gen.js";
import type { WooxProCode } from "./codes.gen.js";
import { wooxPro } from "./rules-woox-pro.gen.js";

export { wooxPro } from "./rules-woox-pro.gen.js";
export { WooxProCode } from "./codes.gen.js";

/** Names of the WOO X Pro codes. */
export type WooxProErrorName = keyof typeof WooxProCode;
/** The WOO X Pro codes the catalog knows, e.g. 40035. */
export type WooxProErrorCode = (typeof WooxProCode)[WooxProErrorName];

/** The WOO X Pro rule for a code (number or numeric string). */
export function lookupWooxProError(code: number | string): ErrorRule | undefined {
  return wooxPro.lookup(code);
}

/** The WOO X Pro rule with this stable name. */
export function lookupWooxProErrorByName(name: WooxProErrorName | (string & {})): ErrorRule | undefined {
  return wooxPro.lookupByName(name);
}
