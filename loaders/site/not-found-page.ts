// The page a host serves at any address that does not exist (404.html), in the site's language.
import { escapeHtml } from "../../src/shared/html.ts";
import { t, tHtml } from "./locale.ts";
import { pageDocument } from "./page-document.ts";

/** The 404 page's Markdown for Framework; call it inside the site's locale (inSiteLocale). */
export function notFoundPage(): string {
  const title = t("notFound.title");
  const link = `<a href="/">${escapeHtml(t("notFound.overview"))}</a>`;
  const html = `<h1>${escapeHtml(title)}</h1><p>${tHtml("notFound.text", { overview: link })}</p>`;
  // A description brings the head every page has (no favicon request, the search box's words).
  return pageDocument({ title, description: title, root: "./", parts: [{ html }] });
}
