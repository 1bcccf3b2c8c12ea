import type {
  CommandId,
  CommandRejected,
  Pong,
  ServerPing,
  SubscribeAck,
  UnsubscribeAck,
} from "@woox-sdk/types/streams";
import { parseJsonLossless, stringifyJsonLossless } from "../json.js";

/**
 * The frames of the command envelope (spec/asyncapi.yaml, channel `connection`): what a client frame
 * asks for, and the replies, typed by the generated payload types so that a wrong reply does not compile.
 */

/** What one client frame asks for. */
export type Command =
  | { kind: "subscribe" | "unsubscribe"; id: CommandId | undefined; topics: string[] }
  | { kind: "ping" }
  | { kind: "pong" }
  | { kind: "invalid"; id: CommandId; cmd: string | undefined; message: string };

/** The refusal texts the spec records (observed live). */
export const INVALID_COMMAND = "Command type invalid!";
export const INVALID_REQUEST = "Invalid request.";

/**
 * Reads a client frame. Commands are matched without regard to case (a lower-case `subscribe` was
 * accepted live). A frame that is not JSON, not an object, or has no known `cmd` (a V2-shaped frame, say)
 * is refused with `cmd:"ERROR"`; a SUBSCRIBE/UN_SUBSCRIBE without a list of topic strings is refused
 * under its own `cmd`.
 */
export function parseCommand(text: string): Command {
  let frame: unknown;
  try {
    frame = parseJsonLossless(text);
  } catch {
    return { kind: "invalid", id: "", cmd: undefined, message: INVALID_REQUEST };
  }
  if (frame === null || typeof frame !== "object" || Array.isArray(frame))
    return { kind: "invalid", id: "", cmd: undefined, message: INVALID_REQUEST };
  const f = frame as Record<string, unknown>;
  const id = commandId(f.id);
  const cmd = typeof f.cmd === "string" ? f.cmd.toUpperCase() : undefined;
  if (cmd === "PING") return { kind: "ping" };
  if (cmd === "PONG") return { kind: "pong" };
  if (cmd === "SUBSCRIBE" || cmd === "UN_SUBSCRIBE") {
    const params = f.params;
    if (!Array.isArray(params) || params.length === 0 || !params.every((p) => typeof p === "string"))
      return { kind: "invalid", id: id ?? "", cmd, message: INVALID_COMMAND };
    return { kind: cmd === "SUBSCRIBE" ? "subscribe" : "unsubscribe", id, topics: params };
  }
  return { kind: "invalid", id: id ?? "", cmd: "ERROR", message: INVALID_COMMAND };
}

/**
 * The request id as the reply echoes it. The spec records ids coming back as strings even when a client
 * sent a number, so numbers are echoed as their digits; anything else is not an id.
 */
function commandId(v: unknown): CommandId | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  return undefined;
}

const withId = <T extends object>(id: CommandId | undefined, reply: T): T & { id?: CommandId } =>
  id === undefined ? reply : { id, ...reply };

export function subscribeAck(id: CommandId | undefined, topics: string[], time: number): string {
  const reply: SubscribeAck = withId(id, { cmd: "SUBSCRIBE" as const, success: true as const, time, data: topics });
  return stringifyJsonLossless(reply);
}

export function unsubscribeAck(id: CommandId | undefined, topics: string[], time: number): string {
  const reply: UnsubscribeAck = withId(id, {
    cmd: "UN_SUBSCRIBE" as const,
    success: true as const,
    time,
    data: topics,
  });
  return stringifyJsonLossless(reply);
}

export function commandRejected(id: CommandId, cmd: string, message: string, time: number): string {
  const reply: CommandRejected = { id, cmd, success: false, time, data: message };
  return stringifyJsonLossless(reply);
}

export function pong(time: number): string {
  const reply: Pong = { cmd: "PONG", success: true, time };
  return stringifyJsonLossless(reply);
}

export function serverPing(): string {
  const frame: ServerPing = { cmd: "PING" };
  return stringifyJsonLossless(frame);
}

/** A topic push: `{"topic", "ts" (send time), "data"}`, ids as exact integers. */
export function pushFrame(topic: string, ts: number, data: unknown): string {
  return stringifyJsonLossless({ topic, ts, data });
}
