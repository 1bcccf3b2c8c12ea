import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { operations as spec } from "@woox-sdk/types/operations";
import { authHeaders, int64Names, operations } from "../src/operations.gen.js";
import { createClientOver } from "../src/create-client.js";
import { Router, type OperationRow, type OperationTable } from "../src/routes.js";
import {
  MissingCredentialsError,
  WooxRequestError,
  type FetchLike,
  type RateLimitRule,
  type RequestEvent,
} from "../src/index.js";

// Every operation of the generated table, driven from the table itself: no case here names an
// operation, so an operation added to the spec is tested by adding it to the spec.

const BASE = "http://127.0.0.1:9";
const KEY = "test-key";
const SECRET = "test-secret-do-not-print";
const TS = 1700000000123;
const MARGIN_MS = 25;

interface Sent {
  method: string;
  url: string;
  body: string | undefined;
  headers: Headers;
}
type Raw = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown }>;

function setup(table: OperationTable = operations, extra: object = {}) {
  const sent: Sent[] = [];
  const fetch: FetchLike = (url, init) => {
    sent.push({ method: init.method!, url, body: init.body as string | undefined, headers: new Headers(init.headers) });
    return Promise.resolve(new Response(JSON.stringify({ success: true, data: {}, timestamp: TS }), { status: 200 }));
  };
  const client = createClientOver(table, {
    apiKey: KEY,
    apiSecret: SECRET,
    baseUrl: BASE,
    fetch,
    now: () => TS,
    rateLimit: false,
    ...extra,
  });
  const raw = (op: OperationRow) => (client as unknown as Record<string, Raw>)[op.method]!;
  return { client, raw, sent };
}

// A sample value for a field: an id where the spec says int64, else text that must be encoded on the way.
const sample = (name: string, variant = "A") => (int64Names.has(name) ? (variant === "A" ? 7 : 8) : `${variant} b'c`);
const encoded = (v: string | number) => encodeURIComponent(v).replaceAll("'", "%27");

/** A request each operation accepts: its path parameters, required query parameters, a body if it takes one. */
function requestFor(id: keyof typeof operations, keyValue = "A") {
  const meta = spec[id];
  const key: RateLimitRule["key"] = operations[id].rateLimit.key;
  const path: Record<string, unknown> = {};
  for (const name of meta.pathParams) path[name] = sample(name);
  const query: Record<string, unknown> = {};
  for (const q of meta.queryParams) if (q.required) query[q.name] = sample(q.name);
  const body: Record<string, unknown> | undefined = meta.body === "none" ? undefined : { note: "x" };
  if (key.scope === "field") (key.in === "query" ? query : body!)[key.name] = sample(key.name, keyValue);
  const hasQuery = Object.keys(query).length > 0;
  const init = { params: { path, ...(hasQuery ? { query } : {}) }, ...(body ? { body } : {}) };
  let filled: string = meta.path;
  for (const [name, v] of Object.entries(path)) filled = filled.replace(`{${name}}`, encoded(v as string));
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${encoded(v as string)}`)
    .join("&");
  return { init, target: search ? `${filled}?${search}` : filled, body: body && JSON.stringify(body) };
}

const ids = Object.keys(operations) as (keyof typeof operations)[];

describe("every operation of the table, through its raw call", () => {
  it("the table and the spec list the same operations", () => {
    expect(ids.sort()).toEqual(Object.keys(spec).sort());
  });

  for (const id of ids) {
    const op = operations[id];
    it(`${id}: ${op.method} ${op.path} reaches the wire as the spec says, signed iff private`, async () => {
      const { raw, sent } = setup();
      const { init, target, body } = requestFor(id);
      const out = await raw(op)(op.path, init);
      expect(out.error).toBeUndefined();
      expect(sent).toHaveLength(1);
      const s = sent[0]!;
      expect(s.method).toBe(op.method);
      expect(s.url).toBe(BASE + target);
      expect(s.body).toBe(body);
      expect(s.headers.get("content-type")).toBe(body === undefined ? null : "application/json");
      const names = Object.values(authHeaders);
      if (op.auth) {
        const signature = createHmac("sha256", SECRET)
          .update(`${TS}${op.method}${target}${body ?? ""}`)
          .digest("hex");
        expect(s.headers.get(authHeaders.apiKey)).toBe(KEY);
        expect(s.headers.get(authHeaders.apiTimestamp)).toBe(String(TS));
        expect(s.headers.get(authHeaders.apiSignature)).toBe(signature);
      } else {
        for (const h of names) expect(s.headers.get(h), h).toBeNull();
      }
    });

    it(`${id}: without credentials, ${op.auth ? "refused before sending" : "sent"}`, async () => {
      const { raw, sent } = setup(operations, { apiKey: undefined, apiSecret: undefined });
      const call = raw(op)(op.path, requestFor(id).init);
      if (op.auth) await expect(call).rejects.toBeInstanceOf(MissingCredentialsError);
      else await expect(call).resolves.toMatchObject({ data: { success: true } });
      expect(sent).toHaveLength(op.auth ? 0 : 1);
    });
  }
});

describe("every operation of the table, paced by its rate-limit key", () => {
  afterEach(() => vi.useRealTimers());

  for (const id of ids) {
    const op = operations[id];
    const { requests, perMs, key } = op.rateLimit;
    const byField = key.scope === "field";
    it(`${id}: ${requests} per ${perMs} ms per ${byField ? `${key.in} ${key.name}` : key.scope}`, async () => {
      vi.useFakeTimers({ now: 0 });
      const { raw, sent } = setup(operations, { rateLimit: { marginMs: MARGIN_MS } });
      const call = (keyValue: string) => raw(op)(op.path, requestFor(id, keyValue).init);
      const calls = Array.from({ length: requests + 1 }, () => call("A"));
      // Another value of the key field has a window of its own; without a key field it queues too.
      calls.push(call("B"));
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toHaveLength(requests + (byField ? 1 : 0));
      await vi.advanceTimersByTimeAsync(perMs + MARGIN_MS - 1);
      expect(sent).toHaveLength(requests + (byField ? 1 : 0));
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toHaveLength(requests + 2);
      await Promise.all(calls);
    });
  }
});

describe("a templated path (an edited table: the spec has none yet)", () => {
  const getWithdrawal: OperationRow = {
    method: "GET",
    path: "/v3/asset/wallet/withdraw/{withdrawId}",
    auth: true,
    rateLimit: { requests: 1, perMs: 1000, key: { scope: "account" } },
  };
  const table: OperationTable = { ...operations, getWithdrawal };
  afterEach(() => vi.restoreAllMocks());

  it("fills and encodes the parameter, signs the filled path, and looks the operation up once", async () => {
    const find = vi.spyOn(Router.prototype, "find");
    const events: RequestEvent[] = [];
    const { raw, sent } = setup(table, { hooks: { onRequest: (e: RequestEvent) => events.push(e) } });
    await raw(getWithdrawal)(getWithdrawal.path, { params: { path: { withdrawId: "w 1/2" } } });
    const target = "/v3/asset/wallet/withdraw/w%201%2F2";
    expect(sent[0]!.url).toBe(BASE + target);
    expect(sent[0]!.headers.get(authHeaders.apiSignature)).toBe(
      createHmac("sha256", SECRET).update(`${TS}GET${target}`).digest("hex"),
    );
    expect(events).toMatchObject([{ operationId: "getWithdrawal", path: target }]);
    expect(find).toHaveBeenCalledOnce();
  });

  it("resolves a concrete path to the templated operation: reported and paced as it", async () => {
    vi.useFakeTimers({ now: 0 });
    const events: RequestEvent[] = [];
    const { raw, sent } = setup(table, {
      rateLimit: { marginMs: 0 },
      hooks: { onRequest: (e: RequestEvent) => events.push(e) },
    });
    const calls = [1, 2].map(() => raw(getWithdrawal)("/v3/asset/wallet/withdraw/77"));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    await Promise.all(calls);
    expect(events.map((e) => e.operationId)).toEqual(["getWithdrawal", "getWithdrawal"]);
    expect(sent[0]!.headers.get(authHeaders.apiSignature)).toBe(
      createHmac("sha256", SECRET).update(`${TS}GET/v3/asset/wallet/withdraw/77`).digest("hex"),
    );
    vi.useRealTimers();
  });

  it("refuses a missing parameter, or one that is not a path segment, before sending", async () => {
    const { raw, sent } = setup(table);
    for (const withdrawId of [undefined, "", ".", ".."]) {
      await expect(raw(getWithdrawal)(getWithdrawal.path, { params: { path: { withdrawId } } })).rejects.toBeInstanceOf(
        WooxRequestError,
      );
    }
    await expect(raw(getWithdrawal)(getWithdrawal.path, { params: { path: {} } })).rejects.toThrow(
      /^path\.withdrawId: is required/,
    );
    expect(sent).toHaveLength(0);
  });
});
