import { createHmac } from "node:crypto";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WooxApiError } from "@woox-sdk/errors";
import { createWooxClient, WooxAbortError, WooxNetworkError, WooxTimeoutError, type FetchLike } from "../src/index.js";
import { STOP_ORDER as placeBody } from "./stop-order.js";

// Without a `fetch` option the client sends over node:http in Node. These tests run it against a real
// node:http server on 127.0.0.1: what goes on the wire, keep-alive, and every failure mapped to its error.

const KEY = "node-wire-key";
const SECRET = "node-wire-secret";
const ack = JSON.stringify({
  success: true,
  data: { rows: [{ algoOrderId: 1000001, clientAlgoOrderId: 0, algoType: "STOP", quantity: "0.01" }] },
  timestamp: 1,
});

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  rawHeaders: string[];
  body: string;
  socket: Socket;
}
type Handler = (req: Received, res: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function serve(handler: Handler): Promise<{ url: string; received: Received[]; connections: () => number }> {
  const received: Received[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const r = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        socket: req.socket,
      };
      received.push(r);
      handler(r, res);
    });
  });
  server.on("connection", () => connections++);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    connections: () => connections,
  };
}

const json = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
};

const client = (baseUrl: string, extra: object = {}) =>
  createWooxClient({ apiKey: KEY, apiSecret: SECRET, baseUrl, rateLimit: false, retry: false, ...extra });

describe("node:http wire", () => {
  it("sends the signed request with the exact body, and hands back a Response with status and headers", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack, { "x-extra": "1" }));
    const { data, response } = await client(url).POST("/v3/trade/algoOrder", { body: placeBody });
    expect(data?.data.rows[0]?.algoOrderId).toBe(1000001);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-extra")).toBe("1");

    const [req] = received;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/v3/trade/algoOrder");
    expect(req!.body).toBe(JSON.stringify(placeBody));
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.headers["content-length"]).toBe(String(Buffer.byteLength(req!.body)));
    expect(req!.headers["x-api-key"]).toBe(KEY);
    const ts = req!.headers["x-api-timestamp"] as string;
    expect(req!.headers["x-api-signature"]).toBe(
      createHmac("sha256", SECRET).update(`${ts}POST/v3/trade/algoOrder${req!.body}`).digest("hex"),
    );
  });

  it("signs the path and query string as sent, and sends no body on GET", async () => {
    const { url, received } = await serve((_req, res) =>
      json(
        res,
        200,
        JSON.stringify({
          success: true,
          data: { algoOrderId: 7, symbol: "PERP_BTC_USDT", algoType: "STOP" },
          timestamp: 1,
        }),
      ),
    );
    await client(url).algoOrders.get({ algoOrderId: 7 });
    const [req] = received;
    expect(req!.url).toBe("/v3/trade/algoOrder?algoOrderId=7");
    expect(req!.body).toBe("");
    expect(req!.headers["content-length"]).toBeUndefined();
    const ts = req!.headers["x-api-timestamp"] as string;
    expect(req!.headers["x-api-signature"]).toBe(
      createHmac("sha256", SECRET).update(`${ts}GET/v3/trade/algoOrder?algoOrderId=7`).digest("hex"),
    );
  });

  it("sends Host and the caller's own headers, and never a signing header twice", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    await client(url).POST("/v3/trade/algoOrder", {
      body: placeBody,
      headers: { "x-trace": "t-1", "x-api-key": "not-mine", "content-type": "application/json; charset=utf-8" },
    });
    const [req] = received;
    expect(req!.headers.host).toBe(new URL(url).host);
    expect(req!.headers["x-trace"]).toBe("t-1");
    expect(req!.headers["x-api-key"]).toBe(KEY);
    expect(req!.headers["content-type"]).toBe("application/json; charset=utf-8");
    const raw = (name: string) => req!.rawHeaders.filter((_, i) => i % 2 === 0 && _.toLowerCase() === name);
    for (const name of ["host", "x-api-key", "x-api-signature", "x-api-timestamp", "content-type"])
      expect(raw(name), name).toHaveLength(1);
  });

  it("reads a character split between two chunks of the answer whole", async () => {
    const text = JSON.stringify({ success: true, data: { status: 0, note: "€ ✓" }, timestamp: 1 });
    const bytes = Buffer.from(text, "utf8");
    const cut = bytes.indexOf(Buffer.from("€", "utf8")) + 1;
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
      res.write(bytes.subarray(0, cut));
      setTimeout(() => res.end(bytes.subarray(cut)), 20);
    });
    await expect(client(url).market.systemInfo()).resolves.toMatchObject({ note: "€ ✓" });
  });

  it("keeps the connection alive between calls", async () => {
    const { url, received, connections } = await serve((_req, res) => json(res, 200, ack));
    const c = client(url);
    for (let i = 0; i < 3; i++) await c.algoOrders.place(placeBody);
    expect(received).toHaveLength(3);
    expect(connections()).toBe(1);
  });

  it("handles a base URL with a path prefix", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    await client(`${url}/prefix/`).algoOrders.place(placeBody);
    expect(received[0]!.url).toBe("/prefix/v3/trade/algoOrder");
    const ts = received[0]!.headers["x-api-timestamp"] as string;
    // The signed path is the API's, after the base URL's own path.
    expect(received[0]!.headers["x-api-signature"]).toBe(
      createHmac("sha256", SECRET).update(`${ts}POST/v3/trade/algoOrder${received[0]!.body}`).digest("hex"),
    );
  });

  it("offers compression like fetch, and reads gzip and brotli answers", async () => {
    let n = 0;
    const { url, received } = await serve((_req, res) => {
      const [encoding, body] = n++ === 0 ? ["gzip", gzipSync(ack)] : ["br", brotliCompressSync(ack)];
      res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
      res.end(body);
    });
    const c = client(url);
    await expect(c.algoOrders.place(placeBody)).resolves.toMatchObject({ rows: [{ algoOrderId: 1000001 }] });
    await expect(c.algoOrders.place(placeBody)).resolves.toMatchObject({ rows: [{ algoOrderId: 1000001 }] });
    expect(received[0]!.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("fails a call whose answer it cannot decode with WooxNetworkError", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "zstd" });
      res.end("???");
    });
    await expect(client(url).algoOrders.place(placeBody)).rejects.toBeInstanceOf(WooxNetworkError);
  });

  it("maps an error answer to WooxApiError, with Retry-After", async () => {
    const { url } = await serve((_req, res) =>
      json(res, 429, JSON.stringify({ success: false, code: -1003, message: "Rate limit exceed." }), {
        "retry-after": "2",
      }),
    );
    const { error, response } = await client(url).POST("/v3/trade/algoOrder", { body: placeBody });
    expect(error).toBeInstanceOf(WooxApiError);
    expect(error).toMatchObject({ code: "-1003", httpStatus: 429, retryAfterMs: 2000 });
    expect(response.status).toBe(429);
  });

  it("times out with WooxTimeoutError (outcome unknown) when the server does not answer", async () => {
    const { url, received } = await serve(() => undefined);
    const started = Date.now();
    const err = await client(url, { timeoutMs: 100 })
      .algoOrders.place(placeBody)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxTimeoutError);
    expect(err).toMatchObject({
      status: 0,
      outcomeUnknown: true,
      request: { method: "POST", path: "/v3/trade/algoOrder" },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(received).toHaveLength(1);
  });

  it("stops with WooxAbortError when the caller aborts, and the next call still works", async () => {
    let answer = false;
    const { url } = await serve((_req, res) => {
      if (answer) json(res, 200, ack);
    });
    const c = client(url);
    const controller = new AbortController();
    const pending = c.algoOrders.place(placeBody, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(new Error("user gave up")), 20);
    const err = await pending;
    expect(err).toBeInstanceOf(WooxAbortError);
    expect(err).toMatchObject({ outcomeUnknown: true });
    answer = true;
    await expect(c.algoOrders.place(placeBody)).resolves.toMatchObject({ rows: [{ algoOrderId: 1000001 }] });
  });

  it("does not send at all when the signal is already aborted", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    const err = await client(url)
      .algoOrders.place(placeBody, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxAbortError);
    expect(received).toHaveLength(0);
  });

  it("maps a refused connection to WooxNetworkError that was certainly not sent", async () => {
    const { url } = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const err = await client(url)
      .algoOrders.place(placeBody)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxNetworkError);
    expect(err).toMatchObject({ status: 0, outcomeUnknown: false });
    expect((err as Error).cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("maps a connection dropped before the answer to WooxNetworkError with the outcome unknown", async () => {
    const { url } = await serve((req) => req.socket.destroy());
    const err = await client(url)
      .algoOrders.place(placeBody)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxNetworkError);
    expect(err).toMatchObject({ outcomeUnknown: true });
  });

  it("maps an answer cut off mid-body to WooxNetworkError, not to a parse error", async () => {
    const { url } = await serve((req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"success":true,"data":');
      setTimeout(() => req.socket.destroy(), 10);
    });
    const err = await client(url)
      .algoOrders.place(placeBody)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxNetworkError);
    expect(err).toMatchObject({ outcomeUnknown: true });
  });

  it("retries a read after a dropped connection, as with fetch", async () => {
    let calls = 0;
    const { url } = await serve((req, res) => {
      calls++;
      if (calls === 1) req.socket.destroy();
      else json(res, 200, JSON.stringify({ success: true, data: { status: 0 }, timestamp: 1 }));
    });
    const c = createWooxClient({
      baseUrl: url,
      rateLimit: false,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(c.market.systemInfo()).resolves.toBeDefined();
    expect(calls).toBe(2);
  });
});

describe("transport choice", () => {
  it("uses node:http in Node, not the global fetch", async () => {
    const spy = vi.fn<FetchLike>();
    vi.stubGlobal("fetch", spy);
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    await client(url).algoOrders.place(placeBody);
    expect(received).toHaveLength(1);
    expect(spy).not.toHaveBeenCalled();
  });

  it("uses the fetch option when given one", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    const fetch = vi.fn<FetchLike>(() => Promise.resolve(new Response(ack, { status: 200 })));
    await client(url, { fetch }).algoOrders.place(placeBody);
    expect(fetch).toHaveBeenCalledOnce();
    expect(received).toHaveLength(0);
  });

  it("falls back to the global fetch where node:http cannot be reached, as in browsers", async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, ack));
    const fetch = vi.fn<FetchLike>(() => Promise.resolve(new Response(ack, { status: 200 })));
    vi.stubGlobal("fetch", fetch);
    const proc = process as { getBuiltinModule?: unknown };
    const original = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      await client(url).algoOrders.place(placeBody);
    } finally {
      proc.getBuiltinModule = original;
    }
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]![0]).toBe(`${url}/v3/trade/algoOrder`);
    expect(received).toHaveLength(0);
  });
});
