// HTML pieces the evidence pages share: verbatim text, dates, stance badges, links to sources,
// statements and timeline events. Every value from the data is escaped; links from the data go
// through safeHref. Text never carries a raw line break, so a page's HTML block cannot be cut
// by a blank line in a cell (Markdown would parse the rest as Markdown).

import type { ClaimStance } from "../../src/shared/enums.ts";
import { escapeHtml } from "../../src/shared/html.ts";
import { type CorrectionsOf, noCorrections } from "../compile/corrections.ts";
import { machineDate } from "../dates.ts";
import { archivedOn } from "../format/archived-on.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import { urlToQuote } from "../format/text-fragment.ts";
import type { PartialDate } from "../model.ts";
import { t } from "../site/locale.ts";
import type { LinkTarget } from "../site/plan.ts";
import { safeHref } from "./html.ts";

/** A source as its links need it: the live page, the archived copy and their dates. */
export interface ArchivedSource {
  outlet: string;
  url?: string;
  archiveUrl?: string;
  published?: PartialDate;
  accessed?: PartialDate;
}

export interface SourceLink extends ArchivedSource {
  id: string;
}

export function visuallyHidden(words: string): string {
  return `<span class="visually-hidden">${escapeHtml(words)}</span>`;
}

/** Text from the evidence inside a kit sentence: it keeps its own direction (an English title on an
 *  Arabic page reads left to right, and the other way round). */
export function dataText(text: string): string {
  return `<span dir="auto">${escapeHtml(text)}</span>`;
}

export function dateHtml(date: PartialDate): string {
  const machine = machineDate(date);
  const words = escapeHtml(formatPartialDate(date));
  // An interval or a decade has no HTML datetime: the words say it, data-edtf keeps the text.
  return machine
    ? `<time datetime="${escapeHtml(machine)}">${words}</time>`
    : `<span class="date" data-edtf="${escapeHtml(date.iso)}">${words}</span>`;
}

/** Page-local anchors for rows that are not the page's own: `claim--<id>`; slugs never hold "--". */
export function anchor(kind: string, ...ids: string[]): string {
  return [kind, ...ids].join("--");
}

/**
 * Links into the site's pages: each kind of row lives on the page whose prose places its list
 * (loaders/site/plan.ts). A link is made only when some page has the list (the build fails on
 * links to pages or anchors that do not exist), so each returns undefined otherwise.
 */
export interface PageLinks {
  has(target: LinkTarget): boolean;
  /** The page that holds a kind of row, e.g. "/sources". */
  page(target: LinkTarget): string | undefined;
  event(id: string): string | undefined;
  statement(id: string): string | undefined;
  claim(id: string): string | undefined;
  source(id: string): string | undefined;
  /** A row of the comparison table. */
  compared(id: string): string | undefined;
  /** A correction's entry on the page that lists them. */
  correction(id: string): string | undefined;
  /** A row's corrections, newest first; none until the links are routed with the evidence. */
  corrections: CorrectionsOf;
}

export function pageLinks(hosts: Readonly<Partial<Record<LinkTarget, string>>>): PageLinks {
  const on = (target: LinkTarget, hash: string) => {
    const path = hosts[target];
    return path === undefined ? undefined : `${path}#${hash}`;
  };
  return {
    has: (target) => hosts[target] !== undefined,
    page: (target) => hosts[target],
    event: (id) => on("timeline", id),
    statement: (id) => on("statements", id),
    claim: (id) => on("claims", anchor("claim", id)),
    source: (id) => on("sources", id),
    compared: (id) => on("comparison", id),
    correction: (id) => on("corrections", anchor("correction", id)),
    corrections: noCorrections,
  };
}

/** A link when there is somewhere to go, else the content alone. */
export function maybeLinkHtml(href: string | undefined, content: string, className?: string): string {
  return href ? linkHtml(href, content, className) : content;
}

export function linkHtml(href: string, content: string, className?: string): string {
  return `<a href="${escapeHtml(href)}"${className ? ` class="${className}"` : ""}>${content}</a>`;
}

/** A link to a page of another host, from the data: only http(s), never sending a referrer. */
export function externalLinkHtml(url: string | undefined, content: string): string | undefined {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="external noreferrer">${content}</a>` : undefined;
}

/** "archived 6 Aug 2018" linked to the copy (or to the quote in it), or undefined without one. */
export function archivedLinkHtml(source: ArchivedSource, quote?: string): string | undefined {
  if (!source.archiveUrl) return undefined;
  const on = archivedOn(source);
  const words = on ? t("archive.copyOn", { date: formatPartialDate(on) }) : t("archive.copy");
  const href = quote === undefined ? source.archiveUrl : urlToQuote(source.archiveUrl, quote);
  return externalLinkHtml(
    href,
    `${escapeHtml(words)}${visuallyHidden(t("archive.copyOf", { outlet: source.outlet }))}`,
  );
}

/** One source cited: its entry on the sources page, the original when it has a link, and its archived copy. */
export function sourceLinkHtml(source: SourceLink, to: PageLinks): string {
  const date = source.published ? `, ${dateHtml(source.published)}` : "";
  const entry = maybeLinkHtml(to.source(source.id), `${escapeHtml(source.outlet)}${date}`);
  const original = externalLinkHtml(
    source.url,
    `${escapeHtml(t("cite.original"))}${visuallyHidden(t("cite.originalAt", { outlet: source.outlet }))}`,
  );
  const links = [original, archivedLinkHtml(source)].filter(Boolean);
  return `<cite class="source-ref">${entry}</cite>${links.length ? ` <span class="original">(${links.join(" · ")})</span>` : ""}`;
}

/** "Sources: A, B" as one line (or "<label>: A, B"); an empty list says so. */
export function sourcesLineHtml(sources: readonly SourceLink[], to: PageLinks, label?: string): string {
  if (!sources.length) return `<p class="cites">${escapeHtml(t("cite.none"))}</p>`;
  const word = label ?? t(sources.length === 1 ? "cite.source" : "cite.sources");
  return `<p class="cites"><span class="cites-label">${escapeHtml(t("cite.label", { label: word }))}</span> ${sources.map((s) => sourceLinkHtml(s, to)).join("; ")}</p>`;
}

/**
 * The words, verbatim, in a blockquote; `data-quote` names the statement the text belongs to. A
 * partial quote's context (the reporter's words around it) comes first, labelled and outside the
 * blockquote, so the fragment is never read without it and never mistaken for part of it.
 */
export function quoteHtml(statementId: string, words: string, context?: string): string {
  const before = context
    ? `<p class="quote-context"><span class="quote-context-label">${escapeHtml(t("quote.context"))}</span> ${escapeHtml(context)} …</p>`
    : "";
  return `${before}<blockquote class="quote"><p class="quote-text" data-quote="${escapeHtml(statementId)}" dir="auto">${escapeHtml(words)}</p></blockquote>`;
}

export const stanceIcons: Record<ClaimStance | "silent" | "conflicting", string> = {
  asserts: "✔",
  denies: "✘",
  qualifies: "◐",
  conflicting: "⚠",
  silent: "·",
};

/** A stance as icon and word; colour (from the class) is a third, redundant cue. */
export function stanceHtml(stance: ClaimStance | "conflicting"): string {
  return `<span class="stance stance-${stance}"><span class="stance-icon" aria-hidden="true">${stanceIcons[stance]}</span> ${escapeHtml(t(`stance.${stance}`))}</span>`;
}

/** The first `words` words of a text, for labels; the full text is always one link away. */
export function excerpt(value: string, words = 12): string {
  const parts = value.split(/\s+/).filter(Boolean);
  const kept = parts.slice(0, words).join(" ");
  return parts.length > words ? `${kept} …` : kept;
}

/**
 * A list that stays readable however much evidence there is: the first `visible` items shown, the
 * next ones (up to `max` in all) folded into a <details>, and a line saying how many are left out.
 */
export function foldedListHtml(
  items: readonly string[],
  { visible, max, rest }: { visible: number; max: number; rest: (left: number) => string },
): string {
  const list = (xs: readonly string[]) =>
    `<ul class="cell-list">${xs.map((x) => `<li>${x}</li>`).join("")}</ul>`;
  const shown = items.slice(0, visible);
  const folded = items.slice(visible, Math.max(visible, max));
  const left = items.length - shown.length - folded.length;
  return [
    list(shown),
    folded.length
      ? `<details class="more"><summary>${escapeHtml(t("list.more", { count: folded.length }))}</summary>${list(folded)}</details>`
      : "",
    left > 0 ? `<p class="more">${rest(left)}</p>` : "",
  ].join("");
}

/**
 * Links to the numbered pages of a split list, named in plain text; the current one is not a
 * link. A name that two pages share gets the page's number, so no two links read the same.
 */
export function partsNavHtml(
  label: string,
  parts: readonly { path: string; name: string }[],
  current?: number,
): string {
  const uses = new Map<string, number>();
  for (const p of parts) uses.set(p.name, (uses.get(p.name) ?? 0) + 1);
  const items = parts.map((p, i) => {
    const name = (uses.get(p.name) ?? 0) > 1 ? t("page.numbered", { name: p.name, number: i + 1 }) : p.name;
    return `<li>${i === current ? `<strong aria-current="page">${escapeHtml(name)}</strong>` : linkHtml(p.path, escapeHtml(name))}</li>`;
  });
  return `<nav class="part-pages" aria-label="${escapeHtml(label)}"><ol>${items.join("")}</ol></nav>`;
}
