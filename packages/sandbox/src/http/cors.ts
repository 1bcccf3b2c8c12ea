import type { IncomingMessage } from "node:http";
import { securitySchemes } from "@woox-sdk/types/operations";

/** Lets web pages on `origin` call the sandbox (e.g. @woox-sdk/client in a browser). */
export interface CorsOptions {
  /** An origin such as "http://127.0.0.1:4321", a list of them, or "*" for any. */
  origin: string | readonly string[];
}

/** The request headers V3 calls need (the spec's security schemes, and the body's type); a preflight
 *  asking for others is not granted them. */
export const CORS_ALLOWED_HEADERS: readonly string[] = Object.freeze([
  ...Object.values(securitySchemes).map((s) => s.name.toLowerCase()),
  "content-type",
]);
const CORS_METHODS = "GET, POST, PUT, DELETE, OPTIONS";

/** The allowed origins, checked; undefined when CORS is off. */
export function corsOrigins(cors: CorsOptions | undefined): string[] | undefined {
  if (cors === undefined) return undefined;
  const origins = typeof cors.origin === "string" ? [cors.origin] : [...cors.origin];
  if (origins.length === 0 || origins.some((o) => o !== "*" && !/^https?:\/\/[^/]+$/.test(o))) {
    throw new TypeError(
      `startSandbox: cors.origin must be "*" or origins such as "http://127.0.0.1:4321" (scheme, host and port, no path), got ${JSON.stringify(cors.origin)}`,
    );
  }
  return origins;
}

/** CORS response headers for this request's Origin, when CORS is on and the origin is allowed. */
export function corsHeaders(origins: readonly string[] | undefined, req: IncomingMessage): Record<string, string> {
  if (origins === undefined) return {};
  const origin = req.headers.origin;
  const any = origins.includes("*");
  if (!any && (origin === undefined || !origins.includes(origin))) return {};
  return {
    "access-control-allow-origin": any ? "*" : origin!,
    // Retry-After is not a CORS-safelisted response header: without this a browser client cannot see it.
    "access-control-expose-headers": "retry-after",
    ...(any ? {} : { vary: "Origin" }),
  };
}

/** Whether the request is a CORS preflight the sandbox answers (CORS on, OPTIONS asking for a method). */
export const isPreflight = (origins: readonly string[] | undefined, req: IncomingMessage, method: string): boolean =>
  method === "OPTIONS" && origins !== undefined && req.headers["access-control-request-method"] !== undefined;

/** The headers of a preflight answer: what an allowed origin may send. */
export function preflightHeaders(origins: readonly string[] | undefined, req: IncomingMessage): Record<string, string> {
  const allowed = corsHeaders(origins, req);
  const headers: Record<string, string> = { ...allowed };
  if (allowed["access-control-allow-origin"] !== undefined) {
    headers["access-control-allow-methods"] = CORS_METHODS;
    headers["access-control-allow-headers"] = CORS_ALLOWED_HEADERS.join(", ");
    headers["access-control-max-age"] = "600";
    // Private Network Access: a page served from a public origin (e.g. the docs site) may reach a
    // sandbox on 127.0.0.1 only if the preflight says so.
    if (req.headers["access-control-request-private-network"] === "true")
      headers["access-control-allow-private-network"] = "true";
  }
  return headers;
}
