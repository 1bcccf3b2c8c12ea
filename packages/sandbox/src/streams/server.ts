import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { listenKey, servers } from "@woox-sdk/types/streams";
import { WebSocketServer, type WebSocket } from "ws";
import type { Exchange } from "../engine/exchange.js";
import type { FaultInjector } from "../http/faults.js";
import { StreamConnection, type ConnectionHost } from "./connection.js";
import { PublicFeeds } from "./feeds.js";
import { resolveStreamOptions, type ResolvedStreamOptions, type StreamOptions } from "./options.js";
import { PrivateStreams } from "./private-feed.js";
import type { Scope } from "./topics.js";

/** The socket paths, as the spec's servers name them (`/v3/public`, `/v3/private`). */
const PATHS: ReadonlyMap<string, Scope> = new Map(
  Object.values(servers).map((s) => [new URL(s.url).pathname, s.scope] as [string, Scope]),
);

/**
 * The V3 WebSocket streams on the sandbox's own HTTP port: `/v3/public` for market data and
 * `/v3/private?key=<listenKey>` for one account's data. The listen key (POST /v3/account/listenKey) is
 * the whole authentication, as on the exchange. How the exchange refuses a bad key is not documented;
 * the sandbox answers the upgrade with HTTP 401 and a one-line reason, and never opens the socket.
 */
export class StreamServer {
  // No compression, as observed live; frames over 1 MiB (the HTTP body limit too) close the socket.
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 1 << 20 });
  private readonly connections = new Set<StreamConnection>();
  private readonly feeds: PublicFeeds;
  private readonly accounts: PrivateStreams;
  private readonly host: ConnectionHost;
  readonly options: ResolvedStreamOptions;

  constructor(
    private readonly exchange: Exchange,
    faults: FaultInjector,
    options?: StreamOptions,
  ) {
    this.options = resolveStreamOptions(options);
    this.feeds = new PublicFeeds(exchange, faults, this.options.pushIntervalMs);
    this.accounts = new PrivateStreams(exchange);
    this.host = {
      exchange,
      faults,
      options: this.options,
      follow: (conn, topic) => {
        if (conn.scope === "public") this.feeds.follow(conn, topic);
      },
      unfollow: (conn, topic) => {
        if (conn.scope === "public") this.feeds.unfollow(conn, topic);
      },
      closed: (conn) => {
        this.connections.delete(conn);
        for (const t of conn.topics) this.feeds.unfollow(conn, t);
        if (conn.scope === "private") this.accounts.remove(conn);
      },
    };
  }

  /** Handles an HTTP upgrade request of the sandbox's port. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const scope = PATHS.get(url.pathname);
    if (scope === undefined) return refuse(socket, 404, "Not Found", `no stream at ${url.pathname}`);
    let account: string | undefined;
    if (scope === "private") {
      const key = url.searchParams.get(listenKey.queryParameter);
      account = key === null ? undefined : this.exchange.listenKeys.resolve(key);
      if (account === undefined) {
        const reason =
          key === null
            ? `the private stream needs ?${listenKey.queryParameter}=<listenKey> (POST ${listenKey.create.path})`
            : "the listen key is unknown, expired or replaced by a newer one";
        return refuse(socket, 401, "Unauthorized", reason);
      }
    }
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const conn = new StreamConnection(ws, scope, account, this.host);
      this.connections.add(conn);
      if (scope === "private") this.accounts.add(conn);
    });
  }

  /** A REST order book snapshot of `symbol` goes out with `timestamp` = `at` (see BookChain). */
  anchorBook(symbol: string, at: number): void {
    this.feeds.anchorBook(symbol, at);
  }

  /** Drops every socket and stops every feed. */
  close(): void {
    for (const c of [...this.connections]) c.drop();
    this.feeds.close();
    this.accounts.close();
    this.wss.close();
  }
}

function refuse(socket: Duplex, status: number, text: string, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
