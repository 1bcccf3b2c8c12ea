import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { OperationId } from "@woox-sdk/types/operations";
import type { AccountSettings } from "./accounts/directory.js";
import type { RiskOptions } from "./accounts/risk.js";
import { dec } from "./decimal.js";
import type { EngineEvent } from "./engine/events.js";
import { Exchange } from "./engine/exchange.js";
import { reject, SandboxError, sandboxError } from "./errors.js";
import { serveApi } from "./http/api.js";
import { control, isControlPath } from "./http/control.js";
import { corsHeaders, corsOrigins, isPreflight, preflightHeaders, type CorsOptions } from "./http/cors.js";
import { FaultInjector, type FaultOptions } from "./http/faults.js";
import { RateLimiter } from "./http/rate-limit.js";
import type { ExchangeRecord, RequestRecord } from "./http/record.js";
import { ROUTES } from "./http/routes.js";
import { bundledSpec, compileRequestValidator, type RequestValidator } from "./http/validate.js";
import { parseJsonLossless, stringifyJsonLossless, type Json } from "./json.js";
import { DEFAULT_INSTRUMENTS, type InstrumentConfig } from "./market/instruments.js";
import { receipt, type DepositHook, type DepositReceipt } from "./wallet/deposits.js";
import type { WalletOptions } from "./wallet/wallet.js";
import type { StreamOptions } from "./streams/options.js";
import { StreamServer } from "./streams/server.js";

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

/** Fixed so that a bot can be pointed at `woox-sandbox` once; they open nothing but this local sandbox. */
export const DEMO_CREDENTIALS: Credentials = Object.freeze({
  apiKey: "woox-sandbox-demo-key",
  apiSecret: "woox-sandbox-demo-secret",
});

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is for local testing and has fixed demo credentials. */
  host?: string;
  /**
   * API keys the sandbox accepts; default one account with DEMO_CREDENTIALS. Each key is an account with its
   * own orders and balances; `parent` (the apiKey of a main account) makes it a sub-account, and
   * `permissions`, `tradingMode`, `name` and `referrals` set it up (see AccountSettings).
   */
  accounts?: (Credentials & AccountSettings)[];
  instruments?: readonly InstrumentConfig[];
  /** Server clock in ms (timestamp window, rate limits, order times); default Date.now. */
  now?: () => number;
  /** Enforce each operation's x-rate-limit (default true). */
  rateLimits?: boolean;
  faults?: FaultOptions;
  /** First algoOrderId handed out (default 1000001); pass a value above 2^53 to exercise int64 handling. */
  firstAlgoOrderId?: bigint;
  /** What each account holds when it first appears (default DEFAULT_BALANCES: 100000 USDT and some base tokens). */
  balances?: Readonly<Record<string, string>>;
  /** First orderId of ordinary orders (default 50000001). */
  firstOrderId?: bigint;
  /** Entries of the token and perpetual risk tables (tokenConfig, symbolConfig) that differ from the defaults. */
  risk?: RiskOptions;
  /** The token network table and how long a withdrawal stays cancellable (default 60 s of sandbox clock). */
  wallet?: WalletOptions;
  /** The USDT balance GET /v3/public/insuranceFund answers (default "1520344.21"); `exchange.insuranceFund.set` changes it. */
  insuranceFund?: string;
  /**
   * Lets web pages on `origin` call the sandbox (e.g. @woox-sdk/client in a browser): preflight requests
   * are answered and responses carry Access-Control-Allow-* headers. Off by default.
   */
  cors?: CorsOptions;
  /** The WebSocket streams (`/v3/public`, `/v3/private?key=`): limits, heartbeat and push rates. */
  streams?: StreamOptions;
  /** Called after every response (tests validate them against the spec). */
  onResponse?: (record: ExchangeRecord) => void;
}

export interface Sandbox {
  /** Base URL, e.g. "http://127.0.0.1:38211". */
  url: string;
  /**
   * Base URL of the WebSocket streams on the same port, e.g. "ws://127.0.0.1:38211": the stand-in for
   * `wss://wss.woox.io`. Public data at `${streamsUrl}/v3/public`, an account's data at
   * `${streamsUrl}/v3/private?key=<listenKey>` (key from POST /v3/account/listenKey).
   */
  streamsUrl: string;
  /** The first account's credentials. */
  credentials: Credentials;
  exchange: Exchange;
  faults: FaultInjector;
  /**
   * Adds an account (a separate API key with its own orders) and returns its credentials; with `parent`
   * (a main account's apiKey) it is a sub-account of that one.
   */
  addAccount(options?: Partial<Credentials> & AccountSettings): Credentials;
  /**
   * Moves a price, as POST /sandbox/price does; returns what triggered and filled. `quantity` limits how
   * much of the resting ordinary orders trades at this price (default: all the price reached).
   */
  setPrice(symbol: string, price: string, quantity?: string): EngineEvent[];
  /**
   * Moves the sandbox clock forward by `ms` (as POST /sandbox/clock does) and runs the work that time
   * contains: funding rounds, interest, withdrawals moving on, quotes expiring. Returns the new time.
   */
  advanceClock(ms: number): number;
  /**
   * A deposit arriving at an account's address (as POST /sandbox/deposit does): a CONFIRMING wallet row
   * that gains a confirmation per block of its network on the sandbox clock and is credited when
   * complete. `account` is an API key (default: the first account).
   */
  deposit(request: DepositHook): DepositReceipt;
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

/** Compiled once per process: the spec's schemas do not change while it runs. */
let validators: ReadonlyMap<OperationId, RequestValidator> | undefined;
function requestValidators(): ReadonlyMap<OperationId, RequestValidator> {
  const doc = bundledSpec();
  validators ??= new Map(ROUTES.map((r) => [r.operationId, compileRequestValidator(doc, r.meta)]));
  return validators;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const base = options.now ?? Date.now;
  let clockOffset = 0;
  // The sandbox clock: the given (or real) clock plus however far tests have moved it.
  const now = () => base() + clockOffset;
  const exchange = new Exchange({
    instruments: options.instruments ?? DEFAULT_INSTRUMENTS,
    now,
    firstAlgoOrderId: options.firstAlgoOrderId,
    firstOrderId: options.firstOrderId,
    balances: options.balances,
    accounts: { risk: options.risk },
    wallet: options.wallet,
    insuranceFund: options.insuranceFund,
  });
  const origins = corsOrigins(options.cors);
  const secrets = new Map<string, string>();
  const accounts: (Credentials & AccountSettings)[] = options.accounts ?? [DEMO_CREDENTIALS];
  if (accounts.length === 0) throw new TypeError("startSandbox: accounts must not be empty");
  // Main accounts first, so that a sub-account may be listed before its parent.
  for (const a of [...accounts].sort((x, y) => Number(x.parent !== undefined) - Number(y.parent !== undefined))) {
    secrets.set(a.apiKey, a.apiSecret);
    exchange.accounts.register(a.apiKey, a);
  }
  const faults = new FaultInjector(options.faults);
  const streams = new StreamServer(exchange, faults, options.streams);
  const api = {
    exchange,
    faults,
    limiter: (options.rateLimits ?? true) ? new RateLimiter() : undefined,
    validators: requestValidators(),
    secretOf: (key: string) => secrets.get(key),
    now,
    unmovedNow: base,
  };
  let accountCounter = 0;

  const addAccount = (c: Partial<Credentials> & AccountSettings = {}): Credentials => {
    accountCounter++;
    const creds = {
      apiKey: c.apiKey ?? `woox-sandbox-key-${accountCounter}`,
      apiSecret: c.apiSecret ?? `woox-sandbox-secret-${accountCounter}`,
    };
    exchange.accounts.register(creds.apiKey, c);
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

  const advanceClock = (ms: number): number => {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advanceClock: ms must be a finite number >= 0, got ${ms}`);
    clockOffset += ms;
    exchange.schedule.catchUp();
    return now();
  };

  const deposit = (request: DepositHook): DepositReceipt => {
    const account = request.account ?? accounts[0]!.apiKey;
    if (!secrets.has(account)) reject("INVALID_PARAM", { detail: `deposit: no account has the API key ${account}` });
    return receipt(exchange.wallet.deposit(account, request));
  };

  function send(
    res: ServerResponse,
    record: RequestRecord,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    const body = stringifyJsonLossless(payload);
    const all = { "content-type": "application/json", ...corsHeaders(origins, res.req), ...headers };
    res.writeHead(status, all);
    res.end(body);
    options.onResponse?.({ ...record, status, headers: all, body });
  }

  function sendError(res: ServerResponse, record: RequestRecord, err: unknown): void {
    const e =
      err instanceof SandboxError
        ? err
        : sandboxError("UNKNOWN", {
            detail: `Sandbox internal error: ${err instanceof Error ? err.message : String(err)}`,
          });
    send(res, record, e.status, { ...e.body, timestamp: now() }, e.headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const target = req.url ?? "/";
    const url = new URL(target, "http://sandbox.invalid");
    const record: RequestRecord = { method, target, operationId: undefined };
    if (isPreflight(origins, req, method)) {
      // A CORS preflight: answered before routing, auth, limits and faults, as browsers expect.
      req.resume();
      const headers = preflightHeaders(origins, req);
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

      if (isControlPath(url.pathname)) {
        const data = control(
          { exchange, faults, setPrice, advanceClock, deposit },
          url.pathname,
          method,
          parse(),
          url.searchParams,
        );
        send(res, record, 200, { success: true, data, timestamp: now() });
        return;
      }
      const answer = await serveApi(api, { req, method, url, raw, parse, record });
      if (answer === "dropped") return;
      const timestamp = now();
      // A book snapshot's timestamp anchors the orderbookupdate chains of its symbol (streams/books.ts).
      const symbol = url.searchParams.get("symbol");
      if (record.operationId === "getOrderbook" && symbol !== null) streams.anchorBook(symbol, timestamp);
      if (answer.topLevel) send(res, record, 200, { success: true, ...(answer.data as object), timestamp });
      else send(res, record, 200, { success: true, data: answer.data, timestamp });
    } catch (err) {
      if (!res.headersSent && !res.destroyed) sendError(res, record, err);
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => streams.upgrade(req, socket, head));
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
    streamsUrl: `ws://${host}:${addr.port}`,
    credentials: { apiKey: accounts[0]!.apiKey, apiSecret: accounts[0]!.apiSecret },
    exchange,
    faults,
    addAccount,
    setPrice,
    advanceClock,
    deposit,
    stop: () =>
      new Promise<void>((resolve, reject_) => {
        exchange.dispose();
        streams.close();
        server.close((err) => (err ? reject_(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
