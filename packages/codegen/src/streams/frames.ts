import { SpecError } from "../load.js";
import type { AsyncApiSpec } from "./load.js";
import type { TopicModel } from "./topics.js";

type Raw = Record<string, unknown>;

/** Payload schema names of the frames each side sends, read from the operations (server's view). */
export interface Frames {
  /** What a client sends: messages the server receives, and replies to what the server sends. */
  client: string[];
  /** Non-push frames the server sends: replies to commands, refusals, its own pings. */
  control: string[];
}

/** `#/channels/<c>/messages/<m>` → the payload schema name of that message. */
function payloadOf(spec: AsyncApiSpec, ref: unknown, at: string): { payload: string; channel: string } {
  const m = typeof ref === "string" ? /^#\/channels\/([^/]+)\/messages\/([^/]+)$/.exec(ref) : null;
  if (m === null) throw new SpecError(`${at}: expected a $ref to #/channels/<channel>/messages/<message>`);
  const channels = spec.raw.channels as Record<string, Raw>;
  const msgRef = (channels[m[1]!]?.messages as Record<string, Raw> | undefined)?.[m[2]!]?.$ref;
  const name = typeof msgRef === "string" ? msgRef.slice("#/components/messages/".length) : "";
  const msg = ((spec.raw.components as Raw).messages as Record<string, Raw>)[name];
  const payload = (msg?.payload as Raw | undefined)?.$ref;
  if (typeof payload !== "string" || !payload.startsWith("#/components/schemas/"))
    throw new SpecError(`${at}: the message's payload must be a $ref to #/components/schemas/<name>`);
  return { payload: payload.slice("#/components/schemas/".length), channel: m[1]! };
}

export function collectFrames(spec: AsyncApiSpec, topics: TopicModel[]): Frames {
  const pushes = new Set(topics.map((t) => t.family));
  const client = new Set<string>();
  const control = new Set<string>();
  for (const [id, op] of Object.entries((spec.raw.operations ?? {}) as Record<string, Raw>)) {
    const at = spec.at(["operations", id]);
    const own = ((op.messages as Raw[] | undefined) ?? []).map((m, i) =>
      payloadOf(spec, m.$ref, `${at}.messages[${i}]`),
    );
    const reply = (((op.reply as Raw | undefined)?.messages as Raw[] | undefined) ?? []).map((m, i) =>
      payloadOf(spec, m.$ref, `${at}.reply.messages[${i}]`),
    );
    const [fromServer, fromClient] = op.action === "send" ? [own, reply] : [reply, own];
    for (const f of fromServer) if (!pushes.has(f.channel)) control.add(f.payload);
    for (const f of fromClient) client.add(f.payload);
  }
  for (const t of topics) {
    const sent = Object.values((spec.raw.operations ?? {}) as Record<string, Raw>).some(
      (op) => op.action === "send" && (op.channel as Raw | undefined)?.$ref === `#/channels/${t.family}`,
    );
    if (!sent) throw new SpecError(`${spec.at(["channels", t.family])}: no send operation pushes this topic`);
  }
  return { client: [...client], control: [...control] };
}
