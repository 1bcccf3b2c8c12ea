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
// A URL parser percent-encodes `'` in a query string but leaves it in a path, so the client writes each
// the way the parser would leave it (then the signed text is the text on the wire).
const inQuery = (v: string | number) => encodeURIComponent(v).replaceAll("'", "%27");
const inPath = (v: string | number) => encodeURIComponent(v);

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
  for (const [name, v] of Object.entries(path)) filled = filled.replace(`{${name}}`, inPath(v as string));
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${inQuery(v as string)}`)
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
      expect(new URL(s.url).href, "a URL parser leaves the signed text as it is").toBe(s.url);
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

describe("the spec's templated paths", () => {
  const cancelWithdrawal = operations.cancelWithdrawal;
  const setSymbolMode = operations.setSymbolDefaultMarginMode;
  afterEach(() => {
    vi.restoreAllMocks();
    // The unit tier shares one module graph: a test that fails under fake timers must not leave them on.
    vi.useRealTimers();
  });

  it("fills and encodes the parameter, signs the filled path, and looks the operation up once", async () => {
    const find = vi.spyOn(Router.prototype, "find");
    const events: RequestEvent[] = [];
    const { raw, sent } = setup(operations, { hooks: { onRequest: (e: RequestEvent) => events.push(e) } });
    const body = { marginMode: "ISOLATED" };
    await raw(setSymbolMode)(setSymbolMode.path, { params: { path: { symbol: "PERP_A b/c" } }, body });
    const target = "/v3/futures/defaultMarginMode/PERP_A%20b%2Fc";
    expect(sent[0]!.url).toBe(BASE + target);
    expect(sent[0]!.method).toBe("PUT");
    expect(sent[0]!.headers.get(authHeaders.apiSignature)).toBe(
      createHmac("sha256", SECRET)
        .update(`${TS}PUT${target}${JSON.stringify(body)}`)
        .digest("hex"),
    );
    expect(events).toMatchObject([{ operationId: "setSymbolDefaultMarginMode", path: target }]);
    expect(find).toHaveBeenCalledOnce();
  });

  it("writes an int64 path id with its exact digits, from a digit string or a bigint", async () => {
    const { raw, sent } = setup();
    for (const withdrawId of ["9007199254740993", 9007199254740993n]) {
      await raw(cancelWithdrawal)(cancelWithdrawal.path, { params: { path: { withdrawId } } });
    }
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      `DELETE ${BASE}/v3/asset/wallet/withdraw/9007199254740993`,
      `DELETE ${BASE}/v3/asset/wallet/withdraw/9007199254740993`,
    ]);
  });

  it("resolves a concrete path to the templated operation: reported and paced as it", async () => {
    vi.useFakeTimers({ now: 0 });
    const events: RequestEvent[] = [];
    const { raw, sent } = setup(operations, {
      rateLimit: { marginMs: 0 },
      hooks: { onRequest: (e: RequestEvent) => events.push(e) },
    });
    const { requests, perMs } = cancelWithdrawal.rateLimit;
    const calls = Array.from({ length: requests + 1 }, () => raw(cancelWithdrawal)("/v3/asset/wallet/withdraw/77"));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(requests);
    await vi.advanceTimersByTimeAsync(perMs);
    expect(sent).toHaveLength(requests + 1);
    await Promise.all(calls);
    expect(new Set(events.map((e) => e.operationId))).toEqual(new Set(["cancelWithdrawal"]));
    expect(sent[0]!.headers.get(authHeaders.apiSignature)).toBe(
      createHmac("sha256", SECRET).update(`${TS}DELETE/v3/asset/wallet/withdraw/77`).digest("hex"),
    );
    vi.useRealTimers();
  });

  it("tells a literal path from a template beside it: POST …/reset is not PUT …/{symbol}", async () => {
    const events: RequestEvent[] = [];
    const { raw } = setup(operations, { hooks: { onRequest: (e: RequestEvent) => events.push(e) } });
    await raw(operations.resetDefaultMarginMode)("/v3/futures/defaultMarginMode/reset", { body: {} });
    await raw(setSymbolMode)("/v3/futures/defaultMarginMode/PERP_BTC_USDT", { body: { marginMode: "CROSS" } });
    expect(events.map((e) => e.operationId)).toEqual(["resetDefaultMarginMode", "setSymbolDefaultMarginMode"]);
  });

  it("refuses a missing parameter, one that is not a path segment, or a non-integer id, before sending", async () => {
    const { raw, sent } = setup();
    for (const withdrawId of [undefined, "", ".", "..", "w 1/2", "-", 1.5]) {
      await expect(
        raw(cancelWithdrawal)(cancelWithdrawal.path, { params: { path: { withdrawId } } }),
      ).rejects.toBeInstanceOf(WooxRequestError);
    }
    await expect(raw(cancelWithdrawal)(cancelWithdrawal.path, { params: { path: {} } })).rejects.toThrow(
      /^path\.withdrawId: is required/,
    );
    await expect(
      raw(cancelWithdrawal)(cancelWithdrawal.path, { params: { path: { withdrawId: "w 1/2" } } }),
    ).rejects.toThrow(/^path\.withdrawId: expected an integer id/);
    expect(sent).toHaveLength(0);
  });
});
