import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What a browser app gets: esbuild with the browser's conditions resolves `#websocket` to the global
// WebSocket, so neither `ws` nor any node: module may reach the bundle. Needs `pnpm build` first.
const dist = join(import.meta.dirname, "..", "dist");

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    // As installed from the registry: no tsconfig.json (whose `paths` would point #websocket at the source).
    tsconfigRaw: {},
  });
  const text = result.outputFiles[0]!.text;
  return { text, inputs: Object.keys(result.metafile.inputs), gzip: gzipSync(text).length };
}

describe("browser bundle", () => {
  it("holds no ws and no node: module, and uses the global WebSocket", async () => {
    const { text, inputs, gzip } = await bundle(
      `import { withStreams } from "./index.js";\nimport { createWooxClient } from "@woox-sdk/client";\n` +
        `globalThis.app = withStreams(createWooxClient());`,
    );
    expect(inputs.filter((i) => /(^|\/)node_modules\/(\.pnpm\/)?ws[@/]/.test(i) || i.startsWith("node:"))).toEqual([]);
    expect(inputs.some((i) => i.endsWith("/websocket-browser.js"))).toBe(true);
    expect(inputs.some((i) => i.endsWith("/websocket-node.js"))).toBe(false);
    expect(text).not.toMatch(/from\s*"(ws|node:[a-z]+)"|require\("(ws|node:)/);
    expect(text).toContain("WebSocket");
    console.info(`@woox-sdk/streams + @woox-sdk/client, browser, min+gzip: ${gzip} B`);
  });

  it("reports the size of the streams entry alone", async () => {
    const { gzip, inputs } = await bundle(`import { withStreams } from "./index.js";\nglobalThis.w = withStreams;`);
    expect(inputs.some((i) => i.includes("ws/"))).toBe(false);
    console.info(`import { withStreams } from "@woox-sdk/streams", browser, min+gzip: ${gzip} B`);
    expect(gzip).toBeGreaterThan(0);
  });
});
