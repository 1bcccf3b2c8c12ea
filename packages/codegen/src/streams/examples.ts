import { Ajv, type ErrorObject } from "ajv";
import { SpecError } from "../load.js";
import type { AsyncApiSpec } from "./load.js";
import type { TopicModel } from "./topics.js";

type Raw = Record<string, unknown>;

// AsyncAPI 3.0 schema objects are draft-07 based; the parser leaves its own `x-parser-*` keys in them.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    const extra =
      e.keyword === "required" ? "" : e.keyword === "enum" ? ` ${JSON.stringify(e.params.allowedValues)}` : "";
    seen.add(`${e.instancePath || "(payload)"} ${e.message ?? e.keyword}${extra}`);
  }
  return [...seen].join("; ");
}

/** The value at `$message.payload#/data/s` in an example payload. */
function atLocation(payload: unknown, location: string): unknown {
  const prefix = "$message.payload#/";
  if (!location.startsWith(prefix)) return undefined;
  let node = payload;
  for (const k of location.slice(prefix.length).split("/")) {
    node = node !== null && typeof node === "object" ? (node as Raw)[k] : undefined;
  }
  return node;
}

/**
 * Every message of components.messages has a payload, and every example of it validates against that
 * payload as the parser resolved it (refs into openapi.yaml included); the AsyncAPI parser itself does
 * not look at examples. Every message has at least one; a push's example must also spell a topic of its
 * channel and carry in `data` the parameter values the topic names (`location`).
 */
export function checkMessages(spec: AsyncApiSpec, topics: TopicModel[]): void {
  const byMessage = new Map(topics.map((t) => [t.message, t]));
  const messages = ((spec.raw.components as Raw).messages ?? {}) as Record<string, Raw>;
  for (const [name, raw] of Object.entries(messages)) {
    const where = ["components", "messages", name];
    if (raw.payload === undefined) throw new SpecError(`${spec.at(where)}: message has no payload`);
    const parsed = spec.document.components().messages().get(name);
    const schema = parsed?.payload()?.json();
    if (schema === undefined) throw new SpecError(`${spec.at(where)}: the parser found no payload schema`);
    const validate = ajv.compile(schema as object);
    const examples = (raw.examples as Raw[] | undefined) ?? [];
    const topic = byMessage.get(name);
    if (examples.length === 0) throw new SpecError(`${spec.at(where)}: a message needs at least one example`);
    const topicRe = topic && new RegExp(topic.regex);
    examples.forEach((ex, i) => {
      const label = `${spec.at([...where, "examples", i])}${typeof ex.name === "string" ? ` (${ex.name})` : ""}`;
      if (!validate(ex.payload))
        throw new SpecError(`${label}: example does not match the payload: ${describeErrors(validate.errors)}`);
      if (topic === undefined || topicRe === undefined) return;
      const t = (ex.payload as Raw).topic;
      const m = typeof t === "string" ? topicRe.exec(t) : null;
      if (m === null)
        throw new SpecError(`${label}: topic ${JSON.stringify(t)} does not match ${topic.x.pattern} (${topic.regex})`);
      for (const p of topic.params) {
        const value = p.location === undefined ? undefined : atLocation(ex.payload, p.location);
        const text = typeof value === "string" ? value : JSON.stringify(value);
        if (value !== undefined && text !== m.groups?.[p.name])
          throw new SpecError(
            `${label}: ${p.location} is ${JSON.stringify(value)} but the topic says ${JSON.stringify(m.groups?.[p.name])}`,
          );
      }
    });
  }
}
