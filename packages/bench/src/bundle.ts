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
  /** Minified bytes of the minimal app by source, largest first. */
  breakdown: { source: string; minBytes: number }[];
}

const ORDER = `{ symbol: "PERP_BTC_USDT", algoType: "STOP", side: "SELL", type: "MARKET", quantity: "0.01", triggerPrice: "59000" }`;

/** The minimal app: create the client, place one algo order, on failure show the error's name, hint and docs link. */
export const MINIMAL_APP = `import { createWooxClient, isWooxApiError } from "@woox-sdk/client";

const client = createWooxClient({ apiKey: "key", apiSecret: "secret" });
try {
  console.log(await client.algoOrders.place(${ORDER}));
} catch (e) {
  if (isWooxApiError(e)) {
    const { hint } = await e.explain();
    console.log(e.codeName, hint, e.docsUrl);
  }
}
`;

const OPENAPI_FETCH_APP = `import createClient from "openapi-fetch";

const client = createClient({ baseUrl: "https://api.woox.io" });
console.log(await client.POST("/v3/trade/algoOrder", { body: ${ORDER} }));
`;

const CCXT_APP = `import { woo } from "ccxt";

const exchange = new woo({ apiKey: "key", secret: "secret" });
console.log(await exchange.createOrder("BTC/USDT:USDT", "market", "sell", 0.01, undefined, { triggerPrice: 59000 }));
`;

interface Built {
  /** What loads up front: the entry chunk and the chunks it imports statically. */
  min: Uint8Array;
  /** What loads later, through dynamic import() (the error catalog's prose, on `explain()`). */
  later: Uint8Array;
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

/** Splits a code-split build into what loads up front and what a dynamic import() loads later. */
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
    later: concat(keys.filter((k) => !upFront.has(k)).map((k) => byPath.get(full(k))!)),
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
  const pkg = /(?:^|\/)(?:packages\/|\.\.\/)(client|errors|types)\/dist\/(.+)$/.exec(path);
  if (pkg) return `@woox-sdk/${pkg[1]}/${pkg[2]}`;
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(
    path.replace(/.*\.pnpm\/[^/]+\/node_modules\//, "node_modules/"),
  );
  return mod ? mod[1]! : path;
}

export async function runBundle(): Promise<BundleResult> {
  const app = await bundle(MINIMAL_APP, "browser");
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
  const breakdown = Object.entries(app.inputs)
    .map(([path, v]) => ({ source: sourceOf(path), minBytes: v.bytesInOutput }))
    .filter((x) => x.minBytes > 0)
    .sort((a, b) => b.minBytes - a.minBytes);
  return {
    rows: [
      row("app", "Minimal app: @woox-sdk/client, one placement, explain() on failure", "browser", app),
      {
        ...row("app-later", "Loaded on a failure: the error catalog's prose (explain())", "browser", app),
        minBytes: app.later.length,
        gzipBytes: gzip(app.later),
      },
      row("openapi-fetch", "openapi-fetch alone (createClient + one POST)", "browser", of),
      row("ccxt", "ccxt woo (createOrder with a trigger price)", "node", cc),
    ],
    breakdown,
  };
}
