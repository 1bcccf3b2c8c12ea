import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { git } from "../bump-check/git.js";
import {
  killRunning,
  listPackages,
  pnpmCommand,
  readPackageJson,
  REPO_ROOT,
  run as runAny,
  type RunOptions,
  type RunResult,
} from "../workspace.js";
import { CJS_SCRIPT, ESM_SCRIPT, readmeExample, TYPED_APP, TYPED_CJS, tsconfig } from "./consumer-files.js";

/**
 * The release, end to end, as a stranger would meet it:
 *  1. copy the repo (tracked and untracked-but-not-ignored files) into a temporary git repo: the real
 *     working tree, its versions and its git state are never touched;
 *  2. start Verdaccio on 127.0.0.1 (a port the OS picks, temporary storage, no uplinks);
 *  3. in the copy: install, add a changeset, run the real `pnpm run version` (build, `changeset version`,
 *     lockfile refresh), commit it, and `pnpm run release` (build, `changeset publish`) into Verdaccio;
 *  4. in a fresh project outside the workspace, install the packages from Verdaccio (only the @woox-sdk
 *     scope is routed there; everything else comes from the default registry), run an ES-module script
 *     and a CommonJS script that place and read an algo order against @woox-sdk/sandbox, and type-check
 *     TypeScript (plus every README example) under moduleResolution nodenext and bundler;
 *  5. stop Verdaccio and delete everything, whatever happened (also on exit and on SIGINT/SIGTERM; the
 *     Verdaccio launcher deletes the directory itself if this process dies without cleaning up).
 */

export interface E2EOptions {
  repoRoot?: string;
  log?: (line: string) => void;
  /** Keep the temporary directory (for debugging); Verdaccio is stopped anyway. */
  keep?: boolean;
}

export interface ScriptResult {
  algoOrderId: string;
  readBack: string;
  algoType: string;
  algoStatus: string;
  deniedIsWooxApiError: boolean;
  deniedCode: string | null;
  deniedName: string | null;
  catalogAgrees: boolean;
  /** The catalog's hint, which `explain()` loads from the installed package's prose module. */
  deniedHint: string | null;
  typesVersion: string;
}

export interface E2EResult {
  /** Published name → version. */
  published: Record<string, string>;
  /** What Verdaccio serves: name → versions, and the dependencies of the published version. */
  registry: Record<string, { versions: string[]; dependencies: Record<string, string> }>;
  changelogs: Record<string, string>;
  tags: string[];
  esm: ScriptResult;
  cjs: ScriptResult;
  /** What the CommonJS script printed on stderr (Node warns about require(esm) outside node_modules). */
  cjsStderr: string;
  typecheck: { nodenext: string; bundler: string };
  readmeExamples: string[];
  bumpCheckAfterRelease: string;
  timings: Record<string, number>;
  /** The temporary directory everything happened in (deleted unless `keep`). */
  workDir: string;
}

const HERE = import.meta.dirname;
const LAUNCHER = resolve(HERE, "../../verdaccio/launcher.mjs");
const CONFIG_TEMPLATE = resolve(HERE, "../../verdaccio/config.yaml");
export const E2E_CHANGESET_SUMMARY = "Release e2e: published to a local registry and installed by a fresh project.";

/** The environment for child processes: ours, minus what a parent pnpm or vitest injected. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
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
const run = (command: string, args: string[], opts: RunOptions): Promise<RunResult> =>
  runAny(command, args, { ...opts, group: true });

// ---- cleanup that survives failures, exits and signals ------------------------------------------------

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
function atExit(fn: () => void): () => void {
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

// ---- Verdaccio -----------------------------------------------------------------------------------------

export interface Registry {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts Verdaccio with the config template, storage under `dir`; `dir` is deleted if we die. */
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
async function createUser(registryUrl: string): Promise<string> {
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

// ---- the repo copy -------------------------------------------------------------------------------------

/** Copies the working tree's tracked and untracked-but-not-ignored files (what a commit would hold). */
export function copyRepo(from: string, to: string): number {
  const listed = git(from, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (listed === undefined) throw new Error(`${from} is not a git work tree`);
  let n = 0;
  for (const rel of new Set(listed.split("\0").filter(Boolean))) {
    const src = join(from, rel);
    if (!existsSync(src) || lstatSync(src).isDirectory()) continue; // deleted, or a submodule
    const dest = join(to, rel);
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(src, dest, { verbatimSymlinks: true });
    n++;
  }
  return n;
}

function gitIn(cwd: string, ...args: string[]): Promise<unknown> {
  return run(
    "git",
    [
      "-c",
      "user.name=release-e2e",
      "-c",
      "user.email=release-e2e@localhost",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "tag.gpgsign=false",
      ...args,
    ],
    { cwd },
  );
}

function parseLastJsonLine<T>(stdout: string): T {
  const line = stdout
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no JSON line in:\n${stdout}`);
  return JSON.parse(line) as T;
}

// ---- the run -------------------------------------------------------------------------------------------

export async function runReleaseE2E(opts: E2EOptions = {}): Promise<E2EResult> {
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const log = opts.log ?? ((line: string) => console.log(line));
  const timings: Record<string, number> = {};
  const started = Date.now();
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    log(`release e2e: ${name}…`);
    try {
      return await fn();
    } finally {
      timings[name] = Date.now() - t;
      log(`release e2e: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  };

  const work = mkdtempSync(join(tmpdir(), "woox-release-e2e-"));
  const removeWork = (): void => {
    killRunning();
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  };
  const releaseWorkCleanup = atExit(removeWork);
  const repo = join(work, "repo");
  const consumer = join(work, "consumer");
  const pnpm = pnpmCommand(repoRoot);
  let registry: Registry | undefined;
  let registryStarting: Promise<Registry> | undefined;

  try {
    await step("copy the repo", async () => {
      const n = copyRepo(repoRoot, repo);
      log(`  ${n} files → ${repo}`);
      await gitIn(repo, "init", "-q", "-b", "main");
      await gitIn(repo, "add", "-A");
      await gitIn(repo, "commit", "-q", "-m", "release e2e: the working tree under test");
      // Reuse the real tree's turbo cache (read only): outputs are keyed by their inputs, so a build the
      // test run already did is replayed instead of redone. The build after the version bump is real.
      const cache = join(repoRoot, ".turbo", "cache");
      if (existsSync(cache)) cpSync(cache, join(repo, ".turbo", "cache"), { recursive: true });
    });

    // Install while Verdaccio starts.
    registryStarting = step("start Verdaccio", () => startVerdaccio(join(work, "verdaccio"), work));
    registryStarting.catch(() => undefined);
    await step("pnpm install in the copy", () =>
      run(pnpm, ["install", "--frozen-lockfile", "--prefer-offline"], { cwd: repo, env: cleanEnv() }),
    );
    registry = await registryStarting;
    log(`  Verdaccio at ${registry.url}`);

    const publicPackages = listPackages(repo).filter((p) => !p.private);
    const front = publicPackages.map((p) => `"${p.name}": patch`).join("\n");
    writeFileSync(join(repo, ".changeset", "release-e2e.md"), `---\n${front}\n---\n\n${E2E_CHANGESET_SUMMARY}\n`);

    await step("pnpm run version (build, changeset version, lockfile)", () =>
      run(pnpm, ["run", "version"], { cwd: repo, env: cleanEnv() }),
    );
    const published: Record<string, string> = {};
    const changelogs: Record<string, string> = {};
    for (const p of publicPackages) {
      published[p.name] = readPackageJson(join(repo, p.dir)).version ?? "";
      const changelog = join(repo, p.dir, "CHANGELOG.md");
      changelogs[p.name] = existsSync(changelog) ? readFileSync(changelog, "utf8") : "";
    }
    log(
      `  versions: ${Object.entries(published)
        .map(([n, v]) => `${n}@${v}`)
        .join(", ")}`,
    );
    await gitIn(repo, "add", "-A");
    await gitIn(repo, "commit", "-q", "-m", "Version packages");

    const token = await createUser(registry.url);
    const hostPath = registry.url.replace(/^http:/, "");
    const userconfig = join(work, "publish.npmrc");
    writeFileSync(userconfig, `registry=${registry.url}\n${hostPath}:_authToken=${token}\n`);
    const publishEnv = cleanEnv({ NPM_CONFIG_USERCONFIG: userconfig, npm_config_registry: registry.url });
    await step("pnpm run release (build, changeset publish)", () =>
      run(pnpm, ["run", "release"], { cwd: repo, env: publishEnv }),
    );

    const registryView: E2EResult["registry"] = {};
    for (const name of Object.keys(published)) {
      const res = await fetch(`${registry.url}${name.replace("/", "%2f")}`);
      if (!res.ok) throw new Error(`${name} is not on the registry after changeset publish (HTTP ${res.status})`);
      const doc = (await res.json()) as { versions: Record<string, { dependencies?: Record<string, string> }> };
      registryView[name] = {
        versions: Object.keys(doc.versions),
        dependencies: doc.versions[published[name]!]?.dependencies ?? {},
      };
    }
    const tags = (git(repo, ["tag", "--list"]) ?? "").split("\n").filter(Boolean);

    // The bump check against the tags `changeset publish` just made, while the stranger installs.
    const bumpCheck = step(
      "pnpm run release:check in the released copy",
      async () => (await run(pnpm, ["run", "release:check"], { cwd: repo, env: cleanEnv() })).stdout,
    );
    bumpCheck.catch(() => undefined);
    await step("install the packages in a fresh project", async () => {
      mkdirSync(join(consumer, "typecheck"), { recursive: true });
      const rootPkg = readPackageJson(repoRoot) as { devDependencies?: Record<string, string> };
      const devDependencies = {
        typescript: rootPkg.devDependencies?.typescript ?? "5.9.3",
        "@types/node": rootPkg.devDependencies?.["@types/node"] ?? "^20.19.0",
      };
      const pkg = {
        name: "woox-sdk-consumer",
        version: "1.0.0",
        private: true,
        type: "module",
        dependencies: published,
        devDependencies,
      };
      writeFileSync(join(consumer, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
      // Only our scope comes from the local registry; npm's configured default serves everything else.
      writeFileSync(join(consumer, ".npmrc"), `@woox-sdk:registry=${registry!.url}\n`);
      await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: consumer, env: cleanEnv() });
    });

    const bumpCheckAfterRelease = await bumpCheck;

    const esm = await step("ES module script against the sandbox", async () => {
      writeFileSync(join(consumer, "esm.mjs"), ESM_SCRIPT);
      return parseLastJsonLine<ScriptResult>(
        (await run(process.execPath, ["esm.mjs"], { cwd: consumer, env: cleanEnv(), timeoutMs: 60_000 })).stdout,
      );
    });
    const { cjs, cjsStderr } = await step("CommonJS script against the sandbox", async () => {
      writeFileSync(join(consumer, "cjs.cjs"), CJS_SCRIPT);
      const r = await run(process.execPath, ["cjs.cjs"], { cwd: consumer, env: cleanEnv(), timeoutMs: 60_000 });
      return { cjs: parseLastJsonLine<ScriptResult>(r.stdout), cjsStderr: r.stderr };
    });

    const { typecheck, readmeExamples } = await step("type-check under nodenext and bundler", async () => {
      const tc = join(consumer, "typecheck");
      writeFileSync(join(tc, "app.ts"), TYPED_APP);
      writeFileSync(join(tc, "app-cjs.cts"), TYPED_CJS);
      const examples: string[] = [];
      for (const name of Object.keys(published)) {
        const readme = join(consumer, "node_modules", name, "README.md");
        const example = existsSync(readme) ? readmeExample(readFileSync(readme, "utf8")) : undefined;
        if (example === undefined) throw new Error(`the published ${name} has no README with a \`\`\`ts example`);
        const file = `readme-${name.split("/")[1]}.ts`;
        writeFileSync(join(tc, file), example);
        examples.push(file);
      }
      const esmFiles = ["typecheck/app.ts", ...examples.map((f) => `typecheck/${f}`)];
      // nodenext also checks every .d.ts of the installed packages (skipLibCheck off); bundler, the
      // setting most projects use, skips them to keep the run short.
      writeFileSync(
        join(consumer, "tsconfig.nodenext.json"),
        tsconfig("nodenext", [...esmFiles, "typecheck/app-cjs.cts"], { skipLibCheck: false }),
      );
      writeFileSync(join(consumer, "tsconfig.bundler.json"), tsconfig("bundler", esmFiles, { skipLibCheck: true }));
      const tsc = join(consumer, "node_modules", "typescript", "bin", "tsc");
      const [nodenext, bundler] = await Promise.all(
        ["nodenext", "bundler"].map(async (mode) => {
          const r = await run(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`, "--pretty", "false"], {
            cwd: consumer,
            env: cleanEnv(),
            check: false,
          });
          if (r.code !== 0) throw new Error(`tsc (${mode}) failed:\n${r.stdout}${r.stderr}`);
          return `${mode}: ok (${r.ms} ms)`;
        }),
      );
      return { typecheck: { nodenext: nodenext!, bundler: bundler! }, readmeExamples: examples };
    });

    timings.total = Date.now() - started;
    return {
      published,
      registry: registryView,
      changelogs,
      tags,
      esm,
      cjs,
      cjsStderr,
      typecheck,
      readmeExamples,
      bumpCheckAfterRelease,
      timings,
      workDir: work,
    };
  } finally {
    const started_ = registry ?? (await registryStarting?.catch(() => undefined));
    await started_?.stop();
    removeWork();
    releaseWorkCleanup();
    log(
      `release e2e: cleaned up${opts.keep ? ` (kept ${work})` : ""} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
