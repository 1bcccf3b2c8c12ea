// The slice of node:http, node:zlib and Buffer that node-wire.ts uses, typed here so that the package
// needs no @types/node.
export interface NodeChunk {
  toString(enc: "utf8"): string;
}
export interface NodeReadable {
  on(event: "data", fn: (chunk: NodeChunk) => void): this;
  on(event: "end" | "close", fn: () => void): this;
  on(event: "error", fn: (err: Error) => void): this;
}
export interface NodeIncoming extends NodeReadable {
  statusCode?: number;
  statusMessage?: string;
  headers: Record<string, string | string[] | undefined>;
  complete: boolean;
  pipe<T>(destination: T): T;
}
export interface NodeClientRequest {
  on(event: "error", fn: (err: Error) => void): NodeClientRequest;
  end(body?: string): void;
  destroy(err?: Error): void;
}
export interface NodeRequestOptions {
  protocol: string;
  hostname: string;
  port: string | undefined;
  path: string;
  method: string;
  /** A flat list of names and values: node:http then writes it without checking each header one by one. */
  headers: string[];
  agent: unknown;
}
export interface NodeHttpModule {
  request(options: NodeRequestOptions, onResponse: (res: NodeIncoming) => void): NodeClientRequest;
  Agent: new (options: { keepAlive: boolean; timeout?: number }) => unknown;
}
export interface NodeZlib {
  createGunzip(): NodeReadable;
  createInflate(): NodeReadable;
  createBrotliDecompress(): NodeReadable;
}
export interface NodeBuffer {
  byteLength(text: string, enc: "utf8"): number;
  concat(chunks: NodeChunk[]): NodeChunk;
}
