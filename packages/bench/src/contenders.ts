import { createHmac } from "node:crypto";
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent, request } from "undici";
import ccxt from "ccxt";
import { createWooxClient } from "@woox-sdk/client";
import type { BenchServer } from "./servers.js";
import { CCXT_SYMBOL, instrumentRows, QUANTITY, SYMBOL, TRIGGER_PRICE } from "./instruments.js";

/** One way of placing the same signed STOP algo order. `place` resolves once the answer is parsed. */
export interface Contender {
  id: "a" | "b" | "c" | "d" | "e";
  name: string;
  place(): Promise<void>;
  close(): Promise<void>;
}

const PATH = "/v3/trade/algoOrder";
const orderBody = () => ({
  symbol: SYMBOL,
  algoType: "STOP",
  side: "SELL",
  type: "MARKET",
  quantity: QUANTITY,
  triggerPrice: TRIGGER_PRICE,
});

function check(answer: unknown, who: string): void {
  if ((answer as { success?: unknown } | null)?.success !== true)
    throw new Error(`${who}: the order was not accepted: ${JSON.stringify(answer)}`);
}

/** (a) @woox-sdk/client as users get it, except pacing (rateLimit: false): see BENCHMARKS.md. */
export function wooxSdk(server: BenchServer): Contender {
  const client = createWooxClient({ ...server.credentials, baseUrl: server.url, rateLimit: false });
  return {
    id: "a",
    name: "@woox-sdk/client",
    async place() {
      const rows = await client.algoOrders.place({
        symbol: SYMBOL,
        algoType: "STOP",
        side: "SELL",
        type: "MARKET",
        quantity: QUANTITY,
        triggerPrice: TRIGGER_PRICE,
      });
      if (rows.rows.length !== 1) throw new Error(`@woox-sdk/client: unexpected answer ${JSON.stringify(rows)}`);
    },
    close: () => Promise.resolve(),
  };
}

/** The headers every hand-written contender sends: V3 signing with node:crypto. */
function signedHeaders(apiKey: string, apiSecret: string, body: string): Record<string, string> {
  const timestamp = String(Date.now());
  const signature = createHmac("sha256", apiSecret).update(`${timestamp}POST${PATH}${body}`).digest("hex");
  return {
    "content-type": "application/json",
    "x-api-key": apiKey,
    "x-api-timestamp": timestamp,
    "x-api-signature": signature,
  };
}

/** (b) The floor: undici's `request` over a keep-alive Agent, signed with createHmac. */
export function undiciFloor(server: BenchServer): Contender {
  const agent = new Agent({ keepAliveTimeout: 60_000, pipelining: 1 });
  const url = server.url + PATH;
  const { apiKey, apiSecret } = server.credentials;
  return {
    id: "b",
    name: "undici request + createHmac",
    async place() {
      const body = JSON.stringify(orderBody());
      const res = await request(url, {
        method: "POST",
        headers: signedHeaders(apiKey, apiSecret, body),
        body,
        dispatcher: agent,
      });
      check(JSON.parse(await res.body.text()), "undici");
    },
    close: () => agent.close(),
  };
}

/** (c) A hand-written global `fetch` call, signed with createHmac. */
export function fetchBaseline(server: BenchServer): Contender {
  const url = server.url + PATH;
  const { apiKey, apiSecret } = server.credentials;
  return {
    id: "c",
    name: "fetch + createHmac",
    async place() {
      const body = JSON.stringify(orderBody());
      const res = await fetch(url, { method: "POST", headers: signedHeaders(apiKey, apiSecret, body), body });
      check(await res.json(), "fetch");
    },
    close: () => Promise.resolve(),
  };
}

/**
 * (d) ccxt's `woo`, its URLs pointed at the server and its rate limiter off. Markets come from
 * GET /v3/public/instruments when the server serves it; otherwise they are seeded from the same rows
 * through ccxt's own parser. `fetchCurrencies` is off: it reads a V1 endpoint no server here has.
 */
export async function ccxtWoo(server: BenchServer): Promise<Contender & { marketsFrom: "server" | "seeded" }> {
  const exchange = new ccxt.woo({
    apiKey: server.credentials.apiKey,
    secret: server.credentials.apiSecret,
    enableRateLimit: false,
    has: { fetchCurrencies: false },
  });
  exchange.urls.api = { pub: server.url, public: server.url, private: server.url };
  let marketsFrom: "server" | "seeded" = "server";
  try {
    await exchange.loadMarkets();
  } catch {
    marketsFrom = "seeded";
    exchange.setMarkets(exchange.parseMarkets(instrumentRows()));
  }
  return {
    id: "d",
    name: "ccxt woo",
    marketsFrom,
    async place() {
      const order = await exchange.createOrder(CCXT_SYMBOL, "market", "sell", Number(QUANTITY), undefined, {
        triggerPrice: Number(TRIGGER_PRICE),
      });
      if (order.id === undefined) throw new Error(`ccxt: unexpected answer ${JSON.stringify(order.info)}`);
    },
    close: () => exchange.close(),
  };
}

/** (e) For reference: a hand-written node:http call over a keep-alive Agent, what (a) runs on in Node. */
export function nodeHttpBaseline(server: BenchServer): Contender {
  const agent = new HttpAgent({ keepAlive: true });
  const { hostname, port } = new URL(server.url);
  const { apiKey, apiSecret } = server.credentials;
  return {
    id: "e",
    name: "node:http + createHmac",
    place() {
      const body = JSON.stringify(orderBody());
      return new Promise<void>((resolve, reject) => {
        const headers = {
          ...signedHeaders(apiKey, apiSecret, body),
          "content-length": String(Buffer.byteLength(body)),
        };
        const req = httpRequest({ hostname, port, path: PATH, method: "POST", headers, agent }, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("error", reject);
          res.on("end", () => {
            try {
              check(JSON.parse(text), "node:http");
              resolve();
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          });
        });
        req.on("error", reject);
        req.end(body);
      });
    },
    close() {
      agent.destroy();
      return Promise.resolve();
    },
  };
}
