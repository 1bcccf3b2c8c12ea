import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { START_PRICE, SYMBOL, TRIGGERING_PRICE } from "./instruments.js";

export type ServerKind = "sandbox" | "minimal";

export interface BenchServer {
  kind: ServerKind;
  url: string;
  credentials: { apiKey: string; apiSecret: string };
  /** Closes every open STOP SELL (the sandbox allows 100 open algo orders per instrument). Untimed. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const BENCH_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Starts the server side in a child process (see server-child.ts) and waits for its address. */
export async function startServer(kind: ServerKind): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./server-child.ts", import.meta.url)), kind],
    {
      cwd: BENCH_DIR,
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once("line", resolve)),
    exited.then((code) => {
      throw new Error(`the ${kind} server exited with ${code} before listening`);
    }),
  ]);
  lines.close();
  child.stdout.resume();
  const { url, credentials } = JSON.parse(first) as { url: string; credentials: { apiKey: string; apiSecret: string } };
  const setPrice = async (price: string) => {
    const res = await fetch(`${url}/sandbox/price`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ symbol: SYMBOL, price }),
    });
    if (!res.ok) throw new Error(`POST /sandbox/price answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer().catch(() => undefined);
  };
  return {
    kind,
    url,
    credentials,
    async reset() {
      await setPrice(TRIGGERING_PRICE);
      await setPrice(START_PRICE);
    },
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
