// Site-wide constants shared by the VitePress config, the page generators, the serve script and the tests,
// so a URL shape is decided in exactly one place.

import type { Api } from "@woox-sdk/errors/text";

/**
 * The path the site is served under. "/" by default (local preview, tests); set DOCS_BASE=/woox-sdk/ to
 * build for a project site such as https://woox-sdk.github.io/woox-sdk/. Always starts and ends with "/".
 */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
  const raw = env.DOCS_BASE?.trim() ?? "";
  const trimmed = raw.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Site-absolute routes (without the base). Error pages match `docsUrlFor` of @woox-sdk/errors. */
export const routes = {
  errorsHome: "/errors/",
  errorPage: (api: Api, code: number | string) => `/errors/${api}/${encodeURIComponent(String(code))}`,
  apiIndex: (api: Api) => `/errors/${api}/`,
  group: (id: string) => `/errors/groups/${id}`,
  referenceHome: "/api/",
  operation: (operationId: string) => `/api/${operationId}`,
  streamsHome: "/streams/",
  topic: (family: string) => `/streams/${family}`,
} as const;

/** Where the built site is written, relative to apps/docs. */
export const OUT_DIR = "dist";
