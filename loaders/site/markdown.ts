// The journalist's Markdown to HTML, by the kit (markdown-it), before Framework sees the page:
// raw HTML is shown as typed, nothing may load from anywhere (no images yet), and the output has
// no blank line and no `${`, so Framework's own Markdown pass passes it through untouched.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { error, type Problem } from "../problem.ts";
import { slugify as slug } from "../validate/cell.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Code keeps its line breaks as character references: a blank line would end the page's one
// HTML block (see pageDocument).
for (const rule of ["fence", "code_block"] as const) {
  const base = md.renderer.rules[rule];
  md.renderer.rules[rule] = (tokens, idx, options, env, self) =>
    (base?.(tokens, idx, options, env, self) ?? "").replace(/\n(?!$)/g, "&#10;");
}

export interface RenderedMarkdown {
  html: string;
  /** Headings of level 1, with their lines (a page has one). */
  h1Lines: number[];
  problems: Problem[];
}

function isOtherHost(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/** Renders a run of prose that starts at `line` of `file`; `ids` keeps heading ids unique on a page. */
export function renderMarkdown(file: string, line: number, text: string, ids: Set<string>): RenderedMarkdown {
  const tokens = md.parse(text, {});
  const problems: Problem[] = [];
  const h1Lines: number[] = [];
  let at = line;
  tokens.forEach((token, i) => {
    if (token.map) at = line + token.map[0];
    if (token.type === "heading_open") {
      if (token.tag === "h1") h1Lines.push(at);
      const words = tokens[i + 1]?.content ?? "";
      let id = slug(words) || "section";
      for (let n = 2; ids.has(id); n++) id = `${slug(words) || "section"}-${n}`;
      ids.add(id);
      token.attrSet("id", id);
    }
    for (const child of token.children ?? []) checkInline(child, file, at, problems);
  });
  const html = md.renderer.render(tokens, md.options, {});
  return { html: html.replace(/\$/g, "&#36;").replace(/`/g, "&#96;"), h1Lines, problems };
}

function checkInline(token: Token, file: string, line: number, problems: Problem[]): void {
  if (token.type !== "image") return;
  const src = token.attrGet("src") ?? "";
  problems.push(
    error(
      file,
      line,
      1,
      isOtherHost(src)
        ? `the image ${src} would load from another host; pages load nothing from other hosts: remove it, or link to it with [text](${src})`
        : `images in prose are not supported yet (${src}); link to the file instead`,
    ),
  );
}
