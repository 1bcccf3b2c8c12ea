import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

/** The repository this package lives in (packages/release/src → the root). */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

export interface WorkspacePackage {
  name: string;
  /** Relative to the root, with forward slashes. */
  dir: string;
  version: string;
  private: boolean;
  /** Dependency name → range as written (`workspace:^`, `1.2.3`, …), from dependencies and peerDependencies. */
  dependsOn: Record<string, string>;
}

export interface PackageJson {
  name?: string;
  version?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
}

/** The workspace's packages, from pnpm-workspace.yaml (patterns `dir/*` and plain directories). */
export function listPackages(root: string): WorkspacePackage[] {
  const ws = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const dirs: string[] = [];
  for (const pattern of ws.packages ?? []) {
    if (pattern.startsWith("!")) continue;
    if (pattern.endsWith("/*")) {
      const parent = pattern.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const ent of readdirSync(join(root, parent), { withFileTypes: true }))
        if (ent.isDirectory()) dirs.push(`${parent}/${ent.name}`);
    } else dirs.push(pattern);
  }
  const out: WorkspacePackage[] = [];
  for (const dir of dirs.sort()) {
    if (!existsSync(join(root, dir, "package.json"))) continue;
    const pkg = readPackageJson(join(root, dir));
    if (!pkg.name) continue;
    out.push({
      name: pkg.name,
      dir,
      version: pkg.version ?? "0.0.0",
      private: pkg.private === true,
      dependsOn: { ...pkg.dependencies, ...pkg.peerDependencies },
    });
  }
  return out;
}

/** The pnpm the repo pins (root devDependency), else the one on PATH. */
export function pnpmCommand(root = REPO_ROOT): string {
  const local = join(root, "node_modules", ".bin", "pnpm");
  return existsSync(local) ? local : "pnpm";
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (default 5 minutes). */
  timeoutMs?: number;
  /** Throw (with the output) when the command exits non-zero; default true. */
  check?: boolean;
  /**
   * Run it in its own process group and keep track of it, so that `killRunning()` can stop it with
   * everything it started (pnpm → turbo → tsc) if the caller has to give up.
   */
  group?: boolean;
}

const running = new Set<ChildProcess>();

/** Kills every process group started with `group: true` that is still running. */
export function killRunning(): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  running.clear();
}

/**
 * Runs a command without blocking the event loop (a server in this process, such as a test's, keeps
 * answering), and collects its output.
 */
export function run(command: string, args: string[], opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: opts.group === true,
    });
    if (opts.group) running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      if (opts.group && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      else child.kill("SIGKILL");
    }, opts.timeoutMs ?? 300_000);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      const result = { code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Date.now() - started };
      if (result.code !== 0 && opts.check !== false) {
        const tail = (s: string): string => s.split("\n").slice(-40).join("\n");
        reject(
          new Error(
            `${[command, ...args].join(" ")} (in ${opts.cwd}) exited ${signal ?? result.code}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`,
          ),
        );
      } else resolvePromise(result);
    });
  });
}
