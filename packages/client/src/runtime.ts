// What the client asks of the runtime it finds itself in, without importing any node: module.

export function builtin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.(id) as T | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Node itself. Bun and Deno also answer to process.getBuiltinModule, but their node:http is built on
 * their own fetch, which is the faster path there; Cloudflare's nodejs_compat is likewise left on fetch.
 */
export function isNode(): boolean {
  const g = globalThis as {
    process?: { versions?: Record<string, string | undefined> };
    Deno?: unknown;
    navigator?: { userAgent?: string };
  };
  const v = g.process?.versions;
  return (
    typeof v?.node === "string" &&
    v.bun === undefined &&
    v.deno === undefined &&
    g.Deno === undefined &&
    g.navigator?.userAgent !== "Cloudflare-Workers"
  );
}
