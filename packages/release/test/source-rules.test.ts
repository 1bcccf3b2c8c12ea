import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/workspace.js";

// What "nothing the spec says is written twice" means for hand-written source, checked on the syntax tree
// (comments and prose in them are free to mention paths and codes): no V3 path in the client or the
// sandbox (routes come from the operation table), no `x-api-*` header name (it comes from the spec's
// security schemes), no error code of the catalog (code reads the generated `WooxCode` names), and no
// hand-written file over 400 lines.

const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: REPO_ROOT, encoding: "utf8" }).split("\0");
const handWritten = (f: string) => /\.(ts|mts|tsx)$/.test(f) && !f.endsWith(".gen.ts") && !f.endsWith(".d.ts");
const isSource = (f: string) => /^(packages|apps)\/[^/]+\/src\//.test(f) && handWritten(f);

/**
 * The codes of the V3 and Pro catalogs that cannot be mistaken for something else, as the text they would
 * have in a literal: the negative ones and those of five or six digits, except round thousands (the Pro
 * table also has 404, 500, 1000 and 30000, which in code are HTTP statuses, limits and milliseconds).
 */
function catalogCodes(): Set<string> {
  const doc = parse(readFileSync(join(REPO_ROOT, "spec/errors.yaml"), "utf8")) as Record<string, unknown>;
  const codes = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") {
      const code = (v as { code?: unknown }).code;
      if (typeof code === "number" || typeof code === "string") {
        const text = String(code);
        if (/^-\d+$/.test(text) || (/^\d{5,}$/.test(text) && !text.endsWith("000"))) codes.add(text);
      }
      Object.values(v).forEach(visit);
    }
  };
  visit(doc);
  return codes;
}

/** String and numeric literals of a file (a negative number literal counts with its sign). */
function literals(file: string): { text: string; line: number }[] {
  const src = ts.createSourceFile(file, readFileSync(join(REPO_ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const at = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
  const walk = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n))
      out.push({ text: n.text, line: at(n) });
    else if (ts.isNumericLiteral(n)) {
      const negative =
        ts.isPrefixUnaryExpression(n.parent) && n.parent.operator === ts.SyntaxKind.MinusToken ? "-" : "";
      out.push({ text: negative + n.text, line: at(n) });
    }
    ts.forEachChild(n, walk);
  };
  walk(src);
  return out;
}

describe("hand-written source restates nothing the spec says", () => {
  const sources = tracked.filter(isSource);

  it("finds the source files it checks", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain("packages/client/src/create-client.ts");
    expect(sources).toContain("packages/sandbox/src/server.ts");
  });

  it("no V3 path literal in the client or the sandbox", () => {
    const found = sources
      .filter((f) => /^packages\/(client|sandbox)\//.test(f))
      .flatMap((f) => literals(f).map((l) => ({ ...l, f })))
      .filter((l) => l.text.startsWith("/v3/"))
      .map((l) => `${l.f}:${l.line} "${l.text}"`);
    expect(found).toEqual([]);
  });

  it("no x-api-* header name in the client, the sandbox or the apps", () => {
    const found = sources
      .filter((f) => /^(packages\/(client|sandbox)|apps)\//.test(f))
      .flatMap((f) => literals(f).map((l) => ({ ...l, f })))
      .filter((l) => /^x-api-/i.test(l.text))
      .map((l) => `${l.f}:${l.line} "${l.text}"`);
    expect(found).toEqual([]);
  });

  it("no literal error code of the catalog in the client, the sandbox or the apps", () => {
    const codes = catalogCodes();
    expect(codes.has("-1003")).toBe(true);
    expect(codes.has("302117")).toBe(true);
    const found = sources
      .filter((f) => /^(packages\/(client|sandbox)|apps)\//.test(f))
      .flatMap((f) => literals(f).map((l) => ({ ...l, f })))
      .filter((l) => codes.has(l.text))
      .map((l) => `${l.f}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it("no hand-written source file over 400 lines", () => {
    const long = sources
      .map((f) => ({ f, lines: readFileSync(join(REPO_ROOT, f), "utf8").split("\n").length }))
      .filter((x) => x.lines > 400)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(long).toEqual([]);
  });
});
