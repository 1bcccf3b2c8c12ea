import type { BenchReport } from "./index.js";
import { int, table, x2 } from "./format.js";

// The report's sections on many requests at once (throughput, heap) and on where the client's time goes.

export function loadSection(report: BenchReport): string[] {
  const l = report.load;
  const a = l.rows.find((r) => r.id === "a")!;
  const kbPer = (bytes: number) => `${int(bytes / 1000)} KB`;
  return [
    `### ${l.inFlight} requests in flight`,
    "",
    `The same signed placement against the minimal server (the client, the floor, ccxt, and node:http for reference), ${int(l.requests)} per contender with ${l.inFlight} in flight at any ` +
      "time, in rounds whose contender order changes (with a pause between runs). The server runs in its own process and may itself be what limits the " +
      "rate, so the CPU time of the client's process per request is the fairer comparison.",
    "",
    table(
      ["Contender", "Requests/s", "CPU µs/request", "a's CPU ÷ this"],
      l.rows.map((r) => [
        `(${r.id}) ${r.name}`,
        int(r.perSecond),
        int(r.cpuUs),
        r.id === "a" ? "–" : x2(a.cpuUs / r.cpuUs),
      ]),
    ),
    "",
    `### Heap per ${int(l.heapInFlight)} requests in flight`,
    "",
    `Each contender in ${l.heapRuns} fresh \`node --expose-gc\` process(es) (median): after a warm-up and a full GC, ` +
      `${int(l.heapInFlight)} placements are started at once while the server holds their answers; once it holds them all, ` +
      "the heap is measured after another full GC. The difference is what the requests in flight keep alive. A contender " +
      "whose connection pool is smaller sends only part of them at once and queues the rest (ccxt caps its pool at 256 " +
      "sockets per origin): the last column says how many had reached the server.",
    "",
    table(
      ["Contender", `Heap for ${int(l.heapInFlight)} in flight`, "Per request", "On the wire"],
      l.rows.map((r) => [
        `(${r.id}) ${r.name}`,
        kbPer(r.heapBytes),
        `${int(r.heapBytes / l.heapInFlight)} B`,
        int(r.onWire),
      ]),
    ),
  ];
}

export function profileSection(report: BenchReport): string[] {
  const p = report.profile;
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  return [
    "### Where the time goes",
    "",
    `A V8 CPU profile of the benchmark process (sampled every 100 µs) while the client places ${int(p.requests)} orders ` +
      "one at a time against the minimal server, idle time left out. The profiler slows the process down, so read " +
      `the shares rather than the ${int(p.busyUsPerRequest)} µs of busy time per request it measured.`,
    "",
    table(
      ["Area", "Share of busy time"],
      p.areas.map((x) => [x.label, pct(x.share)]),
      ["l", "r"],
    ),
    "",
    "The functions with the most time of their own:",
    "",
    table(
      ["Function", "Self time"],
      p.top.map((x) => [`\`${x.label}\``, pct(x.share)]),
      ["l", "r"],
    ),
    "",
    "What the client does per call beneath openapi-fetch, its typed front: the operation is looked up once and handed " +
      "to the transport, which signs the URL openapi-fetch wrote with the client's query and path serializers (built once) " +
      "without parsing it again; the body goes out as the JSON text written once, with no replacer unless it holds a bigint; " +
      "headers go to node:http as one flat list; an attempt is called off by a plain timer rather than an AbortController; " +
      "the `Response` and `Headers` handed to callers are built only when read; an idle rate-limit bucket makes no promise.",
  ];
}
