import type * as FailureModule from "./failure.js";

export type FailureKit = typeof FailureModule;

// Loaded once, on the first failure (see failure.ts). In Node the package root has already loaded the
// same modules with its other exports, and the import resolves at once. A failure to load it (a chunk
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
