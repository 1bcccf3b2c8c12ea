import type * as FailureModule from "./failure.js";

export type FailureKit = typeof FailureModule;

// Loaded once, on the first failure (see failure.ts): in a browser, a chunk fetched then; in Node, its file
// read then, and @woox-sdk/errors with it unless the package root (which imports both) was loaded already.
// A failure to load it (a chunk that could not be fetched) is thrown as it is, and tried again next time.
let kit: FailureKit | Promise<FailureKit> | undefined;

export function loadFailureKit(): FailureKit | Promise<FailureKit> {
  return (kit ??= import("./failure.js").then(
    (m) => (kit = m),
    (err: unknown) => {
      kit = undefined;
      throw err;
    },
  ));
}
