// sitemap.xml and robots.txt for search engines: every page of the built site at its absolute
// address under the site's url (site.json "url" or DOSSIER_SITE_URL), embed pages left out (they
// are a chart for other articles, not a page to land on), and the 404 page too.
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { escapeHtml } from "../../src/shared/html.ts";
import { isEmbedPage, pageUrlPaths } from "./built-pages.ts";
import { htmlFiles } from "./postprocess.ts";

/** The absolute address of each page a reader may land on, `files` relative to the site folder. */
export function sitemapUrls(siteUrl: string, files: readonly string[]): string[] {
  return files
    .filter((file) => !isEmbedPage(file) && file !== "404.html")
    .map((file) => `${siteUrl}${pageUrlPaths(file)[0]}`)
    .sort();
}

export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}

/** Writes sitemap.xml and robots.txt into the built site `dir`; returns how many pages it lists. */
export function writeSitemap(dir: string, siteUrl: string): number {
  const urls = sitemapUrls(
    siteUrl,
    htmlFiles(dir).map((file) => relative(dir, file)),
  );
  writeFileSync(join(dir, "sitemap.xml"), sitemapXml(urls));
  writeFileSync(join(dir, "robots.txt"), robotsTxt(siteUrl));
  return urls.length;
}
