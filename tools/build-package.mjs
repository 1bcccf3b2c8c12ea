// Builds the published package in the current directory into dist/:
//
// - declarations with tsc, one .d.ts per source file, as editors and the docs read them;
// - JavaScript bundled with esbuild: one file per entry of package.json "exports", and the code that entries
//   share, or that a dynamic import() reaches, in dist/chunks/. A cold import then reads a handful of files
//   instead of one per module (Node's loader costs about a millisecond per file). Dependencies stay imports.
//
// Usage (a package's "build" script): node ../../tools/build-package.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
// esbuild and tsc as the package itself has them installed.
const requireHere = createRequire(join(dir, "package.json"));
const { build } = requireHere("esbuild");

/** The source of every JavaScript entry of "exports": "./dist/text.js" is built from src/text.ts. */
function entryPoints() {
  const targets = Object.values(pkg.exports).map((e) => (typeof e === "string" ? e : e.default));
  const entries = targets
    .filter((t) => typeof t === "string" && /^\.\/dist\/.+\.js$/.test(t))
    .map((t) => t.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts"));
  if (entries.length === 0) throw new Error(`${pkg.name}: no "./dist/*.js" entry in package.json "exports"`);
  return entries;
}

const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

rmSync(join(dir, "dist"), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [requireHere.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--emitDeclarationOnly"],
  {
    cwd: dir,
    stdio: "inherit",
  },
);
await build({
  absWorkingDir: dir,
  entryPoints: entryPoints(),
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  chunkNames: "chunks/[name]-[hash]",
  external: [...dependencies, ...dependencies.map((d) => `${d}/*`), "node:*"],
  logLevel: "warning",
});
