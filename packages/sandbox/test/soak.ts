/**
 * The soak: many algo orders through @woox-sdk/client against the sandbox while it injects faults
 * (429s, maintenance -1011s, 503s, dropped connections, answers delayed past the client's timeout). Afterwards the
 * sandbox must hold exactly one order per intended client id: nothing duplicated, nothing lost, and
 * every call must have ended in a result or a typed error.
 *
 * The orders stay open for the whole run. That is what makes a lost answer safe to resolve: if the
 * client's lookup misses a request the exchange still holds and it resends, the late original meets an
 * open order with the same client id and is refused (302117). Were the first order to complete in
 * between, the late original would be accepted; no client can rule that out alone; exchanges bound it
 * with a receive window on the request timestamp.
 */
import { createWooxClient, WooxTransportError } from "@woox-sdk/client";
import { isWooxApiError } from "@woox-sdk/errors";
import { startSandbox, type ExchangeRecord } from "../src/index.js";

export interface SoakOptions {
  /** Intended orders. */
  n: number;
  /** Calls in flight at once. */
  concurrency?: number;
  /** Fraction of requests that meet a fault, split evenly over the four kinds. Default 0.2. */
  faultRate?: number;
  seed?: number;
  /** Client timeout per attempt; delayed answers take twice as long. */
  timeoutMs?: number;
  onResponse?: (r: ExchangeRecord) => void;
}

export interface SoakReport {
  intended: number;
  placed: number;
  duplicates: number;
  lost: number;
  /** Calls whose answer named another order than the one the exchange holds for that client id. */
  mismatched: number;
  results: number;
  typedErrors: number;
  untypedErrors: number;
  unhandledRejections: number;
  requests: number;
  /** Attempts that met a fault, as the client saw them: 429, -1011, 503, dropped connections, timeouts. */
  faultsSeen: number;
  retries: number;
  reconciles: number;
  durationMs: number;
}

const SYMBOLS = ["PERP_BTC_USDT", "PERP_ETH_USDT", "SPOT_BTC_USDT", "SPOT_ETH_USDT"] as const;
const TRIGGER: Record<(typeof SYMBOLS)[number], string> = {
  PERP_BTC_USDT: "50000",
  PERP_ETH_USDT: "2500",
  SPOT_BTC_USDT: "50000",
  SPOT_ETH_USDT: "2500",
};
const QTY: Record<(typeof SYMBOLS)[number], string> = {
  PERP_BTC_USDT: "0.001",
  PERP_ETH_USDT: "0.01",
  SPOT_BTC_USDT: "0.001",
  SPOT_ETH_USDT: "0.01",
};
// Stay well under the 100 open algo orders per instrument and account.
const PER_ACCOUNT_SYMBOL = 80;

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const { n, concurrency = 16, faultRate = 0.2, seed = 7, timeoutMs = 150 } = opts;
  const fifth = faultRate / 5;
  let requests = 0;
  const sandbox = await startSandbox({
    rateLimits: false, // pacing is tested elsewhere; here the 429s come from the fault injector
    faults: {
      seed,
      rateLimit: fifth,
      maintenance: fifth,
      unavailable: fifth,
      drop: fifth,
      delay: fifth,
      delayMs: timeoutMs * 2,
    },
    onResponse: (r) => {
      requests++;
      opts.onResponse?.(r);
    },
  });
  let unhandled = 0;
  const onUnhandled = () => void unhandled++;
  process.on("unhandledRejection", onUnhandled);
  const started = Date.now();
  let retries = 0;
  let reconciles = 0;
  let faultsSeen = 0;
  try {
    const perAccount = PER_ACCOUNT_SYMBOL * SYMBOLS.length;
    const accounts = Array.from({ length: Math.ceil(n / perAccount) }, (_, i) =>
      i === 0 ? sandbox.credentials : sandbox.addAccount(),
    );
    const clients = accounts.map((credentials) =>
      createWooxClient({
        ...credentials,
        baseUrl: sandbox.url,
        rateLimit: false,
        timeoutMs,
        retry: { retries: 8, baseDelayMs: 5, maxDelayMs: 100 },
        hooks: {
          onRetry: (e) => void (e.strategy === "reconcile" ? reconciles++ : retries++),
          onResponse: (e) =>
            void (e.status === 0 || e.status === 429 || e.status === 503 || e.code === "-1011" ? faultsSeen++ : 0),
        },
      }),
    );
    const outcomes = { results: 0, typed: 0, untyped: 0 };
    const answered = new Map<bigint, bigint>();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < n; i = next++) {
        const account = Math.floor(i / perAccount);
        const symbol = SYMBOLS[i % SYMBOLS.length]!;
        try {
          const { rows } = await clients[account]!.algoOrders.place({
            symbol,
            algoType: "STOP",
            side: "SELL",
            type: "MARKET",
            quantity: QTY[symbol],
            triggerPrice: TRIGGER[symbol],
            clientAlgoOrderId: BigInt(i + 1),
          });
          answered.set(BigInt(i + 1), BigInt(rows[0].algoOrderId ?? -1));
          outcomes.results++;
        } catch (err) {
          if (isWooxApiError(err) || err instanceof WooxTransportError) outcomes.typed++;
          else outcomes.untyped++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    sandbox.faults.configure({});

    // Count what the exchange holds, per intended client id, across all accounts.
    const held = new Map<bigint, number>();
    const heldId = new Map<bigint, bigint>();
    accounts.forEach((acc) => {
      for (const root of sandbox.exchange.roots(acc.apiKey)) {
        const id = root.clientAlgoOrderId;
        if (id > 0n) {
          held.set(id, (held.get(id) ?? 0) + 1);
          heldId.set(id, root.algoOrderId);
        }
      }
    });
    let mismatched = 0;
    for (const [clientId, algoOrderId] of answered) if (heldId.get(clientId) !== algoOrderId) mismatched++;
    let duplicates = 0;
    let lost = 0;
    for (let i = 1; i <= n; i++) {
      const count = held.get(BigInt(i)) ?? 0;
      if (count === 0) lost++;
      if (count > 1) duplicates += count - 1;
    }
    return {
      intended: n,
      placed: [...held.values()].reduce((a, b) => a + b, 0),
      duplicates,
      lost,
      mismatched,
      results: outcomes.results,
      typedErrors: outcomes.typed,
      untypedErrors: outcomes.untyped,
      unhandledRejections: unhandled,
      requests,
      faultsSeen,
      retries,
      reconciles,
      durationMs: Date.now() - started,
    };
  } finally {
    process.off("unhandledRejection", onUnhandled);
    await sandbox.stop();
  }
}
