import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { referenceProblems, staleOutputProblems } from "./references.js";
import { listPackages, pnpmCommand, readPackageJson, REPO_ROOT, run, type PackageJson } from "./workspace.js";

/**
 * The packaging contract every public package keeps (docs: README "Releasing"):
 * ESM only; `exports` with `types` first in every condition object and `./package.json` exported;
 * a `files` allow-list; `sideEffects: false` (none of our packages has import-time effects); engines
 * `node >=20.19` (require(esm) without a flag); a license, and the repository's LICENSE file in the
 * tarball; a README in the tarball; no sources, tests or source maps in the tarball, and nothing shipped
 * that points at a file the tarball lacks; workspace dependencies as `workspace:^`, which `pnpm publish`
 * turns into `^<version>` (an exact pin would make a user who upgrades one package install a second copy
 * of another, and `instanceof WooxApiError` fails across copies). Then publint and attw (profile
 * esm-only) on the packed tarball, i.e. what `pnpm publish` would upload.
 */
export const ENGINES_NODE = ">=20.19";

export function contractProblems(pkg: PackageJson): string[] {
  const problems: string[] = [];
  if (pkg.type !== "module") problems.push('"type" must be "module" (the packages are ESM only)');
  const exp = pkg.exports as Record<string, unknown> | undefined;
  if (exp === undefined || typeof exp !== "object" || Array.isArray(exp))
    problems.push('"exports" must be an object of subpaths');
  else {
    if (!("." in exp)) problems.push('"exports" has no "." entry');
    if (exp["./package.json"] !== "./package.json") problems.push('"exports" must map "./package.json" to itself');
    const walk = (value: unknown, where: string): void => {
      if (value === null || typeof value !== "object") return;
      const keys = Object.keys(value);
      if (keys.includes("types") && keys[0] !== "types")
        problems.push(`exports${where}: "types" must be the first condition`);
      if (keys.includes("default") && keys.at(-1) !== "default")
        problems.push(`exports${where}: "default" must be the last condition`);
      for (const k of keys) walk((value as Record<string, unknown>)[k], `${where}[${JSON.stringify(k)}]`);
    };
    for (const [sub, target] of Object.entries(exp)) {
      if (sub.includes("*"))
        problems.push(`exports[${JSON.stringify(sub)}]: no wildcard subpaths (every file would become public API)`);
      if (typeof target === "object" && target !== null && !sub.endsWith(".json") && !("types" in target))
        problems.push(`exports[${JSON.stringify(sub)}] has no "types" condition`);
      walk(target, `[${JSON.stringify(sub)}]`);
    }
  }
  if (!Array.isArray(pkg.files) || pkg.files.length === 0) problems.push('"files" must be an allow-list');
  if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false');
  if ((pkg.engines as Record<string, string> | undefined)?.node !== ENGINES_NODE)
    problems.push(`"engines.node" must be "${ENGINES_NODE}"`);
  if (typeof pkg.license !== "string") problems.push('"license" is missing');
  if (typeof pkg.description !== "string" || pkg.description === "") problems.push('"description" is missing');
  for (const [dep, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    if (range.startsWith("file:") || range.startsWith("link:"))
      problems.push(`dependency ${dep} points at a local path (${range})`);
    if (range.startsWith("workspace:") && range !== "workspace:^")
      problems.push(`dependency ${dep} must be "workspace:^" (published as a caret range), not "${range}"`);
  }
  return problems;
}

/** Files that must never be in a tarball. */
const FORBIDDEN_IN_TARBALL = [
  /^src\//,
  /\.test\./,
  /\.test-d\./,
  /\.map$/,
  /(^|\/)tsconfig[^/]*\.json$/,
  /\.tsbuildinfo$/,
  /(^|\/)\.turbo\//,
];

export function tarballProblems(files: string[], pkg: PackageJson): string[] {
  const problems: string[] = [];
  for (const f of files) if (FORBIDDEN_IN_TARBALL.some((re) => re.test(f))) problems.push(`tarball contains ${f}`);
  if (!files.some((f) => /^readme(\.md)?$/i.test(f))) problems.push("tarball has no README.md");
  if (!files.includes("LICENSE")) problems.push("tarball has no LICENSE");
  const exp = pkg.exports as Record<string, unknown> | undefined;
  const targets = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === "string") targets.add(v.replace(/^\.\//, ""));
    else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
  };
  collect(exp);
  for (const t of targets) if (!files.includes(t)) problems.push(`exports target ${t} is not in the tarball`);
  return problems;
}

export interface PackageCheck {
  name: string;
  dir: string;
  tarball: string;
  files: string[];
  contract: string[];
  tarballProblems: string[];
  publint: string[];
  attw: { ok: boolean; problems: string[] };
}

/** `pnpm pack` into `dest`: exactly what `pnpm publish` / `changeset publish` would upload. */
export async function pack(dir: string, dest: string): Promise<{ tarball: string; files: string[] }> {
  const { stdout } = await run(pnpmCommand(), ["pack", "--pack-destination", dest, "--json"], { cwd: dir });
  const info = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filename: string; files: { path: string }[] };
  return { tarball: info.filename, files: info.files.map((f) => f.path) };
}

const requireHere = createRequire(import.meta.url);

async function runPublint(tarball: string): Promise<string[]> {
  const data = readFileSync(tarball);
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: bytes }, level: "suggestion", strict: true });
  return messages.map(
    (m) => `${m.type}: ${formatMessage(m, pkg as Record<string, unknown>, { color: false }) ?? m.code}`,
  );
}

async function runAttw(tarball: string): Promise<{ ok: boolean; problems: string[] }> {
  const bin = join(requireHere.resolve("@arethetypeswrong/cli/package.json"), "..", "dist", "index.js");
  const res = await run(process.execPath, [bin, tarball, "--profile", "esm-only", "--format", "json", "--no-color"], {
    cwd: import.meta.dirname,
    check: false,
  });
  const ignoredKinds = new Set(["node10", "node16-cjs"]); // what the esm-only profile ignores
  let problems: string[];
  try {
    const json = JSON.parse(res.stdout) as {
      problems?: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]>;
    };
    problems = Object.values(json.problems ?? {})
      .flat()
      .filter((p) => p.resolutionKind === undefined || !ignoredKinds.has(p.resolutionKind))
      .map((p) => `${p.kind} at ${p.entrypoint ?? "?"} (${p.resolutionKind ?? "all resolutions"})`);
  } catch {
    problems = [`attw printed no JSON: ${res.stdout.slice(0, 300)}${res.stderr.slice(0, 300)}`];
  }
  return { ok: res.code === 0 && problems.length === 0, problems };
}

/** Packs one package and runs every check on it. */
export async function checkPackage(dir: string): Promise<PackageCheck> {
  const pkg = readPackageJson(dir);
  const dest = mkdtempSync(join(tmpdir(), "woox-pack-"));
  try {
    const { tarball, files } = await pack(dir, dest);
    const [publintMessages, attw] = await Promise.all([runPublint(tarball), runAttw(tarball)]);
    // `pnpm pack` takes every file but package.json as it is on disk, so the packed bytes can be read there.
    const read = (file: string): string => readFileSync(join(dir, file), "utf8");
    const isFile = (file: string): boolean => statSync(join(dir, file), { throwIfNoEntry: false })?.isFile() ?? false;
    const license =
      files.includes("LICENSE") && read("LICENSE") !== readFileSync(join(REPO_ROOT, "LICENSE"), "utf8")
        ? ["LICENSE differs from the repository's LICENSE"]
        : [];
    return {
      name: pkg.name ?? dir,
      dir,
      tarball,
      files,
      contract: contractProblems(pkg),
      tarballProblems: [
        ...tarballProblems(files, pkg),
        ...license,
        ...referenceProblems(files, read),
        ...staleOutputProblems(files, isFile),
      ],
      publint: publintMessages,
      attw,
    };
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

/** The workspace's public packages, as absolute directories. */
export function publicPackageDirs(root = REPO_ROOT): { name: string; dir: string }[] {
  return listPackages(root)
    .filter((p) => !p.private)
    .map((p) => ({ name: p.name, dir: join(root, p.dir) }));
}
