import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { BENCH_DIR } from "./servers.js";
import { copiedPath, scaleSpec } from "./synth.js";
import { median } from "./stats.js";

export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface PipelineOptions {
  /** Spec sizes to measure, as multiples of spec/openapi.yaml; the first should be 1. */
  scales: number[];
  /** Runs per measurement (medians are reported). */
  runs: number;
}

export interface ScaleResult {
  scale: number;
  operations: number;
  specBytes: number;
  /** Bytes of the generated types (packages/types/src/openapi.gen.ts). */
  typesBytes: number;
  /** The generator's own time, in process (ms, median). */
  genMs: number;
  /** Loading the generator's modules (TypeScript, openapi-typescript, yaml, ajv) in that process (ms, median). */
  genImportMs: number;
  /** A fresh `tsx` process running the generator, start to exit (ms, median): `pnpm gen` minus pnpm's own start-up. */
  genWallMs: number;
  /** `tsc` emitting the declarations of @woox-sdk/types and /client from the generated sources (ms, median, wall). */
  sdkBuildMs: number;
  /** `tsc --noEmit` of a consumer file against those declarations (ms, median, wall), and tsc's own check time. */
  consumerMs: number;
  consumerCheckMs: number;
}

export interface PipelineResult {
  runs: number;
  scales: ScaleResult[];
  /** Least-squares fit of genMs against the scale, and how close to a line it is (R², 1 = linear). */
  genFit: { msPerCopy: number; interceptMs: number; r2: number };
  consumerFit: { msPerCopy: number; interceptMs: number; r2: number };
}

const require = createRequire(import.meta.url);
const TSC = require.resolve("typescript/bin/tsc");
const ERRORS_DTS = join(REPO_ROOT, "packages/errors/dist/index.d.ts");
/** The declarations of @woox-sdk/errors' subpaths (`@woox-sdk/errors/base`, …), as built. */
const ERRORS_SUBPATH_DTS = join(REPO_ROOT, "packages/errors/dist/*.d.ts");

function run(
  cmd: string,
  args: string[],
  cwd: string,
): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

export function fit(xs: number[], ys: number[]): { msPerCopy: number; interceptMs: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const r2 = sxx === 0 || syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { msPerCopy: slope, interceptMs: my - slope * mx, r2 };
}

/** Copies one package's hand-written sources (not tests, not generated files) into the work tree. */
function copySources(pkg: string, root: string): void {
  const from = join(REPO_ROOT, "packages", pkg, "src");
  const to = join(root, "packages", pkg, "src");
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (!name.endsWith(".ts") || name.endsWith(".gen.ts") || name.includes(".test")) continue;
    cpSync(join(from, name), join(to, name));
  }
}

function linkDependency(root: string, name: string): void {
  const target = realpathSync(join(REPO_ROOT, "packages/client/node_modules", name));
  const at = join(root, "node_modules", name);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at, "dir");
}

const COMPILER = {
  target: "ES2022",
  lib: ["ES2023", "DOM", "DOM.Iterable"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  types: [],
};

const ORDER = `{ symbol: "PERP_BTC_USDT", algoType: "STOP", side: "SELL", type: "MARKET", quantity: "0.01", triggerPrice: "59000" }`;

/** A consumer module: the helpers, typed POST and GET on the first and on the last copy of the paths. */
function consumerSource(scale: number): string {
  const calls = [1, scale]
    .filter((n, i, all) => all.indexOf(n) === i)
    .map((n) => {
      const place = copiedPath("/v3/trade/algoOrder", n);
      const list = copiedPath("/v3/trade/algoOrders", n);
      return `
  {
    const { data } = await client.POST("${place}", { body: ${ORDER} });
    ids.push(...data.data.rows.map((r) => r.algoOrderId ?? 0));
    const one = await client.GET("${place}", { params: { query: { algoOrderId: ids[0] ?? 1 } } });
    states.push(one.data.data.algoStatus ?? "");
    const page = await client.GET("${list}", { params: { query: { symbol: "PERP_BTC_USDT", page: 1 } } });
    ids.push(...page.data.data.rows.map((r) => r.algoOrderId ?? 0));
  }`;
    });
  return `import { createWooxClient, WooxApiError } from "@woox-sdk/client";

const client = createWooxClient({ apiKey: "key", apiSecret: "secret", throwOnError: true });

export async function main(): Promise<string> {
  const ids: (number | bigint)[] = [];
  const states: string[] = [];
  try {
    const rows = await client.algoOrders.place(${ORDER});
    ids.push(...rows.rows.map((r) => r.algoOrderId ?? 0));${calls.join("")}
  } catch (e) {
    if (e instanceof WooxApiError) return e.codeName ?? e.message;
    throw e;
  }
  return \`\${ids.length} \${states.join(",")}\`;
}
`;
}

const msOf = (diagnostics: string, label: string): number => {
  const m = new RegExp(`^${label}:\\s+([\\d.]+)s`, "m").exec(diagnostics);
  return m ? Number(m[1]) * 1000 : Number.NaN;
};

async function measureScale(scale: number, runs: number): Promise<ScaleResult> {
  const root = mkdtempSync(join(tmpdir(), `woox-bench-pipeline-${scale}x-`));
  try {
    mkdirSync(join(root, "spec"));
    for (const name of ["errors.yaml", "errors.schema.json", "asyncapi.yaml"])
      cpSync(join(REPO_ROOT, "spec", name), join(root, "spec", name));
    const original = readFileSync(join(REPO_ROOT, "spec/openapi.yaml"), "utf8");
    const doc = parse(original) as Parameters<typeof scaleSpec>[0];
    const scaled = scale === 1 ? original : stringify(scaleSpec(doc, scale), { lineWidth: 0 });
    writeFileSync(join(root, "spec/openapi.yaml"), scaled);
    const operations = Object.values((parse(scaled) as { paths: Record<string, object> }).paths).reduce(
      (n, item) => n + Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch"].includes(k)).length,
      0,
    );

    const gen: number[] = [];
    const genImport: number[] = [];
    const genWall: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(join(root, "packages"), { recursive: true, force: true });
      const r = await run(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("./gen-child.ts", import.meta.url)), root],
        BENCH_DIR,
      );
      if (r.code !== 0) throw new Error(`generator failed on the ${scale}x spec:\n${r.stderr}`);
      const reported = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { ms: number; importMs: number };
      gen.push(reported.ms);
      genImport.push(reported.importMs);
      genWall.push(r.ms);
    }

    writeFileSync(join(root, "package.json"), JSON.stringify({ private: true, type: "module" }));
    // The error catalog does not grow with the spec: the SDK build uses @woox-sdk/errors as built.
    for (const pkg of ["types", "client"]) copySources(pkg, root);
    linkDependency(root, "openapi-fetch");
    linkDependency(root, "openapi-typescript-helpers");
    writeFileSync(
      join(root, "tsconfig.sdk.json"),
      JSON.stringify(
        {
          compilerOptions: {
            ...COMPILER,
            declaration: true,
            emitDeclarationOnly: true,
            rootDir: "packages",
            outDir: "dts",
            paths: {
              "@woox-sdk/types": ["./packages/types/src/index.ts"],
              "@woox-sdk/types/*": ["./packages/types/src/*.gen.ts", "./packages/types/src/*.ts"],
              "@woox-sdk/errors": [ERRORS_DTS],
              "@woox-sdk/errors/*": [ERRORS_SUBPATH_DTS],
            },
          },
          include: ["packages/types/src/**/*.ts", "packages/client/src/**/*.ts"],
        },
        null,
        2,
      ),
    );
    mkdirSync(join(root, "consumer"));
    writeFileSync(join(root, "consumer/main.ts"), consumerSource(scale));
    writeFileSync(
      join(root, "consumer/tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            ...COMPILER,
            noEmit: true,
            paths: {
              "@woox-sdk/client": ["../dts/client/src/index.d.ts"],
              "@woox-sdk/types": ["../dts/types/src/index.d.ts"],
              "@woox-sdk/types/*": ["../dts/types/src/*.gen.d.ts", "../dts/types/src/*.d.ts"],
              "@woox-sdk/errors": [ERRORS_DTS],
              "@woox-sdk/errors/*": [ERRORS_SUBPATH_DTS],
            },
          },
          files: ["main.ts"],
        },
        null,
        2,
      ),
    );

    const build: number[] = [];
    const consumer: number[] = [];
    const check: number[] = [];
    for (let i = 0; i < runs; i++) {
      const b = await run(process.execPath, [TSC, "-p", "tsconfig.sdk.json"], root);
      if (b.code !== 0)
        throw new Error(`tsc could not build the ${scale}x SDK:\n${(b.stdout + b.stderr).slice(0, 4000)}`);
      build.push(b.ms);
      const c = await run(process.execPath, [TSC, "-p", "consumer/tsconfig.json", "--extendedDiagnostics"], root);
      if (c.code !== 0)
        throw new Error(
          `the consumer does not type-check against the ${scale}x SDK:\n${(c.stdout + c.stderr).slice(0, 4000)}`,
        );
      consumer.push(c.ms);
      check.push(msOf(c.stdout, "Check time"));
    }
    return {
      scale,
      operations,
      specBytes: Buffer.byteLength(scaled),
      typesBytes: statSync(join(root, "packages/types/src/openapi.gen.ts")).size,
      genMs: median(gen),
      genImportMs: median(genImport),
      genWallMs: median(genWall),
      sdkBuildMs: median(build),
      consumerMs: median(consumer),
      consumerCheckMs: median(check),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const scales: ScaleResult[] = [];
  for (const scale of opts.scales) scales.push(await measureScale(scale, opts.runs));
  const xs = scales.map((s) => s.scale);
  return {
    runs: opts.runs,
    scales,
    genFit: fit(
      xs,
      scales.map((s) => s.genMs),
    ),
    consumerFit: fit(
      xs,
      scales.map((s) => s.consumerMs),
    ),
  };
}
