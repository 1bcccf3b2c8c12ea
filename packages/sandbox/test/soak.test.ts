import { describe, expect, it } from "vitest";
import { assertConforms } from "../src/testing/index.js";
import type { ExchangeRecord } from "../src/index.js";
import { runSoak } from "./soak.js";

describe("soak: algo orders through the client under injected faults", () => {
  it("leaves exactly one order per intended client id (CI size; `pnpm soak` runs 2,000)", async () => {
    const records: ExchangeRecord[] = [];
    const report = await runSoak({ n: 300, faultRate: 0.2, seed: 11, onResponse: (r) => void records.push(r) });
    // Every caller got its order back (also when its answer was lost and the client had to look it up).
    expect(report).toMatchObject({
      intended: 300,
      placed: 300,
      duplicates: 0,
      lost: 0,
      mismatched: 0,
      results: 300,
      typedErrors: 0,
      untypedErrors: 0,
      unhandledRejections: 0,
    });
    // The faults really happened, and the client really had to retry and reconcile.
    expect(report.faultsSeen / report.requests).toBeGreaterThan(0.1);
    expect(report.retries).toBeGreaterThan(20);
    expect(report.reconciles).toBeGreaterThan(5);
    await assertConforms(records);
  }, 120_000);
});
