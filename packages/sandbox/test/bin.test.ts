import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The published bin, as built by `pnpm build` (tests run against dist, like every workspace import).
const BIN = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (out.includes("Ctrl-C")) resolve(out);
    });
    void exited.then(() => reject(new Error(`exited early: ${err}`)));
  });
  ready.catch(() => undefined); // awaited only by the tests that expect a start
  return { child, ready, exited, stderr: () => err };
}

describe("woox-sandbox bin", () => {
  it("starts, prints its demo credentials, serves signed requests and stops on SIGTERM", async () => {
    const p = start(["--port", "0", "--seed", "3"]);
    const out = await p.ready;
    const url = /export WOOX_BASE_URL=(\S+)/.exec(out)![1]!;
    const key = /export WOOX_API_KEY=(\S+)/.exec(out)![1]!;
    const secret = /export WOOX_API_SECRET=(\S+)/.exec(out)![1]!;
    const ts = String(Date.now());
    const target = "/v3/trade/algoOrder?algoOrderId=1";
    const res = await fetch(url + target, {
      headers: {
        "x-api-key": key,
        "x-api-timestamp": ts,
        "x-api-signature": createHmac("sha256", secret).update(`${ts}GET${target}`).digest("hex"),
      },
    });
    expect(((await res.json()) as { code: number }).code).toBe(317152);
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });

  it("answers CORS preflights for the origins given with --cors", async () => {
    const p = start(["--port", "0", "--cors", "http://127.0.0.1:4321"]);
    const out = await p.ready;
    expect(out).toContain("CORS: allowed for http://127.0.0.1:4321");
    const url = /export WOOX_BASE_URL=(\S+)/.exec(out)![1]!;
    const pre = await fetch(`${url}/v3/trade/order`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:4321",
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-api-key",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4321");
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });

  it("exits 2 with a message on bad arguments", async () => {
    for (const args of [["--port", "x"], ["--fault-drop", "1.5"], ["--frobnicate"], ["--cors", "127.0.0.1:4321"]]) {
      const p = start(args);
      expect(await p.exited).toBe(2);
      expect(p.stderr()).toMatch(/woox-sandbox: /);
    }
  });
});
