/**
 * One contender's heap with many requests in flight, in a fresh process started with --expose-gc:
 *
 *   heap-child.ts <a|b|d|e> <server url> <credentials JSON> <in flight>
 *
 * After a warm-up and a full GC it asks the minimal server to hold placements, starts `in flight`
 * placements at once, waits until the server holds them all (or as many as the contender sends at once),
 * and measures the heap after a full GC again; then the server answers them. Prints one JSON line:
 * { heapBytes, onWire }.
 */
import { request } from "node:http";
import { ccxtWoo, nodeHttpBaseline, undiciFloor, wooxSdk, type Contender } from "./contenders.js";
import type { BenchServer } from "./servers.js";

const [id, url, credentials, count] = process.argv.slice(2);
const inFlight = Number(count);
const server: BenchServer = {
  kind: "minimal",
  url: url!,
  credentials: JSON.parse(credentials!) as BenchServer["credentials"],
  reset: () => Promise.resolve(),
  stop: () => Promise.resolve(),
};

/** A control call to the server on its own connection, so that no contender's pool is touched. */
function control(method: "GET" | "POST", path: string): Promise<{ data: { held?: number } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve(JSON.parse(text) as { data: { held?: number } }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("heap-child.ts needs --expose-gc");
const contender: Contender =
  id === "a"
    ? wooxSdk(server)
    : id === "b"
      ? undiciFloor(server)
      : id === "d"
        ? await ccxtWoo(server)
        : id === "e"
          ? nodeHttpBaseline(server)
          : undefined!;
if (!contender) throw new Error(`unknown contender ${id}`);
for (let i = 0; i < 50; i++) await contender.place();
gc();
gc();
const before = process.memoryUsage().heapUsed;
await control("POST", "/sandbox/hold");
const pending = Array.from({ length: inFlight }, () => contender.place());
// All of them reach the server, or as many as the contender's connection pool lets through (ccxt caps
// its pool at 256 sockets and queues the rest): wait until the count stops growing.
let onWire = 0;
const giveUp = Date.now() + 8000; // before the contenders' own 10 s timeouts
for (let still = 0; onWire < inFlight && (onWire === 0 || still < 25) && Date.now() < giveUp;) {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const held = (await control("GET", "/sandbox/held")).data.held ?? 0;
  still = held === onWire ? still + 1 : 0;
  onWire = held;
}
gc();
gc();
const during = process.memoryUsage().heapUsed;
await control("POST", "/sandbox/release");
await Promise.all(pending);
await contender.close();
process.stdout.write(`${JSON.stringify({ heapBytes: during - before, onWire })}\n`);
process.exit(0);
