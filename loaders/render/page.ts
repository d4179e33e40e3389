// Small pieces every page loader prints: front matter and the "data compiled" line.
import { escapeHtml } from "../../src/shared/html.ts";
import { liveMessages } from "../../src/shared/locale/live-messages.ts";
import type { Locale } from "../../src/shared/locale/locale.ts";
import { siteLocale } from "../site/locale.ts";

/**
 * Controls that work only with JavaScript (embed "Interactive view", gallery "Copy embed code",
 * scale "Explore interactively"). Each is in the built page from the start, so showing it moves
 * nothing; style.css keeps it invisible until its script sets data-ready, and without
 * JavaScript it takes no room (pageHead). Keep style.css's list the same.
 */
export const scriptOnlyControls = [".embed-interactive", ".copy-snippet", ".explore-chart", ".tl-start"];

/** What every page's <head> holds beyond Framework's own: no favicon request, a description
 *  for search engines and link previews, the style that removes script-only controls when
 *  JavaScript is off, the words browser code shows in the site's language (see
 *  src/components/locale.ts) and, on embed pages, the oEmbed discovery link. */
export function pageHead({
  description,
  oembedUrl,
  locale = siteLocale(),
}: {
  description: string;
  oembedUrl?: string;
  locale?: Locale;
}): string {
  const icon = '<link rel="icon" href="data:,">';
  const meta = `<meta name="description" content="${escapeHtml(description)}">`;
  // rel="alternate" is never fetched by the page itself; oEmbed discovery must be absolute.
  const oembed = oembedUrl
    ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}">`
    : "";
  // The search box too: it is in the header from the start (its script loads on first focus).
  const noScript = `<noscript><style>${[...scriptOnlyControls, ".site-search"].join(",")}{display:none}</style></noscript>`;
  const messages = `<meta name="dossier-messages" content="${escapeHtml(JSON.stringify(liveMessages(locale.messages)))}">`;
  return icon + noScript + meta + messages + oembed;
}

/**
 * YAML front matter with quoted, escaped values. A `description` becomes the page's head (see
 * pageHead; Framework keeps no front-matter keys of its own beyond those it knows).
 */
export function frontMatter(fields: {
  title: string;
  description?: string;
  oembedUrl?: string;
  [key: string]: string | boolean | undefined;
}): string {
  const { description, oembedUrl, ...rest } = fields;
  const all = description
    ? { ...rest, head: pageHead({ description, ...(oembedUrl ? { oembedUrl } : {}) }) }
    : rest;
  const lines = Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      typeof value === "boolean" ? `${key}: ${value}` : `${key}: ${JSON.stringify(value)}`,
    );
  return `---\n${lines.join("\n")}\n---\n`;
}

/** When the evidence was compiled into this page: the build's clock, not a typed date. */
export function compiledAtHtml(now: Date = new Date()): string {
  const locale = siteLocale();
  const time = `<time datetime="${escapeHtml(now.toISOString())}">${escapeHtml(locale.moment(now))}</time>`;
  const [before = "", after = ""] = locale.t("page.compiledAt").split("{date}");
  return `<p class="compiled-at">${escapeHtml(before)}${time}${escapeHtml(after)}</p>`;
}
