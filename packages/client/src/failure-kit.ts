import type * as FailureModule from "./failure.js";

export type FailureKit = typeof FailureModule;

// Loaded once, on the first failure (see failure.ts): in a browser, a chunk fetched then; in Node, one small
// file read then (the package root has already loaded what it re-exports). A failure to load it (a chunk
// that could not be fetched) is thrown as it is, and tried again on the next failure.
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
