// Search sections for the generated pages. VitePress's local search reads each page's Markdown file from
// disk, and dynamic routes have no file of their own (only their `[param].md` template), so without this
// the reference and the error pages would be missing from the search box. The config hands these
// sections to the index through `miniSearch._splitIntoSections`.

import { textOfHtml } from "./text.js";

export interface SearchSection {
  anchor: string;
  titles: string[];
  text: string;
}

// The heading slug VitePress (markdown-it-anchor with @mdit-vue's slugify) gives a heading.
const rSpecial = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g;
export function slugify(text: string): string {
  const noControls = [...text.normalize("NFKD").replace(/[\u0300-\u036F]/g, "")]
    .filter((c) => c.charCodeAt(0) > 0x1f)
    .join("");
  return noControls
    .replace(rSpecial, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^(\d)/, "_$1")
    .toLowerCase();
}

/** Splits a generated page (frontmatter + Markdown with HTML blocks) into one section per heading. */
export function sectionsOf(content: string): SearchSection[] {
  const body = content.replace(/^---\n[\s\S]*?\n---\n/, "");
  const sections: SearchSection[] = [];
  const stack: string[] = [];
  const used = new Map<string, number>();
  let current: { anchor: string; titles: string[]; lines: string[] } | undefined;
  const flush = () => {
    if (current)
      sections.push({ anchor: current.anchor, titles: current.titles, text: textOfHtml(current.lines.join(" ")) });
  };
  for (const line of body.split("\n")) {
    const h = /^(#{1,3}) (.+)$/.exec(line);
    if (!h) {
      current?.lines.push(line.replace(/^(:::|```).*$/, ""));
      continue;
    }
    flush();
    const level = (h[1] ?? "#").length;
    const title = (h[2] ?? "").trim();
    stack.length = level - 1;
    stack[level - 1] = title;
    const base = slugify(title);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    // The page title's section is the page itself; the others link to their heading.
    current = {
      anchor: level === 1 ? "" : n === 0 ? base : `${base}-${n}`,
      titles: stack.filter((t) => t !== undefined),
      lines: [],
    };
  }
  flush();
  return sections;
}
