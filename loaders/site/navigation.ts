export interface NavigationPage {
  name: string;
  path: string;
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** The site header: one labelled navigation landmark, the current page marked for screen readers. */
export function siteNavigation(pages: readonly NavigationPage[], currentPath: string): string {
  const current = currentPath === "/index" ? "/" : currentPath;
  const items = pages
    .map(({ name, path }) => {
      // Absolute paths: Framework rewrites them relative to each page, so nested pages work.
      const aria = path === current ? ' aria-current="page"' : "";
      return `<li><a href="${escapeHtml(path)}"${aria}>${escapeHtml(name)}</a></li>`;
    })
    .join("");
  return `<nav class="site-nav" aria-label="Site"><a class="site-name" href="/">Dossier</a><ul>${items}</ul></nav>`;
}
