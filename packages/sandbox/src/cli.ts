#!/usr/bin/env node
import { parseArgs } from "node:util";
import { WooxCode } from "@woox-sdk/errors";
import { servers } from "@woox-sdk/types/streams";
import { DEFAULT_INSTRUMENTS } from "./market/instruments.js";
import { startSandbox, type SandboxOptions } from "./server.js";

const USAGE = `woox-sandbox: a local WOO X V3 exchange for testing bots (no account, no network)

Usage: woox-sandbox [--port 8787] [--host 127.0.0.1] [--no-rate-limits] [--cors ORIGIN]...
                    [--seed N] [--fault-rate-limit F] [--fault-maintenance F] [--fault-unavailable F]
                    [--fault-drop F] [--fault-delay F] [--delay-ms MS]

  --cors ORIGIN lets web pages from ORIGIN (e.g. http://127.0.0.1:4321, or *) call the sandbox:
                preflights are answered and responses carry Access-Control-Allow-* headers. Repeatable.
  --fault-* F   fraction (0..1) of API requests answered 429/${WooxCode.TOO_MANY_REQUEST}, 400/${WooxCode.RPC_NOT_CONNECT} (maintenance),
                503/${WooxCode.PERP_TRADING_SUSPENDED} (unavailable), dropped, or delayed;
                the same --seed gives the same faults for the same sequence of requests.

Control routes (no auth): POST /sandbox/price {"symbol","price"[,"quantity"]} moves a price, triggers
algo orders and fills resting orders (up to "quantity" when given); GET /sandbox/price[?symbol=] reads
prices; POST /sandbox/faults {seed, rateLimit, ...} changes faults.`;

function fraction(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new Error(`--${name} must be a fraction between 0 and 1, got "${v}"`);
  return n;
}

async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: "string", default: "8787" },
        host: { type: "string", default: "127.0.0.1" },
        "no-rate-limits": { type: "boolean" },
        cors: { type: "string", multiple: true },
        seed: { type: "string" },
        "fault-rate-limit": { type: "string" },
        "fault-maintenance": { type: "string" },
        "fault-unavailable": { type: "string" },
        "fault-drop": { type: "string" },
        "fault-delay": { type: "string" },
        "delay-ms": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    process.stderr.write(`woox-sandbox: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options: SandboxOptions = { host: values.host, rateLimits: !values["no-rate-limits"] };
  try {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be 0..65535, got "${values.port}"`);
    options.port = port;
    const cors = values.cors ?? [];
    for (const o of cors)
      if (o !== "*" && !/^https?:\/\/[^/]+$/.test(o))
        throw new Error(`--cors must be "*" or an origin such as http://127.0.0.1:4321 (no path), got "${o}"`);
    if (cors.length > 0) options.cors = { origin: cors };
    options.faults = {
      seed: values.seed === undefined ? undefined : Number(values.seed),
      rateLimit: fraction("fault-rate-limit", values["fault-rate-limit"]),
      maintenance: fraction("fault-maintenance", values["fault-maintenance"]),
      unavailable: fraction("fault-unavailable", values["fault-unavailable"]),
      drop: fraction("fault-drop", values["fault-drop"]),
      delay: fraction("fault-delay", values["fault-delay"]),
      delayMs: values["delay-ms"] === undefined ? undefined : Number(values["delay-ms"]),
    };
    if (options.faults.seed !== undefined && !Number.isInteger(options.faults.seed))
      throw new Error("--seed must be an integer");
  } catch (e) {
    process.stderr.write(`woox-sandbox: ${(e as Error).message}\n`);
    return 2;
  }

  const sandbox = await startSandbox(options);
  const { apiKey, apiSecret } = sandbox.credentials;
  // These are the sandbox's own demo credentials: they open nothing but this local process.
  process.stdout.write(
    [
      `woox-sandbox listening on ${sandbox.url}`,
      "",
      "Demo credentials (this sandbox only):",
      `  export WOOX_BASE_URL=${sandbox.url}`,
      `  export WOOX_API_KEY=${apiKey}`,
      `  export WOOX_API_SECRET=${apiSecret}`,
      "",
      `Instruments: ${DEFAULT_INSTRUMENTS.map((i) => `${i.symbol} ${i.price}`).join(", ")}`,
      ...(options.cors ? [`CORS: allowed for ${[options.cors.origin].flat().join(", ")}`] : []),
      `Streams: ${sandbox.streamsUrl}${streamPath("public")} and ${sandbox.streamsUrl}${streamPath("private")}?key=<listenKey>`,
      `Move a price: curl -X POST ${sandbox.url}/sandbox/price -d '{"symbol":"PERP_BTC_USDT","price":"61000"}'`,
      "Ctrl-C stops it.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await sandbox.stop();
  return 0;
}

process.exitCode = await run(process.argv.slice(2));

/** The socket path of the spec's server for `scope` (e.g. /v3/public). */
function streamPath(scope: "public" | "private"): string {
  return new URL(servers[scope].url).pathname;
}
