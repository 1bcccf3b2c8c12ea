import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { atExit, cleanEnv } from "./processes.js";

const LAUNCHER = resolve(import.meta.dirname, "../../verdaccio/launcher.mjs");
const CONFIG_TEMPLATE = resolve(import.meta.dirname, "../../verdaccio/config.yaml");

export interface Registry {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts Verdaccio with the config template, storage under `dir`; `cleanupDir` is deleted if we die. */
export async function startVerdaccio(dir: string, cleanupDir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "config.yaml");
  cpSync(CONFIG_TEMPLATE, config);
  const child: ChildProcess = spawn(process.execPath, [LAUNCHER, config, "--cleanup", cleanupDir], {
    cwd: dir,
    env: cleanEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (output += d));
  const release = atExit(() => child.kill("SIGKILL"));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`Verdaccio did not start within 60 s:\n${output}`)), 60_000);
    let line = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      line += d;
      const m = /\{"port":(\d+)\}/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited (${String(code)}) before listening:\n${output}`));
    });
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once("exit", () => r()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        await exited;
        clearTimeout(timer);
      }
      release();
    },
  };
}

/** Creates a user on the registry and returns its token. */
export async function createUser(registryUrl: string): Promise<string> {
  const res = await fetch(`${registryUrl}-/user/org.couchdb.user:release-e2e`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release-e2e", password: "release-e2e-password" }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token)
    throw new Error(`could not create a registry user: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** What the registry serves for a package: its versions, and the dependencies of one of them. */
export async function registryEntry(
  registryUrl: string,
  name: string,
  version: string,
): Promise<{ versions: string[]; dependencies: Record<string, string> }> {
  const res = await fetch(`${registryUrl}${name.replace("/", "%2f")}`);
  if (!res.ok) throw new Error(`${name} is not on the registry (HTTP ${res.status})`);
  const doc = (await res.json()) as { versions: Record<string, { dependencies?: Record<string, string> }> };
  return { versions: Object.keys(doc.versions), dependencies: doc.versions[version]?.dependencies ?? {} };
}
