/**
 * Streams: how fast `@woox-sdk/streams` decodes pushes, and what a consumer that stops reading costs.
 *
 * A local `ws` server (loopback, same process) acknowledges the SUBSCRIBE and pushes `trade` frames of
 * the exchange's shape as fast as it can. Decoding: one reader takes every push; pushes per second from
 * the first frame sent to the last one read (JSON parse with the lossless id reader, the generated guard,
 * the subscription's queue). Stalled consumer: a subscription nobody reads while the server pushes; a
 * second reader of the same topic says when every push is in. The heap (after a full GC) is taken when
 * half and when all of the pushes are in: a bounded buffer shows no growth between the two.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createWooxClient } from "@woox-sdk/client";
import { withStreams, type StreamItem } from "@woox-sdk/streams";
import { WebSocketServer, type WebSocket } from "ws";
import { int, kb, ms, table } from "./format.js";

export interface StreamsOptions {
  /** Pushes decoded in the throughput run. */
  messages: number;
  /** Pushes sent while one subscription is stalled. */
  stalledPushes: number;
  /** The stalled subscription's bufferSize (the client's default is 1000). */
  bufferSize: number;
}

export interface StreamsResult {
  decode: { messages: number; ms: number; perSecond: number; frameBytes: number };
  stalled: {
    pushes: number;
    bufferSize: number;
    /** Items waiting in the stalled subscription at the end (at most bufferSize). */
    buffered: number;
    /** Heap used (after GC): before the stalled subscription, with half and with all pushes in. */
    heapBeforeBytes: number;
    heapHalfBytes: number;
    heapEndBytes: number;
  };
}

const TOPIC = "trade@PERP_BTC_USDT";

/** A trade push as the exchange sends it (field names of spec/asyncapi.yaml). */
function tradeFrame(i: number): string {
  const ts = 1_790_000_000_000 + i;
  const px = (60_000 + (i % 500) / 10).toFixed(1);
  return `{"topic":"${TOPIC}","ts":${ts},"data":{"s":"PERP_BTC_USDT","px":"${px}","sx":"0.0${(i % 9) + 1}","sd":"${i % 2 ? "BUY" : "SELL"}","src":0,"ts":${ts}}}`;
}

function gcFunction(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function heapAfterGc(gc: () => void): Promise<number> {
  await new Promise((r) => setImmediate(r));
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A server that acks every SUBSCRIBE and answers PING; `push` sends frames, yielding to the event loop. */
async function startPushServer() {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => wss.once("listening", () => r()));
  let socket: WebSocket | undefined;
  wss.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (raw: Buffer) => {
      const f = JSON.parse(raw.toString()) as { id?: unknown; cmd?: string; params?: unknown };
      if (f.cmd === "PING") ws.send(JSON.stringify({ cmd: "PONG", success: true, time: Date.now() }));
      else ws.send(JSON.stringify({ id: f.id, cmd: f.cmd, success: true, time: Date.now(), data: f.params }));
    });
  });
  const port = (wss.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}/v3/public`,
    async push(from: number, count: number): Promise<void> {
      for (let i = from; i < from + count; i++) {
        socket!.send(tradeFrame(i));
        // Keep the server's own send buffer small, so that it measures the client, not the kernel.
        if (socket!.bufferedAmount > 1 << 20) await new Promise((r) => setTimeout(r, 1));
        else if (i % 256 === 0) await new Promise((r) => setImmediate(r));
      }
    },
    close: () => new Promise<void>((r) => wss.close(() => r())),
  };
}

function streamClient(url: string) {
  return withStreams(createWooxClient({ baseUrl: "http://127.0.0.1:9" }), {
    publicUrl: url,
    onEvent: () => undefined,
  });
}

/** Reads until `total` pushes were seen (pushes read plus pushes an overflow gap says were dropped). */
async function readUntil(sub: AsyncIterator<StreamItem<typeof TOPIC>>, total: number, onCount?: (n: number) => void) {
  let seen = 0;
  while (seen < total) {
    const r = await sub.next();
    if (r.done) throw new Error(`the subscription ended after ${seen} of ${total} pushes`);
    seen += r.value.type === "gap" ? (r.value.missed ?? 0) : 1;
    onCount?.(seen);
  }
}

async function runDecode(messages: number): Promise<StreamsResult["decode"]> {
  const server = await startPushServer();
  const woox = streamClient(server.url);
  try {
    const sub = woox.stream.public().subscribe(TOPIC, { bufferSize: 10_000 });
    await sub.ready;
    await server.push(0, 100); // warm-up
    await readUntil(sub, 100);
    const start = performance.now();
    const sending = server.push(100, messages);
    await readUntil(sub, messages);
    await sending;
    const ms = performance.now() - start;
    return { messages, ms, perSecond: (messages / ms) * 1000, frameBytes: tradeFrame(1).length };
  } finally {
    woox.stream.close();
    await server.close();
  }
}

async function runStalled(pushes: number, bufferSize: number): Promise<StreamsResult["stalled"]> {
  const gc = gcFunction();
  const server = await startPushServer();
  const woox = streamClient(server.url);
  try {
    const reader = woox.stream.public().subscribe(TOPIC, { bufferSize: 10_000 });
    await reader.ready;
    const heapBeforeBytes = await heapAfterGc(gc);
    const stalled = woox.stream.public().subscribe(TOPIC, { bufferSize });
    await stalled.ready;
    const half = Math.floor(pushes / 2);
    await Promise.all([server.push(0, half), readUntil(reader, half)]);
    const heapHalfBytes = await heapAfterGc(gc);
    await Promise.all([server.push(half, pushes - half), readUntil(reader, pushes - half)]);
    const heapEndBytes = await heapAfterGc(gc);
    return { pushes, bufferSize, buffered: stalled.buffered, heapBeforeBytes, heapHalfBytes, heapEndBytes };
  } finally {
    woox.stream.close();
    await server.close();
  }
}

export async function runStreams(opts: StreamsOptions): Promise<StreamsResult> {
  const decode = await runDecode(opts.messages);
  const stalled = await runStalled(opts.stalledPushes, opts.bufferSize);
  return { decode, stalled };
}

const signedKb = (bytes: number) => `${bytes < 0 ? "−" : "+"}${kb(Math.abs(bytes))}`;

export function streamsSection(r: StreamsResult): string {
  const s = r.stalled;
  return [
    "## 5. Streams",
    "",
    "`@woox-sdk/streams` against a local `ws` server in the same process, which acknowledges the SUBSCRIBE and pushes " +
      `\`${TOPIC}\` frames of the exchange's shape (${r.decode.frameBytes} bytes each) as fast as it can; both share the CPU.`,
    "",
    table(
      ["Measure", "Value"],
      [
        ["Pushes decoded and read (one reader)", int(r.decode.messages)],
        ["Time", ms(r.decode.ms)],
        ["**Pushes per second**", `**${int(r.decode.perSecond)}**`],
      ],
    ),
    "",
    `A stalled consumer: a \`${TOPIC}\` subscription with bufferSize ${int(s.bufferSize)} that nobody reads while ` +
      `${int(s.pushes)} pushes arrive (a second reader of the topic says when they are in). Heap used after a full GC; ` +
      "trades drop the oldest at the bound, with an overflow gap item saying how many.",
    "",
    table(
      ["Point", "Heap used", "Change"],
      [
        ["Before the stalled subscription", kb(s.heapBeforeBytes), "–"],
        [
          `${int(Math.floor(s.pushes / 2))} pushes in`,
          kb(s.heapHalfBytes),
          signedKb(s.heapHalfBytes - s.heapBeforeBytes),
        ],
        [`${int(s.pushes)} pushes in`, kb(s.heapEndBytes), signedKb(s.heapEndBytes - s.heapHalfBytes)],
      ],
    ),
    "",
    `Items waiting in the stalled subscription at the end: ${int(s.buffered)} (the bound, plus one gap item).`,
  ].join("\n");
}
