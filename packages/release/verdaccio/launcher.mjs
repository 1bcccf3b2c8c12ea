// Starts Verdaccio from the config given, on 127.0.0.1 and a port the OS picks, and prints one JSON line
// {"port": N} on stdout once it listens. It stops by itself when its parent process goes away (even if
// the parent was killed with SIGKILL) and then deletes the directory passed as --cleanup, so no server and
// no storage outlive the release e2e.
// Usage: node launcher.mjs <config.yaml> [--cleanup <dir>]
import { rmSync } from "node:fs";
import { runServer } from "verdaccio";

const [configPath, flag, cleanupDir] = process.argv.slice(2);
if (!configPath) {
  console.error("usage: node launcher.mjs <config.yaml> [--cleanup <dir>]");
  process.exit(2);
}
const parent = process.ppid;

const server = await runServer(configPath);
let closing = false;
function shutdown(removeStorage) {
  if (closing) return;
  closing = true;
  server.closeAllConnections?.();
  server.close(() => {
    if (removeStorage && flag === "--cleanup" && cleanupDir) rmSync(cleanupDir, { recursive: true, force: true });
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGTERM", () => shutdown(false));
process.on("SIGINT", () => shutdown(false));
process.on("disconnect", () => shutdown(true));
setInterval(() => {
  if (process.ppid !== parent) shutdown(true);
}, 500);

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
