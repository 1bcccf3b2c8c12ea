// Every TypeScript snippet the reference pages generate must compile against @woox-sdk/client: a
// generator that emits a wrong path, a missing parameter or a badly typed value fails here, for the
// operations the spec has today and for the ones it will grow.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientExamples } from "../src/client-examples.js";
import { pageContext } from "../src/page-parts.js";
import { loadSpec } from "../src/spec.js";
import { streamsSpec } from "../src/streams-spec.js";
import { topicSnippet } from "../src/topic-snippet.js";
import { DOCS_DIR } from "./helpers.js";

/** Type-checks one generated source file as a user's project would compile it; returns the problems. */
function typeCheck(name: string, source: string): string[] {
  // Written under node_modules so that "@woox-sdk/client" resolves as it would in a user's project.
  const dir = join(DOCS_DIR, "node_modules", ".cache", "docs-snippets");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${where ? `${where.line + 1}:${where.character + 1} ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("generated client snippets", () => {
  it("type-check against @woox-sdk/client", { timeout: 60_000 }, () => {
    const ctx = pageContext(loadSpec(), "/");
    const IMPORT = `import { createWooxClient } from "@woox-sdk/client";`;
    const body = ctx.ops.map((op, i) => {
      const ex = clientExamples(ctx, op);
      expect(ex.setup.startsWith(IMPORT)).toBe(true);
      const calls = ex.calls.map((c) => `  {\n${c.code}\n    void data;\n    void error;\n  }`).join("\n");
      return `// ${op.method} ${op.path}\nexport async function example${i}() {\n${ex.setup.slice(IMPORT.length).trim()}\n${calls}\n}`;
    });
    const source = [IMPORT, "declare const process: { env: Record<string, string | undefined> };", ...body].join(
      "\n\n",
    );

    expect(typeCheck("snippets.ts", source), source).toEqual([]);
  });

  it("topic snippets type-check against @woox-sdk/streams", { timeout: 60_000 }, () => {
    const spec = streamsSpec(loadSpec());
    const snippets = spec.topics.map((t) => ({ family: t.family, ...topicSnippet(t) }));
    const imports = [...new Set(snippets.flatMap((s) => s.imports))];
    for (const s of snippets) expect(s.code.startsWith(s.imports.join("\n")), s.family).toBe(true);
    const body = snippets.map(
      (s, i) => `// ${s.family}\nexport async function topic${i}() {\n${s.body.replace(/^/gm, "  ")}\n}`,
    );
    const source = [...imports, "declare const process: { env: Record<string, string | undefined> };", ...body].join(
      "\n\n",
    );
    expect(typeCheck("topic-snippets.ts", source), source).toEqual([]);
  });

  it("the topic snippet check can fail: a field the payload lacks does not compile", { timeout: 60_000 }, () => {
    const t = streamsSpec(loadSpec()).topics[0];
    if (!t) throw new Error("no topics");
    const s = topicSnippet(t);
    const broken = `${s.imports.join("\n")}\nexport async function f() {\n${s.body.replace(/console\.log\(/, "console.log(item.data.noSuchField, ")}\n}`;
    expect(typeCheck("topic-snippet-broken.ts", broken).join("\n")).toMatch(/noSuchField/);
  });
});
