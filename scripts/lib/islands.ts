// Framework 1.13 parses every page's whole HTML with jsdom twice (once to find assets and links,
// once to rewrite them): with 10,000 events that was ~32 of the build's ~48 s in Framework (CPU
// profile in docs/performance.md). The page loaders' large HTML blocks (lists of events, sources,
// statements) hold no asset, script or live expression, only text and links, so the build takes
// them out before Framework runs and puts them back in its output ("islands"). Framework sees a
// stub per island: the island's ids and links alone, so its link check still covers every link
// and anchor of the site. Its link rewriting and header anchors are applied to the island here,
// with Framework's own path functions. A block that holds anything else stays with Framework.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  isAssetPath,
  parseRelativeUrl,
  relativePath,
  resolveLocalPath,
} from "@observablehq/framework/dist/path.js";

export interface IslandPage {
  /** The page's Markdown with each island replaced by its one-line stub. */
  markdown: string;
  islands: string[];
}

/** Below this size a block is left to Framework: the stub would save little. */
const minIslandChars = 8_192;

// Tags that start a CommonMark HTML block that runs, verbatim, to the next blank line (type 6).
const verbatimBlockTags = new Set(
  "address article aside blockquote caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main menu nav ol optgroup option p search section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

// What Framework would rewrite or resolve in a block (assets, scripts, code highlighting, live
// expressions) or what a tag-by-tag reading cannot see right (comments, raw text elements).
const leftToFramework =
  /\$\{|<!--|<!\[CDATA\[|<(?:script|link|img|audio|video|source|picture|iframe|object|embed|textarea|xmp|noscript|plaintext|template|observablehq-loading)\b|\ssrcset\s*=|\sdownload\b|language-/i;

const tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*\/?>/g;
const attributePattern = /\s+([^\s"'>/=]+)(?:\s*=\s*"([^"]*)")?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of source.matchAll(attributePattern))
    if (name && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), value ?? "");
  return found;
}

const references: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute value as the DOM reads it; undefined for a reference this does not know. */
function decodeAttribute(raw: string): string | undefined {
  let unknown = false;
  const text = raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (_, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    const known = references[ref];
    if (known === undefined) unknown = true;
    return known ?? "";
  });
  return unknown ? undefined : text;
}

/** As the DOM serialises an attribute value. */
function encodeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/\u00a0/g, "&nbsp;");
}

function isExternal(attrs: Map<string, string>): boolean {
  return /(?:^|\s)external(?:\s|$)/i.test(decodeAttribute(attrs.get("rel") ?? "") ?? "");
}

/**
 * Every tag of a block can be read with tagPattern (quoted attributes, no stray `<`), and every
 * link and id decodes: otherwise the block stays with Framework.
 */
function readable(block: string): boolean {
  const tags = block.match(/<[a-zA-Z]/g)?.length ?? 0;
  let read = 0;
  for (const [, , attrs = ""] of block.matchAll(tagPattern)) {
    read++;
    for (const [name, value] of attributes(attrs))
      if (["href", "id", "name", "rel"].includes(name)) {
        const decoded = decodeAttribute(value);
        if (decoded === undefined) return false;
        if (name === "href") {
          try {
            decodeURI(decoded);
          } catch {
            return false;
          }
        }
      }
  }
  if (read !== tags) return false;
  // A heading with an id gets Framework's anchor link around its content; one holding a link
  // or another heading would not survive that, so Framework keeps the block.
  for (const [, level, inner = ""] of block.matchAll(/<h([1-4])\b[^>]*\sid="[^"]*"[^>]*>([\s\S]*?)<\/h\1>/gi))
    if (level && /<(?:a|h[1-6])\b/i.test(inner)) return false;
  return true;
}

function isIsland(block: string): boolean {
  const tag = /^<([a-zA-Z][a-zA-Z0-9]*)[\s/>]/.exec(block)?.[1]?.toLowerCase();
  return (
    block.length >= minIslandChars &&
    tag !== undefined &&
    verbatimBlockTags.has(tag) &&
    !leftToFramework.test(block) &&
    readable(block)
  );
}

/** Elements per <div> of a stub: jsdom parses thousands of siblings far slower than small groups. */
const stubGroup = 50;

/**
 * What Framework needs to see of an island, on one line: its anchors (an element per id or name)
 * and its links (each once), which its link check reads.
 */
export function islandStub(island: string, index: number): string {
  const anchors: string[] = [];
  const links = new Set<string>();
  for (const [, tag = "", source = ""] of island.matchAll(tagPattern)) {
    const attrs = attributes(source);
    const anchor = attrs.get("id") ?? attrs.get("name");
    if (anchor !== undefined) anchors.push(`<span id="${anchor}"></span>`);
    const href = attrs.get("href");
    // Framework checks local links only (not rel="external", not another scheme such as https:).
    const local = href !== undefined && !/^\w+:/.test(decodeAttribute(href) ?? "") && !isExternal(attrs);
    if (tag.toLowerCase() === "a" && local) links.add(`<a href="${href}"></a>`);
  }
  const elements = [...anchors, ...links];
  let stub = "";
  for (let i = 0; i < elements.length; i += stubGroup)
    stub += `<div>${elements.slice(i, i + stubGroup).join("")}</div>`;
  return `<!--dossier-island:${index}-->${stub}<!--/dossier-island:${index}-->`;
}

/**
 * Takes the large verbatim HTML blocks out of a page loader's Markdown. A block is the text
 * between blank lines, outside fenced code, starting at the line's first column with a tag that
 * makes CommonMark pass it through unchanged.
 */
export function extractIslands(markdown: string): IslandPage {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown)?.[0] ?? "";
  const lines = markdown.slice(frontMatter.length).split("\n");
  const out: string[] = [];
  const islands: string[] = [];
  let fence: string | undefined;
  let block: string[] = [];
  const flush = () => {
    const text = block.join("\n");
    if (block.length && isIsland(text)) {
      out.push(islandStub(text, islands.length));
      islands.push(text);
    } else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      out.push(line);
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        !line.trim().slice(marker.length).trim()
      )
        fence = undefined;
    } else if (marker) {
      flush();
      fence = marker;
      out.push(line);
    } else if (/^[ \t]*$/.test(line)) {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return { markdown: frontMatter + out.join("\n"), islands };
}

// Framework's path normaliser for this site's configuration (no cleanUrls, preserveIndex or
// preserveExtension options: getPathNormalizer in Framework's config.js).
function normalizePath(path: string): string {
  let normal = path;
  if (normal.endsWith(".")) normal += "/";
  if (normal.endsWith(".html")) normal = normal.slice(0, -".html".length);
  if (normal.endsWith("/index")) normal = normal.slice(0, -"index".length);
  if (normal === "index") normal = ".";
  return normal;
}

/** Framework's resolveLink (resolvers.js) for a page at `pagePath` (/timeline/2014). */
function resolveLink(pagePath: string, href: string): string {
  if (isAssetPath(href)) {
    const url = parseRelativeUrl(href);
    const localPath = resolveLocalPath(pagePath, url.pathname);
    if (localPath) return relativePath(pagePath, normalizePath(localPath)) + url.search + url.hash;
  }
  return href;
}

/** An island as Framework would have written it: links resolved, external ones in a new tab, header anchors. */
export function resolveIsland(island: string, pagePath: string): string {
  const linked = island.replace(tagPattern, (tag, name: string, source: string) => {
    if (name.toLowerCase() !== "a") return tag;
    const attrs = attributes(source);
    const raw = attrs.get("href");
    if (raw === undefined || isExternal(attrs)) return tag;
    const href = decodeURI(decodeAttribute(raw) ?? "");
    let rewritten = source.replace(
      /(\shref\s*=\s*")[^"]*(")/i,
      (_, open: string, close: string) =>
        `${open}${encodeAttribute(encodeURI(resolveLink(pagePath, href)))}${close}`,
    );
    if (/^\w+:/.test(href)) {
      if (!attrs.has("target")) rewritten += ' target="_blank"';
      if (!attrs.has("rel")) rewritten += ' rel="noopener noreferrer"';
    }
    return tag.replace(source, rewritten);
  });
  return linked.replace(
    /(<h([1-4])\b[^>]*\sid="([^"]*)"[^>]*>)([\s\S]*?)(<\/h\2>)/gi,
    (_, open: string, _level: string, id: string, inner: string, close: string) =>
      `${open}<a class="observablehq-header-anchor" href="#${id}">${inner}</a>${close}`,
  );
}

/** Puts a page's islands back in Framework's output in place of their stubs. */
export function spliceIslands(html: string, islands: readonly string[], pagePath: string): string {
  let found = 0;
  const spliced = html.replace(
    /<!--dossier-island:(\d+)-->[\s\S]*?<!--\/dossier-island:\1-->/g,
    (_, index: string) => {
      found++;
      const island = islands[Number(index)];
      if (island === undefined) throw new Error(`${pagePath}: no island ${index}; run the build again`);
      return resolveIsland(island, pagePath);
    },
  );
  if (found !== islands.length)
    throw new Error(`${pagePath}: ${islands.length} islands taken out, ${found} found in Framework's output`);
  return spliced;
}

/** Puts the islands of every page (by loader output, timeline/2014.md) back in the built site. */
export function spliceSiteIslands(siteDir: string, islands: ReadonlyMap<string, readonly string[]>): void {
  for (const [target, pageIslands] of islands) {
    const page = target.replace(/\.md$/, "");
    const file = join(siteDir, `${page}.html`);
    writeFileSync(file, spliceIslands(readFileSync(file, "utf8"), pageIslands, `/${page}`));
  }
}
