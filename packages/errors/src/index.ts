export type { Api, ApiInfo, CatalogEntry, EntrySource, ErrorCategory, ErrorGroup, Recovery } from "./entry.js";
export { apis, groups, categories, recoveries } from "./meta.gen.js";
export { catalog, errorsOf, lookupError, lookupErrorByName, normalizeCode } from "./lookup.js";
export type { WooxErrorCode, WooxErrorName, WooxProErrorCode, WooxProErrorName } from "./lookup.js";
export { DEFAULT_DOCS_BASE_URL, docsUrlFor, setDocsBaseUrl } from "./docs-url.js";
export { WooxApiError, isWooxApiError } from "./error.js";
export type { ErrorRequestInfo, WooxApiErrorInit } from "./error.js";
export { WooxCode, WooxProCode } from "./codes.gen.js";
