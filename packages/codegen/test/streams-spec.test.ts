import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { withHeader } from "../src/header.js";
import { generate, loadOpenApi, SpecError } from "../src/index.js";
import { formatTs } from "../src/literal.js";
import { renderStreams } from "../src/streams/render.js";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const STREAMS = "packages/types/src/streams.gen.ts";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/**
 * A scratch root with spec/ copied and one text edit applied to a spec file (text, not a YAML round
 * trip, so that line numbers stay those of the real file). Returns the root and the 1-based line of the
 * edit.
 */
function edited(file: "asyncapi.yaml" | "openapi.yaml", from: string, to: string): { dir: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), "woox-streams-"));
  temps.push(dir);
  cpSync(join(root, "spec"), join(dir, "spec"), { recursive: true });
  const path = join(dir, "spec", file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`test setup: ${JSON.stringify(from)} is not unique`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
  return { dir, line: text.slice(0, at).split("\n").length };
}

/** The 1-based line of a text in the committed spec/asyncapi.yaml. */
function lineOf(snippet: string): number {
  const text = readFileSync(join(root, "spec/asyncapi.yaml"), "utf8");
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(snippet)} not found`);
  return text.slice(0, at).split("\n").length;
}

async function failure(dir: string): Promise<string> {
  const err = await generate(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SpecError);
  return (err as SpecError).message;
}

describe("spec/asyncapi.yaml in pnpm gen", () => {
  it("left the committed @woox-sdk/types/streams up to date (the drift check covers it too)", async () => {
    const fresh = await formatTs(withHeader(await renderStreams(root, loadOpenApi(root))));
    expect(fresh).toBe(readFileSync(join(root, STREAMS), "utf8"));
  });

  it("fails on a $ref that does not resolve, naming the file, line, path and the parser's rule", async () => {
    const { dir, line } = edited(
      "asyncapi.yaml",
      "sd:\n          allOf: [{$ref: './openapi.yaml#/components/schemas/Side'}, {description: Taker side.}]",
      "sd:\n          allOf: [{$ref: './openapi.yaml#/components/schemas/Sidee'}, {description: Taker side.}]",
    );
    const message = await failure(dir);
    expect(message).toContain("spec/asyncapi.yaml is not a valid AsyncAPI document (@asyncapi/parser)");
    expect(message).toContain(
      `spec/asyncapi.yaml:${line + 1} components.schemas.TradeData.properties.sd.allOf.0.$ref: ` +
        "'#/components/schemas/Sidee' does not exist @ 'spec/openapi.yaml' [invalid-ref]",
    );
  });

  it("fails on a schema the AsyncAPI meta-schema refuses", async () => {
    const { dir, line } = edited("asyncapi.yaml", "cnt:\n          type: integer", "cnt:\n          type: integr");
    const message = await failure(dir);
    expect(message).toContain(`spec/asyncapi.yaml:${line + 1} components.schemas.TickerData.properties.cnt.type`);
  });

  it("fails on a message without payload", async () => {
    const { dir } = edited(
      "asyncapi.yaml",
      "      title: bbo push\n      payload:\n        $ref: '#/components/schemas/BboPush'\n",
      "      title: bbo push\n",
    );
    expect(await failure(dir)).toMatch(/spec\/asyncapi\.yaml:\d+ components\.messages\.Bbo: message has no payload/);
  });

  it("fails on an example that does not match its payload, naming the example and the field", async () => {
    const { dir } = edited("asyncapi.yaml", "bp: '2766.4', bq: '3.120'", "bp: true, bq: '3.120'");
    const message = await failure(dir);
    const line = lineOf("        - name: bbo\n          payload:\n            topic: bbo@PERP_ETH_USDT");
    expect(message).toContain(
      `spec/asyncapi.yaml:${line} components.messages.Bbo.examples.0 (bbo): example does not match the payload`,
    );
    expect(message).toContain("/data/bp must be string,number");
  });

  it("fails on an example whose topic is not one of its channel's", async () => {
    const { dir } = edited("asyncapi.yaml", "topic: kline@SPOT_ETH_USDT@5m", "topic: kline@SPOT_ETH_USDT@1mon");
    expect(await failure(dir)).toMatch(
      /components\.messages\.Kline\.examples\.0 \(fiveMinutes\): topic "kline@SPOT_ETH_USDT@1mon" does not match kline@\{symbol\}@\{interval\}/,
    );
  });

  it("fails when a push's data disagrees with the parameter its topic names", async () => {
    const { dir } = edited("asyncapi.yaml", "data: {s: SPOT_ETH_USDT, t: 5m,", "data: {s: SPOT_ETH_USDT, t: 15m,");
    expect(await failure(dir)).toContain('$message.payload#/data/t is "15m" but the topic says "5m"');
  });

  it("fails on an x-topic that disagrees with its channel", async () => {
    const { dir } = edited("asyncapi.yaml", "      pattern: 'bbo@{symbol}'", "      pattern: 'bbo@{sym}'");
    expect(await failure(dir)).toMatch(
      /spec\/asyncapi\.yaml:\d+ channels\.bbo\.x-topic\.pattern: must equal the address bbo@\{symbol\}/,
    );
  });

  it("fails on a malformed x-topic and on a key field the payload does not have", async () => {
    const kind = edited(
      "asyncapi.yaml",
      "      name: trade\n      pattern: 'trade@{symbol}'\n      scope: public\n      params: [symbol]\n      dataShape: object\n      kind: event",
      "      name: trade\n      pattern: 'trade@{symbol}'\n      scope: public\n      params: [symbol]\n      dataShape: object\n      kind: stream",
    );
    expect(await failure(kind.dir)).toMatch(
      /channels\.trade\.x-topic: kind must be equal to one of the allowed values \(delta, snapshot, event, update\)/,
    );
    const key = edited("asyncapi.yaml", "      keyFields: [s, t, st]", "      keyFields: [s, t, start]");
    expect(await failure(key.dir)).toContain(
      'channels.kline.x-topic: field "start" is not a property of KlinePush.data',
    );
  });

  it("fails on an x-source of an unknown kind", async () => {
    const { dir, line } = edited(
      "asyncapi.yaml",
      "{kind: observed, ref: 'probe file id 71260640053, section 4', note: no snapshot on subscribe;",
      "{kind: rumour, ref: 'probe file id 71260640053, section 4', note: no snapshot on subscribe;",
    );
    expect(await failure(dir)).toContain(
      `spec/asyncapi.yaml:${line} channels.orderbookupdate.x-source.1: kind must be equal to one of the allowed values`,
    );
  });

  it("fails on a REST operation openapi.yaml does not have, and on a stale x-openapi-missing", async () => {
    const unknown = edited(
      "asyncapi.yaml",
      "reconcile: {operationIds: [getBalances]}",
      "reconcile: {operationIds: [getBalance]}",
    );
    expect(await failure(unknown.dir)).toContain(
      "channels.balance.x-topic.reconcile: spec/openapi.yaml has no operation getBalance",
    );
    const stale = edited(
      "openapi.yaml",
      "      - name: maxLevel\n",
      "      - {name: rpi, in: query, schema: {type: boolean}}\n      - name: maxLevel\n",
    );
    expect(await failure(stale.dir)).toContain(
      "channels.orderbookupdaterpi.x-topic.sequence.seed: x-openapi-missing is stale: spec/openapi.yaml now has getOrderbook with symbol, maxLevel, rpi; remove the marker",
    );
  });
});
