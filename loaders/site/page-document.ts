// A page as Framework reads it: front matter, stylesheet links, ONE HTML block, then the page's
// scripts. Framework parses page output as Markdown again; inside one HTML block (no blank line,
// every `$` and line break in text escaped) nothing can become Markdown or a live expression, so
// text from the evidence, the settings and the prose is published exactly as rendered here. This
// is the only function that writes a page; it checks the rule instead of trusting its callers.
import { frontMatter } from "../render/page.ts";
import type { BlockOutput } from "./blocks/block.ts";
import { searchScript } from "./search-box.ts";

export interface PageDocument {
  title: string;
  description?: string;
  /** Embed pages: their oEmbed discovery link. */
  oembedUrl?: string;
  /** Extra front matter (embed pages turn the header off). */
  options?: Record<string, string | boolean>;
  /** "./" or "../": where src/ is from the page. */
  root: string;
  parts: readonly BlockOutput[];
}

// Tags that start an HTML block which runs until a blank line (CommonMark type 6).
const blockStart =
  /^<(address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|table|ul)[\s>/]/i;

/** Consecutive parts of one group inside the group's wrapper. */
function grouped(parts: readonly BlockOutput[]): string[] {
  const html: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const group = parts[i]?.group;
    if (!group) {
      html.push(parts[i]?.html ?? "");
      continue;
    }
    const members: string[] = [];
    while (i < parts.length && parts[i]?.group?.key === group.key) members.push(parts[i++]?.html ?? "");
    i--;
    html.push(`${group.open}${members.join("")}${group.close}`);
  }
  return html.filter((h) => h.trim());
}

export function pageDocument(page: PageDocument): string {
  const stylesheets = [...new Set(page.parts.flatMap((p) => p.stylesheets ?? []))]
    .map((file) => `<link rel="stylesheet" href="${page.root}${file}">`)
    .join("\n");
  const scripts = [...new Set(page.parts.flatMap((p) => (p.script === undefined ? [] : [p.script].flat())))];
  // Pages with the site's header have its search box (embed pages have neither).
  if (page.options?.header !== false) scripts.push(searchScript(page.root));
  const chunks = grouped(page.parts).map((h) => h.trim());
  const first = chunks[0] ?? "";
  if (chunks.length && !blockStart.test(first)) chunks[0] = `<div>${first}</div>`;
  const body = chunks.join("\n");
  if (/\n[ \t]*\n/.test(body) || /\$\{/.test(body))
    throw new Error(
      `the page "${page.title}" has a blank line or an unescaped \${ in its HTML: a renderer did not escape its text`,
    );
  const fences = scripts.map((script) => `\`\`\`js\n${script}\n\`\`\``).join("\n\n");
  return `${frontMatter({ title: page.title, ...(page.description ? { description: page.description } : {}), ...(page.oembedUrl ? { oembedUrl: page.oembedUrl } : {}), ...page.options })}${stylesheets}\n\n${body}\n\n${fences}\n`;
}
