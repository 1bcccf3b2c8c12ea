/**
 * From the socket's text to a typed frame. JSON is read with the REST client's lossless parser, so ids
 * beyond 2^53 (`oid`, `aid`, `cid`, …) arrive as exact bigint, and ids sent as digit strings become
 * numbers (bigint when large) like in REST answers; the fields are the spec's (`int64Fields`). Then
 * every frame goes through the generated guard of its kind: extra fields and unknown enum values pass,
 * a frame that is not what the spec describes is reported, never thrown.
 */
import { parseJson } from "@woox-sdk/client";
import {
  int64Fields,
  isCommandRejected,
  isPong,
  isServerPing,
  isSubscribeAck,
  isUnsubscribeAck,
  pushGuards,
  topics,
  type CommandRejected,
  type PushFrame,
  type SubscribeAck,
  type TopicFamily,
  type UnsubscribeAck,
} from "@woox-sdk/types/streams";

export type Decoded =
  | { kind: "push"; family: TopicFamily; frame: PushFrame }
  /** A push of a known family that its guard refused. */
  | { kind: "invalid-push"; family: TopicFamily; topic: string; ts: number | undefined; frame: unknown }
  | { kind: "subscribed"; frame: SubscribeAck }
  | { kind: "unsubscribed"; frame: UnsubscribeAck }
  | { kind: "refused"; frame: CommandRejected }
  | { kind: "pong" }
  | { kind: "ping" }
  /** Not JSON, or neither a reply nor a push of a known topic family. `id` if it carried one. */
  | { kind: "unknown"; reason: string; frame: unknown; id: string | undefined };

const DIGITS = /^-?\d+$/;

/** Digit strings in the spec's int64 fields become numbers, or bigint beyond 2^53 (in place). */
export function normalizeInt64(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === "object" && v !== null) normalizeInt64(v);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === "string") {
      if (int64Fields.has(k) && DIGITS.test(v)) {
        const n = Number(v);
        obj[k] = Number.isSafeInteger(n) ? n : BigInt(v);
      }
    } else if (typeof v === "object" && v !== null) normalizeInt64(v);
  }
}

/** The text of a message event: browsers and `ws` give strings; binary frames are read as UTF-8. */
export function frameText(data: unknown): string | undefined {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return undefined;
}

const idOf = (frame: Record<string, unknown>): string | undefined =>
  typeof frame.id === "string" || typeof frame.id === "number" || typeof frame.id === "bigint"
    ? String(frame.id)
    : undefined;

export function decodeFrame(text: string): Decoded {
  let frame: unknown;
  try {
    frame = parseJson(text);
  } catch {
    return { kind: "unknown", reason: "not JSON", frame: text, id: undefined };
  }
  if (typeof frame !== "object" || frame === null || Array.isArray(frame))
    return { kind: "unknown", reason: "not a JSON object", frame, id: undefined };
  normalizeInt64(frame);
  const obj = frame as Record<string, unknown>;
  if ("cmd" in obj) {
    if (isPong(frame)) return { kind: "pong" };
    if (isSubscribeAck(frame)) return { kind: "subscribed", frame };
    if (isUnsubscribeAck(frame)) return { kind: "unsubscribed", frame };
    if (isCommandRejected(frame)) return { kind: "refused", frame };
    if (isServerPing(frame)) return { kind: "ping" };
    return { kind: "unknown", reason: "a command reply of an unknown shape", frame, id: idOf(obj) };
  }
  if (typeof obj.topic !== "string")
    return { kind: "unknown", reason: "neither a command reply nor a push", frame, id: undefined };
  const family = obj.topic.split("@", 1)[0]!;
  if (!Object.hasOwn(topics, family))
    return { kind: "unknown", reason: `a push of an unknown topic family "${family}"`, frame, id: undefined };
  const f = family as TopicFamily;
  if ((pushGuards[f] as (v: unknown) => boolean)(frame)) return { kind: "push", family: f, frame: frame as PushFrame };
  const ts = typeof obj.ts === "number" ? obj.ts : undefined;
  return { kind: "invalid-push", family: f, topic: obj.topic, ts, frame };
}
