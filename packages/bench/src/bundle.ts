import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { BENCH_DIR } from "./servers.js";

export interface BundleRow {
  id: string;
  label: string;
  platform: "browser" | "node";
  minBytes: number;
  gzipBytes: number;
  /** Imports left out because they are not installed (ccxt's optional protobufjs). */
  external: string[];
}

export interface BundleResult {
  rows: BundleRow[];
  /** Minified bytes of the minimal app by source module (from a build of the sources), largest first. */
  breakdown: { source: string; minBytes: number }[];
}

const ORDER = `{ symbol: "PERP_BTC_USDT", algoType: "STOP", side: "SELL", type: "MARKET", quantity: "0.01", triggerPrice: "59000" }`;

/** The minimal app over one client: create it, place one algo order, on failure show the error's name, hint and docs link. */
const minimalApp = (imports: string, create: string, place: string) => `${imports}

${create}
try {
  console.log(await ${place});
} catch (e) {
  if (isWooxApiError(e)) {
    const { hint } = await e.explain();
    console.log(e.codeName, hint, e.docsUrl);
  }
}
`;

/** The minimal app on @woox-sdk/client/core, the entry for apps that count their bytes: the target is read here. */
export const MINIMAL_APP = minimalApp(
  `import { createWooxCore, isWooxApiError, placeAlgoOrder } from "@woox-sdk/client/core";`,
  `const core = createWooxCore({ apiKey: "key", apiSecret: "secret" });`,
  `core.call(placeAlgoOrder, { body: ${ORDER} })`,
);

/** The same app on the package root, with the helpers, raw calls and the whole operation table. */
export const MINIMAL_APP_FULL_CLIENT = minimalApp(
  `import { createWooxClient, isWooxApiError } from "@woox-sdk/client";`,
  `const client = createWooxClient({ apiKey: "key", apiSecret: "secret" });`,
  `client.algoOrders.place(${ORDER})`,
);

const OPENAPI_FETCH_APP = `import createClient from "openapi-fetch";

const client = createClient({ baseUrl: "https://api.woox.io" });
console.log(await client.POST("/v3/trade/algoOrder", { body: ${ORDER} }));
`;

const CCXT_APP = `import { woo } from "ccxt";

const exchange = new woo({ apiKey: "key", secret: "secret" });
console.log(await exchange.createOrder("BTC/USDT:USDT", "market", "sell", 0.01, undefined, { triggerPrice: 59000 }));
`;

/** A chunk that a dynamic import() loads after the start, with the sources it holds. */
interface LaterChunk {
  bytes: Uint8Array;
  sources: string[];
}

interface Built {
  /** What loads up front: the entry chunk and the chunks it imports statically. */
  min: Uint8Array;
  /** What dynamic import()s load later, chunk by chunk. */
  later: LaterChunk[];
  /** The inputs of what loads up front. */
  inputs: Metafile["outputs"][string]["inputs"];
  external: string[];
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Splits a code-split build into what loads up front and what dynamic import()s load later. */
function loadOrder(outputs: { path: string; contents: Uint8Array }[], metafile: Metafile) {
  const byPath = new Map(outputs.map((o) => [o.path, o.contents]));
  const keys = Object.keys(metafile.outputs).filter((k) => k.endsWith(".js"));
  const full = (k: string) => [...byPath.keys()].find((p) => p.endsWith(k))!;
  const upFront = new Set<string>();
  const visit = (k: string): void => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const i of metafile.outputs[k]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(keys.find((k) => metafile.outputs[k]!.entryPoint !== undefined)!);
  const inputs: Metafile["outputs"][string]["inputs"] = {};
  for (const k of upFront) Object.assign(inputs, metafile.outputs[k]!.inputs);
  return {
    min: concat([...upFront].map((k) => byPath.get(full(k))!)),
    later: keys
      .filter((k) => !upFront.has(k))
      .map((k) => ({ bytes: byPath.get(full(k))!, sources: Object.keys(metafile.outputs[k]!.inputs).map(sourceOf) })),
    inputs,
  };
}

async function bundle(contents: string, platform: "browser" | "node", plugins: Plugin[] = []): Promise<Built> {
  let external: string[] = [];
  // Leave out what the package imports but does not have installed, and say so.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const r = await build({
        stdin: { contents, resolveDir: BENCH_DIR, sourcefile: "app.ts", loader: "ts" },
        bundle: true,
        minify: true,
        format: "esm",
        target: "es2022",
        platform,
        external,
        plugins,
        // Split as browser bundlers do, so that a dynamic import() is a chunk loaded when reached.
        splitting: true,
        outdir: "out",
        metafile: true,
        write: false,
        logLevel: "silent",
      });
      return { ...loadOrder(r.outputFiles, r.metafile), external };
    } catch (e) {
      const missing = ((e as { errors?: { text: string }[] }).errors ?? [])
        .map((x) => /Could not resolve "([^"]+)"/.exec(x.text)?.[1])
        .filter((x): x is string => x !== undefined && !x.startsWith("node:"));
      if (missing.length === 0) throw e;
      external = [...new Set([...external, ...missing])];
    }
  }
  throw new Error("esbuild: could not bundle even with the missing imports left external");
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

function sourceOf(path: string): string {
  const pkg = /(?:^|\/)(?:packages\/|\.\.\/)(client|errors|types)\/(?:dist|src)\/(.+)$/.exec(path);
  if (pkg) return `@woox-sdk/${pkg[1]}/${pkg[2]}`;
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(
    path.replace(/.*\.pnpm\/[^/]+\/node_modules\//, "node_modules/"),
  );
  return mod ? mod[1]! : path;
}

/**
 * Resolves the workspace's packages to their TypeScript sources (package.json "exports" names
 * ./dist/x.js, built from src/x.ts). The published files are bundled, one per entry, so only a build of
 * the sources tells which module the bytes come from.
 */
const WORKSPACE_IMPORT = /^@woox-sdk\/(types|errors|client)(\/[\w-]+)?$/;
const fromSources: Plugin = {
  name: "woox-sdk-sources",
  setup(b) {
    b.onResolve({ filter: WORKSPACE_IMPORT }, (args) => {
      const [, name, sub] = WORKSPACE_IMPORT.exec(args.path)!;
      const dir = join(BENCH_DIR, "..", name!);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        exports: Record<string, string | { default: string }>;
      };
      const target = pkg.exports[sub ? `.${sub}` : "."]!;
      const file = (typeof target === "string" ? target : target.default).replace(/^\.\/dist\//, "src/");
      return { path: join(dir, file.replace(/\.js$/, ".ts")) };
    });
  },
};

/** The chunks the minimal app may load after the start, by what they hold; a chunk counts once, for the first that holds it. */
const LATER: { id: string; label: string; holds: (source: string) => boolean }[] = [
  {
    id: "app-prose",
    label: "Loaded by explain(): the error catalog's prose",
    holds: (s) => s.includes("/text-woox"),
  },
  {
    id: "app-openapi-fetch",
    label:
      "Loaded by the first call with the caller's own headers or openapi-fetch options: openapi-fetch and its adapter",
    holds: (s) => s === "openapi-fetch" || /\/(chunks\/)?front[.-]/.test(s),
  },
  {
    id: "app-node-wire",
    label: "Loaded in Node only, never in a browser: the node:http wire",
    holds: (s) => /\/(chunks\/)?node-wire[.-]/.test(s),
  },
  {
    id: "app-failure",
    label:
      "Loaded by the first failure: WooxApiError with the catalog's V3 rules, transport errors, the retry loop and its rules, reconciliation",
    holds: (s) => s.startsWith("@woox-sdk/errors/") || /\/(chunks\/)?failure[.-]/.test(s),
  },
];

export async function runBundle(): Promise<BundleResult> {
  const app = await bundle(MINIMAL_APP, "browser");
  const full = await bundle(MINIMAL_APP_FULL_CLIENT, "browser");
  const of = await bundle(OPENAPI_FETCH_APP, "browser");
  const cc = await bundle(CCXT_APP, "node");
  const row = (id: string, label: string, platform: "browser" | "node", b: Built): BundleRow => ({
    id,
    label,
    platform,
    minBytes: b.min.length,
    gzipBytes: gzip(b.min),
    external: b.external,
  });
  const labelOf = (c: LaterChunk) => LATER.find((l) => c.sources.some(l.holds))?.id;
  const unlabelled = app.later.filter((c) => labelOf(c) === undefined);
  if (unlabelled.length > 0) {
    throw new Error(`the minimal app loads a chunk the report does not name: ${unlabelled[0]!.sources.join(", ")}`);
  }
  const later = LATER.map(({ id, label }): BundleRow => {
    const bytes = concat(app.later.filter((c) => labelOf(c) === id).map((c) => c.bytes));
    return { id, label, platform: "browser", minBytes: bytes.length, gzipBytes: gzip(bytes), external: [] };
  });
  const bySource = await bundle(MINIMAL_APP, "browser", [fromSources]);
  const breakdown = Object.entries(bySource.inputs)
    .map(([path, v]) => ({ source: sourceOf(path), minBytes: v.bytesInOutput }))
    .filter((x) => x.minBytes > 0)
    .sort((a, b) => b.minBytes - a.minBytes);
  return {
    rows: [
      row("app", "Minimal app, up front: @woox-sdk/client/core, one placement, the error on failure", "browser", app),
      ...later,
      row("app-full-client", "The same app on @woox-sdk/client (the package root), up front", "browser", full),
      row("openapi-fetch", "openapi-fetch alone (createClient + one POST)", "browser", of),
      row("ccxt", "ccxt woo (createOrder with a trigger price)", "node", cc),
    ],
    breakdown,
  };
}
