// What a link preview reads (Open Graph, Twitter cards) and the canonical address: all absolute
// under the site's url, so a page shared from any host shows its own title, words and card.
import { escapeHtml } from "../../src/shared/html.ts";

/** The card image every shared page points at: a PNG the build renders (share-card.ts). */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface SharedPage {
  /** Absolute address of the page. */
  url: string;
  title: string;
  description: string;
  siteName: string;
  /** BCP 47 ("en-US"); Open Graph wants it as en_US. */
  locale: string;
  image: ShareImage;
}

/** The absolute address of a page path ("/", "/timeline", "/embed/x") under the site's url. */
export function pageUrl(siteUrl: string, path: string): string {
  return path === "/" ? `${siteUrl}/` : `${siteUrl}${path}`;
}

export function shareTagsHtml(page: SharedPage): string {
  const meta = (attribute: "property" | "name", key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}">`;
  return [
    `<link rel="canonical" href="${escapeHtml(page.url)}">`,
    meta("property", "og:type", "article"),
    meta("property", "og:site_name", page.siteName),
    meta("property", "og:locale", page.locale.replace("-", "_")),
    meta("property", "og:title", page.title),
    meta("property", "og:description", page.description),
    meta("property", "og:url", page.url),
    meta("property", "og:image", page.image.url),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", page.image.width),
    meta("property", "og:image:height", page.image.height),
    meta("property", "og:image:alt", page.image.alt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", page.title),
    meta("name", "twitter:description", page.description),
    meta("name", "twitter:image", page.image.url),
    meta("name", "twitter:image:alt", page.image.alt),
  ].join("\n");
}
