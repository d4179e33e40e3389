// Fixes Framework 1.13's page template after the build (it has no option for these):
// `<html>` has no `lang` (axe html-has-lang) and the viewport forbids zooming (axe meta-viewport).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function fixPageTemplate(html: string, lang: string): string {
  return html.replace(/<html>/, `<html lang="${lang}">`).replace(/,\s*maximum-scale=1(\.0)?/, "");
}

/** A resource a page would load from another host: src/href of anything but a plain link. */
export function outsideResources(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link|img|iframe|source|video|audio|object|embed)\b[^>]*>/gi;
  for (const [element] of html.matchAll(tag)) {
    // rel="alternate" (oEmbed discovery) and rel="external" links are never fetched by the page.
    if (/^<link\b/i.test(element) && /\srel\s*=\s*["']?(alternate|external)\b/i.test(element)) continue;
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
export function postprocessSite(dir: string, lang: string): Map<string, string[]> {
  const offenders = new Map<string, string[]>();
  for (const file of htmlFiles(dir)) {
    const html = fixPageTemplate(readFileSync(file, "utf8"), lang);
    writeFileSync(file, html);
    const outside = outsideResources(html);
    if (outside.length) offenders.set(file, outside);
  }
  return offenders;
}
