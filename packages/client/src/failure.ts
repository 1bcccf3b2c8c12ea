// What the client needs only once a call has failed: the error classes (WooxApiError carries the
// catalog's V3 rules, about 20 KB minified), the retry loop and its rules, and the lookup of a placement of
// unknown outcome. failure-kit.ts imports this module on the first failure, so that a browser bundle of
// @woox-sdk/client/core fetches it only then. Each name is exported on its own, so that a bundler keeps
// WooxApiError of @woox-sdk/errors and drops the rest of that package's root.
export { WooxApiError } from "@woox-sdk/errors";
export { transportErrorOf } from "./transport-errors.js";
export { recover } from "./recover.js";
