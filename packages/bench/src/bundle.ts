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

/** The minimal app: create the client, place one algo order, look up one error. */
export const MINIMAL_APP = `import { createWooxClient } from "@woox-sdk/client";
import { lookupError, WooxApiError } from "@woox-sdk/errors";

const client = createWooxClient({ apiKey: "key", apiSecret: "secret" });
try {
  console.log(await client.algoOrders.place(${ORDER}));
} catch (e) {
  if (e instanceof WooxApiError) console.log(e.codeName, e.retryable);
}
console.log(lookupError(-1003)?.name);
`;

const OPENAPI_FETCH_APP = `import createClient from "openapi-fetch";

const client = createClient({ baseUrl: "https://api.woox.io" });
console.log(await client.POST("/v3/trade/algoOrder", { body: ${ORDER} }));
`;

const CCXT_APP = `import { woo } from "ccxt";

const exchange = new woo({ apiKey: "key", secret: "secret" });
console.log(await exchange.createOrder("BTC/USDT:USDT", "market", "sell", 0.01, undefined, { triggerPrice: 59000 }));
`;

/** Replaces the generated error tables with empty ones: what the app would weigh if they loaded on demand. */
const withoutCatalog: Plugin = {
  name: "without-catalog",
  setup(b) {
    b.onLoad({ filter: /catalog-woox(-pro)?\.gen\.js$/ }, (args) => ({
      contents: args.path.includes("-pro") ? "export const wooxProCatalog = [];" : "export const wooxCatalog = [];",
      loader: "js",
    }));
  },
};

interface Built {
  min: Uint8Array;
  metafile: Metafile;
  external: string[];
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
        metafile: true,
        write: false,
        logLevel: "silent",
      });
      return { min: r.outputFiles[0]!.contents, metafile: r.metafile, external };
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
  const lean = await bundle(MINIMAL_APP, "browser", [withoutCatalog]);
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
  const output = Object.values(app.metafile.outputs)[0]!;
  const breakdown = Object.entries(output.inputs)
    .map(([path, v]) => ({ source: sourceOf(path), minBytes: v.bytesInOutput }))
    .filter((x) => x.minBytes > 0)
    .sort((a, b) => b.minBytes - a.minBytes);
  return {
    rows: [
      row("app", "Minimal app: @woox-sdk/client + lookupError", "browser", app),
      row("app-lean", "The same, error tables stubbed out (their share)", "browser", lean),
      row("openapi-fetch", "openapi-fetch alone (createClient + one POST)", "browser", of),
      row("ccxt", "ccxt woo (createOrder with a trigger price)", "node", cc),
    ],
    breakdown,
  };
}
