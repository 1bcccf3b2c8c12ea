import { createWooxClient, type FetchLike } from "@woox-sdk/client";
import { withStreams, type StreamEvent, type StreamOptions } from "../src/index.js";
import type { ScriptedServer } from "./scripted-server.js";

/** A REST client whose fetch answers from `routes` (path → JSON body) and fails the test on anything else. */
export function fakeFetch(routes: Record<string, (url: URL) => unknown>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const answer = (input: string): Response => {
    const url = new URL(input);
    calls.push(url.pathname + url.search);
    const route = routes[url.pathname];
    if (!route)
      return new Response(JSON.stringify({ success: false, code: -1000, message: "no route" }), { status: 404 });
    return new Response(JSON.stringify(route(url)), { status: 200, headers: { "content-type": "application/json" } });
  };
  const f = ((input: string) => Promise.resolve(answer(input))) as unknown as FetchLike & { calls: string[] };
  f.calls = calls;
  return f;
}

/** A client and its streams against the scripted server, with short timers; `events` collects onEvent. */
export function connect(
  server: ScriptedServer,
  options: StreamOptions & { fetch?: FetchLike; credentials?: boolean } = {},
) {
  const events: StreamEvent[] = [];
  const { fetch, credentials = true, ...rest } = options;
  const rest_ = createWooxClient({
    baseUrl: server.httpUrl,
    fetch: fetch ?? fakeFetch({}),
    retry: false,
    ...(credentials ? { apiKey: "test-key", apiSecret: "test-secret" } : {}),
  });
  const woox = withStreams(rest_, {
    pingIntervalMs: 10_000,
    ackTimeoutMs: 2000,
    lingerMs: 20,
    reconnect: { baseDelayMs: 5, maxDelayMs: 20 },
    listenKey: () => Promise.resolve({ key: "k1" }),
    onEvent: (e) => events.push(e),
    ...rest,
  });
  return { woox, events };
}
