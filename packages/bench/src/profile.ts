import { Session } from "node:inspector/promises";
import { wooxSdk } from "./contenders.js";
import { startServer } from "./servers.js";

// Where the client's time goes: a V8 CPU profile of the benchmark process while the client places
// orders against the minimal server one at a time, summed by function and by area.

export interface ProfileOptions {
  requests: number;
}

export interface ProfileItem {
  /** Function name and where it is: a package-relative file and line, or a node: module. */
  label: string;
  /** Share of the process's busy time (idle time left out). */
  share: number;
}

export interface ProfileResult {
  requests: number;
  /** Busy time per request while profiled (µs); the profiler itself slows the process down. */
  busyUsPerRequest: number;
  areas: ProfileItem[];
  top: ProfileItem[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The area a sample is counted in, by where its function lives. */
function areaOf(functionName: string, url: string): string {
  if (url.includes("@woox-sdk/client") || url.includes("packages/client/")) return "@woox-sdk/client";
  if (url.includes("@woox-sdk/errors") || url.includes("packages/errors/")) return "@woox-sdk/errors";
  if (url.includes("openapi-fetch")) return "openapi-fetch";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "writev" || functionName === "writeUtf8String" || functionName === "writeBuffer")
    return "socket writes (system calls)";
  if (url.startsWith("node:")) return "Node.js (http, net, streams, events, timers, crypto)";
  return "V8 built-ins and native code (JSON, HMAC, ...)";
}

function labelOf(functionName: string, url: string, line: number): string {
  const where = url
    .replace(/^file:\/\//, "")
    .replace(/.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, "")
    .replace(/.*\/packages\/(client|errors)\//, "@woox-sdk/$1/");
  return `${functionName || "(anonymous)"}${where ? ` ${where}:${line + 1}` : ""}`;
}

/** Sums a profile's sample time by function and by area, idle time left out. */
export function summarizeProfile(profile: CpuProfile, requests: number, topN = 12): ProfileResult {
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // The profiler's own calls (starting and stopping it through node:inspector) are not the client's.
  const inspector = new Set<number>();
  const mark = (node: CpuProfile["nodes"][number], inside: boolean) => {
    const here = inside || node.callFrame.url === "node:inspector";
    if (here) inspector.add(node.id);
    for (const child of node.children ?? []) mark(byId.get(child)!, here);
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  if (profile.nodes[0]) mark(profile.nodes[0], false);
  const byLabel = new Map<string, number>();
  const byArea = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (t === 0 || functionName === "(idle)" || inspector.has(node.id)) continue;
    busy += t;
    const label = labelOf(functionName, url, lineNumber);
    byLabel.set(label, (byLabel.get(label) ?? 0) + t);
    const area = areaOf(functionName, url);
    byArea.set(area, (byArea.get(area) ?? 0) + t);
  }
  const ranked = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([label, t]) => ({ label, share: busy > 0 ? t / busy : 0 }));
  return {
    requests,
    busyUsPerRequest: busy / requests,
    areas: ranked(byArea, byArea.size),
    top: ranked(byLabel, topN),
  };
}

/** Profiles `requests` sequential placements by the client (after a warm-up) against the minimal server. */
export async function runProfile(opts: ProfileOptions): Promise<ProfileResult> {
  const server = await startServer("minimal");
  const session = new Session();
  try {
    const client = wooxSdk(server);
    for (let i = 0; i < Math.min(opts.requests, 2000); i++) await client.place();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    for (let i = 0; i < opts.requests; i++) await client.place();
    const { profile } = await session.post("Profiler.stop");
    return summarizeProfile(profile as CpuProfile, opts.requests);
  } finally {
    session.disconnect();
    await server.stop();
  }
}
