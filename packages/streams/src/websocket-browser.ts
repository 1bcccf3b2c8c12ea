import type { WebSocketConstructor } from "./websocket.js";

/** Browsers, Deno, Bun and workers: the global WebSocket (looked up at connect time, so a polyfill installed later counts). */
export function defaultWebSocket(): WebSocketConstructor | undefined {
  const ctor = (globalThis as { WebSocket?: unknown }).WebSocket;
  return typeof ctor === "function" ? (ctor as WebSocketConstructor) : undefined;
}
