// Build-time data for "Try a stream in the browser": a concrete topic of every public family of the
// topic table (parameters from the spec's examples), and the sandbox's default URL. Only these values
// reach the browser bundle.
import { context, streams } from "../../src/routes-data.js";
import { sampleTopic } from "../../src/streams-spec.js";

export interface TryStreamsData {
  /** The sandbox's default URL (`woox-sandbox` without --port). */
  sandboxUrl: string;
  /** One topic per public family, the first one preselected. */
  topics: string[];
}

declare const data: TryStreamsData;
export { data };

export default {
  load(): TryStreamsData {
    const list = streams(context()).topics.filter((t) => t.meta.scope === "public");
    // The fastest-pushing topic first, so that frames show up at once.
    const every = (ms: unknown) => (typeof ms === "number" ? ms : Number.POSITIVE_INFINITY);
    list.sort((a, b) => every(a.meta.pushIntervalMs) - every(b.meta.pushIntervalMs));
    return { sandboxUrl: "http://127.0.0.1:8787", topics: list.map(sampleTopic) };
  },
};
