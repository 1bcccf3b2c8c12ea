// The "Errors and retries" guide: its field table matches WooxApiError, and its place-once recipe, run with
// the client's own retries off (`retry: false`), places every order exactly once against a sandbox that
// fails in the ways the live exchange does. The client never retries here, so what passes is the recipe.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createWooxClient, type FetchLike, type WooxClientOptions } from "@woox-sdk/client";
import { WooxApiError, WooxCode } from "@woox-sdk/errors";
import { operations } from "@woox-sdk/types/operations";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { algoExamples } from "../src/examples/algo-orders.js";
import { placeOnce } from "../src/examples/retry.js";
import { DOCS_DIR } from "./helpers.js";

type StopBody = Parameters<typeof placeOnce>[1];
const stop = (clientAlgoOrderId: number): StopBody => ({ ...algoExamples.STOP, clientAlgoOrderId }) as StopBody;
const ALGO_PATH = operations.placeAlgoOrder.path;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

/** A client with retries off whose every request, attempt and retry is recorded. */
function recipeClient(sb: Sandbox, fetch?: FetchLike) {
  const seen = { statuses: [] as number[], codes: [] as string[], clientRetries: 0 };
  const options: WooxClientOptions<true> = {
    ...sb.credentials,
    baseUrl: sb.url,
    throwOnError: true,
    retry: false,
    ...(fetch ? { fetch } : {}),
    hooks: {
      onResponse: (e) => {
        seen.statuses.push(e.status);
        if (e.code) seen.codes.push(e.code);
      },
      onRetry: () => seen.clientRetries++,
    },
  };
  return { client: createWooxClient(options), seen };
}

describe("errors-and-retries guide", () => {
  it("documents exactly the fields a WooxApiError carries", () => {
    const md = readFileSync(join(DOCS_DIR, "pages", "guide", "errors-and-retries.md"), "utf8");
    const rows = [...md.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    const err = new WooxApiError({
      status: 429,
      body: { success: false, code: WooxCode.TOO_MANY_REQUEST, message: "Rate limit exceed." },
    });
    for (const field of rows) expect(field !== undefined && field in err, `WooxApiError.${field}`).toBe(true);
    const fields = Object.keys(err.toJSON()).filter((k) => k !== "name" && k !== "message");
    expect(fields.filter((f) => !rows.includes(f))).toEqual([]);
  });

  it(
    "the recipe places each order exactly once despite faults, with the client's retries off",
    { timeout: 60_000 },
    async () => {
      // Seeded faults: rate limits (with Retry-After), maintenance (-1011, HTTP 400), 503s and dropped connections.
      sandbox = await startSandbox({
        rateLimits: false,
        faults: { seed: 11, rateLimit: 0.15, maintenance: 0.1, unavailable: 0.1, drop: 0.2 },
      });
      const { client, seen } = recipeClient(sandbox);
      const n = 8;
      let reconciled = 0;
      for (let i = 1; i <= n; i++) {
        const r = await placeOnce(client, stop(i), { attempts: 12, baseDelayMs: 5 });
        expect(r.algoOrderId).toBeDefined();
        if (r.reconciled) reconciled++;
      }
      sandbox.faults.configure({});
      // The faults reached the recipe, and the client itself never retried: the recipe did all of it.
      expect(seen.clientRetries).toBe(0);
      expect(seen.statuses).toEqual(expect.arrayContaining([429, 400, 503, 0]));
      expect(seen.codes).toEqual(expect.arrayContaining(["-1003", "-1011", "317158"]));
      expect(reconciled).toBeLessThan(n);
      const roots = sandbox.exchange.roots(sandbox.credentials.apiKey);
      expect(roots).toHaveLength(n);
      for (let i = 1; i <= n; i++) {
        const { data } = await client.GET(ALGO_PATH, { params: { query: { clientAlgoOrderId: i } } });
        expect(data.data.clientAlgoOrderId).toEqual(i);
      }
    },
  );

  it("a lost answer is found by client id, and no lookup failure leads to a second placement", async () => {
    const sb = (sandbox = await startSandbox({ rateLimits: false }));
    const posts: string[] = [];
    let lookups = 0;
    // The first placement reaches the exchange, but its answer is lost. The first lookup meets a
    // maintenance answer, the second a dropped connection; only the third gets through.
    const fetch: FetchLike = async (url, init) => {
      const { pathname } = new URL(url);
      if (pathname === ALGO_PATH && init.method === "POST") {
        posts.push(typeof init.body === "string" ? init.body : "");
        const res = await globalThis.fetch(url, init);
        await res.text();
        if (posts.length === 1) throw new TypeError("connection reset after the request was sent");
        return res;
      }
      if (pathname === ALGO_PATH && init.method === "GET") {
        lookups++;
        if (lookups === 2) throw new TypeError("connection reset");
        if (lookups === 1) sb.faults.configure({ maintenance: 1 });
        try {
          return await globalThis.fetch(url, init);
        } finally {
          sb.faults.configure({});
        }
      }
      return globalThis.fetch(url, init);
    };
    const { client, seen } = recipeClient(sb, fetch);
    const r = await placeOnce(client, stop(42), { attempts: 6, baseDelayMs: 5 });
    expect(seen.clientRetries).toBe(0);
    expect(posts).toHaveLength(1);
    expect(lookups).toBe(3);
    expect(r.reconciled).toBe(true);
    const roots = sb.exchange.roots(sb.credentials.apiKey);
    expect(roots).toHaveLength(1);
    expect(String(r.algoOrderId)).toBe(String(roots[0]?.algoOrderId));
  });

  it("a lookup that answers “not found” makes the placement safe to send again", async () => {
    const sb = (sandbox = await startSandbox({ rateLimits: false }));
    let posts = 0;
    // The first placement is lost before it reaches the exchange (the connection drops mid-send).
    const fetch: FetchLike = async (url, init) => {
      if (new URL(url).pathname === ALGO_PATH && init.method === "POST" && ++posts === 1)
        throw new TypeError("connection reset while sending");
      return globalThis.fetch(url, init);
    };
    const { client } = recipeClient(sb, fetch);
    const r = await placeOnce(client, stop(43), { attempts: 4, baseDelayMs: 5 });
    expect(posts).toBe(2);
    expect(r.reconciled).toBe(false);
    expect(sb.exchange.roots(sb.credentials.apiKey)).toHaveLength(1);
  });

  it("an id already taken by another order is reported, never taken for ours", async () => {
    sandbox = await startSandbox({ rateLimits: false });
    const { client } = recipeClient(sandbox);
    await client.POST(ALGO_PATH, { body: stop(44) });
    const err = await placeOnce(client, { ...stop(44), quantity: "0.02" }, { baseDelayMs: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WooxApiError);
    expect((err as WooxApiError).code).toBe(String(WooxCode.DUPLICATE_CLIENT_ORDER_ID));
    expect(sandbox.exchange.roots(sandbox.credentials.apiKey)).toHaveLength(1);
  });
});
