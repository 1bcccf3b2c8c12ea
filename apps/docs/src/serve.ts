// A small static server for the built site (node:http, no dependencies), used by `pnpm docs` and by the
// tests. It resolves URLs the way static hosts such as GitHub Pages do for a VitePress site with clean
// URLs: `/errors/woox/-1003` serves `-1003.html`, a directory redirects to its trailing-slash form and
// serves its index.html, anything else gets 404.html with status 404.

import { createServer, type Server } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { OUT_DIR, siteBase } from "./site.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServerOptions {
  /** The built site; default apps/docs/dist. */
  root?: string;
  /** Default 127.0.0.1: the docs are served to this machine only. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The base the site was built with; default from DOCS_BASE, like the build. */
  base?: string;
}

export interface StaticServer {
  /** The site's URL, ending with the base, e.g. "http://127.0.0.1:4173/". */
  url: string;
  server: Server;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where a URL path (already stripped of the base) lives under root, or a redirect, or nothing. */
export function resolveSitePath(root: string, urlPath: string): { file: string } | { redirect: true } | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const target = resolve(root, "." + (rel.startsWith("/") ? rel : `/${rel}`));
  if (target !== root && !target.startsWith(root + sep)) return undefined; // no escaping the site
  if (isFile(target)) return { file: target };
  if (isDir(target)) {
    if (!rel.endsWith("/")) return { redirect: true };
    const index = join(target, "index.html");
    return isFile(index) ? { file: index } : undefined;
  }
  if (!rel.endsWith("/") && isFile(`${target}.html`)) return { file: `${target}.html` };
  return undefined;
}

export async function startStaticServer(opts: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(opts.root ?? fileURLToPath(new URL(`../${OUT_DIR}`, import.meta.url)));
  if (!isFile(join(root, "index.html")))
    throw new Error(`No built site at ${root}; run \`pnpm --filter @woox-sdk/docs build\` first`);
  const base = opts.base ?? siteBase();
  const host = opts.host ?? "127.0.0.1";

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      if (`${url.pathname}/` === base) res.writeHead(301, { location: base + url.search }).end();
      else res.writeHead(404, { "content-type": "text/plain" }).end("Not under the site base\n");
      return;
    }
    const found = resolveSitePath(root, url.pathname.slice(base.length - 1));
    if (found && "redirect" in found) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = found?.file ?? join(root, "404.html");
    const status = found ? 200 : 404;
    res.writeHead(status, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://${host}:${port}${base}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// `pnpm docs` / `pnpm --filter @woox-sdk/docs serve`: serve dist on PORT (default 4173, else any free one).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? 4173);
  const start = () =>
    startStaticServer({ port: wanted }).catch((err: NodeJS.ErrnoException) =>
      err.code === "EADDRINUSE" ? startStaticServer({ port: 0 }) : Promise.reject(err),
    );
  start().then(
    (s) => {
      console.log(`woox-sdk docs: ${s.url}`);
      console.log(
        `Error pages: ${s.url}errors/<api>/<code>; point WooxApiError.docsUrl here with docsBaseUrl: "${s.url.replace(/\/$/, "")}"`,
      );
      console.log("Press Ctrl+C to stop.");
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
