import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { startSandbox, type Sandbox, type SandboxOptions } from "@woox-sdk/sandbox";
import { UsageError } from "./args.js";

/** Where commands send their requests: an embedded sandbox (default) or a real WOO X API. */
export interface Target {
  client: WooxClient;
  baseUrl: string;
  /** Present when the CLI started its own sandbox. */
  sandbox: Sandbox | undefined;
  describe: string;
  close(): Promise<void>;
}

export interface RemoteConfig {
  apiKey: string;
  apiSecret: string;
  baseUrl: string;
}

const VARS = ["WOOX_API_KEY", "WOOX_API_SECRET", "WOOX_BASE_URL"] as const;

/**
 * Reads WOOX_API_KEY, WOOX_API_SECRET and WOOX_BASE_URL. All three or none: a sample app that places
 * orders must not fall back to production because one variable was forgotten.
 */
export function remoteConfig(env: NodeJS.ProcessEnv): RemoteConfig | undefined {
  const set = VARS.filter((v) => (env[v] ?? "") !== "");
  if (set.length === 0) return undefined;
  if (set.length < VARS.length) {
    const missing = VARS.filter((v) => !set.includes(v));
    throw new UsageError(
      `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set. To use a real API set all of ${VARS.join(", ")} ` +
        "(WOOX_BASE_URL=https://api.staging.woox.io for staging); unset them all to use the embedded sandbox.",
    );
  }
  return { apiKey: env.WOOX_API_KEY!, apiSecret: env.WOOX_API_SECRET!, baseUrl: env.WOOX_BASE_URL! };
}

export async function openSandboxTarget(options: SandboxOptions = {}): Promise<Target> {
  const sandbox = await startSandbox({ port: 0, host: "127.0.0.1", ...options });
  return {
    client: createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url }),
    baseUrl: sandbox.url,
    sandbox,
    describe: `embedded sandbox at ${sandbox.url}`,
    close: () => sandbox.stop(),
  };
}

export async function openTarget(env: NodeJS.ProcessEnv, sandboxOptions?: SandboxOptions): Promise<Target> {
  const remote = remoteConfig(env);
  if (remote === undefined) return openSandboxTarget(sandboxOptions);
  let client: WooxClient;
  try {
    client = createWooxClient(remote);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return {
    client,
    baseUrl: client.baseUrl,
    sandbox: undefined,
    describe: client.baseUrl,
    close: () => Promise.resolve(),
  };
}
