import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { WebSocket } from "ws";
import { parseJsonLossless, type Json } from "../src/json.js";

/**
 * A plain `ws` client for the sandbox's streams, and a validator of every frame it receives against the
 * payload schemas of spec/asyncapi.yaml (Ajv, 2020-12 dialect; `./openapi.yaml` refs resolved into the
 * bundled OpenAPI document of @woox-sdk/types). Nothing here shares code with the stream server.
 */

type Raw = Record<string, unknown>;
const require = createRequire(import.meta.url);
const asyncapi = parse(
  readFileSync(fileURLToPath(new URL("../../../spec/asyncapi.yaml", import.meta.url)), "utf8"),
) as Raw;
const openapi = JSON.parse(readFileSync(require.resolve("@woox-sdk/types/openapi.json"), "utf8")) as Raw;

/** Rewrites the AsyncAPI document's refs so that Ajv finds both documents by id. */
function relink(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relink);
  if (node === null || typeof node !== "object") return node;
  const out: Raw = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string")
      out[k] = v.startsWith("./openapi.yaml#") ? v.replace("./openapi.yaml#", "openapi.json#") : `asyncapi.json${v}`;
    else out[k] = relink(v);
  }
  return out;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
ajv.addSchema({ $id: "openapi.json", ...openapi });
const components = asyncapi.components as { schemas: Raw; messages: Record<string, { payload: { $ref: string } }> };
ajv.addSchema({ $id: "asyncapi.json", components: relink({ schemas: components.schemas }) as Raw });

const compiled = new Map<string, ValidateFunction>();
function schemaValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (v === undefined) {
    if (!(name in components.schemas)) throw new Error(`spec/asyncapi.yaml has no schema ${name}`);
    v = ajv.getSchema(`asyncapi.json#/components/schemas/${name}`)!;
    compiled.set(name, v);
  }
  return v;
}

/** The payload schema of each topic family's push, read from the channel's message. */
const pushSchema = new Map<string, string>();
for (const [family, channel] of Object.entries(asyncapi.channels as Record<string, Raw>)) {
  if (channel["x-topic"] === undefined) continue;
  const [message] = Object.values(channel.messages as Record<string, { $ref: string }>);
  const name = message!.$ref.split("/").pop()!;
  pushSchema.set(family, components.messages[name]!.payload.$ref.split("/").pop()!);
}

/** The schema a frame must match: its topic family's push, or the reply its `cmd`/`success` name. */
export function schemaOf(frame: Raw): string {
  if (typeof frame.topic === "string") {
    const family = frame.topic.split("@")[0]!;
    const s = pushSchema.get(family);
    if (s === undefined) throw new Error(`no push schema for topic ${frame.topic}`);
    return s;
  }
  if (frame.success === false) return "CommandRejected";
  if (frame.cmd === "SUBSCRIBE") return "SubscribeAck";
  if (frame.cmd === "UN_SUBSCRIBE") return "UnsubscribeAck";
  if (frame.cmd === "PONG") return "Pong";
  if (frame.cmd === "PING") return "ServerPing";
  throw new Error(`a frame of no known kind: ${JSON.stringify(frame)}`);
}

/** Problems of one frame against the spec; empty when it conforms. */
export function frameProblems(text: string): string[] {
  const frame = JSON.parse(text) as Raw;
  const name = schemaOf(frame);
  const v = schemaValidator(name);
  if (v(frame)) return [];
  return (v.errors ?? []).map(
    (e) => `${name} ${e.instancePath || "(frame)"} ${e.message ?? e.keyword}: ${text.slice(0, 300)}`,
  );
}

export interface Frame {
  text: string;
  /** Parsed with the sandbox's lossless parser: ids above 2^53 stay exact (bigint). */
  json: Record<string, Json>;
}

/** A `ws` client that records every frame, checks each against the spec, and lets a test wait for one. */
export class StreamClient {
  readonly frames: Frame[] = [];
  readonly problems: string[] = [];
  readonly closed: Promise<{ code: number }>;
  private waiters: (() => void)[] = [];
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const text = data.toString("utf8");
      this.problems.push(...frameProblems(text));
      this.frames.push({ text, json: parseJsonLossless(text) as Record<string, Json> });
      for (const w of this.waiters) w();
    });
    this.closed = new Promise((resolve) => ws.on("close", (code) => resolve({ code })));
  }

  static open(url: string): Promise<StreamClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const client = new StreamClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("unexpected-response", (_req, res) =>
        reject(Object.assign(new Error(`upgrade refused: HTTP ${res.statusCode}`), { status: res.statusCode })),
      );
      ws.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Sends SUBSCRIBE and resolves with its reply. */
  async command(cmd: "SUBSCRIBE" | "UN_SUBSCRIBE", params: string[]): Promise<Record<string, Json>> {
    const id = String(this.nextId++);
    this.send({ id, cmd, params });
    return (await this.next((f) => f.json.id === id && f.json.cmd === cmd)).json;
  }

  /** The first frame from index `from` on that matches, waiting up to `ms` for it. */
  next(match: (f: Frame) => boolean, ms = 5000, from = 0): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const f = this.frames.slice(from).find(match);
        if (f === undefined) return false;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(f);
        return true;
      };
      const waiter = () => void check();
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `no matching frame within ${ms} ms; got ${this.frames.map((f) => f.text.slice(0, 120)).join("\n")}`,
          ),
        );
      }, ms);
      this.waiters.push(waiter);
      check();
    });
  }

  /** Pushes of one topic received so far. */
  pushes(topic: string): Frame[] {
    return this.frames.filter((f) => f.json.topic === topic);
  }

  close(): void {
    this.ws.close();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
