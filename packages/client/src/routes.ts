import type { RateLimitRule } from "./limiter.js";

/** One row of the client's operation table (operations.gen.ts): what the client reads at run time. */
export interface OperationRow {
  readonly method: string;
  /** The path template as the spec writes it, e.g. "/v3/asset/wallet/withdraw/{withdrawId}". */
  readonly path: string;
  readonly auth: boolean;
  readonly rateLimit: RateLimitRule;
  readonly clientId?: { readonly field: string; readonly lookup: string };
  /** The success answer has no `data`: its fields sit beside `success` (the spec's 200 schema says so). */
  readonly topLevel?: boolean;
}
export type OperationTable = Readonly<Record<string, OperationRow>>;

/** An operation of the table, found once per call and handed down to every layer below. */
export interface Route {
  readonly id: string;
  readonly op: OperationRow;
  /** Names of the template's `{placeholders}`, in order; empty for a fixed path. */
  readonly pathParams: readonly string[];
}

const PLACEHOLDER = /^\{([^{}]+)\}$/;

/** The route of one operation: its row and the names of its path's `{placeholders}`. */
export function routeOf(id: string, op: OperationRow): Route {
  const pathParams = op.path
    .split("/")
    .map((s) => PLACEHOLDER.exec(s)?.[1])
    .filter((name): name is string => name !== undefined);
  return { id, op, pathParams };
}

interface Template {
  readonly method: string;
  /** Segments of the template; null where a placeholder takes any one segment. */
  readonly segments: readonly (string | null)[];
  readonly route: Route;
}

/**
 * Finds operations by id, and by method and path: the spec's own template (what the typed raw calls
 * pass) in one map lookup, or a concrete path such as "/v3/asset/wallet/withdraw/123" matched against
 * the templates, more literal segments winning.
 */
export class Router {
  private readonly ids = new Map<string, Route>();
  private readonly exact = new Map<string, Map<string, Route>>();
  private readonly templates: Template[] = [];

  constructor(table: OperationTable) {
    for (const [id, op] of Object.entries(table)) {
      const segments = op.path.split("/").map((s) => (PLACEHOLDER.test(s) ? null : s));
      const route = routeOf(id, op);
      this.ids.set(id, route);
      let paths = this.exact.get(op.method);
      if (!paths) this.exact.set(op.method, (paths = new Map<string, Route>()));
      paths.set(op.path, route);
      if (route.pathParams.length > 0) this.templates.push({ method: op.method, segments, route });
    }
    const literals = (t: Template) => t.segments.filter((s) => s !== null).length;
    this.templates.sort((a, b) => literals(b) - literals(a));
  }

  byId(id: string): Route | undefined {
    return this.ids.get(id);
  }

  find(method: string, path: string): Route | undefined {
    const hit = this.exact.get(method)?.get(path);
    if (hit || this.templates.length === 0) return hit;
    const parts = path.split("/");
    for (const t of this.templates) {
      if (t.method === method && matches(t.segments, parts)) return t.route;
    }
    return undefined;
  }
}

function matches(template: readonly (string | null)[], parts: readonly string[]): boolean {
  if (template.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const want = template[i];
    if (want === null ? parts[i] === "" : want !== parts[i]) return false;
  }
  return true;
}
