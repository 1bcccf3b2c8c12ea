import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What a browser app written on @woox-sdk/client/core loads, bundled from the published files (needs
// `pnpm build`) as a browser bundler splits them: the rows it names and the call's machinery up front;
// what only a failure needs (WooxApiError with the catalog's rules, the transport errors, the retry loop
// and its rules, reconciliation) on the first failure; the prose on explain(); openapi-fetch and its
// adapter on the first call with the caller's own headers or openapi-fetch options.
const dist = join(import.meta.dirname, "..", "dist");

async function chunks(contents: string) {
  const r = await build({
    stdin: { contents, resolveDir: dist, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    splitting: true,
    outdir: "out",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const outs = r.metafile.outputs;
  const entry = Object.keys(outs).find((k) => outs[k]!.entryPoint !== undefined)!;
  const upFront = new Set<string>();
  const visit = (k: string): void => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const i of outs[k]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
  const text = (keep: (k: string) => boolean) =>
    r.outputFiles
      .filter((f) => keep(Object.keys(outs).find((k) => f.path.endsWith(k))!))
      .map((f) => f.text)
      .join("\n");
  const inputs = [...upFront].flatMap((k) => Object.keys(outs[k]!.inputs));
  return { upFront: text((k) => upFront.has(k)), later: text((k) => !upFront.has(k)), inputs };
}

describe("a browser bundle of @woox-sdk/client/core", () => {
  it("holds the rows the app names and leaves the rules, the prose and node:http for later", async () => {
    const { upFront, later, inputs } = await chunks(
      `import { createWooxCore, isWooxApiError, placeAlgoOrder } from "./core.js";\n` +
        `const core = createWooxCore({ apiKey: "k", apiSecret: "s" });\n` +
        `core.call(placeAlgoOrder, { body: {} }).catch(async (e) => isWooxApiError(e) && console.log(e.codeName, (await e.explain()).hint));`,
    );
    // The row named, and the rows the client calls by itself (server time, the placement's lookup).
    for (const path of ["/v3/trade/algoOrder", "/v3/public/systemInfo", "clientAlgoOrderId"])
      expect(upFront).toContain(path);
    // No other operation's row.
    for (const path of ["/v3/asset/wallet/withdraw", "/v3/trade/orders", "/v3/public/orderbook"])
      expect(upFront).not.toContain(path);
    // What only a failure needs loads later: the rules (a code's name), the transport errors, the retry
    // loop (its reconciled answer's header) and reconciliation; so do the prose (a hint's text), the
    // node:http wire, and openapi-fetch with its adapter (its stand-in for Request).
    for (const failureOnly of [
      "INVALID_SIGNATURE",
      "WooxTimeoutError",
      "x-woox-sdk-reconciled",
      "no reconciliation for lookup operation",
      "woox-sdk cancel",
    ]) {
      expect(upFront).not.toContain(failureOnly);
      expect(later).toContain(failureOnly);
    }
    expect(upFront).not.toMatch(/from\s*"node:/);
    expect(inputs.filter((i) => /node-wire|openapi-fetch|\/front-|\/text-woox/.test(i))).toEqual([]);
  });

  it("keeps the whole table and the rules up front on the package root when the app imports WooxApiError", async () => {
    const { upFront } = await chunks(
      `import { createWooxClient, WooxApiError } from "./index.js";\nconsole.log(createWooxClient(), WooxApiError);`,
    );
    expect(upFront).toContain("/v3/asset/wallet/withdraw");
    expect(upFront).toContain("INVALID_SIGNATURE");
  });
});
