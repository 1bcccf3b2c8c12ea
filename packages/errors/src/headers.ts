/** Response headers as fetch gives them (`Headers`), or as a plain record (node:http). */
export type HeadersLike =
  | { forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

// What a caller can act on: when to retry, and the rate-limit state if the server reports it
// (RateLimit-*, X-RateLimit-*, X-BM-RateLimit-* and the like). Response headers carry no credentials.
const KEPT = /^retry-after$|rate-?limit/i;

/** The headers of a response that matter to a caller, by lower-case name. */
export function keptHeaders(headers: HeadersLike | undefined): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const keep = (value: string | readonly string[] | undefined, name: string) => {
    if (value !== undefined && KEPT.test(name))
      out[name.toLowerCase()] = typeof value === "string" ? value : value.join(", ");
  };
  if (typeof headers.forEach === "function") (headers as { forEach: (cb: typeof keep) => void }).forEach(keep);
  else for (const [name, value] of Object.entries(headers)) keep(value as string | readonly string[] | undefined, name);
  return out;
}

/** Milliseconds to wait from a Retry-After value (seconds, or an HTTP date); undefined when unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const secs = Number(value);
  if (value.trim() !== "" && Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
