import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { join } from "node:path";
import { BENCH_DIR } from "./servers.js";

export interface Meta {
  date: string;
  commit: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; loadAvgStart: number[]; loadAvgEnd?: number[] };
  node: string;
  versions: Record<string, string>;
}

/** Versions as installed, read from each package's package.json under the bench package. */
export function versionOf(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(BENCH_DIR, "node_modules", name, "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "?";
  }
}

function commit(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: BENCH_DIR, encoding: "utf8" });
  if (head.status !== 0) return "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], {
    cwd: BENCH_DIR,
    encoding: "utf8",
  });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? " (with uncommitted changes)" : ""}`;
}

export function collectMeta(): Meta {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    commit: commit(),
    machine: {
      cpu: cpu[0]?.model.trim() ?? "unknown",
      cores: cpu.length,
      memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${osType()} ${release()}`,
      loadAvgStart: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    node: process.version,
    versions: Object.fromEntries(
      ["@woox-sdk/client", "openapi-fetch", "undici", "ccxt", "esbuild", "typescript", "@woox-sdk/sandbox"].map((n) => [
        n,
        versionOf(n),
      ]),
    ),
  };
}
