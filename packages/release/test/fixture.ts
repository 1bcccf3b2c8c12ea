import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "../src/workspace.js";

/**
 * A throwaway git repo holding what the bump check reads from the real one: the root manifest, the
 * workspace and changesets config, spec/ and every workspace package.json (no sources, no pending
 * changesets). Committed once, so that commit is the packages' "last release".
 */
export function makeSpecRepo(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "woox-bump-check-"));
  const copy = (rel: string): void => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    cpSync(join(REPO_ROOT, rel), join(dir, rel));
  };
  for (const rel of [
    "package.json",
    "pnpm-workspace.yaml",
    ".changeset/config.json",
    // All of spec/ (pnpm gen also reads spec/asyncapi.yaml), so a new spec file needs no edit here.
    ...readdirSync(join(REPO_ROOT, "spec")).map((name) => `spec/${name}`),
  ])
    copy(rel);
  for (const parent of ["packages", "apps"]) {
    for (const name of readdirSync(join(REPO_ROOT, parent))) {
      if (existsSync(join(REPO_ROOT, parent, name, "package.json"))) copy(`${parent}/${name}/package.json`);
    }
  }
  git(dir, "init", "-q", "-b", "main");
  commitAll(dir, "baseline");
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=release-test",
      "-c",
      "user.email=release-test@localhost",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "tag.gpgsign=false",
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

export function commitAll(cwd: string, message: string): void {
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--allow-empty", "-m", message);
}

/** Writes a pending changeset: `{ "@woox-sdk/types": "patch", … }`. */
export function addChangeset(
  dir: string,
  id: string,
  bumps: Record<string, "patch" | "minor" | "major">,
  summary = "Test change.",
): void {
  const front = Object.entries(bumps)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join("\n");
  writeFileSync(join(dir, ".changeset", `${id}.md`), `---\n${front}\n---\n\n${summary}\n`);
}

export function readText(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), "utf8");
}

export function writeText(dir: string, rel: string, text: string): void {
  writeFileSync(join(dir, rel), text);
}
