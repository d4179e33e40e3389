// The site header: the investigation's title and one labelled navigation landmark, the current
// page marked for screen readers.
import { escapeHtml } from "../../src/shared/html.ts";
import type { PageSettings } from "./settings.ts";

export function siteNavigation(
  siteTitle: string,
  pages: readonly PageSettings[],
  currentPath: string,
  label: string,
): string {
  const current = currentPath === "/index" ? "/" : currentPath;
  const items = pages
    .filter((page) => page.inNavigation)
    .map(({ nav, path }) => {
      // Absolute paths: Framework rewrites them relative to each page, so nested pages work.
      const aria = path === current ? ' aria-current="page"' : "";
      return `<li><a href="${escapeHtml(path)}"${aria}>${escapeHtml(nav)}</a></li>`;
    })
    .join("");
  return `<nav class="site-nav" aria-label="${escapeHtml(label)}"><a class="site-name" href="/">${escapeHtml(siteTitle)}</a><ul>${items}</ul></nav>`;
}
