// The files of the stranger's project the release e2e creates outside the workspace: it installs the
// published packages from the local registry and uses them the way the READMEs say.

/** The algo order both scripts place: a stop-market buy, well above the sandbox's default price. */
const ORDER = `{ symbol: "PERP_BTC_USDT", algoType: "STOP", side: "BUY", type: "MARKET", quantity: "0.01", triggerPrice: "999999" }`;

/**
 * The body of both runtime scripts (ESM and CommonJS): start the sandbox, place an algo order, read it
 * back (also through @woox-sdk/client/core), and check that a bad signature comes back as a catalogued
 * WooxApiError, also by the class the project imports from @woox-sdk/errors itself (one copy of it
 * installed). Prints one JSON line.
 */
const SCRIPT_BODY = `
  const sandbox = await startSandbox({ port: 0 });
  try {
    const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
    const placed = await client.POST("/v3/trade/algoOrder", { body: ${ORDER} });
    if (placed.error) throw placed.error;
    const row = placed.data.data.rows[0];
    const algoOrderId = row.algoOrderId;
    const read = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId } } });
    if (read.error) throw read.error;

    const forged = createWooxClient({ apiKey: sandbox.credentials.apiKey, apiSecret: "not-the-secret", baseUrl: sandbox.url });
    const denied = await forged.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId } } });

    // The same read on @woox-sdk/client/core, and the same forged signature, thrown by the core.
    const core = createWooxCore({ ...sandbox.credentials, baseUrl: sandbox.url });
    const coreRead = await core.call(getAlgoOrder, { params: { query: { algoOrderId } } });
    const forgedCore = createWooxCore({ apiKey: sandbox.credentials.apiKey, apiSecret: "not-the-secret", baseUrl: sandbox.url });
    const coreDenied = await forgedCore.call(getAlgoOrder, { params: { query: { algoOrderId } } }).then(() => null, (e) => e);

    console.log(JSON.stringify({
      algoOrderId: String(algoOrderId),
      readBack: String(read.data.data.algoOrderId),
      algoType: read.data.data.algoType,
      algoStatus: read.data.data.algoStatus,
      deniedIsWooxApiError: denied.error instanceof WooxApiError,
      deniedIsErrorsPackageError: denied.error instanceof ErrorsPackageError,
      deniedCode: denied.error?.code ?? null,
      deniedName: denied.error?.codeName ?? null,
      catalogAgrees: denied.error?.code != null && lookupError(denied.error.code)?.name === denied.error.codeName,
      deniedHint: denied.error ? (await denied.error.explain()).hint : null,
      coreReadBack: String(coreRead.algoOrderId),
      coreDeniedName: coreDenied instanceof ErrorsPackageError ? coreDenied.codeName : null,
      typesVersion: typesPkg.version,
    }));
  } finally {
    await sandbox.stop();
  }
`;

export const ESM_SCRIPT = `// ES module consumer: import the published packages.
import { createRequire } from "node:module";
import { createWooxClient, WooxApiError } from "@woox-sdk/client";
import { createWooxCore, getAlgoOrder } from "@woox-sdk/client/core";
import { lookupError, WooxApiError as ErrorsPackageError } from "@woox-sdk/errors";
import { startSandbox } from "@woox-sdk/sandbox";
const typesPkg = createRequire(import.meta.url)("@woox-sdk/types/package.json");
${SCRIPT_BODY}`;

export const CJS_SCRIPT = `// CommonJS consumer: require() the ESM-only packages (Node 20.19+ loads ES modules synchronously).
"use strict";
const { createWooxClient, WooxApiError } = require("@woox-sdk/client");
const { createWooxCore, getAlgoOrder } = require("@woox-sdk/client/core");
const { lookupError, WooxApiError: ErrorsPackageError } = require("@woox-sdk/errors");
const { startSandbox } = require("@woox-sdk/sandbox");
const typesPkg = require("@woox-sdk/types/package.json");
if (typeof require("@woox-sdk/types/openapi.json").paths !== "object") throw new Error("openapi.json has no paths");

async function main() {
${SCRIPT_BODY}
}
main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
`;

/** Type-checked, never run: the typed API as a TypeScript user sees it, with negative checks. */
export const TYPED_APP = `import { createWooxClient, WooxApiError, type WooxClient } from "@woox-sdk/client";
import { createWooxCore, placeAlgoOrder } from "@woox-sdk/client/core";
import { isWooxApiError, isWooxError, lookupError, type WooxErrorName } from "@woox-sdk/errors";
import { explainError, lookupError as lookupWithProse } from "@woox-sdk/errors/text";
import { lookupWooxProError } from "@woox-sdk/errors/woox-pro";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import type { paths } from "@woox-sdk/types";

type PlaceBody = NonNullable<paths["/v3/trade/algoOrder"]["post"]["requestBody"]>["content"]["application/json"];

export async function placeAndRead(sandbox: Sandbox): Promise<string> {
  const client: WooxClient = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
  const body: PlaceBody = ${ORDER};
  const placed = await client.POST("/v3/trade/algoOrder", { body });
  if (placed.error) {
    const e: WooxApiError = placed.error;
    return e.codeName ?? e.message;
  }
  const id = placed.data.data.rows[0]?.algoOrderId;
  if (id === undefined) return "no id";
  const read = await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: id } } });
  return read.error ? (await read.error.explain()).hint : String(read.data.data.algoStatus);
}

export async function viaCore(sandbox: Sandbox): Promise<string> {
  const core = createWooxCore({ ...sandbox.credentials, baseUrl: sandbox.url });
  const placed = await core.call(placeAlgoOrder, { body: ${ORDER} });
  // @ts-expect-error -- a placement takes no query
  await core.call(placeAlgoOrder, { params: { query: { symbol: "PERP_BTC_USDT" } } });
  return String(placed.rows[0]?.algoOrderId);
}

export async function negatives(): Promise<void> {
  const sandbox = await startSandbox({ port: 0 });
  const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
  // @ts-expect-error -- not an operation of the spec: the path types are real, not any
  await client.GET("/v3/not/an/operation");
  await client.POST("/v3/trade/algoOrder", {
    body: {
      symbol: "PERP_BTC_USDT",
      algoType: "STOP",
      side: "BUY",
      type: "MARKET",
      // @ts-expect-error -- quantity is a decimal string, not a number
      quantity: 0.01,
      triggerPrice: "1",
    },
  });
  const known: WooxErrorName = "TOO_MANY_REQUEST";
  // @ts-expect-error -- not a catalogued error name
  const unknown: WooxErrorName = "NOT_A_WOOX_ERROR";
  console.log(known, unknown, lookupError(-1003)?.httpStatus, lookupWithProse(-1003)?.hint, lookupWooxProError(40035)?.name);
  // @ts-expect-error -- the root's rules carry no prose: the hint is in @woox-sdk/errors/text or explain()
  console.log(lookupError(-1003)?.hint);
  try {
    await client.GET("/v3/trade/algoOrder", { params: { query: { algoOrderId: 1 } } });
  } catch (e) {
    if (isWooxApiError(e)) console.log(e.operationId, explainError(e).hint);
    else if (isWooxError(e)) console.log(e.kind, e.operationId, e.path);
  }
  await sandbox.stop();
}
`;

/** A CommonJS TypeScript file (nodenext only): import of ESM-only packages from CJS output. */
export const TYPED_CJS = `import { createWooxClient } from "@woox-sdk/client";
import { lookupError } from "@woox-sdk/errors";

export const client = createWooxClient({ baseUrl: "http://127.0.0.1:9" });
export const status: number | undefined = lookupError("-1003")?.httpStatus;
`;

export function tsconfig(resolution: "nodenext" | "bundler", files: string[], opts: { skipLibCheck: boolean }): string {
  const compilerOptions =
    resolution === "nodenext"
      ? { module: "nodenext", moduleResolution: "nodenext" }
      : { module: "preserve", moduleResolution: "bundler" };
  return `${JSON.stringify(
    {
      compilerOptions: {
        ...compilerOptions,
        target: "es2022",
        lib: ["es2023", "dom"],
        types: ["node"],
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        skipLibCheck: opts.skipLibCheck,
        // TypeScript's own lib files need no checking.
        skipDefaultLibCheck: true,
      },
      files,
    },
    null,
    2,
  )}\n`;
}

/** The first \`\`\`ts block of a README (the example every package README has). */
export function readmeExample(readme: string): string | undefined {
  return /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
}
