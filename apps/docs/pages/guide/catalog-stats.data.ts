// Build-time data for the errors guide: how the catalog's codes split by recovery, counted from
// @woox-sdk/errors, with a few example codes each, and the codes that mean "placed" on a resend, so the
// guide's numbers and codes are never stale.
import { catalog, recoveries, type Recovery } from "@woox-sdk/errors/text";
import { recoveryText } from "../../src/format.js";

export interface RecoveryRow {
  recovery: Recovery;
  meaning: string;
  retryable: number;
  notRetryable: number;
  examples: { code: number; name: string }[];
}

export interface CatalogStats {
  total: number;
  v3: number;
  byRecovery: RecoveryRow[];
  /** The V3 codes that, answering a resend of a placement with the same client id, mean it landed. */
  placedOnResend: { code: number; name: string }[];
}

declare const data: CatalogStats;
export { data };

export default {
  load(): CatalogStats {
    const v3 = catalog.filter((e) => e.api === "woox");
    return {
      total: catalog.length,
      v3: v3.length,
      byRecovery: recoveries.map((recovery) => {
        const rows = v3.filter((e) => e.recovery === recovery);
        return {
          recovery,
          meaning: recoveryText[recovery],
          retryable: rows.filter((e) => e.retryable).length,
          notRetryable: rows.filter((e) => !e.retryable).length,
          examples: rows.slice(0, 3).map((e) => ({ code: e.code, name: e.name })),
        };
      }),
      placedOnResend: v3.filter((e) => e.onResend === "placed").map((e) => ({ code: e.code, name: e.name })),
    };
  },
};
