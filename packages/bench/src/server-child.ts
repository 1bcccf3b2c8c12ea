/**
 * The server side of the request-overhead benchmark, run in its own process so that its work does
 * not share the client's event loop (on 2 cores each side gets one). `sandbox` starts
 * @woox-sdk/sandbox with rate limits off; `minimal` is a bare node:http server that checks the V3
 * signature and answers a fixed algo-order acknowledgement, to isolate what each client costs; on
 * request it holds placements unanswered (POST /sandbox/hold, GET /sandbox/held, POST /sandbox/release).
 * Prints one JSON line { url, credentials } and runs until its stdin closes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import { startSandbox } from "@woox-sdk/sandbox";
import { instrumentRows } from "./instruments.js";

const CREDENTIALS = { apiKey: "bench-key", apiSecret: "bench-secret" };

async function minimal(): Promise<{ url: string; credentials: typeof CREDENTIALS; stop: () => Promise<void> }> {
  const instruments = JSON.stringify({ success: true, data: { rows: instrumentRows() }, timestamp: Date.now() });
  let nextId = 1_000_001;
  const answer = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  };
  // For the in-flight heap measurement: while holding, placements are answered only on release.
  let holding = false;
  const held: (() => void)[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    if (req.method === "GET" && req.url?.startsWith("/v3/public/instruments")) return answer(res, 200, instruments);
    if (req.method === "POST" && req.url === "/v3/trade/algoOrder") {
      const ts = String(req.headers["x-api-timestamp"] ?? "");
      const sig = Buffer.from(String(req.headers["x-api-signature"] ?? ""));
      const expected = Buffer.from(
        createHmac("sha256", CREDENTIALS.apiSecret).update(`${ts}POST${req.url}`).update(raw).digest("hex"),
      );
      if (
        req.headers["x-api-key"] !== CREDENTIALS.apiKey ||
        sig.length !== expected.length ||
        !timingSafeEqual(sig, expected)
      ) {
        return answer(
          res,
          401,
          JSON.stringify({ success: false, code: -1002, message: "signature mismatch", timestamp: Date.now() }),
        );
      }
      const row = { algoOrderId: nextId++, clientAlgoOrderId: 0, algoType: "STOP", quantity: "0.01" };
      const ack = () =>
        answer(res, 200, JSON.stringify({ success: true, data: { rows: [row] }, timestamp: Date.now() }));
      return holding ? void held.push(ack) : ack();
    }
    if (req.url === "/sandbox/hold") holding = true;
    if (req.url === "/sandbox/release") {
      holding = false;
      for (const ack of held.splice(0)) ack();
    }
    if (req.url === "/sandbox/held")
      return answer(res, 200, JSON.stringify({ success: true, data: { held: held.length }, timestamp: Date.now() }));
    if (req.url?.startsWith("/sandbox/"))
      return answer(res, 200, JSON.stringify({ success: true, data: {}, timestamp: Date.now() }));
    return answer(
      res,
      404,
      JSON.stringify({ success: false, code: -1006, message: "not found", timestamp: Date.now() }),
    );
  };
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    credentials: CREDENTIALS,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const mode = process.argv[2];
const server =
  mode === "sandbox"
    ? await startSandbox({ port: 0, rateLimits: false })
    : mode === "minimal"
      ? await minimal()
      : undefined;
if (!server) {
  console.error(`usage: server-child.ts sandbox|minimal (got ${mode})`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ url: server.url, credentials: server.credentials })}\n`);
process.stdin.resume();
process.stdin.on("end", () => {
  void server.stop().then(() => process.exit(0));
});
