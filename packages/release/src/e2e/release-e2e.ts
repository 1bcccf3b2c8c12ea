import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { git } from "../bump-check/git.js";
import { killRunning, listPackages, pnpmCommand, readPackageJson, REPO_ROOT } from "../workspace.js";
import {
  installConsumer,
  installedCopies,
  runCjsScript,
  runEsmScript,
  typecheckConsumer,
  type InstalledCopy,
  type ScriptResult,
} from "./consumer.js";
import { atExit, cleanEnv, run } from "./processes.js";
import { createUser, registryEntry, startVerdaccio, type Registry } from "./verdaccio.js";

/**
 * The release, end to end, as a stranger would meet it:
 *  1. copy the repo (tracked and untracked-but-not-ignored files) into a temporary git repo: the real
 *     working tree, its versions and its git state are never touched;
 *  2. start Verdaccio on 127.0.0.1 (a port the OS picks, temporary storage, no uplinks);
 *  3. in the copy: install, add a changeset, run the real `pnpm run version` (build, `changeset version`,
 *     lockfile refresh), commit it, and `pnpm run release` (build, `changeset publish`) into Verdaccio;
 *  4. publish a later patch of @woox-sdk/errors alone, as happens when one package gets a fix;
 *  5. in a fresh project outside the workspace, install the released packages with that newer errors
 *     from Verdaccio (only the @woox-sdk scope is routed there; everything else comes from the default
 *     registry), run an ES-module script and a CommonJS script that place and read an algo order against
 *     @woox-sdk/sandbox, and type-check TypeScript (plus every README example) under moduleResolution
 *     nodenext and bundler;
 *  6. stop Verdaccio and delete everything, whatever happened (also on exit and on SIGINT/SIGTERM; the
 *     Verdaccio launcher deletes the directory itself if this process dies without cleaning up).
 */

export interface E2EOptions {
  repoRoot?: string;
  log?: (line: string) => void;
  /** Keep the temporary directory (for debugging); Verdaccio is stopped anyway. */
  keep?: boolean;
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
  /** The later @woox-sdk/errors patch the fresh project installed with the released packages. */
  errorsPatch: string;
  /** Every copy of @woox-sdk/errors in the fresh project's node_modules. */
  errorsCopies: InstalledCopy[];
  bumpCheckAfterRelease: string;
  timings: Record<string, number>;
  /** The temporary directory everything happened in (deleted unless `keep`). */
  workDir: string;
}

export const E2E_CHANGESET_SUMMARY = "Release e2e: published to a local registry and installed by a fresh project.";

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

const ERRORS = "@woox-sdk/errors";

/**
 * Publishes the next patch version of a released package on its own, as a fix to that one package would
 * be: a copy of its directory (it has no workspace dependencies to rewrite) with the version raised,
 * published by pnpm, which applies the package's `files` as for any release. Returns the new version.
 */
async function publishPatch(pnpm: string, pkgDir: string, dest: string, env: NodeJS.ProcessEnv): Promise<string> {
  const pkg = readPackageJson(pkgDir);
  const [major, minor, patch] = (pkg.version ?? "").split(".").map(Number);
  const version = `${major}.${minor}.${(patch ?? 0) + 1}`;
  cpSync(pkgDir, dest, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes("node_modules") });
  writeFileSync(join(dest, "package.json"), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  await run(pnpm, ["publish", "--no-git-checks"], { cwd: dest, env });
  return version;
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
    for (const name of Object.keys(published))
      registryView[name] = await registryEntry(registry.url, name, published[name]!);
    const tags = (git(repo, ["tag", "--list"]) ?? "").split("\n").filter(Boolean);

    // The bump check against the tags `changeset publish` just made, while the stranger installs.
    const bumpCheck = step(
      "pnpm run release:check in the released copy",
      async () => (await run(pnpm, ["run", "release:check"], { cwd: repo, env: cleanEnv() })).stdout,
    );
    bumpCheck.catch(() => undefined);

    const errorsDir = join(repo, publicPackages.find((p) => p.name === ERRORS)!.dir);
    const errorsPatch = await step(`publish a later ${ERRORS} patch alone`, () =>
      publishPatch(pnpm, errorsDir, join(work, "errors-patch"), publishEnv),
    );

    await step("install the packages in a fresh project", () => {
      const rootPkg = readPackageJson(repoRoot) as { devDependencies?: Record<string, string> };
      const devDependencies = {
        typescript: rootPkg.devDependencies?.typescript ?? "5.9.3",
        "@types/node": rootPkg.devDependencies?.["@types/node"] ?? "^20.19.0",
      };
      return installConsumer(consumer, registry!.url, { ...published, [ERRORS]: errorsPatch }, devDependencies);
    });
    const errorsCopies = installedCopies(consumer, ERRORS);
    const bumpCheckAfterRelease = await bumpCheck;

    const esm = await step("ES module script against the sandbox", () => runEsmScript(consumer));
    const { cjs, cjsStderr } = await step("CommonJS script against the sandbox", () => runCjsScript(consumer));
    const { typecheck, readmeExamples } = await step("type-check under nodenext and bundler", () =>
      typecheckConsumer(consumer, Object.keys(published)),
    );

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
      errorsPatch,
      errorsCopies,
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
