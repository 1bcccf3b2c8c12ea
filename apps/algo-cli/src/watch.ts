import { stringifyJson, type WooxClient } from "@woox-sdk/client";
import { UsageError, type Options } from "./args.js";
import type { Output } from "./output.js";
import { reportLine, watchReports } from "./reports.js";

export const WATCH_OPTS: Options = { symbol: { type: "string" } };

export interface WatchRun {
  symbol: string | undefined;
  signal: AbortSignal;
  write: (text: string) => void;
}

export function watchSymbol(v: string | boolean | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^(SPOT|PERP)_[A-Z0-9]+_[A-Z0-9]+$/.test(v))
    throw new UsageError(`--symbol must be a symbol such as PERP_BTC_USDT, got "${String(v)}"`);
  return v;
}

/**
 * `woox-algo watch`: every report of the account's algo orders as it arrives, until the signal aborts
 * (SIGINT when run as the program). Human lines by default; with --json one object per line, the first
 * `{"type":"ready"}` once the server acknowledged both topics.
 */
export async function watchCommand(client: WooxClient, out: Output, describe: string, run: WatchRun): Promise<number> {
  const json = (value: unknown) => run.write(`${stringifyJson(value)}\n`);
  const topics = ["algoexecutionreport", "executionreport"];
  const onReady = () => {
    if (out.json) json({ type: "ready", target: describe, topics, symbol: run.symbol ?? null });
    else
      out.line(
        `Watching the algo orders of ${describe}${run.symbol ? ` on ${run.symbol}` : ""} (${topics.join(", ")}); Ctrl-C stops`,
      );
  };
  for await (const e of watchReports(client, { symbol: run.symbol, signal: run.signal, onReady })) {
    if (out.json) json(e);
    else out.line(reportLine(e));
  }
  if (!out.json) out.line("Stopped.");
  else json({ type: "stopped" });
  return 0;
}
