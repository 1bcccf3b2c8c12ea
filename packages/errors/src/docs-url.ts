import type { Api } from "./types.gen.js";

/** Where the docs site lives unless configured otherwise (see `setDocsBaseUrl`). */
export const DEFAULT_DOCS_BASE_URL = "https://woox-sdk.github.io/woox-sdk";

let docsBase = DEFAULT_DOCS_BASE_URL;

/**
 * Points every `docsUrl` at another copy of the docs site (a mirror, or `pnpm docs` on localhost).
 * A client's own `docsBaseUrl` option overrides this for its errors.
 */
export function setDocsBaseUrl(url: string): void {
  try {
    new URL(url);
  } catch {
    throw new TypeError(`setDocsBaseUrl: "${url}" is not an absolute URL`);
  }
  docsBase = url.replace(/\/+$/, "");
}

/** The stable page of one error code: `<base>/errors/<api>/<code>`. */
export function docsUrlFor(api: Api, code: number | string, base: string = docsBase): string {
  return `${base.replace(/\/+$/, "")}/errors/${api}/${encodeURIComponent(String(code))}`;
}
