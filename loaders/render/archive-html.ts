// Links to a source's archived copy beside its live page, and to a quote's own words on both.
// A source with a url and no archived copy gets a Wayback Machine look-up, labelled as a search
// (nobody checked a copy exists); nothing here is fetched, by the build or by the page.
import { escapeHtml } from "../../src/shared/html.ts";
import { urlToQuote } from "../format/text-fragment.ts";
import { waybackLookupUrl } from "../format/wayback-lookup.ts";
import { t } from "../site/locale.ts";
import { type ArchivedSource, archivedLinkHtml, externalLinkHtml, visuallyHidden } from "./evidence-html.ts";

/**
 * The archived copy's link; for a source with a url and none, "no archived copy recorded" and a
 * Wayback Machine look-up near the day it was published or seen. "" when there is nothing to say.
 */
export function archiveHtml(source: ArchivedSource): string {
  const copy = archivedLinkHtml(source);
  if (copy) return `<span class="archive">${copy}</span>`;
  if (!source.url) return "";
  const lookup = externalLinkHtml(
    waybackLookupUrl(source.url, source.published ?? source.accessed),
    `${escapeHtml(t("archive.lookup"))}${visuallyHidden(t("archive.copyOf", { outlet: source.outlet }))}`,
  );
  return `<span class="archive archive-none">${escapeHtml(t("archive.none"))}${lookup ? `; ${lookup}` : ""}</span>`;
}

/**
 * "The quote at its source:" and, for each source with an address, its outlet linked to the
 * quote's words on the live page and "archived …" to them on the copy. "" when none has one.
 */
export function quoteLinksHtml(quote: string, sources: readonly ArchivedSource[]): string {
  const links = sources.flatMap((source) => {
    const live = source.url
      ? externalLinkHtml(urlToQuote(source.url, quote), escapeHtml(source.outlet))
      : undefined;
    const copy = archivedLinkHtml(source, quote);
    if (!live && !copy) return [];
    if (!live) return [`${escapeHtml(source.outlet)} (${copy})`];
    return [copy ? `${live} (${copy})` : live];
  });
  if (!links.length) return "";
  return `<p class="quote-links"><span class="quote-links-label">${escapeHtml(t("quote.atSource"))}</span> ${links.join(" · ")}</p>`;
}
