#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isWooxApiError, type WooxClient } from "@woox-sdk/client";
import type { SandboxOptions } from "@woox-sdk/sandbox";
import type { AlgoOrder } from "@woox-sdk/types";
import { decimalArg, idArg, parse, UsageError, type Options } from "./args.js";
import { orderLine, placeOrder, runDemo } from "./demo.js";
import { ALGO_TYPES, buildAlgoOrder, OrderSpecError, type AlgoType, type OrderSpec } from "./orders.js";
import {
  CANCEL_ALL_OPTS,
  CANCEL_OPTS,
  cancelAllCommand,
  cancelCommand,
  EDIT_OPTS,
  editCommand,
  LIST_OPTS,
  listCommand,
  type Runner,
} from "./manage.js";
import { errorLines, errorSummary, Output } from "./output.js";
import { openSandboxTarget, openTarget } from "./target.js";
import { WATCH_OPTS, watchCommand, watchSymbol } from "./watch.js";

export const USAGE = `woox-algo: place and inspect WOO X algo orders (V3 API)

Usage:
  woox-algo demo [--json]
  woox-algo place <TYPE> --symbol SYMBOL [options] [--json]
  woox-algo get (--id ALGO_ORDER_ID | --client-id CLIENT_ALGO_ORDER_ID) [--json]
  woox-algo list [--symbol S] [--side BUY|SELL] [--type TYPE] [--status STATUS] [--tag TAG]
                 [--page N] [--size N] [--all] [--client-id N] [--json]
  woox-algo edit (--id N | --client-id N) [--quantity Q] [--price P] [--trigger-price P]
                 [--visible-quantity Q] [--callback-rate R] [--callback-value V] [--activated-price P] [--json]
  woox-algo cancel (--id N | --client-id N) [--symbol S] [--json]
  woox-algo cancel-all [--symbol S] [--json]
  woox-algo watch [--symbol S] [--json]
  woox-algo help

TYPE is one of ${ALGO_TYPES.join(", ")}.

place options:
  --side BUY|SELL          order side (for POSITIONAL_TP_SL and TP_SL: the closing side)
  --quantity Q             base quantity, e.g. 0.01
  --price P                limit price (makes the order or entry LIMIT; OCO: the limit leg)
  --trigger-price P        STOP / STOP_BRACKET trigger; OCO: the stop leg's trigger
  --callback-rate R        TRAILING_STOP: a fraction, 0.01 = 1%
  --callback-value V       TRAILING_STOP: a price distance instead of a rate
  --activated-price P      TRAILING_STOP: start trailing once this price is reached
  --tp P, --sl P           take-profit / stop-loss trigger prices
  --bracket-child T        BRACKET / STOP_BRACKET: POSITIONAL_TP_SL (default) or TP_SL
  --client-id N            clientAlgoOrderId (unique among open algo orders)
  --tag TAG                algoOrderTag

list: newest first, one page (25 unless --size); --all follows every page. STATUS is NEW, PARTIAL_FILLED,
FILLED, CANCELLED, REJECTED, INCOMPLETE (open) or COMPLETED. --client-id finds orders by
clientAlgoOrderId (the API cannot filter on it, so this reads every page).
edit: only the fields given change; the order is read back afterwards.
cancel: cancels the order and its child orders; cancel-all: every open algo order (of --symbol).
watch: live reports of the account's algo orders over the private stream (triggers, fills, cancels, and
their fills' execution reports) until Ctrl-C; a reconnect prints what may have been missed. --json: one
JSON object per line.

Target: an embedded sandbox by default (it lives for one command: use "demo", or start
"woox-sandbox --port 8787" and point the variables below at it). Set WOOX_API_KEY,
WOOX_API_SECRET and WOOX_BASE_URL (e.g. https://api.staging.woox.io) to use a real API.

Exit codes: 0 success, 1 the API refused or the demo failed, 2 bad arguments.`;

const JSON_OPT: Options = { json: { type: "boolean" } };
const PLACE_OPTS: Options = {
  ...JSON_OPT,
  symbol: { type: "string" },
  side: { type: "string" },
  quantity: { type: "string" },
  price: { type: "string" },
  "trigger-price": { type: "string" },
  "callback-rate": { type: "string" },
  "callback-value": { type: "string" },
  "activated-price": { type: "string" },
  tp: { type: "string" },
  sl: { type: "string" },
  "bracket-child": { type: "string" },
  "client-id": { type: "string" },
  tag: { type: "string" },
};
const GET_OPTS: Options = { ...JSON_OPT, id: { type: "string" }, "client-id": { type: "string" } };

function placeSpec(positionals: string[], v: Record<string, string | boolean | undefined>): OrderSpec {
  const type = positionals[0]?.toUpperCase();
  if (type === undefined) throw new UsageError(`place needs an algo type: ${ALGO_TYPES.join(", ")}`);
  if (!(ALGO_TYPES as readonly string[]).includes(type))
    throw new UsageError(`unknown algo type "${positionals[0]}"; use one of ${ALGO_TYPES.join(", ")}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const symbol = v.symbol;
  if (typeof symbol !== "string" || !/^(SPOT|PERP)_[A-Z0-9]+_[A-Z0-9]+$/.test(symbol))
    throw new UsageError("--symbol is required, e.g. --symbol PERP_BTC_USDT");
  const side = typeof v.side === "string" ? v.side.toUpperCase() : undefined;
  if (side !== undefined && side !== "BUY" && side !== "SELL")
    throw new UsageError(`--side must be BUY or SELL, got "${String(v.side)}"`);
  const child = typeof v["bracket-child"] === "string" ? v["bracket-child"].toUpperCase() : undefined;
  if (child !== undefined && child !== "POSITIONAL_TP_SL" && child !== "TP_SL")
    throw new UsageError("--bracket-child must be POSITIONAL_TP_SL or TP_SL");
  return {
    algoType: type as AlgoType,
    symbol,
    side: side,
    quantity: decimalArg("quantity", v.quantity),
    price: decimalArg("price", v.price),
    triggerPrice: decimalArg("trigger-price", v["trigger-price"]),
    callbackRate: decimalArg("callback-rate", v["callback-rate"]),
    callbackValue: decimalArg("callback-value", v["callback-value"]),
    activatedPrice: decimalArg("activated-price", v["activated-price"]),
    tp: decimalArg("tp", v.tp),
    sl: decimalArg("sl", v.sl),
    bracketChild: child,
    clientAlgoOrderId: idArg("client-id", v["client-id"]),
    tag: typeof v.tag === "string" ? v.tag : undefined,
  };
}

/** Runs a command on its target and turns an API refusal into its catalog explanation and exit code 1. */
async function onTarget(
  env: NodeJS.ProcessEnv,
  io: MainIo,
  json: boolean,
  run: Runner | ((client: WooxClient, out: Output, describe: string) => Promise<number>),
): Promise<number> {
  const out = new Output(json, io.write);
  const target = await openTarget(env, io.sandbox);
  try {
    return await run(target.client, out, target.describe);
  } catch (e) {
    if (!isWooxApiError(e)) throw e;
    out.line(`${e.request ? `${e.request.method} ${e.request.path.split("?")[0]}: ` : ""}refused`);
    for (const l of errorLines(e, "  ")) out.line(l);
    out.result({ ok: false, error: errorSummary(e) });
    return 1;
  } finally {
    await target.close();
  }
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no positional arguments, got "${positionals[0]}"`);
}

export interface MainIo {
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  writeErr?: (text: string) => void;
  /** Options for the embedded sandbox (tests record its responses). */
  sandbox?: SandboxOptions;
  /** Stops `watch` (by default, SIGINT does). */
  signal?: AbortSignal;
}

/** Runs one command line and returns the exit code; tests pass `io` to capture output. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const write = io.write;
  const err = io.writeErr ?? ((t: string) => process.stderr.write(t));
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        (write ?? ((t: string) => process.stdout.write(t)))(`${USAGE}\n`);
        return command === undefined ? 2 : 0;

      case "demo": {
        const { values, positionals } = parse(rest, JSON_OPT);
        if (positionals.length > 0) throw new UsageError(`demo takes no arguments, got "${positionals[0]}"`);
        const out = new Output(values.json === true, write);
        if (env.WOOX_API_KEY || env.WOOX_BASE_URL)
          out.line(
            "Note: the demo always runs on an embedded sandbox (it moves prices); WOOX_* variables are ignored.",
          );
        const target = await openSandboxTarget(io.sandbox);
        try {
          return (await runDemo(target, out)) ? 0 : 1;
        } finally {
          await target.close();
        }
      }

      case "place": {
        const { values, positionals } = parse(rest, PLACE_OPTS);
        const spec = placeSpec(positionals, values);
        const body = buildAlgoOrder(spec);
        const out = new Output(values.json === true, write);
        const target = await openTarget(env, io.sandbox);
        try {
          out.line(`Placing ${spec.algoType} on ${target.describe}`);
          const res = await placeOrder(target.client, body);
          if (res.error) {
            for (const l of errorLines(res.error, "  ")) out.line(l);
            out.result({ ok: false, error: errorSummary(res.error) });
            return 1;
          }
          for (const row of res.data.data.rows)
            out.line(
              `  ${row.algoType.padEnd(16)} #${String(row.algoOrderId ?? row.orderId)}  quantity ${String(row.quantity)}`,
            );
          out.result({ ok: true, rows: res.data.data.rows });
          return 0;
        } finally {
          await target.close();
        }
      }

      case "get": {
        const { values, positionals } = parse(rest, GET_OPTS);
        if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
        const algoOrderId = idArg("id", values.id);
        const clientAlgoOrderId = idArg("client-id", values["client-id"]);
        if (algoOrderId === undefined && clientAlgoOrderId === undefined)
          throw new UsageError("get needs --id or --client-id");
        const out = new Output(values.json === true, write);
        const target = await openTarget(env, io.sandbox);
        try {
          const query =
            algoOrderId !== undefined
              ? { algoOrderId: algoOrderId as number }
              : { clientAlgoOrderId: clientAlgoOrderId as number };
          const res = await target.client.GET("/v3/trade/algoOrder", { params: { query } });
          if (res.error) {
            for (const l of errorLines(res.error, "  ")) out.line(l);
            out.result({ ok: false, error: errorSummary(res.error) });
            return 1;
          }
          const print = (o: AlgoOrder, indent: string): void => {
            out.line(orderLine(o, indent));
            for (const c of o.childOrders ?? []) print(c, `${indent}  `);
          };
          print(res.data.data, "");
          out.result({ ok: true, order: res.data.data });
          return 0;
        } finally {
          await target.close();
        }
      }

      case "list": {
        const { values, positionals } = parse(rest, { ...JSON_OPT, ...LIST_OPTS });
        noPositionals(command, positionals);
        return await onTarget(env, io, values.json === true, listCommand(values));
      }

      case "edit": {
        const { values, positionals } = parse(rest, { ...JSON_OPT, ...EDIT_OPTS });
        noPositionals(command, positionals);
        return await onTarget(env, io, values.json === true, editCommand(values));
      }

      case "cancel": {
        const { values, positionals } = parse(rest, { ...JSON_OPT, ...CANCEL_OPTS });
        noPositionals(command, positionals);
        return await onTarget(env, io, values.json === true, cancelCommand(values));
      }

      case "cancel-all": {
        const { values, positionals } = parse(rest, { ...JSON_OPT, ...CANCEL_ALL_OPTS });
        noPositionals(command, positionals);
        return await onTarget(env, io, values.json === true, cancelAllCommand(values));
      }

      case "watch": {
        const { values, positionals } = parse(rest, { ...JSON_OPT, ...WATCH_OPTS });
        noPositionals(command, positionals);
        const symbol = watchSymbol(values.symbol);
        const write = io.write ?? ((t: string) => process.stdout.write(t));
        const sigint = new AbortController();
        const onSigint = () => sigint.abort();
        if (!io.signal) process.once("SIGINT", onSigint);
        try {
          const signal = io.signal ?? sigint.signal;
          return await onTarget(env, { ...io, write }, values.json === true, (client, out, describe) =>
            watchCommand(client, out, describe, { symbol, signal, write }),
          );
        } finally {
          process.removeListener("SIGINT", onSigint);
        }
      }

      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof OrderSpecError) {
      err(`woox-algo: ${e.message}\nRun "woox-algo help" for usage.\n`);
      return 2;
    }
    if (isWooxApiError(e)) {
      err(`woox-algo: ${e.message}\n${errorLines(e, "  ").join("\n")}\n`);
      return 1;
    }
    err(`woox-algo: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

// Run only as the program, not when a test imports main().
const invoked =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invoked) {
  process.exitCode = await main(process.argv.slice(2));
}
