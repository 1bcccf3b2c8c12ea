import { SpecError } from "../load.js";
import type { AsyncApiSpec } from "./load.js";
import { checkOperationRef } from "./openapi-ops.js";
import type { Schema, SchemaSet } from "./schema.js";
import { xTopicProblems, type XTopic } from "./x-topic.js";

export interface TopicParam {
  name: string;
  enum?: string[];
  /** Regex source for one value, built from `x-schema` (enum, full pattern, prefix patterns). */
  regex: string;
  /** The value's TypeScript template-literal fragment, e.g. `${"50" | "200" | "500"}`. */
  tsTemplate: string;
  /** `$message.payload#/data/s`: where the value reappears in a push. */
  location?: string;
}

export interface TopicModel {
  family: string;
  x: XTopic;
  params: TopicParam[];
  /** components.messages key of the push, and its payload schema (`<Name>Push`). */
  message: string;
  payload: string;
  /** `<Name>Topic`: the topic's template-literal type. */
  typeName: string;
  /** The whole topic, `^family@(?<symbol>…)@(?<depth>…)$`. */
  regex: string;
  /** The payload's `topic` pattern also admits the bare family name (openinterest, see its x-uncertain). */
  bareFamily: boolean;
}

type Raw = Record<string, unknown>;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const MSG = "#/components/messages/";
const PARAM = "#/components/parameters/";
const LOCAL = "#/components/schemas/";

function component(raw: Raw, ref: unknown, prefix: string, at: string): [string, Raw] {
  if (typeof ref !== "string" || !ref.startsWith(prefix))
    throw new SpecError(`${at}: expected a $ref to ${prefix}<name>`);
  const name = ref.slice(prefix.length);
  const kind = prefix.split("/")[2]!;
  const target = ((raw.components as Raw)[kind] as Raw | undefined)?.[name];
  if (target === undefined) throw new SpecError(`${at}: ${ref} does not exist`);
  return [name, target as Raw];
}

/** The regex of one parameter value, from its `x-schema` (enum, a full pattern, prefix patterns). */
function paramRegex(schemas: SchemaSet, s: Schema, at: string): { regex: string; enum?: string[] } {
  const lookaheads: string[] = [];
  let full: string | undefined;
  let values: string[] | undefined;
  const walk = (x: Schema, origin: "asyncapi" | "openapi"): void => {
    const d = schemas.deref(x, origin);
    if (Array.isArray(d.schema.enum)) values = d.schema.enum.map(String);
    const p = d.schema.pattern;
    if (p !== undefined) {
      if (!p.startsWith("^")) throw new SpecError(`${at}: pattern ${p} must be anchored with ^`);
      if (p.endsWith("$")) full = p.slice(1, -1);
      else lookaheads.push(`(?=${p.slice(1)})`);
    }
    for (const m of d.schema.allOf ?? []) walk(m, d.origin);
  };
  walk(s, "asyncapi");
  const body = values ? `(?:${values.map(escapeRe).join("|")})` : (full ?? "[^@]+");
  return { regex: `${lookaheads.join("")}${body}`, ...(values ? { enum: values } : {}) };
}

function templateOf(param: Raw, values: string[] | undefined, at: string): string {
  const t = param["x-ts-template"];
  if (t !== undefined) {
    if (typeof t !== "string" || t.includes("`"))
      throw new SpecError(`${at}.x-ts-template: must be a string without backticks`);
    return t;
  }
  return values ? `\${${values.map((v) => JSON.stringify(v)).join(" | ")}}` : "${string}";
}

/** The properties a push's `data` carries (for arrays, its items'), to check x-topic field names. */
function dataFields(schemas: SchemaSet, payload: string, x: XTopic, at: string): Set<string> {
  const shape = x.dataShape;
  const view = schemas.objectView({ $ref: `${LOCAL}${payload}` }, "asyncapi");
  const data = view?.properties.get("data");
  if (view === undefined || data === undefined || !view.required.has("data"))
    throw new SpecError(`${at}: payload ${payload} must be an object with a required "data"`);
  const d = schemas.deref(data.schema, data.origin);
  const isArray = d.schema.type === "array";
  if (isArray !== (shape === "array"))
    throw new SpecError(
      `${at}.x-topic.dataShape: is ${shape} but ${payload}.data is ${isArray ? "an array" : "not an array"}`,
    );
  let target = isArray ? { schema: d.schema.items ?? {}, origin: d.origin } : d;
  if (x.itemsField !== undefined) {
    const items = schemas.objectView(target.schema, target.origin)?.properties.get(x.itemsField);
    const list = items && schemas.deref(items.schema, items.origin);
    if (list?.schema.type !== "array" || list.schema.items === undefined)
      throw new SpecError(`${at}.x-topic.itemsField: ${payload}.data.${x.itemsField} must be an array`);
    target = { schema: list.schema.items, origin: list.origin };
  }
  const fields = new Set<string>();
  const collect = (s: Schema, origin: "asyncapi" | "openapi"): void => {
    const v = schemas.objectView(s, origin);
    if (v) for (const k of v.properties.keys()) fields.add(k);
    const r = schemas.deref(s, origin);
    for (const m of [...(r.schema.anyOf ?? []), ...(r.schema.oneOf ?? [])]) collect(m, r.origin);
  };
  collect(target.schema, target.origin);
  return fields;
}

function serverScopes(raw: Raw, channel: Raw, at: string): Set<string> {
  const scopes = new Set<string>();
  for (const [i, s] of ((channel.servers as Raw[] | undefined) ?? []).entries()) {
    const ref = s.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/servers/"))
      throw new SpecError(`${at}.servers[${i}]: expected a $ref to #/servers/<name>`);
    const server = (raw.servers as Raw)[ref.slice("#/servers/".length)] as Raw;
    scopes.add(server.security === undefined ? "public" : "private");
  }
  return scopes;
}

/**
 * The topic table: one entry per channel with an address, its `x-topic` validated (shape, agreement
 * with the address, parameters, servers and payload) and its REST references checked against
 * spec/openapi.yaml. Every problem is a SpecError naming the line and path.
 */
export function collectTopics(spec: AsyncApiSpec, schemas: SchemaSet, ops: Map<string, Set<string>>): TopicModel[] {
  const raw = spec.raw;
  const topics: TopicModel[] = [];
  for (const [key, channel] of Object.entries(raw.channels as Record<string, Raw>)) {
    const where = ["channels", key];
    const at = spec.at(where);
    const address = channel.address as string | null | undefined;
    if (address === null || address === undefined) {
      if (channel["x-topic"] !== undefined)
        throw new SpecError(`${at}: a channel without address cannot carry x-topic`);
      continue;
    }
    const x = channel["x-topic"] as XTopic | undefined;
    if (x === undefined) throw new SpecError(`${at}: a topic channel needs x-topic`);
    const bad = xTopicProblems(x);
    if (bad !== undefined) throw new SpecError(`${spec.at([...where, "x-topic"])}: ${bad}`);
    const xat = (...rest: string[]) => spec.at([...where, "x-topic", ...rest]);
    if (x.pattern !== address) throw new SpecError(`${xat("pattern")}: must equal the address ${address}`);
    const family = address.split("@")[0]!;
    if (x.name !== family || key !== family)
      throw new SpecError(`${xat("name")}: name and channel key must be the topic family "${family}"`);
    const placeholders = [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (placeholders.join() !== x.params.join())
      throw new SpecError(
        `${xat("params")}: must list the address placeholders in order: [${placeholders.join(", ")}]`,
      );
    const scopes = serverScopes(raw, channel, at);
    if (scopes.size !== 1 || !scopes.has(x.scope))
      throw new SpecError(
        `${xat("scope")}: is ${x.scope} but the channel's servers are ${[...scopes].join(" and ") || "none"}`,
      );

    const params: TopicParam[] = placeholders.map((name) => {
      const pat = spec.at([...where, "parameters", name]);
      const ref = (channel.parameters as Record<string, Raw> | undefined)?.[name];
      if (ref === undefined) throw new SpecError(`${pat}: the address names {${name}} but no parameter defines it`);
      const [, param] = ref.$ref === undefined ? ["", ref] : component(raw, ref.$ref, PARAM, pat);
      const xs = param["x-schema"] as Schema | undefined;
      if (xs === undefined) throw new SpecError(`${pat}: parameter needs x-schema (the value's schema)`);
      const { regex, enum: values } = paramRegex(schemas, xs, pat);
      const declared = param.enum as string[] | undefined;
      if (declared !== undefined && declared.join() !== (values ?? []).join())
        throw new SpecError(
          `${pat}: enum [${declared.join(", ")}] differs from its x-schema [${(values ?? []).join(", ")}]`,
        );
      const location = typeof param.location === "string" ? param.location : undefined;
      return {
        name,
        regex,
        tsTemplate: templateOf(param, values, pat),
        ...(values ? { enum: values } : {}),
        ...(location ? { location } : {}),
      };
    });
    let regex = escapeRe(address);
    for (const p of params) regex = regex.replace(escapeRe(`{${p.name}}`), `(?<${p.name}>${p.regex})`);

    const messages = Object.entries((channel.messages as Record<string, Raw> | undefined) ?? {});
    if (messages.length !== 1) throw new SpecError(`${at}.messages: a topic channel carries exactly one push message`);
    const [message, msg] = component(raw, messages[0]![1].$ref, MSG, spec.at([...where, "messages"]));
    const mat = spec.at(["components", "messages", message]);
    if (msg.payload === undefined) throw new SpecError(`${mat}: message has no payload`);
    const payloadRef = (msg.payload as Raw).$ref;
    if (typeof payloadRef !== "string" || !payloadRef.startsWith(LOCAL) || !payloadRef.endsWith("Push"))
      throw new SpecError(`${mat}.payload: a push payload must be a $ref to ${LOCAL}<Name>Push`);
    const payload = payloadRef.slice(LOCAL.length);
    const fields = dataFields(schemas, payload, x, at);
    const named = [x.symbolField, ...x.keyFields, x.versionField, x.sequence?.prevField, x.sequence?.currentField];
    for (const f of named)
      if (f != null && !fields.has(f))
        throw new SpecError(
          `${xat()}: field "${f}" is not a property of ${payload}.data${x.itemsField ? `.${x.itemsField}[]` : ""}`,
        );

    const interval = x.pushIntervalMs;
    if (interval !== null && typeof interval === "object") {
      const p = params.find((q) => q.name === interval.param);
      if (p?.enum === undefined || Object.keys(interval.values).sort().join() !== [...p.enum].sort().join())
        throw new SpecError(
          `${xat("pushIntervalMs")}: values must give one interval per value of the parameter ${interval.param}`,
        );
    }
    const seed = x.sequence?.seed;
    if (seed !== undefined) {
      for (const v of Object.values(seed.query)) {
        const m = /^\{(\w+)\}$/.exec(v);
        if (m && !x.params.includes(m[1]!))
          throw new SpecError(`${xat("sequence", "seed", "query")}: {${m[1]}} is not a topic parameter`);
      }
      checkOperationRef(
        ops,
        xat("sequence", "seed"),
        seed.operationId,
        Object.keys(seed.query),
        seed["x-openapi-missing"],
      );
    }
    for (const id of x.reconcile?.operationIds ?? []) checkOperationRef(ops, xat("reconcile"), id, [], undefined);

    const topicSchema = schemas.objectView({ $ref: `${LOCAL}${payload}` }, "asyncapi")?.properties.get("topic");
    const topicPattern = topicSchema && schemas.deref(topicSchema.schema, topicSchema.origin).schema.pattern;
    topics.push({
      family,
      x,
      params,
      message,
      payload,
      typeName: `${payload.slice(0, -"Push".length)}Topic`,
      regex: `^${regex}$`,
      bareFamily: topicPattern !== undefined && new RegExp(topicPattern).test(family),
    });
  }
  const payloads = new Set(topics.map((t) => t.payload));
  if (payloads.size !== topics.length)
    throw new SpecError(`spec/asyncapi.yaml: each topic needs its own <Name>Push payload schema`);
  return topics;
}
