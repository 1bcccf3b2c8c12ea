// Pages built from an edited copy of the spec, so that each case controls what it renders: a path template
// (`/v3/asset/wallet/withdraw/{withdrawId}`, with made-up sources), a rate limit keyed by a query
// parameter, an operation without `x-source` (the real spec has it everywhere), and `x-source` on an
// operation, a parameter, a property and a named type. The copy's operation table is made by codegen's own
// `collectOperations`, as `pnpm gen` would make it, and the pages go through VitePress's Markdown renderer
// and Vue's compiler, as in a build.

import { collectOperations, type OpenApiDoc as CodegenDoc } from "@woox-sdk/codegen";
import { WooxCode } from "@woox-sdk/errors";
import { catalog } from "@woox-sdk/errors/text";
import { securitySchemes } from "@woox-sdk/types/operations";
import { beforeAll, describe, expect, it } from "vitest";
import { compile, createSSRApp } from "vue";
import { renderToString } from "vue/server-renderer";
import { createMarkdownRenderer, type MarkdownRenderer } from "vitepress";
import { clientExamples } from "../src/client-examples.js";
import { operationPage } from "../src/operation-page.js";
import { pageContext, type PageContext } from "../src/page-parts.js";
import { referenceIndexPage } from "../src/reference-index.js";
import { generatedTable, loadSpec, operationsOf, type OpenApiDoc, type OperationTable } from "../src/spec.js";
import { DOCS_DIR, hrefsOf, textOf } from "./helpers.js";

const WITHDRAW = "/v3/asset/wallet/withdraw/{withdrawId}";
const REPO_REF = "ccxt/ccxt@0057454c920b9e606f36fb50cdec88da3edfd9ed:ts/src/woo.ts";

/**
 * The bundled spec with its DELETE on a path template replaced, a symbol-keyed limit, the order book's
 * sources removed and sources in four places.
 */
function editedSpec(): OpenApiDoc {
  const doc = structuredClone(loadSpec());
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const signed = paths["/v3/trade/algoOrder"]?.post as { security: unknown };
  paths[WITHDRAW] = {
    delete: {
      operationId: "cancelWithdrawal",
      tags: ["Assets"],
      summary: "Cancel withdrawal",
      description: "Cancels a pending withdrawal.",
      security: signed.security,
      "x-rate-limit": { requests: 5, perMs: 1000, key: "account", source: "documented" },
      "x-error-codes": [WooxCode.UNKNOWN, WooxCode.TOO_MANY_REQUEST, WooxCode.RESOURCE_NOT_FOUND],
      "x-source": [
        { kind: "official", ref: "https://example.org/withdraw/cancel", note: "states the `{withdrawId}` path" },
        { kind: "independent-client", ref: REPO_REF },
        { kind: "observed", ref: "live answer, recorded", note: "a <b>pending</b> withdrawal only" },
      ],
      parameters: [
        {
          name: "withdrawId",
          in: "path",
          required: true,
          description: "The withdrawal to cancel.",
          schema: { type: "string", examples: ["wd-1"] },
          "x-source": [{ kind: "migration-guide", ref: "https://example.org/migration" }],
        },
      ],
      responses: {
        "200": {
          description: "Cancelled.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["success"],
                properties: {
                  success: { type: "boolean" },
                  timestamp: {
                    type: "integer",
                    "x-source": [{ kind: "observed", ref: "answer of 2025-01-02" }],
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  const book = paths["/v3/public/orderbook"]?.get as { "x-rate-limit": { key: string }; "x-source"?: unknown };
  book["x-rate-limit"].key = "symbol";
  delete book["x-source"];
  const symbol = doc.components?.schemas?.Symbol as Record<string, unknown>;
  symbol["x-source"] = [{ kind: "official", ref: "https://example.org/symbols" }];
  return doc;
}

/** The copy's table, made by codegen as `pnpm gen` makes the real one. */
function tableOf(doc: OpenApiDoc): OperationTable {
  const known = new Set(catalog.filter((e) => e.api === "woox").map((e) => e.code));
  const rows = collectOperations(doc as unknown as CodegenDoc, known);
  return {
    operations: Object.fromEntries(rows.map(({ operationId, ...meta }) => [operationId, meta])),
    securitySchemes,
  };
}

let md: MarkdownRenderer;
/** A generated page as the built site shows it: Markdown rendered by VitePress, the template by Vue. */
async function built(page: string): Promise<string> {
  const html = md.render(page.replace(/^---\n[\s\S]*?\n---\n/, ""));
  const warnings: string[] = [];
  const render = compile(`<div>${html}</div>`, { onError: (e) => warnings.push(e.message) });
  expect(warnings).toEqual([]);
  return renderToString(createSSRApp({ render }));
}

describe("pages from an edited spec", () => {
  let ctx: PageContext;
  beforeAll(async () => {
    const doc = editedSpec();
    ctx = pageContext(doc, "/", tableOf(doc));
    md = await createMarkdownRenderer(DOCS_DIR, {}, "/");
  }, 60_000);

  const op = (id: string) => {
    const found = ctx.ops.find((o) => o.operationId === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it("a path template renders verbatim, with its placeholder filled through params.path", async () => {
    const cancel = op("cancelWithdrawal");
    expect(cancel.pathParams).toEqual(["withdrawId"]);
    const html = await built(operationPage(ctx, cancel));
    expect(textOf(html)).toContain(`DELETE ${WITHDRAW}`);
    expect(html).toContain(`<code>${WITHDRAW}</code>`);
    const call = clientExamples(ctx, cancel).calls[0]?.code;
    expect(call).toContain(`client.DELETE(${JSON.stringify(WITHDRAW)}, {`);
    expect(call).toMatch(/params: \{ path: \{ withdrawId: "wd-1" \} \}/);
  });

  it("the reference index and the error pages link to it by operationId", async () => {
    const index = await built(referenceIndexPage(ctx));
    expect(hrefsOf(index)).toContain("/api/cancelWithdrawal");
    expect(textOf(index)).toContain(`DELETE ${WITHDRAW}`);
    const { errorPage } = await import("../src/error-pages.js");
    const notFound = catalog.find((e) => e.api === "woox" && e.code === WooxCode.RESOURCE_NOT_FOUND);
    expect(notFound).toBeDefined();
    expect(hrefsOf(await built(errorPage(ctx, notFound!)))).toContain("/api/cancelWithdrawal");
  });

  it("a rate limit keyed by a parameter says whose budget it is", async () => {
    const book = op("getOrderbook");
    expect(book.rateLimit.key).toEqual({ scope: "field", name: "symbol", in: "query" });
    const text = textOf(await built(operationPage(ctx, book)));
    expect(text).toContain("10 requests per 1 second per value of symbol in the query string");
    expect(textOf(await built(operationPage(ctx, op("cancelWithdrawal"))))).toContain(
      "5 requests per 1 second per account (documented by WOO X)",
    );
  });

  it("the operation's sources: kind, a link or the repository reference, and the note", async () => {
    const html = await built(operationPage(ctx, op("cancelWithdrawal")));
    const section = html.slice(html.indexOf('id="sources"'));
    expect(section).toContain('<table class="sources">');
    const text = textOf(section);
    expect(text).toContain("Official WOO X page https://example.org/withdraw/cancel states the {withdrawId} path");
    expect(text).toContain(`Independent client ${REPO_REF}`);
    expect(text).toContain("Observed from the live API live answer, recorded a <b>pending</b> withdrawal only");
    expect(hrefsOf(section)).toContain("https://example.org/withdraw/cancel");
    expect(section).toContain(`<code>${REPO_REF}</code>`);
  });

  it("sources next to a parameter, a response property and a named type", async () => {
    const html = await built(operationPage(ctx, op("cancelWithdrawal")));
    const inline = [...html.matchAll(/<details class="sources">([\s\S]*?)<\/details>/g)].map((m) => textOf(m[1] ?? ""));
    expect(inline).toEqual(
      expect.arrayContaining([
        "Sources: WOO X migration guide WOO X migration guide: https://example.org/migration",
        "Sources: Observed from the live API Observed from the live API: answer of 2025-01-02",
      ]),
    );
    const book = await built(operationPage(ctx, op("getOrderbook")));
    const typeRow = /<span id="type-symbol">[\s\S]*?<\/tr>/.exec(book)?.[0] ?? "";
    expect(textOf(typeRow)).toContain("Sources: Official WOO X page");
    expect(hrefsOf(typeRow)).toContain("https://example.org/symbols");
  });

  it("an operation without x-source says so", async () => {
    const text = textOf(await built(operationPage(ctx, op("getOrderbook"))));
    expect(text).toContain("The spec does not say yet where this operation's facts come from");
  });
});

describe("the operation table and the spec", () => {
  it("every operation of the real spec is read from the generated table", () => {
    const ops = operationsOf(loadSpec());
    expect(ops.map((o) => o.operationId)).toEqual(Object.keys(generatedTable.operations));
    for (const o of ops) expect(o.rateLimit).toBe(generatedTable.operations[o.operationId]?.rateLimit);
  });

  it("a table and a spec out of step fail naming the operation", () => {
    const doc = editedSpec();
    // An operation the generated table does not have: a GET next to the real DELETE.
    const withdrawal = doc.paths[WITHDRAW] as Record<string, unknown>;
    withdrawal.get = { ...(withdrawal.delete as object), operationId: "getWithdrawal" };
    expect(() => operationsOf(doc)).toThrow(/GET \/v3\/asset\/wallet\/withdraw\/\{withdrawId\}.*pnpm gen/);
    const stale = structuredClone(loadSpec());
    delete stale.paths["/v3/public/orderbook"];
    expect(() => operationsOf(stale)).toThrow(/getOrderbook at GET \/v3\/public\/orderbook.*nothing there/);
  });

  it("a malformed x-source fails naming where it is", () => {
    const doc = editedSpec();
    const table = tableOf(doc);
    const param = (doc.paths[WITHDRAW]?.delete as { parameters: { "x-source": unknown }[] }).parameters[0]!;
    param["x-source"] = [{ kind: "rumour", ref: "somewhere" }];
    const ctx = pageContext(doc, "/", table);
    const cancel = ctx.ops.find((o) => o.operationId === "cancelWithdrawal")!;
    expect(() => operationPage(ctx, cancel)).toThrow(/withdrawId: x-source must be a non-empty list/);
  });
});
