import type { IncomingMessage } from "node:http";
import type { OperationId } from "@woox-sdk/types/operations";
import type { Exchange } from "../engine/exchange.js";
import { entryOf, reject, sandboxError, type SandboxError } from "../errors.js";
import { handlerFor } from "../handlers/index.js";
import type { Json } from "../json.js";
import { authenticate } from "./auth.js";
import type { FaultInjector } from "./faults.js";
import { describeKey, limitBucket, type RateLimiter } from "./rate-limit.js";
import type { RequestRecord } from "./record.js";
import { findRoute } from "./routes.js";
import type { RequestValidator } from "./validate.js";

/**
 * One API request, in the order the exchange meets it: routing (404/405), injected faults, signature,
 * rate limit, validation against the spec, then the operation's handler.
 */

export interface ApiContext {
  exchange: Exchange;
  faults: FaultInjector;
  /** Undefined when rate limits are off. */
  limiter: RateLimiter | undefined;
  validators: ReadonlyMap<OperationId, RequestValidator>;
  secretOf: (apiKey: string) => string | undefined;
  now: () => number;
  /** The clock before tests moved it (see authenticate). */
  unmovedNow: () => number;
}

export interface ApiRequest {
  req: IncomingMessage;
  method: string;
  url: URL;
  /** The body bytes as received (the signature covers them). */
  raw: Buffer;
  /** The body parsed losslessly; rejects with -1005 when it is not JSON. */
  parse(): Json | undefined;
  /** Filled in here once the request is routed. */
  record: RequestRecord;
}

function maintenanceError(): SandboxError {
  // -1011 with the catalog's HTTP 400 (the official error table's status) and the message observed live
  // during maintenance, as the catalog records it.
  const entry = entryOf("RPC_NOT_CONNECT");
  const observed = entry.observedMessages?.find((m) => /maintenance/i.test(m));
  return sandboxError("RPC_NOT_CONNECT", observed ? { observed } : {});
}

/**
 * The 503-class fault: a code the catalog files under HTTP 503, for the perpetual the request names
 * (in its query or JSON body), else the first listed one.
 */
function unavailableError(ctx: ApiContext, r: ApiRequest): SandboxError {
  let symbol = r.url.searchParams.get("symbol");
  if (symbol === null) {
    try {
      const body = r.parse();
      const named = body !== null && typeof body === "object" && !Array.isArray(body) ? body.symbol : undefined;
      symbol = typeof named === "string" ? named : null;
    } catch {
      // A body that is not JSON names no symbol.
    }
  }
  const perpetuals = [...ctx.exchange.instruments.values()].filter((i) => i.kind === "PERP");
  const inst = perpetuals.find((i) => i.symbol === symbol) ?? perpetuals[0];
  return sandboxError("PERP_TRADING_SUSPENDED", { vars: { token: inst?.baseAsset ?? "BTC" } });
}

/**
 * The `data` of the success envelope (`topLevel`: fields that go beside `success` instead), or "dropped"
 * when a fault destroyed the connection.
 */
export async function serveApi(ctx: ApiContext, r: ApiRequest): Promise<{ data: Json; topLevel: boolean } | "dropped"> {
  const found = findRoute(r.method, r.url.pathname);
  if (found.kind !== "found") {
    reject("RESOURCE_NOT_FOUND", {
      status: found.kind === "method" ? 405 : 404,
      detail: `No such endpoint: ${r.method} ${r.url.pathname}`,
    });
  }
  const { route, path } = found;
  r.record.operationId = route.operationId;

  const fault = ctx.faults.next();
  if (fault.kind === "drop") {
    r.req.socket.destroy();
    return "dropped";
  }
  if (fault.kind === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault.kind === "rateLimit") reject("TOO_MANY_REQUEST", { headers: { "retry-after": "1" } });
  if (fault.kind === "maintenance") throw maintenanceError();
  if (fault.kind === "unavailable") throw unavailableError(ctx, r);

  const account = route.meta.auth
    ? authenticate({
        headers: r.req.headers,
        method: r.method,
        target: r.record.target,
        body: r.raw,
        now: ctx.now(),
        unmovedNow: ctx.unmovedNow(),
        secretOf: ctx.secretOf,
      })
    : undefined;
  const body = r.parse();

  if (ctx.limiter !== undefined) {
    const rl = route.meta.rateLimit;
    const caller = { account, ip: r.req.socket.remoteAddress ?? "?", query: r.url.searchParams, body };
    const waitMs = ctx.limiter.hit(`${route.operationId}|${limitBucket(rl.key, caller)}`, rl, ctx.now());
    if (waitMs !== undefined) {
      const where = `${route.meta.method} ${route.meta.path}`;
      reject("TOO_MANY_REQUEST", {
        detail: `Rate limit exceed: ${rl.requests} requests per ${rl.perMs} ms per ${describeKey(rl.key)} for ${where}.`,
        headers: { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))) },
      });
    }
  }

  // The key's permissions (READ; TRADE for order writes; WITHDRAWAL to withdraw): -1002 without them.
  if (account !== undefined) ctx.exchange.accounts.authorize(account, route.operationId);

  // Work that has come due on the sandbox clock (funding, interest, ...) happens before the request sees state.
  ctx.exchange.schedule.catchUp();
  const handler = handlerFor(route.operationId);
  const validated = ctx.validators.get(route.operationId)!({ query: r.url.searchParams, path, body }, handler.hooks);
  const data = handler.handle({
    account: account ?? "",
    query: validated.query,
    path: validated.path,
    body: validated.body,
    exchange: ctx.exchange,
    operation: route.meta,
  });
  return { data, topLevel: handler.topLevel === true };
}
