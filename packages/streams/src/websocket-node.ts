import { WebSocket } from "ws";
import type { WebSocketConstructor } from "./websocket.js";

/** Node: the `ws` package (Node 20 has no global WebSocket without a flag). */
export function defaultWebSocket(): WebSocketConstructor | undefined {
  return WebSocket as unknown as WebSocketConstructor;
}
