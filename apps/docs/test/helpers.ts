// Shared by the docs tests: the built site (built on demand), its files, and text extraction from HTML.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { OUT_DIR } from "../src/site.js";
import { specPath } from "../src/spec.js";
import { textOfHtml } from "../src/text.js";

export const DOCS_DIR = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(DOCS_DIR, OUT_DIR);
const STAMP = join(DIST, "hashmap.json");
const LOCK = join(DOCS_DIR, "node_modules", ".docs-test-build.lock");

/** The newest mtime of the files under path (directories' own mtimes change while VitePress builds). */
function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === "node_modules" || name === "cache" || name === ".temp") continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** The inputs of the site: its own sources, the bundled spec and the built error catalog. */
function inputsMtime(): number {
  const errorsDist = dirname(createRequire(import.meta.url).resolve("@woox-sdk/errors"));
  return Math.max(
    ...["pages", "src", ".vitepress"].map((d) => newestMtime(join(DOCS_DIR, d))),
    newestMtime(specPath()),
    newestMtime(errorsDist),
  );
}

/** Built from the current inputs, and for the base "/" the tests use (not e.g. DOCS_BASE=/woox-sdk/). */
function fresh(): boolean {
  if (!existsSync(STAMP) || statSync(STAMP).mtimeMs < inputsMtime()) return false;
  return readFileSync(join(DIST, "index.html"), "utf8").includes('href="/favicon.svg"');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes sure dist/ holds a build of the current sources. CI builds first (turbo), so this is a no-op
 * there; locally it saves a forgotten `pnpm --filter @woox-sdk/docs build`. Test files run in parallel
 * workers, so the build is guarded by a lock directory (mkdir is atomic).
 */
export async function ensureSite(): Promise<void> {
  for (let waited = 0; !fresh(); waited += 250) {
    let owner = false;
    try {
      mkdirSync(LOCK, { recursive: false });
      owner = true;
    } catch {
      // Another worker is building; a lock older than 3 minutes is left over from a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000)
        rmSync(LOCK, { recursive: true, force: true });
    }
    if (owner) {
      try {
        if (!fresh())
          execFileSync("pnpm", ["exec", "vitepress", "build"], {
            cwd: DOCS_DIR,
            stdio: "pipe",
            timeout: 170_000,
            env: { ...process.env, DOCS_BASE: "" },
          });
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    if (waited > 180_000) throw new Error("Timed out waiting for another worker's docs build");
    await sleep(250);
  }
}

/** Every file under dir, as paths relative to dir with "/" separators. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export function readDist(rel: string): string {
  return readFileSync(join(DIST, rel), "utf8");
}

/** The visible text of an HTML fragment (the same extraction the search index uses). */
export const textOf = textOfHtml;

/** The main content of a built page (VitePress renders it inside <main>). */
export function mainOf(html: string): string {
  const m = /<main[\s\S]*?<\/main>/.exec(html);
  return m ? m[0] : html;
}

/** Every href in an HTML document. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
}

/** Module names a browser bundle must never import: Node.js built-ins and the Node WebSocket library. */
export const NODE_ONLY = /^node:|^(?:ws|crypto|http|https|fs|net|os|path|util|buffer|stream)$/;

/**
 * A component's chunk of the built site (`<Name>.<hash>.js`, exactly one) and every chunk it imports,
 * transitively, as `{ file: specifiers }`, so a test can check what the page's code reaches.
 */
export function chunkGraph(component: string): Map<string, string[]> {
  const chunks = join(DIST, "assets", "chunks");
  const own = readdirSync(chunks).filter((f) => new RegExp(`^${component}\\.[\\w-]+\\.js$`).test(f));
  if (own.length !== 1) throw new Error(`expected one ${component} chunk, found ${own.length}`);
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const js = readFileSync(join(chunks, file), "utf8");
    const specifiers = [...js.matchAll(/(?:\bimport\s*(?:[\w{}$,\s*]+from\s*)?|\bimport\(\s*)["']([^"']+)["']/g)].map(
      (m) => m[1] ?? "",
    );
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith("./")) visit(s.slice(2));
  };
  visit(own[0]!);
  return graph;
}

/** The code of every chunk in `graph`, joined. */
export function chunkCode(graph: Map<string, string[]>): string {
  return [...graph.keys()].map((f) => readFileSync(join(DIST, "assets", "chunks", f), "utf8")).join("\n");
}
