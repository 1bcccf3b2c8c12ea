import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readPackageJson } from "../workspace.js";
import { CJS_SCRIPT, ESM_SCRIPT, readmeExample, TYPED_APP, TYPED_CJS, tsconfig } from "./consumer-files.js";
import { cleanEnv, run } from "./processes.js";

// The stranger's project: a directory outside the workspace that installs the published packages from
// the local registry (only the @woox-sdk scope is routed there) and uses them as the READMEs say.

export interface ScriptResult {
  algoOrderId: string;
  readBack: string;
  algoType: string;
  algoStatus: string;
  deniedIsWooxApiError: boolean;
  /** The client's error is an instance of the WooxApiError the project imports from @woox-sdk/errors. */
  deniedIsErrorsPackageError: boolean;
  deniedCode: string | null;
  deniedName: string | null;
  catalogAgrees: boolean;
  /** The catalog's hint, which `explain()` loads from the installed package's prose module. */
  deniedHint: string | null;
  /** The algo order read back through @woox-sdk/client/core. */
  coreReadBack: string;
  /** The code name of the core's error for the forged signature, when it is the errors package's WooxApiError. */
  coreDeniedName: string | null;
  typesVersion: string;
}

/** One installed copy of a package: where (relative to the project) and which version. */
export interface InstalledCopy {
  path: string;
  version: string;
}

/** Writes package.json and .npmrc, and `npm install`s. */
export async function installConsumer(
  dir: string,
  registryUrl: string,
  dependencies: Record<string, string>,
  devDependencies: Record<string, string>,
): Promise<void> {
  mkdirSync(join(dir, "typecheck"), { recursive: true });
  const pkg = {
    name: "woox-sdk-consumer",
    version: "1.0.0",
    private: true,
    type: "module",
    dependencies,
    devDependencies,
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  // Only our scope comes from the local registry; npm's configured default serves everything else.
  writeFileSync(join(dir, ".npmrc"), `@woox-sdk:registry=${registryUrl}\n`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env: cleanEnv() });
}

/** Every copy of `name` under the project's node_modules, nested ones included. */
export function installedCopies(dir: string, name: string): InstalledCopy[] {
  const copies: InstalledCopy[] = [];
  const visit = (nodeModules: string): void => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith(".")) continue;
      const names = entry.startsWith("@")
        ? readdirSync(join(nodeModules, entry)).map((scoped) => `${entry}/${scoped}`)
        : [entry];
      for (const pkgName of names) {
        const pkgDir = join(nodeModules, pkgName);
        if (pkgName === name) copies.push({ path: relative(dir, pkgDir), version: readPackageJson(pkgDir).version! });
        visit(join(pkgDir, "node_modules"));
      }
    }
  };
  visit(join(dir, "node_modules"));
  return copies;
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

/** Runs the ES-module script against the sandbox. */
export async function runEsmScript(dir: string): Promise<ScriptResult> {
  writeFileSync(join(dir, "esm.mjs"), ESM_SCRIPT);
  const r = await run(process.execPath, ["esm.mjs"], { cwd: dir, env: cleanEnv(), timeoutMs: 60_000 });
  return parseLastJsonLine<ScriptResult>(r.stdout);
}

/** Runs the CommonJS script against the sandbox; its stderr shows any require(esm) warning. */
export async function runCjsScript(dir: string): Promise<{ cjs: ScriptResult; cjsStderr: string }> {
  writeFileSync(join(dir, "cjs.cjs"), CJS_SCRIPT);
  const r = await run(process.execPath, ["cjs.cjs"], { cwd: dir, env: cleanEnv(), timeoutMs: 60_000 });
  return { cjs: parseLastJsonLine<ScriptResult>(r.stdout), cjsStderr: r.stderr };
}

/** Type-checks a TypeScript app, a .cts file and every package README's example under nodenext and bundler. */
export async function typecheckConsumer(
  dir: string,
  packages: string[],
): Promise<{ typecheck: { nodenext: string; bundler: string }; readmeExamples: string[] }> {
  const tc = join(dir, "typecheck");
  writeFileSync(join(tc, "app.ts"), TYPED_APP);
  writeFileSync(join(tc, "app-cjs.cts"), TYPED_CJS);
  const examples: string[] = [];
  for (const name of packages) {
    const readme = join(dir, "node_modules", name, "README.md");
    const example = existsSync(readme) ? readmeExample(readFileSync(readme, "utf8")) : undefined;
    if (example === undefined) throw new Error(`the published ${name} has no README with a \`\`\`ts example`);
    const file = `readme-${name.split("/")[1]}.ts`;
    writeFileSync(join(tc, file), example);
    examples.push(file);
  }
  const esmFiles = ["typecheck/app.ts", ...examples.map((f) => `typecheck/${f}`)];
  // nodenext also checks every .d.ts of the installed packages (skipLibCheck off); bundler, the setting
  // most projects use, skips them to keep the run short.
  writeFileSync(
    join(dir, "tsconfig.nodenext.json"),
    tsconfig("nodenext", [...esmFiles, "typecheck/app-cjs.cts"], { skipLibCheck: false }),
  );
  writeFileSync(join(dir, "tsconfig.bundler.json"), tsconfig("bundler", esmFiles, { skipLibCheck: true }));
  const tsc = join(dir, "node_modules", "typescript", "bin", "tsc");
  const [nodenext, bundler] = await Promise.all(
    ["nodenext", "bundler"].map(async (mode) => {
      const r = await run(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`, "--pretty", "false"], {
        cwd: dir,
        env: cleanEnv(),
        check: false,
      });
      if (r.code !== 0) throw new Error(`tsc (${mode}) failed:\n${r.stdout}${r.stderr}`);
      return `${mode}: ok (${r.ms} ms)`;
    }),
  );
  return { typecheck: { nodenext: nodenext!, bundler: bundler! }, readmeExamples: examples };
}
