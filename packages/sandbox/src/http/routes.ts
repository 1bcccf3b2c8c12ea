import type { OperationMeta } from "@woox-sdk/types";
import { operations, type OperationId } from "@woox-sdk/types/operations";
import { reject } from "../errors.js";

/**
 * Which operation a request is for, from the generated operation table: its method and path template
 * (`/v3/asset/wallet/withdraw/{withdrawId}` matches `/v3/asset/wallet/withdraw/42` with withdrawId "42"),
 * or one of its `x-alternative-paths` (`/v3/trade/order/cancelAllAfter` reaches cancelAllAfter): the
 * exchange has been documented under both, and a bot written against either must work.
 */

export interface Route {
  operationId: OperationId;
  meta: OperationMeta;
  match(pathname: string): Record<string, string> | undefined;
}

export type RouteResult =
  | { kind: "found"; route: Route; path: Record<string, string> }
  /** The path is an operation's, the method is not (405). */
  | { kind: "method" }
  | { kind: "none" };

function decodeSegment(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return reject("INVALID_PARAM", { detail: `${name} is not valid percent-encoding` });
  }
}

/** Matches a request path against the operation's path template; the values of its `{placeholders}` when it does. */
export function pathMatcher(meta: Pick<OperationMeta, "path" | "pathParams">): Route["match"] {
  if (meta.pathParams.length === 0) return (pathname) => (pathname === meta.path ? {} : undefined);
  const source = meta.path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{.+\}$/.test(part) ? "([^/]+)" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  const re = new RegExp(`^${source}$`);
  return (pathname) => {
    const m = re.exec(pathname);
    if (m === null) return undefined;
    return Object.fromEntries(meta.pathParams.map((name, i) => [name, decodeSegment(name, m[i + 1]!)]));
  };
}

/** Matches the operation's path or any of its alternative paths (codegen checks they share its placeholders). */
function routeMatcher(meta: OperationMeta): Route["match"] {
  const matchers = [meta.path, ...(meta.alternativePaths ?? [])].map((path) =>
    pathMatcher({ path, pathParams: meta.pathParams }),
  );
  if (matchers.length === 1) return matchers[0]!;
  return (pathname) => {
    for (const m of matchers) {
      const found = m(pathname);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

/** Every operation of the table; literal paths before templates, so `/x/cancelAll` is not read as `/x/{id}`. */
export const ROUTES: readonly Route[] = (Object.keys(operations) as OperationId[])
  .map((operationId): Route => {
    const meta: OperationMeta = operations[operationId];
    return { operationId, meta, match: routeMatcher(meta) };
  })
  .sort((a, b) => a.meta.pathParams.length - b.meta.pathParams.length);

export function findRoute(method: string, pathname: string): RouteResult {
  let onPath = false;
  for (const route of ROUTES) {
    const path = route.match(pathname);
    if (path === undefined) continue;
    if (route.meta.method === method) return { kind: "found", route, path };
    onPath = true;
  }
  return onPath ? { kind: "method" } : { kind: "none" };
}
