import { WooxError } from "@woox-sdk/errors";

/**
 * Why a stream or one of its subscriptions failed:
 * - `invalid-topic`: not a topic of the V3 API, or a topic of the other socket (thrown by `subscribe`);
 * - `rejected`: the exchange acknowledged the SUBSCRIBE but left the topic out of its `data` (it drops
 *   unknown symbols, unsupported depths, duplicates and topics past the per-connection limit that way);
 * - `refused`: the exchange answered the SUBSCRIBE with an error reply (`success: false`);
 * - `no-ack`: no answer to the SUBSCRIBE within `ackTimeoutMs`;
 * - `overflow`: the consumer fell `bufferSize` pushes behind on a topic whose pushes must not be dropped;
 * - `disconnected`: the socket was lost and reconnecting is off (`reconnect: false`);
 * - `listen-key`: the private socket's listen key could not be obtained, and retrying cannot help;
 * - `book`: an order book could not be seeded from the REST snapshot;
 * - `closed`: the stream was closed while this was still pending.
 */
export type StreamErrorCode =
  "invalid-topic" | "rejected" | "refused" | "no-ack" | "overflow" | "disconnected" | "listen-key" | "book" | "closed";

/**
 * The one error class of @woox-sdk/streams: `code` says what happened, `topic` which subscription it ended.
 * A WooxError of kind "stream", so one `catch` with `isWooxError` handles REST and stream failures alike.
 */
export class WooxStreamError extends WooxError {
  override readonly name = "WooxStreamError";
  readonly kind = "stream" as const;
  readonly code: StreamErrorCode;
  /** The topic concerned, when there is one. */
  readonly topic: string | undefined;
  /** The exchange's own text, for `refused`. */
  readonly serverMessage: string | undefined;

  constructor(
    code: StreamErrorCode,
    message: string,
    init: { topic?: string; serverMessage?: string; cause?: unknown } = {},
  ) {
    super(message, init.cause === undefined ? {} : { cause: init.cause });
    this.code = code;
    this.topic = init.topic;
    this.serverMessage = init.serverMessage;
  }
}

export function isWooxStreamError(value: unknown): value is WooxStreamError {
  return value instanceof WooxStreamError;
}
