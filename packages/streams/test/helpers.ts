import { createWooxClient, type FetchLike } from "@woox-sdk/client";
import { withStreams, type StreamEvent, type StreamOptions } from "../src/index.js";
import type { ScriptedServer } from "./scripted-server.js";

export interface FetchedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A REST client's fetch that answers from `routes` (path → JSON body), 404 for anything else, and records every request. */
export function fakeFetch(
  routes: Record<string, (url: URL) => unknown>,
): FetchLike & { calls: string[]; requests: FetchedRequest[] } {
  const calls: string[] = [];
  const requests: FetchedRequest[] = [];
  const answer = (input: string, init: RequestInit): Response => {
    const url = new URL(input);
    calls.push(url.pathname + url.search);
    requests.push({
      method: init.method ?? "GET",
      path: url.pathname + url.search,
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === "string" ? init.body : undefined,
    });
    const route = routes[url.pathname];
    if (!route)
      return new Response(JSON.stringify({ success: false, code: -1000, message: "no route" }), { status: 404 });
    return new Response(JSON.stringify(route(url)), { status: 200, headers: { "content-type": "application/json" } });
  };
  const f = ((input: string, init: RequestInit) => Promise.resolve(answer(input, init))) as unknown as FetchLike & {
    calls: string[];
    requests: FetchedRequest[];
  };
  f.calls = calls;
  f.requests = requests;
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
