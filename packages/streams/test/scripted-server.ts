/**
 * A WebSocket server on 127.0.0.1 that plays the exchange's side of the V3 protocol as a test scripts it:
 * by default it acknowledges every SUBSCRIBE with all its topics and answers PING with PONG; a test can
 * replace the answer to any frame, push frames, and drop or close sockets.
 */
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface Conn {
  ws: WebSocket;
  /** Path and query of the upgrade request, e.g. "/v3/private?key=k1". */
  path: string;
  /** Every frame the client sent, parsed. */
  received: Record<string, unknown>[];
  send(frame: unknown): void;
}

/** What to answer to a client frame: a frame (or several) to send, or nothing. */
export type Script = (frame: Record<string, unknown>, conn: Conn) => unknown[] | undefined;

export const ack = (frame: Record<string, unknown>, data: unknown = frame.params, time = 1_700_000_000_000) => ({
  id: frame.id,
  cmd: frame.cmd,
  success: true,
  time,
  data,
});

export const defaultScript: Script = (frame) => {
  if (frame.cmd === "PING") return [{ cmd: "PONG", success: true, time: Date.now() }];
  if (frame.cmd === "SUBSCRIBE" || frame.cmd === "UN_SUBSCRIBE") return [ack(frame)];
  return undefined;
};

export interface ScriptedServer {
  /** http://127.0.0.1:port: a REST base URL whose sockets are on the same origin. */
  httpUrl: string;
  wsUrl: string;
  conns: Conn[];
  /** Paths of upgrades refused by `accept`. */
  refused: string[];
  script: Script;
  /** Every frame received on any connection, in order. */
  received(): Record<string, unknown>[];
  /** Sends a frame to every open connection. */
  broadcast(frame: unknown): void;
  /** The latest connection. */
  last(): Conn;
  close(): Promise<void>;
}

export async function startScriptedServer(
  script: Script = defaultScript,
  options: {
    /** Refuse the upgrade (HTTP 401) when false, e.g. for an expired listen key. */ accept?: (path: string) => boolean;
  } = {},
): Promise<ScriptedServer> {
  const refused: string[] = [];
  const wss = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    verifyClient: (info: { req: { url?: string } }, done: (ok: boolean, code?: number) => void) => {
      const ok = options.accept?.(info.req.url ?? "") ?? true;
      if (!ok) refused.push(info.req.url ?? "");
      done(ok, 401);
    },
  });
  await once(wss, "listening");
  const { port } = wss.address() as AddressInfo;
  const server: ScriptedServer = {
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    conns: [],
    refused,
    script,
    received: () => server.conns.flatMap((c) => c.received),
    broadcast: (frame) => {
      for (const c of server.conns) if (c.ws.readyState === c.ws.OPEN) c.send(frame);
    },
    last: () => server.conns.at(-1)!,
    close: async () => {
      for (const c of server.conns) c.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
  wss.on("connection", (ws, req) => {
    const conn: Conn = {
      ws,
      path: req.url ?? "",
      received: [],
      send: (frame) => ws.send(typeof frame === "string" ? frame : JSON.stringify(frame)),
    };
    server.conns.push(conn);
    ws.on("message", (data) => {
      const frame = JSON.parse((data as Buffer).toString("utf8")) as Record<string, unknown>;
      conn.received.push(frame);
      for (const reply of server.script(frame, conn) ?? []) conn.send(reply);
    });
  });
  return server;
}

/** Polls until `check` returns something truthy (or throws after `ms`). */
export async function waitFor<T>(check: () => T | undefined | false, ms = 5000, what = "condition"): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sent frames with a given cmd. */
export const sent = (server: ScriptedServer, cmd: string) => server.received().filter((f) => f.cmd === cmd);
