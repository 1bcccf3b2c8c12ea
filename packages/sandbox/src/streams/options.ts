import { limits, type TopicFamily } from "@woox-sdk/types/streams";

/**
 * How the sandbox's stream server behaves where the spec leaves a choice, with the spec's own numbers
 * (`limits` of spec/asyncapi.yaml) as defaults. Where the documented and the observed value disagree
 * the default is the observed one, what a bot meets on the live exchange, and the option switches it.
 */
export interface StreamOptions {
  /**
   * Topics one SUBSCRIBE may carry; more are refused whole (`success:false`, `Command type invalid!`).
   * "observed" (default) is 10, as live probes saw; "documented" is the official 20; or a number.
   */
  topicsPerSubscribe?: "observed" | "documented" | number;
  /** Topics per socket (default the documented 100); later ones are left out of the ack. */
  topicsPerConnection?: number;
  /**
   * A socket on which the client sent nothing (no frame, no WebSocket ping) for this long is dropped
   * without a close frame, as observed live (default 60000). `null`: never, as the docs read.
   */
  idleCloseMs?: number | null;
  /** Longest life of a socket before the server drops it (default the documented 24 h). */
  lifetimeMs?: number;
  /**
   * Send a server `{"cmd":"PING"}` this often (ms). Off by default: the spec marks server pings as
   * unverified (one third-party feed handler answers them; live probes never saw one).
   */
  serverPingMs?: number;
  /** Push intervals (ms) per topic family, instead of the spec's `pushIntervalMs` (e.g. a faster estfundingrate in tests). */
  pushIntervalMs?: Partial<Record<TopicFamily, number>>;
}

export interface ResolvedStreamOptions {
  topicsPerSubscribe: number;
  topicsPerConnection: number;
  idleCloseMs: number | null;
  lifetimeMs: number;
  serverPingMs: number | undefined;
  pushIntervalMs: Partial<Record<TopicFamily, number>>;
}

const positive = (name: string, v: number): number => {
  if (!Number.isInteger(v) || v <= 0) throw new RangeError(`streams.${name} must be a positive integer, got ${v}`);
  return v;
};

export function resolveStreamOptions(o: StreamOptions = {}): ResolvedStreamOptions {
  const perSubscribe =
    o.topicsPerSubscribe === "documented"
      ? limits.topicsPerSubscribe.documented
      : o.topicsPerSubscribe === undefined || o.topicsPerSubscribe === "observed"
        ? limits.topicsPerSubscribe.observed
        : positive("topicsPerSubscribe", o.topicsPerSubscribe);
  const intervals = o.pushIntervalMs ?? {};
  for (const [family, ms] of Object.entries(intervals)) positive(`pushIntervalMs.${family}`, ms);
  return {
    topicsPerSubscribe: perSubscribe,
    topicsPerConnection: positive(
      "topicsPerConnection",
      o.topicsPerConnection ?? limits.topicsPerConnection.documented,
    ),
    idleCloseMs: o.idleCloseMs === null ? null : positive("idleCloseMs", o.idleCloseMs ?? limits.idleCloseMs.observed),
    lifetimeMs: positive("lifetimeMs", o.lifetimeMs ?? limits.connectionLifetimeMs.documented),
    serverPingMs: o.serverPingMs === undefined ? undefined : positive("serverPingMs", o.serverPingMs),
    pushIntervalMs: intervals,
  };
}
