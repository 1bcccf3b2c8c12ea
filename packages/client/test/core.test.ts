import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WooxApiError } from "@woox-sdk/errors";
import { operations as spec } from "@woox-sdk/types/operations";
import * as core from "../src/core.js";
import { createWooxClient, type FetchLike } from "../src/index.js";
import { int64Names, operations } from "../src/operations.gen.js";
import { STOP_ORDER as order } from "./stop-order.js";

// @woox-sdk/client/core calls the operation rows it is given with the full client's machinery. The full
// client is the oracle: for every operation the two must put the same request on the wire, and a failure
// must come back as the same error, retried, resynced or reconciled the same way.

const BASE = "http://127.0.0.1:9";
const TS = 1_700_000_000_123;

interface Sent {
  url: string;
  method: string;
  body: string | undefined;
  headers: [string, string][];
}

type Step = Response | Error;
/** A fetch that plays a script of answers (a 200 with `data: {}` when the script is out) and records what was sent. */
function scripted(...steps: Step[]) {
  const sent: Sent[] = [];
  const fetch: FetchLike = (url, init) => {
    const headers = [...new Headers(init.headers)].sort(([a], [b]) => a.localeCompare(b));
    sent.push({ url, method: init.method!, body: init.body as string | undefined, headers });
    const step = steps.shift() ?? new Response(JSON.stringify({ success: true, data: {}, timestamp: TS }));
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  return { fetch, sent };
}
const settings = (fetch: FetchLike) => ({
  apiKey: "key",
  apiSecret: "secret",
  baseUrl: BASE,
  fetch,
  now: () => TS,
  random: () => 1,
  sleep: () => Promise.resolve(),
});
const ok = (data: unknown) => new Response(JSON.stringify({ success: true, data, timestamp: TS }), { status: 200 });
const fail = (status: number, code: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ success: false, code, message: "no" }), { status, headers });
const reset = () =>
  Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
  });

const text = fc.string({ unit: "binary", maxLength: 12 });
const id = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const primitive = fc.oneof(text, fc.integer(), fc.boolean());
const pathValue = (p: string) => (int64Names.has(p) ? id : text.filter((v) => !["", ".", ".."].includes(v)));

describe("@woox-sdk/client/core", () => {
  it("exports every row of the operation table under its operationId", () => {
    const rows = core as unknown as Record<string, unknown>;
    expect(Object.keys(operations).length).toBe(Object.keys(spec).length);
    for (const [opId, op] of Object.entries(operations)) {
      expect(rows[opId]).toBe(op);
      expect(op.id).toBe(opId);
    }
  });

  for (const [opId, op] of Object.entries(operations)) {
    const meta = spec[opId as keyof typeof spec];
    const params = fc.record({
      path: fc.record(Object.fromEntries(meta.pathParams.map((p) => [p, pathValue(p)]))),
      query: fc.record(
        Object.fromEntries(meta.queryParams.map((q) => [q.name, int64Names.has(q.name) ? id : primitive])),
        { requiredKeys: [] },
      ),
    });
    it(`${opId}: sends what the full client's call sends`, async () => {
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const a = scripted();
          const b = scripted();
          const init = {
            params: p,
            ...(meta.body === "none" ? {} : { body: { note: "x'y", symbol: "SPOT_BTC_USDT" } }),
          };
          const call = core.createWooxCore(settings(a.fetch)).call as (op: unknown, init: object) => Promise<unknown>;
          const full = createWooxClient(settings(b.fetch)).call as (id: string, init: object) => Promise<unknown>;
          expect(await call(op, init)).toEqual(await full(opId, init));
          expect(a.sent).toEqual(b.sent);
          expect(a.sent).toHaveLength(1);
        }),
        { numRuns: 5 },
      );
    });
  }

  it("turns an error answer into the WooxApiError of the catalog, with its prose on explain()", async () => {
    const { fetch } = scripted(fail(400, -1005));
    const err = await core
      .createWooxCore(settings(fetch))
      .call(core.placeAlgoOrder, { body: order })
      .catch((e: unknown) => e);
    expect(core.isWooxApiError(err)).toBe(true);
    expect(err).toBeInstanceOf(WooxApiError);
    const e = err as WooxApiError;
    expect([e.codeName, e.category, e.operationId, e.method, e.path]).toEqual([
      "INVALID_PARAM",
      "validation",
      "placeAlgoOrder",
      "POST",
      "/v3/trade/algoOrder",
    ]);
    expect(e.docsUrl).toMatch(/\/errors\/woox\/-1005$/);
    expect((await e.explain()).hint.length).toBeGreaterThan(10);
  });

  it("retries a rate-limited call after its Retry-After, and paces by the row's rule", async () => {
    const waits: number[] = [];
    const { fetch, sent } = scripted(fail(429, -1003, { "retry-after": "2" }), ok({ rows: [] }));
    const c = core.createWooxCore({ ...settings(fetch), sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    await c.call(core.placeAlgoOrder, { body: order });
    expect(sent.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(waits).toContain(2000);
  });

  it("reconciles a placement of unknown outcome by its client id instead of sending it again", async () => {
    const found = { algoOrderId: 7, clientAlgoOrderId: 42, algoType: "STOP", quantity: 0.01 };
    const { fetch, sent } = scripted(reset(), ok(found));
    const data = await core
      .createWooxCore(settings(fetch))
      .call(core.placeAlgoOrder, { body: { ...order, clientAlgoOrderId: 42 } });
    expect(sent.map((s) => `${s.method} ${s.url.slice(BASE.length)}`)).toEqual([
      "POST /v3/trade/algoOrder",
      "GET /v3/trade/algoOrder?clientAlgoOrderId=42",
    ]);
    expect(data).toEqual({ rows: [{ algoOrderId: 7, clientAlgoOrderId: 42, algoType: "STOP", quantity: 0.01 }] });
  });

  it("does not resend a placement of unknown outcome that has no client id", async () => {
    const { fetch, sent } = scripted(reset());
    await expect(core.createWooxCore(settings(fetch)).call(core.placeAlgoOrder, { body: order })).rejects.toMatchObject(
      {
        kind: "network",
        outcomeUnknown: true,
      },
    );
    expect(sent).toHaveLength(1);
  });

  it("resyncs its clock from systemInfo after a receive-window rejection", async () => {
    const { fetch, sent } = scripted(fail(400, 317179), ok({ status: 0 }), ok({ rows: [] }));
    const c = core.createWooxCore(settings(fetch));
    await c.call(core.placeAlgoOrder, { body: order });
    expect(sent.map((s) => s.url.slice(BASE.length))).toEqual([
      "/v3/trade/algoOrder",
      "/v3/public/systemInfo",
      "/v3/trade/algoOrder",
    ]);
  });

  it("names createWooxCore in the errors about its options and its credentials", async () => {
    expect(() => core.createWooxCore({ apiKey: "k" })).toThrow(
      "createWooxCore: pass both apiKey and apiSecret, or neither (got only apiKey)",
    );
    expect(() => core.createWooxCore({ baseUrl: "api.woox.io" })).toThrow(
      'createWooxCore: baseUrl must be an absolute http(s) URL, got "api.woox.io"',
    );
    const { fetch } = scripted();
    await expect(core.createWooxCore({ fetch }).call(core.getAccountInfo, {})).rejects.toThrow(
      "GET /v3/account/info is a private endpoint: pass apiKey and apiSecret to createWooxCore",
    );
  });

  it("keeps 64-bit ids exact both ways, and refuses a private call without credentials", async () => {
    const big = 2n ** 62n + 1n;
    const { fetch, sent } = scripted(new Response(`{"success":true,"data":{"algoOrderId":${big}},"timestamp":1}`));
    const c = core.createWooxCore(settings(fetch));
    expect(await c.call(core.getAlgoOrder, { params: { query: { algoOrderId: big } } })).toEqual({ algoOrderId: big });
    expect(sent[0]!.url).toBe(`${BASE}/v3/trade/algoOrder?algoOrderId=${big}`);
    await expect(
      core.createWooxCore({ fetch }).call(core.getAlgoOrder, { params: { query: { algoOrderId: 1 } } }),
    ).rejects.toThrow(core.MissingCredentialsError);
  });
});
