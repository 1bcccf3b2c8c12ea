// The run-time part of the catalog: what WooxApiError and the client decide with (V3 only). The prose
// is in "@woox-sdk/errors/text" (and behind `WooxApiError#explain()`), WOO X Pro in "./woox-pro".
export type {
  Api,
  ApiInfo,
  CatalogEntry,
  EntrySource,
  ErrorCategory,
  ErrorGroup,
  ErrorRule,
  ErrorTableDocument,
  ErrorText,
  Recovery,
} from "./types.gen.js";
export { categories, recoveries, sources } from "./types.gen.js";
export { normalizeCode } from "./catalog.js";
export type { ErrorCatalog, TextTable } from "./catalog.js";
export { woox } from "./rules-woox.gen.js";
export { lookupError, lookupErrorByName } from "./lookup.js";
export type { WooxErrorCode, WooxErrorName } from "./lookup.js";
export { WooxCode } from "./codes.gen.js";
export { DEFAULT_DOCS_BASE_URL, docsUrlFor, setDocsBaseUrl } from "./docs-url.js";
export { WooxError, isWooxApiError, isWooxError } from "./base.js";
export type { ErrorRequestInfo, WooxErrorKind } from "./base.js";
export { WooxApiError } from "./error.js";
export type { ErrorExplanation, WooxApiErrorInit } from "./error.js";
export type { HeadersLike } from "./headers.js";
