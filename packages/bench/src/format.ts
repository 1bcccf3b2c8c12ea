// Number formats and the Markdown table shared by the report's sections.

export const KB = 1000;
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const x2 = (n: number) => n.toFixed(2);
export const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
export const kb = (bytes: number) =>
  bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`;
export const mb = (n: number) => `${n.toFixed(1)} MB`;
export const pct = (over: number) => `${Math.round(over * 100)}%`;

export function table(head: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  return [
    `| ${head.join(" | ")} |`,
    `|${a.map((x) => (x === "r" ? "---:" : "---")).join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
