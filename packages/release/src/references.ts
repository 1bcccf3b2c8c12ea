import { posix } from "node:path";

/**
 * What the shipped JavaScript and declaration files point at inside their own package, and whether the
 * tarball holds it: relative `import`/`export ... from`, `import()`, `require()`, `/// <reference path>`
 * and `//# sourceMappingURL`. A user's bundler, debugger or type checker follows each of them, so a
 * target left out of `files` (or never built) breaks the package for them even when publint and attw
 * are content.
 */

const CODE = /\.(?:[mc]?js|d\.[mc]?ts)$/;
const SPECIFIERS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  /^\/\/\/\s*<reference\s+path\s*=\s*["']([^"']+)["']/gm,
];
const SOURCE_MAP = /^\/\/# sourceMappingURL=(\S+)\s*$/gm;

const isDeclaration = (file: string): boolean => /\.d\.[mc]?ts$/.test(file);

/** The files a relative specifier in `from` may resolve to, in the order TypeScript or Node tries them. */
function candidates(from: string, specifier: string): string[] {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  if (!isDeclaration(from)) return [target];
  const js = /\.([mc]?)js$/.exec(target);
  if (js) return [`${target.slice(0, -js[0].length)}.d.${js[1]}ts`];
  if (/\.(?:d\.[mc]?ts|json)$/.test(target)) return [target];
  return [`${target}.d.ts`, `${target}/index.d.ts`];
}

/** Every reference from a shipped .js/.d.ts file to a file of the package that the tarball does not hold. */
export function referenceProblems(files: readonly string[], read: (file: string) => string): string[] {
  const shipped = new Set(files);
  const problems: string[] = [];
  for (const file of files.filter((f) => CODE.test(f))) {
    const text = read(file);
    for (const re of SPECIFIERS) {
      for (const m of text.matchAll(re)) {
        const specifier = m[1]!;
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
        const options = candidates(file, specifier);
        if (!options.some((c) => shipped.has(c)))
          problems.push(`${file} imports ${specifier}, but the tarball has no ${options.join(" or ")}`);
      }
    }
    for (const m of text.matchAll(SOURCE_MAP)) {
      const url = m[1]!;
      if (url.startsWith("data:")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), url));
      if (!shipped.has(target)) problems.push(`${file} names the source map ${url}, which the tarball does not hold`);
    }
  }
  return problems;
}

/**
 * Shipped build outputs with no source: a build that does not clear dist/ leaves what an earlier build
 * wrote, so a renamed or deleted module lives on in dist/ and would be published. `hasFile` answers for
 * the package directory. dist/chunks/ holds what the bundler shares between entries or loads with import(),
 * named by content hash rather than by source; tools/build-package.mjs clears dist/ first, so no chunk
 * outlives its build.
 */
export function staleOutputProblems(files: readonly string[], hasFile: (file: string) => boolean): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (!file.startsWith("dist/") || file.startsWith("dist/chunks/")) continue;
    const base = file.slice("dist/".length).replace(/\.(?:d\.[mc]?ts|[mc]?js)$/, "");
    const sources = ["ts", "tsx", "mts", "cts"].map((ext) => `src/${base}.${ext}`).concat(`src/${base}`);
    if (!sources.some(hasFile)) problems.push(`${file} has no source in src/ (a stale build output: delete dist/)`);
  }
  return problems;
}
