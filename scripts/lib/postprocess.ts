// Fixes Framework 1.13's page template after the build (it has no option for these):
// `<html>` has no `lang` (axe html-has-lang) and the viewport forbids zooming (axe meta-viewport);
// embed pages get their own small script in place of Framework's client; a large timeline's view
// becomes a file of its own (timeline-view-file.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { escapeHtml } from "../../src/shared/html.ts";
import { isEmbedPage } from "./built-pages.ts";
import { moveTimelineViews } from "./timeline-view-file.ts";

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function fixPageTemplate(html: string, lang: string, dir: "ltr" | "rtl" = "ltr"): string {
  return html
    .replace(/<html>/, `<html lang="${lang}" dir="${dir}">`)
    .replace(/,\s*maximum-scale=1(\.0)?/, "");
}

/**
 * A built embed page (embed/<id>.html) loads its own small script instead of Framework's client:
 * the module preloads, the code cell's script and its output placeholder are replaced by one
 * `<script type="module">` (see writeEmbedPageScript). Throws if the page's shape is not the
 * one this was written for, rather than ship a half-rewritten page.
 */
export function useEmbedPageScript(html: string, scriptSrc: string): string {
  const preloads = /<link rel="modulepreload" href="[^"]*">\n?/g;
  const cell =
    /<script type="module">\s*import \{define\} from "[^"]*client\.[0-9a-f]+\.js";[\s\S]*?<\/script>\n?/;
  const placeholder = /<div class="observablehq observablehq--block"><!--:[0-9a-f]+:--><\/div>\n?/g;
  if (!cell.test(html))
    throw new Error("embed page: Framework's code cell was not found; update useEmbedPageScript");
  return html
    .replace(preloads, "")
    .replace(cell, `<script type="module" src="${scriptSrc}"></script>\n`)
    .replace(placeholder, "");
}

/**
 * The 404 page is served at whatever address was not found, so Framework gives it
 * `<base href="/">`: published under a sub-path, the base must be the site's own path (from its
 * address), or the page loads its styles and scripts from the host's root.
 */
export function notFoundPageBase(html: string, siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/?$/, "/");
  return html.replace(/<base href="\/">/, `<base href="${escapeHtml(path)}">`);
}

/** Applies notFoundPageBase to `dir`/404.html, if the site has one. */
export function fixNotFoundPage(dir: string, siteUrl: string): void {
  const file = join(dir, "404.html");
  if (existsSync(file)) writeFileSync(file, notFoundPageBase(readFileSync(file, "utf8"), siteUrl));
}

/** A resource a page would load from another host: src/href of anything but a plain link. */
export function outsideResources(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link|img|iframe|source|video|audio|object|embed)\b[^>]*>/gi;
  for (const [element] of html.matchAll(tag)) {
    // rel="alternate" (oEmbed discovery), rel="canonical" and rel="external" links are never
    // fetched by the page.
    if (/^<link\b/i.test(element) && /\srel\s*=\s*["']?(alternate|canonical|external)\b/i.test(element))
      continue;
    for (const [, url] of element.matchAll(
      /\s(?:src|href|srcset|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi,
    )) {
      if (url) found.push(url);
    }
  }
  for (const [, url] of html.matchAll(/@import\s+url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi))
    if (url) found.push(url);
  return found;
}

/** Rewrites every page in place; returns outside resources per file (should be none). */
export function postprocessSite(
  dir: string,
  lang: string,
  embedScript?: string,
  direction: "ltr" | "rtl" = "ltr",
): Map<string, string[]> {
  const offenders = new Map<string, string[]>();
  for (const file of htmlFiles(dir)) {
    let html = fixPageTemplate(readFileSync(file, "utf8"), lang, direction);
    if (embedScript && isEmbedPage(relative(dir, file))) html = useEmbedPageScript(html, `../${embedScript}`);
    const up = relative(dirname(file), dir);
    html = moveTimelineViews(html, dir, up ? `${up.split(sep).join("/")}/` : "./");
    writeFileSync(file, html);
    const outside = outsideResources(html);
    if (outside.length) offenders.set(file, outside);
  }
  return offenders;
}
