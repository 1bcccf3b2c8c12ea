// The guides' examples are tests too: they must cover every algoType of the spec, validate against the
// spec's schemas, and run on a local sandbox. A guide that drifts from the API fails here.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWooxClient, type WooxClient } from "@woox-sdk/client";
import { WooxApiError } from "@woox-sdk/errors";
import { startSandbox, type Sandbox } from "@woox-sdk/sandbox";
import { algoExamples, placeAndReadBack } from "../src/examples/algo-orders.js";
import { quickStart, quickStartCore } from "../src/examples/quick-start.js";
import { sandboxWalkthrough } from "../src/examples/sandbox.js";
import { loadSpec, type Schema } from "../src/spec.js";
import { DOCS_DIR } from "./helpers.js";

const doc = loadSpec();
const guide = (name: string) => readFileSync(join(DOCS_DIR, "pages", "guide", `${name}.md`), "utf8");

/** A validator for one component schema of the spec (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
function validatorFor(name: string) {
  const schemas = JSON.parse(
    JSON.stringify(doc.components?.schemas ?? {}).replace(/#\/components\/schemas\//g, "#/$defs/"),
  ) as Record<string, Schema>;
  // strict: false lets OpenAPI's own keywords (discriminator, example) pass; int64 is a format Ajv lacks.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: "spec", $defs: schemas });
  const validate = ajv.getSchema(`spec#/$defs/${name}`);
  if (!validate) throw new Error(`No schema ${name}`);
  return validate;
}

const algoUnion = doc.components?.schemas?.AlgoOrderRequest;
const algoTypes = Object.keys(algoUnion?.discriminator?.mapping ?? {});

describe("algo-orders guide", () => {
  it("covers every algoType of the spec, each with its own section and example", () => {
    expect(algoTypes.length).toBeGreaterThan(0);
    expect(Object.keys(algoExamples).sort()).toEqual([...algoTypes].sort());
    const md = guide("algo-orders");
    for (const t of algoTypes) {
      expect(md, `section ## ${t}`).toMatch(new RegExp(`^## ${t}$`, "m"));
      expect(md, `fields of ${t}`).toContain(`data.variants.${t}.fields`);
      expect(md, `example of ${t}`).toMatch(
        new RegExp(`<<< @/\\.\\./src/examples/algo-orders\\.ts#${t.toLowerCase().replace(/_/g, "-")}\\{ts\\}`),
      );
    }
  });

  it("the schema check is not vacuous", () => {
    const validate = validatorFor("AlgoOrderRequest");
    expect(validate({ ...algoExamples.STOP, unknownField: 1 })).toBe(false);
    expect(validate({ ...algoExamples.STOP, algoType: "NOPE" })).toBe(false);
    expect(validate({ ...algoExamples.OCO, childOrders: [] })).toBe(false);
  });

  it.each(Object.entries(algoExamples))("the %s example matches the spec", (type, body) => {
    expect(body.algoType).toBe(type);
    const validate = validatorFor("AlgoOrderRequest");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("examples on the sandbox", () => {
  let sandbox: Sandbox;
  let client: WooxClient<true>;
  beforeAll(async () => {
    sandbox = await startSandbox({ rateLimits: false });
    client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url, throwOnError: true });
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it.each(Object.entries(algoExamples))("%s: placed and read back", async (type, body) => {
    const { placed, order } = await placeAndReadBack(client, body);
    expect(placed.data.rows.at(-1)?.algoType).toBe(type);
    expect(order.algoType).toBe(type);
    expect(order.algoStatus).toBe("NEW");
  });

  it("quick start", async () => {
    const result = await quickStart(sandbox.credentials.apiKey, sandbox.credentials.apiSecret, sandbox.url);
    expect(result).not.toBeInstanceOf(WooxApiError);
  });

  it("quick start on the core: placed, and a forged secret shown by its code name and hint", async () => {
    const placed = await quickStartCore(sandbox.credentials.apiKey, sandbox.credentials.apiSecret, sandbox.url);
    expect(placed).toMatchObject([{ algoType: "STOP" }]);
    const denied = await quickStartCore(sandbox.credentials.apiKey, "not-the-secret", sandbox.url);
    expect(denied).toMatchObject({ codeName: expect.any(String) as string });
    expect((denied as { hint: string }).hint.length).toBeGreaterThan(10);
  });

  it("sandbox walkthrough: the stop triggers and fills", async () => {
    const order = await sandboxWalkthrough();
    expect(order).toMatchObject({ algoStatus: "FILLED", isTriggered: true });
  });
});
