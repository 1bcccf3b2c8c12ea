/** The first lines of every generated file; the drift check relies on it to find generated files. */
export const GENERATED_HEADER = [
  "// generated — do not edit — regenerate with `pnpm gen`",
  "// Source: spec/ (openapi.yaml, errors.yaml). Any change here is overwritten by the next `pnpm gen`.",
].join("\n");

export function withHeader(body: string): string {
  return `${GENERATED_HEADER}\n\n${body.trimEnd()}\n`;
}
