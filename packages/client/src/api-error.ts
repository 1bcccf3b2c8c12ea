// The one name the client's attempt imports on the first error answer (see attempt.ts). A module of its
// own, so that a bundler keeps WooxApiError of @woox-sdk/errors and drops the rest of that package's
// root (the WooxCode constants, lookups by name), which a dynamic import of the whole root would keep.
export { WooxApiError } from "@woox-sdk/errors";
