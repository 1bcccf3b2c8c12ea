// The TypeScript a topic's page shows: the REST client extended with `withStreams`, one subscription to a
// concrete topic of the family, the gap check, and a read of the fields that identify a push (the table's
// symbol and key fields). test/snippets.test.ts type-checks every one against @woox-sdk/streams, so a
// field the payload type lacks, or a topic string the client refuses, fails there.

import type { TopicMeta } from "@woox-sdk/types/streams";
import { sampleTopic, type StreamTopic } from "./streams-spec.js";

export interface TopicSnippet {
  imports: string[];
  /** The code after the imports (top-level `await`, as in an ES module). */
  body: string;
  /** imports and body, as the page shows them. */
  code: string;
}

const IMPORTS = [
  `import { createWooxClient } from "@woox-sdk/client";`,
  `import { withStreams } from "@woox-sdk/streams";`,
];

/** The entries a push's fields live on: the data, each node of an array, or each item of `itemsField`. */
function sampleEntry(t: StreamTopic): Record<string, unknown> {
  const data = (t.examples[0]?.payload as { data?: unknown } | undefined)?.data;
  const meta: TopicMeta = t.meta;
  const entry: unknown = Array.isArray(data)
    ? (data as unknown[])[0]
    : meta.itemsField
      ? (data as Record<string, unknown[]> | undefined)?.[meta.itemsField]?.[0]
      : data;
  return (entry ?? {}) as Record<string, unknown>;
}

/** The fields the snippet prints: the symbol and key fields of the table, else the example's first two. */
export function snippetFields(t: StreamTopic): string[] {
  const meta: TopicMeta = t.meta;
  const named = [...new Set([meta.symbolField, ...meta.keyFields].filter((f): f is string => f !== null))];
  return named.length > 0 ? named : Object.keys(sampleEntry(t)).slice(0, 2);
}

export function topicSnippet(t: StreamTopic): TopicSnippet {
  const meta: TopicMeta = t.meta;
  const client =
    meta.scope === "private"
      ? `createWooxClient({\n    apiKey: process.env.WOOX_API_KEY,\n    apiSecret: process.env.WOOX_API_SECRET,\n  })`
      : "createWooxClient()";
  const print = (on: string) =>
    `console.log(${snippetFields(t)
      .map((f) => `${on}.${f}`)
      .join(", ")});`;
  const read =
    meta.dataShape === "array"
      ? [`  for (const node of item.data) ${print("node")}`]
      : meta.itemsField
        ? [`  for (const entry of item.data.${meta.itemsField}) ${print("entry")}`]
        : [`  ${print("item.data")}`];
  const body = [
    `const woox = withStreams(${client.replace(/\n {2}/g, "\n")});`,
    "",
    `for await (const item of woox.stream.${meta.scope}().subscribe(${JSON.stringify(sampleTopic(t))})) {`,
    `  if (item.type === "gap") {`,
    "    // Pushes were missed (reconnect, overflow, …): item.from and item.to say when.",
    ...(meta.reconcile ? ["    // item.reconcile names the REST operations that rebuild the state."] : []),
    "    continue;",
    "  }",
    ...read,
    "}",
  ].join("\n");
  return { imports: IMPORTS, body, code: `${IMPORTS.join("\n")}\n\n${body}` };
}
