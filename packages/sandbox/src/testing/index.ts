/**
 * @woox-sdk/sandbox/testing: checks that what a sandbox answered matches the spec, for the tests of
 * anything that talks to it.
 *
 *   const records: ExchangeRecord[] = [];
 *   const sandbox = await startSandbox({ onResponse: (r) => records.push(r) });
 *   … run the bot …
 *   await assertConforms(records);
 */
export { assertConforms, catalogProblems, responseProblems } from "./conformance.js";
