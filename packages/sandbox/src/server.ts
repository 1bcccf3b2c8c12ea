import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate } from "./auth.js";
import { dec } from "./decimal.js";
import { Exchange, type EngineEvent } from "./engine.js";
import { entryOf, reject, SandboxError, sandboxError } from "./errors.js";
import { FaultInjector, type FaultOptions } from "./faults.js";
import { handlers } from "./handlers.js";
import { parseJsonLossless, stringifyJsonLossless, type Json } from "./json.js";
import { DEFAULT_INSTRUMENTS, type InstrumentConfig } from "./market.js";
import { RateLimiter } from "./ratelimit.js";
import { bundledSpec, specOperations, type OpenApiDocument, type SpecOperation } from "./spec.js";
import { compileRequestValidator, type RequestValidator } from "./validate.js";

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

/** Fixed so that a bot can be pointed at `woox-sandbox` once; they open nothing but this local sandbox. */
export const DEMO_CREDENTIALS: Credentials = Object.freeze({
  apiKey: "woox-sandbox-demo-key",
  apiSecret: "woox-sandbox-demo-secret",
});

/** One request and the response the sandbox sent, for tests that check every response against the spec. */
export interface ExchangeRecord {
  method: string;
  /** The request target as received, e.g. "/v3/trade/algoOrder?algoOrderId=1". */
  target: string;
  /** The matched spec operation, when there was one. */
  operation: SpecOperation | undefined;
  status: number;
  headers: Record<string, string>;
  /** The response body text. */
  body: string;
}

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is for local testing and has fixed demo credentials. */
  host?: string;
  /** API keys the sandbox accepts; default one account with DEMO_CREDENTIALS. Each key has its own orders. */
  accounts?: Credentials[];
  instruments?: readonly InstrumentConfig[];
  /** Server clock in ms (timestamp window, rate limits, order times); default Date.now. */
  now?: () => number;
  /** Enforce each operation's x-rate-limit (default true). */
  rateLimits?: boolean;
  faults?: FaultOptions;
  /** The OpenAPI document to serve; default the bundled @woox-sdk/types/openapi.json. */
  spec?: OpenApiDocument;
  /** First algoOrderId handed out (default 1000001); pass a value above 2^53 to exercise int64 handling. */
  firstAlgoOrderId?: bigint;
  /** What each account holds when it first appears (default DEFAULT_BALANCES: 100000 USDT and some base tokens). */
  balances?: Readonly<Record<string, string>>;
  /** First orderId of ordinary orders (default 50000001). */
  firstOrderId?: bigint;
  /**
   * Lets web pages on `origin` call the sandbox (e.g. @woox-sdk/client in a browser): preflight requests
   * are answered and responses carry Access-Control-Allow-* headers. Off by default.
   */
  cors?: CorsOptions;
  /** Called after every response (tests validate them against the spec). */
  onResponse?: (record: ExchangeRecord) => void;
}

export interface CorsOptions {
  /** An origin such as "http://127.0.0.1:4321", a list of them, or "*" for any. */
  origin: string | readonly string[];
}

/** The request headers V3 calls need; a preflight asking for others is not granted them. */
export const CORS_ALLOWED_HEADERS = ["x-api-key", "x-api-signature", "x-api-timestamp", "content-type"] as const;
const CORS_METHODS = "GET, POST, PUT, DELETE, OPTIONS";

export interface Sandbox {
  /** Base URL, e.g. "http://127.0.0.1:38211". */
  url: string;
  /** The first account's credentials. */
  credentials: Credentials;
  exchange: Exchange;
  faults: FaultInjector;
  /** Adds an account (a separate API key with its own orders) and returns its credentials. */
  addAccount(credentials?: Partial<Credentials>): Credentials;
  /**
   * Moves a price, as POST /sandbox/price does; returns what triggered and filled. `quantity` limits how
   * much of the resting ordinary orders trades at this price (default: all the price reached).
   */
  setPrice(symbol: string, price: string, quantity?: string): EngineEvent[];
  stop(): Promise<void>;
}

const MAX_BODY = 1 << 20;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject_) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject_);
  });
}

function maintenanceError(): SandboxError {
  // The spec documents maintenance as HTTP 503 with -1011; the message is the one observed live, as
  // the catalog records it (the catalog's status for -1011 in general is 400).
  const entry = entryOf("RPC_NOT_CONNECT");
  const observed = entry.observedMessages?.find((m) => /maintenance/i.test(m));
  return sandboxError("RPC_NOT_CONNECT", { status: 503, ...(observed ? { observed } : {}) });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const doc = options.spec ?? bundledSpec();
  const operations = specOperations(doc);
  const validators = new Map<SpecOperation, RequestValidator>(
    operations.map((op) => [op, compileRequestValidator(doc, op)]),
  );
  const exchange = new Exchange({
    instruments: options.instruments ?? DEFAULT_INSTRUMENTS,
    now,
    firstAlgoOrderId: options.firstAlgoOrderId,
    firstOrderId: options.firstOrderId,
    balances: options.balances,
  });
  const corsOrigins =
    options.cors === undefined
      ? undefined
      : typeof options.cors.origin === "string"
        ? [options.cors.origin]
        : [...options.cors.origin];
  if (
    corsOrigins !== undefined &&
    (corsOrigins.length === 0 || corsOrigins.some((o) => o !== "*" && !/^https?:\/\/[^/]+$/.test(o)))
  ) {
    throw new TypeError(
      `startSandbox: cors.origin must be "*" or origins such as "http://127.0.0.1:4321" (scheme, host and port, no path), got ${JSON.stringify(options.cors?.origin)}`,
    );
  }
  const secrets = new Map<string, string>();
  const accounts = options.accounts ?? [DEMO_CREDENTIALS];
  if (accounts.length === 0) throw new TypeError("startSandbox: accounts must not be empty");
  for (const a of accounts) secrets.set(a.apiKey, a.apiSecret);
  const limiter = new RateLimiter();
  const faults = new FaultInjector(options.faults);
  const rateLimits = options.rateLimits ?? true;
  let accountCounter = 0;

  const addAccount = (c: Partial<Credentials> = {}): Credentials => {
    accountCounter++;
    const creds = {
      apiKey: c.apiKey ?? `woox-sandbox-key-${accountCounter}`,
      apiSecret: c.apiSecret ?? `woox-sandbox-secret-${accountCounter}`,
    };
    secrets.set(creds.apiKey, creds.apiSecret);
    return creds;
  };

  const setPrice = (symbol: string, price: string, quantity?: string): EngineEvent[] => {
    const p = dec(price);
    if (p === undefined) reject("INVALID_PARAM", { detail: "price must be a decimal string" });
    const q = quantity === undefined ? undefined : dec(quantity);
    if (quantity !== undefined && q === undefined)
      reject("INVALID_PARAM", { detail: "quantity must be a decimal string" });
    return exchange.setPrice(symbol, p, q);
  };

  /** CORS response headers for this request's Origin, when CORS is on and the origin is allowed. */
  function corsHeaders(req: IncomingMessage): Record<string, string> {
    if (corsOrigins === undefined) return {};
    const origin = req.headers.origin;
    const any = corsOrigins.includes("*");
    if (!any && (origin === undefined || !corsOrigins.includes(origin))) return {};
    return {
      "access-control-allow-origin": any ? "*" : origin!,
      // Retry-After is not a CORS-safelisted response header: without this a browser client cannot see it.
      "access-control-expose-headers": "retry-after",
      ...(any ? {} : { vary: "Origin" }),
    };
  }

  function send(
    res: ServerResponse,
    record: Omit<ExchangeRecord, "status" | "headers" | "body">,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    const body = stringifyJsonLossless(payload);
    const all = { "content-type": "application/json", ...corsHeaders(res.req), ...headers };
    res.writeHead(status, all);
    res.end(body);
    options.onResponse?.({ ...record, status, headers: all, body });
  }

  function sendError(
    res: ServerResponse,
    record: Omit<ExchangeRecord, "status" | "headers" | "body">,
    err: unknown,
  ): void {
    const e =
      err instanceof SandboxError
        ? err
        : sandboxError("UNKNOWN", {
            detail: `Sandbox internal error: ${err instanceof Error ? err.message : String(err)}`,
          });
    send(res, record, e.status, { ...e.body, timestamp: now() }, e.headers);
  }

  function control(pathname: string, method: string, body: Json | undefined, query: URLSearchParams): Json {
    const b = (body !== null && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, Json>;
    if (pathname === "/sandbox/price" && method === "POST") {
      const { symbol, price, quantity } = b;
      if (
        typeof symbol !== "string" ||
        typeof price !== "string" ||
        (quantity !== undefined && typeof quantity !== "string")
      ) {
        reject("INVALID_PARAM", {
          detail:
            'Send {"symbol": "PERP_BTC_USDT", "price": "61000"} (price as a string; optional "quantity": how much trades there)',
        });
      }
      const events = setPrice(symbol, price, quantity);
      return { symbol, price, events: events as unknown as Json[] };
    }
    if (pathname === "/sandbox/price" && method === "GET") {
      const symbol = query.get("symbol");
      const list = [...exchange.instruments.values()].filter((i) => symbol === null || i.symbol === symbol);
      if (list.length === 0) reject("UNSUPPORTED_SYMBOL", { vars: { symbol: symbol ?? "" } });
      return { rows: list.map((i) => ({ symbol: i.symbol, price: exchange.priceText(i.symbol) })) };
    }
    if (pathname === "/sandbox/faults" && method === "POST") {
      try {
        faults.configure(b);
      } catch (e) {
        reject("INVALID_PARAM", { detail: (e as Error).message });
      }
      return { active: faults.active };
    }
    return reject("RESOURCE_NOT_FOUND", { status: 404, detail: `No sandbox control route ${method} ${pathname}` });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = req.url ?? "/";
    const url = new URL(target, "http://sandbox.invalid");
    const record: Omit<ExchangeRecord, "status" | "headers" | "body"> = { method, target, operation: undefined };
    if (
      method === "OPTIONS" &&
      corsOrigins !== undefined &&
      req.headers["access-control-request-method"] !== undefined
    ) {
      // A CORS preflight: answered before routing, auth, limits and faults, as browsers expect.
      req.resume();
      const allowed = corsHeaders(req);
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
      res.writeHead(204, headers);
      res.end();
      options.onResponse?.({ ...record, status: 204, headers, body: "" });
      return;
    }
    try {
      const raw = await readBody(req);
      if (raw.length > MAX_BODY)
        reject("INVALID_PARAM", { detail: `The request body is larger than ${MAX_BODY} bytes` });
      const parse = (): Json | undefined => {
        if (raw.length === 0) return undefined;
        try {
          return parseJsonLossless(raw.toString("utf8"));
        } catch (e) {
          return reject("INVALID_PARAM", { detail: `The request body is not valid JSON: ${(e as Error).message}` });
        }
      };

      if (url.pathname.startsWith("/sandbox/")) {
        send(res, record, 200, {
          success: true,
          data: control(url.pathname, method, parse(), url.searchParams),
          timestamp: now(),
        });
        return;
      }

      const onPath = operations
        .map((op) => ({ op, params: op.match(url.pathname) }))
        .filter((x) => x.params !== undefined);
      const hit = onPath.find((x) => x.op.method === method);
      if (!hit) {
        reject("RESOURCE_NOT_FOUND", {
          status: onPath.length > 0 ? 405 : 404,
          detail: `No such endpoint: ${method} ${url.pathname}`,
        });
      }
      const op = hit.op;
      record.operation = op;

      const fault = faults.next();
      if (fault.kind === "drop") {
        req.socket.destroy();
        return;
      }
      if (fault.kind === "delay") await new Promise((r) => setTimeout(r, fault.ms));
      if (fault.kind === "rateLimit") reject("TOO_MANY_REQUEST", { headers: { "retry-after": "1" } });
      if (fault.kind === "maintenance") throw maintenanceError();

      const account = op.secured
        ? authenticate({ headers: req.headers, method, target, body: raw, now: now(), secretOf: (k) => secrets.get(k) })
        : undefined;
      const body = parse();

      if (rateLimits && op.rateLimit) {
        const rl = op.rateLimit;
        const ip = req.socket.remoteAddress ?? "?";
        let key: string;
        if (rl.key === "ip") key = `ip:${ip}`;
        else if (rl.key === "account") key = `account:${account ?? ip}`;
        else {
          const fromBody =
            body !== null && typeof body === "object" && !Array.isArray(body)
              ? (body as Record<string, Json>)[rl.key]
              : undefined;
          const value = fromBody ?? url.searchParams.get(rl.key) ?? "";
          key = `account:${account ?? ip}|${rl.key}:${stringifyJsonLossless(value)}`;
        }
        const waitMs = limiter.hit(`${op.route}|${key}`, rl, now());
        if (waitMs !== undefined) {
          reject("TOO_MANY_REQUEST", {
            detail: `Rate limit exceed: ${rl.requests} requests per ${rl.perMs} ms per ${rl.key} for ${op.route}.`,
            headers: { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))) },
          });
        }
      }

      const handler = handlers[op.route];
      const validated = validators.get(op)!({ query: url.searchParams, path: hit.params!, body }, handler?.hooks);
      if (!handler) reject("UNKNOWN", { status: 501, detail: `The sandbox has no handler for ${op.route} yet.` });
      const data = handler.handle({
        account: account ?? "",
        query: { ...validated.query, ...validated.path },
        body: (validated.body ?? {}) as Record<string, Json>,
        exchange,
        operation: op,
      });
      send(res, record, 200, { success: true, data, timestamp: now() });
    } catch (err) {
      if (!res.headersSent && !res.destroyed) sendError(res, record, err);
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject_) => {
    server.once("error", reject_);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject_);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    credentials: { ...accounts[0]! },
    exchange,
    faults,
    addAccount,
    setPrice,
    stop: () =>
      new Promise<void>((resolve, reject_) => {
        exchange.dispose();
        server.close((err) => (err ? reject_(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
