import { createWooxClient, type WooxApiError, type WooxClient, type WooxClientOptions } from "@woox-sdk/client";
import { assertConforms } from "../src/testing/index.js";
import { startSandbox, type ExchangeRecord, type Sandbox, type SandboxOptions } from "../src/index.js";

export interface Harness {
  sandbox: Sandbox;
  client: WooxClient;
  records: ExchangeRecord[];
  /** Stops the sandbox, then fails if any response it sent does not match the spec. */
  stop(): Promise<void>;
}

/**
 * Client options for tests of the sandbox's own behaviour: no client-side pacing and no retries, so that
 * every request reaches the sandbox once and every answer (429s and injected faults included) is seen.
 */
export const RAW_CLIENT: Partial<WooxClientOptions> = { rateLimit: false, retry: false };

/**
 * A sandbox on a free loopback port plus a client for its demo account. The client is RAW_CLIENT unless
 * `client` says otherwise (pass `{}` for the client's defaults: pacing and retries on).
 */
export async function harness(
  options: SandboxOptions = {},
  client: Partial<WooxClientOptions> = RAW_CLIENT,
): Promise<Harness> {
  const records: ExchangeRecord[] = [];
  const sandbox = await startSandbox({
    ...options,
    onResponse: (r) => {
      records.push(r);
      options.onResponse?.(r);
    },
  });
  return {
    sandbox,
    client: createWooxClient({
      ...client,
      ...sandbox.credentials,
      baseUrl: sandbox.url,
      ...(options.now ? { now: options.now } : {}),
    }),
    records,
    stop: async () => {
      await sandbox.stop();
      await assertConforms(records);
    },
  };
}

/**
 * A request signed by the test itself (node:crypto, independent of both the client and the sandbox's
 * verifier), for cases the typed client cannot or should not produce: raw bytes, bad headers, old
 * timestamps, huge ids.
 */
export async function rawRequest(
  sandbox: Sandbox,
  method: string,
  target: string,
  body = "",
  opts: {
    apiKey?: string;
    apiSecret?: string;
    timestamp?: string;
    headers?: Record<string, string>;
    sign?: boolean;
  } = {},
): Promise<{
  status: number;
  text: string;
  json: { success: boolean; code?: number; message?: string; data?: unknown };
  headers: Headers;
}> {
  const { createHmac } = await import("node:crypto");
  const apiKey = opts.apiKey ?? sandbox.credentials.apiKey;
  const secret = opts.apiSecret ?? sandbox.credentials.apiSecret;
  const timestamp = opts.timestamp ?? String(Date.now());
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.sign !== false) {
    headers["x-api-key"] = apiKey;
    headers["x-api-timestamp"] = timestamp;
    headers["x-api-signature"] = createHmac("sha256", secret)
      .update(`${timestamp}${method}${target}${body}`)
      .digest("hex");
  }
  Object.assign(headers, opts.headers);
  const res = await fetch(`${sandbox.url}${target}`, { method, headers, body: body === "" ? undefined : body });
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: JSON.parse(text) as { success: boolean; code?: number; message?: string },
    headers: res.headers,
  };
}

/** A client for another account of the same sandbox (RAW_CLIENT unless told otherwise). */
export function clientFor(
  sandbox: Sandbox,
  credentials: { apiKey: string; apiSecret: string },
  options: Partial<WooxClientOptions> = RAW_CLIENT,
): WooxClient {
  return createWooxClient({ ...options, ...credentials, baseUrl: sandbox.url });
}

/** The error a call rejects with; fails the test if the call succeeds. */
export async function failure(p: Promise<unknown>): Promise<WooxApiError> {
  try {
    await p;
  } catch (e) {
    return e as WooxApiError;
  }
  throw new Error("expected the call to fail");
}
