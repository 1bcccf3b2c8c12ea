import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { copyRepo } from "../src/e2e/release-e2e.js";
import { cleanEnv, run } from "../src/e2e/processes.js";
import { git } from "./fixture.js";
import { pnpmCommand, REPO_ROOT } from "../src/workspace.js";

// The promise of the regenerating guide (apps/docs/pages/guide/regenerating.md), kept on a copy of the
// repo: a new GET endpoint costs one spec entry, the sandbox's behaviour for it and a changeset. From those
// three hand-written edits alone, `pnpm gen` and the build give a typed raw call, a served sandbox route and
// a docs page, and the checks (gen:check, lint:spec, build, typecheck, release:check) pass.

const work = mkdtempSync(join(tmpdir(), "woox-new-endpoint-"));
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

/** The spec entry: a public GET whose answer the sandbox derives from its own state. */
const SPEC_ENTRY = `  /v3/public/instrumentCount:
    get:
      operationId: getInstrumentCount
      tags:
      - Public market data
      summary: Get instrument count
      description: |
        How many instruments the exchange lists, by kind (a fixture of the new-endpoint test).

        **Limit:** 10 requests per second per IP address.
      security: []
      x-rate-limit: {requests: 10, perMs: 1000, key: ip, source: reported}
      x-error-codes: [-1000, -1003, -1005]
      x-source:
      - {kind: observed, ref: 'packages/release/test/new-endpoint.test.ts', note: 'a fixture, never published'}
      parameters:
      - name: kind
        in: query
        required: false
        description: Only instruments of this kind.
        schema: {type: string, enum: [SPOT, PERP]}
      responses:
        '200':
          description: The count.
          content:
            application/json:
              schema:
                allOf:
                - $ref: '#/components/schemas/SuccessEnvelope'
                - type: object
                  required: [data]
                  properties:
                    data:
                      type: object
                      required: [count]
                      properties:
                        count: {type: integer, minimum: 0}
              example:
                success: true
                data: {count: 4}
                timestamp: 1700000000000
        '400':
          $ref: '#/components/responses/BadRequest'
        '429':
          $ref: '#/components/responses/TooManyRequests'
`;

/** The sandbox's behaviour: answered from its state, typed from the spec. */
const HANDLER = `import type { HandlerTable } from "./types.js";

export const instrumentCountHandlers = {
  getInstrumentCount: {
    handle({ exchange, query }) {
      const kinds = [...exchange.instruments.values()].map((i) => i.kind);
      return { count: kinds.filter((k) => query.kind === undefined || k === query.kind).length };
    },
  },
} satisfies Partial<HandlerTable>;
`;

const CHANGESET = `---
"@woox-sdk/types": minor
"@woox-sdk/client": minor
"@woox-sdk/sandbox": minor
---

GET /v3/public/instrumentCount (a fixture of the new-endpoint test).
`;

/** A user of the built packages: the typed raw call against the served route. */
const PROBE = `import { createWooxClient } from "@woox-sdk/client";
import { startSandbox } from "@woox-sdk/sandbox";

const sandbox = await startSandbox();
try {
  const client = createWooxClient({ ...sandbox.credentials, baseUrl: sandbox.url });
  const all = await client.GET("/v3/public/instrumentCount", { throwOnError: true });
  const perp = await client.GET("/v3/public/instrumentCount", { params: { query: { kind: "PERP" } }, throwOnError: true });
  const count: number | undefined = all.data?.data.count;
  // @ts-expect-error the answer is typed from the spec: there is no such field
  void all.data?.data.total;
  // @ts-expect-error the spec types the query: an unknown kind does not compile
  void client.GET("/v3/public/instrumentCount", { params: { query: { kind: "OPTION" } } });
  const bad = await client.GET("/v3/public/instrumentCount", { params: { query: { kind: "OPTION" as "SPOT" } } });
  console.log(JSON.stringify({ count, perp: perp.data?.data.count, listed: sandbox.exchange.instruments.size, badCode: bad.error?.code }));
} finally {
  await sandbox.stop();
}
`;

it(
  "a new GET endpoint from a spec entry, a sandbox handler and a changeset: typed call, served route, docs page, green checks",
  { timeout: 900_000 },
  async () => {
    const repo = join(work, "repo");
    copyRepo(REPO_ROOT, repo);
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "baseline");
    const cache = join(REPO_ROOT, ".turbo", "cache");
    if (existsSync(cache)) cpSync(cache, join(repo, ".turbo", "cache"), { recursive: true });
    const pnpm = pnpmCommand();
    const env = cleanEnv();
    const sh = (args: string[], timeoutMs = 300_000) => run(pnpm, args, { cwd: repo, env, timeoutMs });
    await sh(["install", "--frozen-lockfile", "--offline"]);

    // The three hand-written edits.
    const specPath = join(repo, "spec/openapi.yaml");
    const spec = readFileSync(specPath, "utf8");
    writeFileSync(specPath, spec.replace(/^paths:\n/m, `paths:\n${SPEC_ENTRY}`));
    writeFileSync(join(repo, "packages/sandbox/src/handlers/instrument-count.ts"), HANDLER);
    const indexPath = join(repo, "packages/sandbox/src/handlers/index.ts");
    const index = readFileSync(indexPath, "utf8")
      .replace(
        /^(import type \{ HandlerTable \})/m,
        'import { instrumentCountHandlers } from "./instrument-count.js";\n$1',
      )
      .replace(/^export const handlers: HandlerTable = \{\n/m, (m) => `${m}  ...instrumentCountHandlers,\n`);
    expect(index).toContain("...instrumentCountHandlers");
    writeFileSync(indexPath, index);
    writeFileSync(join(repo, ".changeset/instrument-count.md"), CHANGESET);
    const handWritten = git(repo, "status", "--porcelain").split("\n").filter(Boolean).sort();
    expect(handWritten).toEqual(
      [
        "?? .changeset/instrument-count.md",
        "?? packages/sandbox/src/handlers/instrument-count.ts",
        " M packages/sandbox/src/handlers/index.ts",
        " M spec/openapi.yaml",
      ].sort(),
    );

    // Everything else follows from pnpm gen, and the checks pass.
    await sh(["run", "gen"]);
    await sh(["run", "gen:check"]);
    await sh(["run", "lint:spec"]);
    // Everything the probe's package (algo-cli) depends on: the packages the new operation reaches.
    const turbo = ["run", "build", "typecheck", "--filter=@woox-sdk/algo-cli^..."];
    await run(join(repo, "node_modules/.bin/turbo"), turbo, {
      cwd: repo,
      env,
      timeoutMs: 600_000,
    });
    const bump = await sh(["run", "release:check"]);
    expect(bump.stdout).toMatch(/@woox-sdk\/types\s+\S+\s+\S+\s+minor\s+minor\s+ok/);
    const generated = git(repo, "status", "--porcelain").split("\n").filter(Boolean);
    expect(generated.some((l) => l.endsWith("packages/types/src/openapi.gen.ts"))).toBe(true);
    expect(generated.some((l) => l.endsWith("packages/types/src/operations.gen.ts"))).toBe(true);

    // The typed raw call compiles (and a wrong query does not), the route is served and answers from state.
    const probeDir = join(repo, "apps/algo-cli/src");
    writeFileSync(join(probeDir, "probe.ts"), PROBE);
    await run(join(repo, "node_modules/.bin/tsc"), ["-p", "apps/algo-cli/tsconfig.json", "--noEmit"], {
      cwd: repo,
      env,
    });
    const out = await run(join(repo, "node_modules/.bin/tsx"), [join(probeDir, "probe.ts")], {
      cwd: join(repo, "apps/algo-cli"),
      env,
    });
    const answer = JSON.parse(out.stdout.trim().split("\n").at(-1)!) as Record<string, number | string>;
    expect(answer.count).toBe(answer.listed);
    expect(answer.perp).toBeGreaterThan(0);
    expect(answer.perp).toBeLessThan(Number(answer.count));
    expect(answer.badCode).toBe("-1005");

    // The docs site gets its page from the same table.
    const pages = await run(
      join(repo, "node_modules/.bin/tsx"),
      [
        "-e",
        'import { generatedPages } from "./src/routes-data.ts"; const p = generatedPages(); const k = [...p.keys()].find((x) => x.includes("getInstrumentCount")); console.log(JSON.stringify({ k, page: k ? p.get(k) : null }));',
      ],
      { cwd: join(repo, "apps/docs"), env },
    );
    const docs = JSON.parse(pages.stdout.trim().split("\n").at(-1)!) as { k?: string; page: string | null };
    expect(docs.k).toBeDefined();
    expect(docs.page).toContain("/v3/public/instrumentCount");
    expect(docs.page).toContain("10 requests");
  },
);
