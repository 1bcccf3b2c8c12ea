// The stream guide's examples (src/examples/streams.ts) run against the sandbox's own WebSocket server
// (`/v3/public`, `/v3/private?key=` on its HTTP port), with @woox-sdk/streams over real sockets on
// loopback. No server is faked here: what passes is what a user of the guide gets from the sandbox.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createWooxClient } from "@woox-sdk/client";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import type { StreamEvent } from "@woox-sdk/streams";
import {
  followAlgoOrder,
  quotesAcrossReconnects,
  slowReader,
  unknownSymbol,
  watchBook,
  watchQuotes,
} from "../src/examples/streams.js";
import { DOCS_DIR } from "./helpers.js";

const SYMBOL = "PERP_BTC_USDT";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("stream guide", () => {
  it("includes every example region of src/examples/streams.ts, and only existing ones", () => {
    const md = readFileSync(join(DOCS_DIR, "pages", "guide", "streams.md"), "utf8");
    const src = readFileSync(join(DOCS_DIR, "src", "examples", "streams.ts"), "utf8");
    const regions = [...src.matchAll(/\/\/ #region (\S+)/g)].map((m) => m[1]);
    const included = [...md.matchAll(/<<< @\/\.\.\/src\/examples\/streams\.ts#([\w-]+)\{ts\}/g)].map((m) => m[1]);
    expect(regions.length).toBeGreaterThan(0);
    expect(included.sort()).toEqual([...regions].sort());
  });
});

describe("stream guide examples against the sandbox", () => {
  let sandbox: Sandbox | undefined;
  let mover: ReturnType<typeof setInterval> | undefined;
  afterEach(async () => {
    clearInterval(mover);
    await sandbox?.stop();
    sandbox = undefined;
  });

  /**
   * Moves the price back and forth, so that books and quotes change while an example reads: the sandbox
   * pushes `bbo` and book deltas only when they changed.
   */
  function keepMoving(sb: Sandbox, start = 60_000, everyMs = 20): void {
    let up = true;
    mover = setInterval(() => {
      sb.setPrice(SYMBOL, String(up ? start + 10 : start));
      up = !up;
    }, everyMs);
  }

  it("public topics: quotes of the sandbox's book, then the loop unsubscribes", async () => {
    sandbox = await startSandbox({ port: 0, rateLimits: false });
    keepMoving(sandbox);
    const quotes = await watchQuotes(sandbox.url, 5);
    expect(quotes).toHaveLength(5);
    for (const q of quotes) expect(Number(q.bid)).toBeLessThanOrEqual(Number(q.ask));
  });

  it("the private stream: a stop order's trigger and fill arrive with the REST id", { timeout: 45_000 }, async () => {
    const sb = (sandbox = await startSandbox({ port: 0, rateLimits: false }));
    const client = createWooxClient({ ...sb.credentials, baseUrl: sb.url, throwOnError: true });
    const { algoOrderId, statuses } = await followAlgoOrder(client, () => sb.setPrice(SYMBOL, "62500"));
    expect(statuses).toContain("FILLED");
    const roots = sb.exchange.roots(sb.credentials.apiKey);
    expect(roots.map((r) => String(r.algoOrderId))).toEqual([algoOrderId]);
  });

  it("order books: consistent books chained from the REST snapshot", async () => {
    const sb = (sandbox = await startSandbox({ port: 0, rateLimits: false }));
    keepMoving(sb);
    const tops = await watchBook(sb.url, 5);
    expect(tops).toHaveLength(5);
    for (const t of tops) {
      expect(t.bid).toBeDefined();
      expect(t.ask).toBeDefined();
      expect(Number(t.bid)).toBeLessThan(Number(t.ask));
      expect(t.resyncs).toBe(0);
    }
    for (let i = 1; i < tops.length; i++) expect(tops[i]!.ts).toBeGreaterThanOrEqual(tops[i - 1]!.ts);
  });

  it("gaps and reconnects: a dropped socket is reconnected and reported as a gap", { timeout: 45_000 }, async () => {
    const sb = (sandbox = await startSandbox({ port: 0, rateLimits: false }));
    keepMoving(sb);
    const events: StreamEvent[] = [];
    const controller = new AbortController();
    const setFaults = (body: object) =>
      fetch(`${sb.url}/sandbox/faults`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
    const run = quotesAcrossReconnects(sb.url, controller.signal, (e) => {
      events.push(e);
      // The first close is enough: stop dropping, so the reconnect can succeed.
      if (e.type === "close" && events.filter((x) => x.type === "close").length === 1) void setFaults({});
    });
    await sleep(300);
    await setFaults({ seed: 3, streams: { drop: 1 } });
    await expect
      .poll(() => events.filter((e) => e.type === "open").length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    await sleep(300);
    controller.abort();
    const { gaps, pushes } = await run;
    expect(pushes).toBeGreaterThan(0);
    expect(gaps.map((g) => g.reason)).toContain("reconnect");
    const gap = gaps.find((g) => g.reason === "reconnect");
    expect(gap?.topic).toBe(`bbo@${SYMBOL}`);
    expect(gap?.to).toBeGreaterThanOrEqual(gap?.from ?? 0);
  });

  it("backpressure: a slow reader of a snapshot topic never has more than one quote waiting", async () => {
    sandbox = await startSandbox({ port: 0, rateLimits: false });
    keepMoving(sandbox, 60_000, 10);
    // The quote changes every 10 ms; each read takes 100 ms, so about ten pushes arrive per read and conflate.
    const mostWaiting = await slowReader(sandbox.url, 6, 100);
    expect(mostWaiting).toBeLessThanOrEqual(1);
  });

  it("errors: an unknown symbol ends the loop with a WooxStreamError naming the topic", async () => {
    sandbox = await startSandbox({ port: 0, rateLimits: false });
    const failure = await unknownSymbol(sandbox.url);
    expect(failure).toEqual({ code: "rejected", topic: "bbo@PERP_NOSUCHCOIN_USDT", kind: "stream" });
  });
});
