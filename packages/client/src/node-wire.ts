/**
 * The node:http wire. Node's global `fetch` builds a WHATWG Request, Headers and body streams for every
 * call, which on loopback costs far more than signing and parsing together; node:http writes the string
 * to the socket. The modules are reached through process.getBuiltinModule, so nothing here imports a
 * node: module, and the transport loads this file with import() only in Node: a browser bundle puts it
 * in a chunk that is never fetched.
 */
import { hasHeader, type HeaderReader, type Wire, type WireResponse } from "./wire.js";
import { builtin, isNode } from "./runtime.js";
import type {
  NodeBuffer,
  NodeChunk,
  NodeClientRequest,
  NodeHttpModule,
  NodeIncoming,
  NodeReadable,
  NodeRequestOptions,
  NodeZlib,
} from "./node-types.js";

/** Idle sockets are closed after this long (and sooner when the server's Keep-Alive header says so). */
const IDLE_SOCKET_MS = 30_000;

/**
 * The node:http wire, or undefined outside Node (in browsers there is no process.getBuiltinModule).
 * One keep-alive Agent per protocol and per wire, created on first use; idle sockets do not keep the
 * process alive.
 */
export function nodeWire(): Wire | undefined {
  if (!isNode()) return undefined;
  const http = builtin<NodeHttpModule>("node:http");
  const Buf = (globalThis as unknown as { Buffer?: NodeBuffer }).Buffer;
  if (typeof http?.request !== "function" || typeof http.Agent !== "function" || !Buf) return undefined;
  let https: NodeHttpModule | undefined;
  const agents = new Map<string, unknown>();
  const agentFor = (mod: NodeHttpModule, protocol: string) => {
    let agent = agents.get(protocol);
    if (agent === undefined) {
      agent = new mod.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
      agents.set(protocol, agent);
    }
    return agent;
  };

  return (req) =>
    new Promise<WireResponse>((resolve, reject) => {
      const { origin } = req;
      let mod = http;
      if (origin.protocol === "https:") {
        https ??= builtin<NodeHttpModule>("node:https");
        if (!https) return reject(new TypeError("node:https is not available in this runtime"));
        mod = https;
      }
      // Cancellation is watched here rather than handed to node:http as a signal, whose handling (an
      // end-of-stream watcher per request) costs more than the rest of the request's setup.
      const cancel = req.cancel;
      if (cancel?.aborted) return reject(abortError(cancel.reason));
      let request: NodeClientRequest | undefined;
      let settled = false;
      const settle = () => {
        if (settled) return false;
        settled = true;
        cancel?.onAbort(undefined);
        return true;
      };
      // Any failure also ends the request, so that its socket is not handed out again.
      const fail = (err: Error) => {
        if (!settle()) return;
        reject(err);
        request?.destroy();
      };
      cancel?.onAbort(() => fail(abortError(cancel.reason)));

      // With a list, node:http adds no Host header of its own. Like fetch, offer compression (large
      // lists travel faster) and inflate what comes back.
      const headers = ["host", origin.host];
      if (!hasHeader(req.headers, "accept-encoding")) headers.push("accept-encoding", "gzip, deflate, br");
      for (const h of req.headers) headers.push(h);
      if (req.body !== undefined) headers.push("content-length", String(Buf.byteLength(req.body, "utf8")));
      const options: NodeRequestOptions = {
        protocol: origin.protocol,
        // URL keeps IPv6 literals in brackets; node:http wants them bare.
        hostname: origin.hostname.startsWith("[") ? origin.hostname.slice(1, -1) : origin.hostname,
        port: origin.port || undefined,
        path: req.path,
        method: req.method,
        headers,
        agent: agentFor(mod, origin.protocol),
      };
      try {
        request = mod.request(options, (res) => {
          res.on("error", fail);
          res.on("close", () => {
            if (!res.complete)
              fail(
                Object.assign(new Error("the connection closed before the whole response arrived"), {
                  code: "ECONNRESET",
                }),
              );
          });
          let body: NodeReadable = res;
          const encoding = res.headers["content-encoding"];
          if (typeof encoding === "string" && encoding !== "identity") {
            const inflate = decoder(encoding.trim().toLowerCase());
            if (!inflate) return fail(new TypeError(`cannot decode a response with content-encoding "${encoding}"`));
            body = res.pipe(inflate);
            body.on("error", fail);
          }
          // Decoded once at the end, so that a character split between chunks is read whole.
          const chunks: NodeChunk[] = [];
          body.on("data", (chunk) => {
            chunks.push(chunk);
          });
          body.on("end", () => {
            if (!settle()) return;
            try {
              const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buf.concat(chunks).toString("utf8");
              resolve(new NodeWireResponse(res, text));
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          });
        });
      } catch (err) {
        return fail(err as Error);
      }
      request.on("error", fail);
      request.end(req.body);
    });
}

let zlib: NodeZlib | undefined;
function decoder(encoding: string): NodeReadable | undefined {
  zlib ??= builtin<NodeZlib>("node:zlib");
  if (!zlib) return undefined;
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip();
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  return undefined;
}

/** What fetch rejects with on abort: an error named AbortError, with the abort's reason as its cause. */
function abortError(reason: unknown): Error {
  return Object.assign(new Error("This operation was aborted", { cause: reason }), {
    name: "AbortError",
    code: "ABORT_ERR",
  });
}

/** Node's header record (lowercase names, repeated headers already joined) read as `Headers` would. */
class NodeHeaders implements HeaderReader {
  constructor(private readonly record: NodeIncoming["headers"]) {}

  get(name: string): string | null {
    const v = this.record[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, v] of Object.entries(this.record)) {
      if (v !== undefined) callback(Array.isArray(v) ? v.join(", ") : v, name);
    }
  }
}

class NodeWireResponse implements WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: NodeHeaders;

  constructor(
    private readonly res: NodeIncoming,
    readonly body: string,
  ) {
    this.status = res.statusCode ?? 0;
    // What `new Response` would refuse, refused now rather than when a caller first reads `response`.
    if (!(this.status >= 200 && this.status <= 599)) throw new RangeError(`unexpected HTTP status ${this.status}`);
    this.ok = this.status <= 299;
    this.headers = new NodeHeaders(res.headers);
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  /** A body-less Response with the status and headers, like a fetch Response whose body was read. */
  toResponse(): Response {
    const headers = new Headers();
    for (const name in this.res.headers) {
      const v = this.res.headers[name];
      if (typeof v === "string") headers.append(name, v);
      else if (v) for (const one of v) headers.append(name, one);
    }
    return new Response(null, { status: this.status, statusText: this.res.statusMessage ?? "", headers });
  }
}
