export { withStreams, createStreams, socketUrl } from "./streams.js";
export type {
  StreamHost,
  StreamOptions,
  SubscribeOptions,
  Subscription,
  TopicStream,
  WithStreams,
  WooxStreams,
} from "./streams.js";
export type { ReconnectOptions, SocketName, StreamEvent } from "./connection.js";
export { WooxStreamError, isWooxStreamError } from "./errors.js";
export type { StreamErrorCode } from "./errors.js";
export { isGap } from "./types.js";
export type { GapItem, GapReason, Push, StreamItem } from "./types.js";
export { restListenKey, readListenKey } from "./listen-key.js";
export type { ListenKey, ListenKeyProvider } from "./listen-key.js";
export type { BookDepth, OrderBook, OrderBookOptions } from "./order-book.js";
export { applyDelta, bookFromSnapshot, mergeDeltas, sortedLevels } from "./book.js";
export type { ApplyResult, Book, Delta, LevelObject, LevelTuple } from "./book.js";
export type { OverflowPolicy } from "./queue.js";
export { overflowPolicy } from "./queue.js";
export type { WebSocketConstructor, WebSocketLike } from "./websocket.js";
