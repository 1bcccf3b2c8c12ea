import { readFileSync } from "node:fs";
import { join } from "node:path";
import getReleasePlan from "@changesets/get-release-plan";
import { parse } from "yaml";
import {
  classifyErrorSchema,
  classifyErrorTable,
  classifyOpenApi,
  errorFieldLevels,
  LEVEL_RANK,
  type Change,
  type Level,
} from "./classify.js";
import { listPackages, type WorkspacePackage } from "../workspace.js";
import { BUMP_RANK, bumpBetween, findBaseline, parseVersion, showFile, type Baseline, type Bump } from "./git.js";

/** A hand-maintained source under spec/ and the package generated from it. */
export interface SpecSource {
  file: string;
  kind: "openapi" | "errors";
  /** The package whose generated code and data come from this file. */
  owner: string;
}

/** The schema of spec/errors.yaml: it says which entry fields exist and what a change to each means. */
const ERROR_SCHEMA = "spec/errors.schema.json";

export const SPEC_SOURCES: readonly SpecSource[] = [
  { file: "spec/openapi.yaml", kind: "openapi", owner: "@woox-sdk/types" },
  { file: "spec/errors.yaml", kind: "errors", owner: "@woox-sdk/errors" },
];

/**
 * The public packages a spec file reaches: the package generated from it, and every public package that
 * depends on that one, directly or not. A dependent that re-exports the types or the catalog (the client
 * does) or serves them (the sandbox does) changes for its users with them, so an additive or breaking
 * change needs the same bump there. A docs-only change reaches a dependent through its `workspace:^`
 * range (published as `^<version>`) with no release of its own; with `exact`, only dependencies pinned
 * to one version (`workspace:*` or a bare version) are followed, as those need a release to pass it on.
 */
export function affectedPackages(packages: WorkspacePackage[], owner: string, exact = false): Set<string> {
  const pinned = (range: string) => range === "workspace:*" || /^(workspace:)?\d+\.\d+\.\d+/.test(range);
  const reached = new Set([owner]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of packages) {
      if (p.private || reached.has(p.name)) continue;
      if (Object.entries(p.dependsOn).some(([d, range]) => reached.has(d) && (!exact || pinned(range)))) {
        reached.add(p.name);
        grew = true;
      }
    }
  }
  return reached;
}

/** The least bump a change of this level needs, given the last released version. */
export function requiredBump(level: Level | undefined, releasedVersion: string): Bump {
  if (level === undefined) return "none";
  if (level === "docs") return "patch";
  if (level === "additive") return "minor";
  const major = parseVersion(releasedVersion)?.[0] ?? 0;
  return major === 0 ? "minor" : "major";
}

export interface SpecDiff {
  source: SpecSource;
  baseline: Baseline;
  changes: Change[];
}

export interface PackageVerdict {
  name: string;
  /** undefined: never committed, so never released: nothing to compare with. */
  baseline: Baseline | undefined;
  /** The version the pending changesets lead to (or the version already in package.json). */
  next: string;
  planned: Bump;
  required: Bump;
  /** The highest level of change among the spec files that reach this package, and which files. */
  level: Level | undefined;
  because: string[];
  ok: boolean;
}

export interface BumpReport {
  diffs: SpecDiff[];
  packages: PackageVerdict[];
  ok: boolean;
}

function loadYaml(text: string | undefined): unknown {
  return text === undefined ? undefined : parse(text, { maxAliasCount: -1 });
}

/**
 * Compares spec/ with its last released version for every public package it reaches, and checks that
 * the pending changesets (or the versions already bumped by `changeset version`) bump each package at
 * least as much as the changes require.
 */
export async function runBumpCheck(root: string): Promise<BumpReport> {
  const packages = listPackages(root);
  const plan = await getReleasePlan(root);
  const diffCache = new Map<string, SpecDiff>();
  const diffs: SpecDiff[] = [];
  const verdicts: PackageVerdict[] = [];

  for (const pkg of packages.filter((p) => !p.private)) {
    const baseline = findBaseline(root, pkg.name, pkg.dir);
    const next = plan.releases.find((r) => r.name === pkg.name)?.newVersion ?? pkg.version;
    let level: Level | undefined;
    const because: string[] = [];
    if (baseline !== undefined) {
      for (const source of SPEC_SOURCES) {
        if (!affectedPackages(packages, source.owner).has(pkg.name)) continue;
        const cacheKey = `${source.file} ${baseline.ref}`;
        let diff = diffCache.get(cacheKey);
        if (diff === undefined) {
          const before = loadYaml(showFile(root, baseline.ref, source.file));
          const after = loadYaml(readFileSync(join(root, source.file), "utf8"));
          let changes: Change[];
          if (source.kind === "openapi") changes = classifyOpenApi(before, after);
          else {
            const released = showFile(root, baseline.ref, ERROR_SCHEMA);
            const beforeSchema = released === undefined ? undefined : (JSON.parse(released) as unknown);
            const afterSchema = JSON.parse(readFileSync(join(root, ERROR_SCHEMA), "utf8")) as unknown;
            changes = [
              ...classifyErrorSchema(beforeSchema, afterSchema),
              ...classifyErrorTable(before, after, errorFieldLevels(beforeSchema, afterSchema)),
            ];
          }
          diff = { source, baseline, changes };
          diffCache.set(cacheKey, diff);
          diffs.push(diff);
        }
        const top = diff.changes.reduce<Level | undefined>(
          (m, c) => (m === undefined || LEVEL_RANK[c.level] > LEVEL_RANK[m] ? c.level : m),
          undefined,
        );
        if (top === undefined) continue;
        if (top === "docs" && !affectedPackages(packages, source.owner, true).has(pkg.name)) continue;
        because.push(`${top} change in ${source.file}`);
        if (level === undefined || LEVEL_RANK[top] > LEVEL_RANK[level]) level = top;
      }
    }
    const released = baseline?.version ?? pkg.version;
    const required = baseline === undefined ? "none" : requiredBump(level, released);
    const planned = bumpBetween(released, next);
    verdicts.push({
      name: pkg.name,
      baseline,
      next,
      planned,
      required,
      level,
      because,
      ok: BUMP_RANK[planned] >= BUMP_RANK[required],
    });
  }
  return { diffs, packages: verdicts, ok: verdicts.every((v) => v.ok) };
}

const pad = (s: string, n: number): string => s.padEnd(n);

/** The report as text: the classified changes per spec file, then one line per package. */
export function formatReport(report: BumpReport): string {
  const lines: string[] = [];
  for (const d of report.diffs) {
    const since =
      d.baseline.how === "tag"
        ? `tag ${d.baseline.ref}`
        : `commit ${d.baseline.ref.slice(0, 12)} (${d.source.owner}@${d.baseline.version})`;
    if (d.changes.length === 0) {
      lines.push(`${d.source.file}: unchanged since ${since}`);
      continue;
    }
    const counts = (["breaking", "additive", "docs"] as const)
      .map((l) => `${d.changes.filter((c) => c.level === l).length} ${l}`)
      .join(", ");
    lines.push(`${d.source.file} since ${since}: ${counts}`);
    for (const c of [...d.changes].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]))
      lines.push(`  ${pad(c.level, 9)} ${pad(c.action, 8)} ${c.detail}`);
  }
  lines.push("");
  lines.push(
    `${pad("package", 22)}${pad("released", 10)}${pad("next", 10)}${pad("planned", 9)}${pad("required", 10)}verdict`,
  );
  for (const v of report.packages) {
    const released = v.baseline?.version ?? "(never)";
    const why = v.because.length > 0 ? `  (${v.because.join("; ")})` : "";
    lines.push(
      `${pad(v.name, 22)}${pad(released, 10)}${pad(v.next, 10)}${pad(v.planned, 9)}${pad(v.required, 10)}${v.ok ? "ok" : "TOO LOW"}${why}`,
    );
  }
  lines.push("");
  if (report.ok) lines.push("ok: the pending version bumps cover the spec changes");
  else {
    const low = report.packages.filter((v) => !v.ok);
    lines.push(
      `FAIL: spec/ changed more than the pending changesets say. Add a changeset (pnpm changeset) that bumps ${low
        .map((v) => `${v.name} at least ${v.required}`)
        .join(", ")}.`,
    );
  }
  return lines.join("\n");
}
