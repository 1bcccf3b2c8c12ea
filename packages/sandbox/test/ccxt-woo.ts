import ccxt from "ccxt";
import type { Sandbox } from "../src/index.js";

/** What ccxt put on the wire for one request, as its `sign` built it. */
export interface CcxtRequest {
  url: string;
  method: string;
  body: string | undefined;
}

/**
 * ccxt's `woo` (an independent client that trades on the live exchange) pointed at a sandbox on loopback,
 * configured as for production: no `setSandboxMode`, so its broker attribution (`broker_id` on orders,
 * `brokerId` on algo orders) goes out as it does live. What differs from a production setup, and why:
 * - the API URLs are the sandbox's;
 * - `fetchCurrencies` is off: ccxt reads currencies from the legacy V1 `/v1/public/token` and
 *   `/v1/public/token_network`, which are outside the V3 spec the sandbox serves;
 * - ccxt's own request throttle is off (its cost weights would make the suite wait minutes); the
 *   sandbox's rate limits are tested elsewhere.
 * Every request ccxt signs is kept in `sent`, so a test can check what ccxt sent, not only what it read.
 */
export function ccxtWoo(sandbox: Sandbox, credentials = sandbox.credentials) {
  const exchange = new ccxt.woo({
    apiKey: credentials.apiKey,
    secret: credentials.apiSecret,
    enableRateLimit: false,
  });
  exchange.urls["api"] = { pub: sandbox.url, public: sandbox.url, private: sandbox.url };
  exchange.has["fetchCurrencies"] = false;
  const sent: CcxtRequest[] = [];
  const sign = exchange.sign.bind(exchange);
  exchange.sign = (...args: Parameters<typeof sign>) => {
    const out = sign(...args) as { url: string; method: string; body?: string };
    sent.push({ url: out.url, method: out.method, body: out.body });
    return out;
  };
  return { exchange, sent };
}

/** The JSON body of the last request ccxt sent to `path` with `method`. */
export function lastBody(sent: readonly CcxtRequest[], method: string, path: string): Record<string, unknown> {
  const hit = sent.filter((r) => r.method === method && new URL(r.url).pathname === path).at(-1);
  if (!hit?.body) throw new Error(`ccxt sent no ${method} ${path} with a body`);
  return JSON.parse(hit.body) as Record<string, unknown>;
}
