import { run as runAny, type RunOptions, type RunResult } from "../workspace.js";

// The release e2e starts many processes (pnpm → turbo → tsc, Verdaccio, npm) and a temporary directory;
// whatever happens, all of it must go: failures, process exit, SIGINT and SIGTERM.

/** The environment for child processes: ours, minus what a parent pnpm or vitest injected. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|VITEST|INIT_CWD$|NODE_OPTIONS$|TURBO_HASH$)/i.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    TURBO_DAEMON: "false",
    TURBO_UI: "false",
    REDOCLY_TELEMETRY: "off",
    NO_UPDATE_NOTIFIER: "1",
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    FORCE_COLOR: "0",
    ...extra,
  };
}

/** Every command of the e2e runs in its own process group, so a failure or a signal can stop it all. */
export const run = (command: string, args: string[], opts: RunOptions): Promise<RunResult> =>
  runAny(command, args, { ...opts, group: true });

const pending = new Set<() => void>();
let handlersInstalled = false;

function runPending(): void {
  for (const fn of [...pending]) {
    try {
      fn();
    } catch {
      // best effort: keep cleaning the rest
    }
    pending.delete(fn);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runPending();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  process.kill(process.pid, signal);
}

/** Runs `fn` on exit or on SIGINT/SIGTERM unless the returned release function is called first. */
export function atExit(fn: () => void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on("exit", runPending);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(fn);
  return () => {
    pending.delete(fn);
    if (pending.size === 0 && handlersInstalled) {
      handlersInstalled = false;
      process.removeListener("exit", runPending);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    }
  };
}
