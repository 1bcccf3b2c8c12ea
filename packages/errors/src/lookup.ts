import type { ErrorRule } from "./types.gen.js";
import type { WooxCode } from "./codes.gen.js";
import { woox } from "./rules-woox.gen.js";

/** Names of the V3 (`woox`) codes, e.g. "TOO_MANY_REQUEST". */
export type WooxErrorName = keyof typeof WooxCode;
/** The V3 codes the catalog knows, e.g. -1003. */
export type WooxErrorCode = (typeof WooxCode)[WooxErrorName];

/**
 * The V3 (api.woox.io) rule for a code, which may arrive as a number or a string ("-1003"): name, HTTP
 * status, category, retry and recovery. The prose (hint, message, note) is in `@woox-sdk/errors/text`;
 * WOO X Pro codes are in `@woox-sdk/errors/woox-pro`.
 */
export function lookupError(code: number | string, api: "woox" = "woox"): ErrorRule | undefined {
  if (api !== "woox")
    throw new TypeError(
      `lookupError: api "${String(api)}" is not V3; import it from "@woox-sdk/errors/${String(api)}"`,
    );
  return woox.lookup(code);
}

/** The V3 rule with this stable name, e.g. lookupErrorByName("TOO_MANY_REQUEST"). */
export function lookupErrorByName(name: WooxErrorName | (string & {})): ErrorRule | undefined {
  return woox.lookupByName(name);
}
