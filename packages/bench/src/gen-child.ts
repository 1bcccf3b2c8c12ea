/** Runs the generator that `pnpm gen` runs, on a copy of the repository's spec/ at argv[2]. */
const root = process.argv[2];
if (!root) throw new Error("usage: gen-child.ts <root with spec/>");
const started = performance.now();
const { writeGenerated } = await import("@woox-sdk/codegen");
const imported = performance.now();
const written = await writeGenerated(root);
process.stdout.write(
  `${JSON.stringify({ importMs: imported - started, ms: performance.now() - imported, files: written.length })}\n`,
);
