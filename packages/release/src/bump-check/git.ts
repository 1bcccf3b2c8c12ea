import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** Runs git in `cwd`; returns stdout, or undefined when git exits non-zero. */
export function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** `x.y.z` (a pre-release or build suffix is ignored) → numbers, or undefined. */
export function parseVersion(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export type Bump = "none" | "patch" | "minor" | "major";
export const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The bump that takes `from` to `to` (`none` if `to` is not higher). */
export function bumpBetween(from: string, to: string): Bump {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (!a || !b) return "none";
  if (b[0] !== a[0]) return b[0] > a[0] ? "major" : "none";
  if (b[1] !== a[1]) return b[1] > a[1] ? "minor" : "none";
  return b[2] > a[2] ? "patch" : "none";
}

function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export interface Baseline {
  /** A git revision: the release tag, or the commit that last set the version. */
  ref: string;
  /** The package's version at that revision: its last released version. */
  version: string;
  how: "tag" | "version-commit";
}

/**
 * The last release of a package, from git alone (so it works in a fresh clone):
 * 1. the highest `<name>@<version>` tag reachable from HEAD (`changeset publish` creates these tags);
 * 2. otherwise the last commit that changed the `"version"` line of `<dir>/package.json`: the commit of
 *    the last `pnpm run version` (which only runs as part of a release), or the commit that created the
 *    package. Before the first release this is the version the package was created with.
 * Returns undefined for a package that has no committed package.json yet (nothing was released).
 * Throws in a shallow clone whose history stops before that commit.
 */
export function findBaseline(root: string, name: string, dir: string): Baseline | undefined {
  const tags = (git(root, ["tag", "--list", `${name}@*`, "--merged", "HEAD"]) ?? "")
    .split("\n")
    .map((t) => t.trim())
    .filter((t) => t !== "" && parseVersion(t.slice(name.length + 1)) !== undefined);
  if (tags.length > 0) {
    const tag = tags.sort((a, b) => compareVersions(a.slice(name.length + 1), b.slice(name.length + 1))).at(-1)!;
    return { ref: tag, version: tag.slice(name.length + 1), how: "tag" };
  }
  const file = `${dir}/package.json`;
  const commit = git(root, ["log", "-1", "--format=%H", "-G", '"version"[[:space:]]*:', "--", file])?.trim();
  if (!commit) return undefined;
  // In a shallow clone the oldest fetched commits look like root commits that add every file; if the
  // commit found is one of them, the real one is older than the clone.
  const shallowFile = git(root, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"])?.trim();
  if (shallowFile && existsSync(shallowFile) && readFileSync(shallowFile, "utf8").split("\n").includes(commit)) {
    throw new Error(
      `this clone is shallow and its history stops at ${commit.slice(0, 12)}, so the last release of ${name} ` +
        "cannot be found: fetch the full history (git fetch --unshallow --tags)",
    );
  }
  const pkg = git(root, ["show", `${commit}:${file}`]);
  const version = pkg === undefined ? undefined : (JSON.parse(pkg) as { version?: string }).version;
  if (version === undefined) return undefined;
  return { ref: commit, version, how: "version-commit" };
}

/** A file's content at a revision, or undefined when it did not exist there. */
export function showFile(root: string, ref: string, file: string): string | undefined {
  return git(root, ["show", `${ref}:${file}`]);
}
