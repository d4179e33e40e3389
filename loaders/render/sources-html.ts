// The sources page's HTML: every source with outlet, title, date and link, and backlinks to the
// events, statements, claims, figures, key moments (annotations) and corrections that cite it.
// A source nothing cites says so.

import { escapeHtml } from "../../src/shared/html.ts";
import type { MessageKey } from "../../src/shared/locale/catalogue.ts";
import type { Citation, CitingTable, SourceEntry, SourcesDigest } from "../compile/sources.ts";
import { formatQuantity } from "../format/number.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import { outletAndDate } from "../format/source-name.ts";
import type { Figure } from "../model.ts";
import { t, tHtml } from "../site/locale.ts";
import { archiveHtml } from "./archive-html.ts";
import { correctedHtml } from "./corrections-html.ts";
import {
  dataText,
  dateHtml,
  excerpt,
  externalLinkHtml,
  linkHtml,
  maybeLinkHtml,
  type PageLinks,
  partsNavHtml,
} from "./evidence-html.ts";
import type { Split } from "./evidence-pages.ts";
import { backlinksShown } from "./limits.ts";

/** How many rows of a table cite a source: "3 events", "1 claim". */
const tableCounts: Record<CitingTable, MessageKey> = {
  events: "timeline.events",
  statements: "timeline.statements",
  claims: "claims.count",
  figures: "sources.figures",
  annotations: "sources.keyMoments",
  corrections: "sources.corrections",
};

function citationHref(c: Citation, to: PageLinks): string | undefined {
  if (c.table === "events") return to.event(c.id);
  if (c.table === "statements") return to.statement(c.id);
  if (c.table === "claims") return to.claim(c.id);
  return undefined;
}

/** A figure's backlink names its number, so it reads on its own where no page shows the figure. */
function citationLabel(c: Citation, figures: ReadonlyMap<string, Figure>): string {
  const figure = c.table === "figures" ? figures.get(c.id) : undefined;
  if (figure) {
    const asOf = figure.asOf ? `, ${formatPartialDate(figure.asOf)}` : "";
    const where = [figure.scope, figure.group].filter(Boolean).join(", ");
    return `${figure.subject}${where ? ` (${where})` : ""}: ${formatQuantity(figure.value, figure.unit)}${asOf}`;
  }
  return c.table === "statements" ? `“${excerpt(c.label, 14)}”` : c.label;
}

/** Where the rows left out of a long backlink list still show their sources. */
const listedWhere: Record<CitingTable, MessageKey> = {
  events: "sources.listedWhere.events",
  statements: "sources.listedWhere.statements",
  claims: "sources.listedWhere.claims",
  figures: "sources.listedWhere.figures",
  annotations: "sources.listedWhere.annotations",
  corrections: "sources.listedWhere.corrections",
};

function backlinksHtml(entry: SourceEntry, to: PageLinks, figures: ReadonlyMap<string, Figure>): string {
  if (entry.citations === 0)
    return `<p class="uncited-note">${tHtml("sources.notCitedBy", { notCited: `<strong>${escapeHtml(t("sources.notCited"))}</strong>` })}</p>`;
  const groups = (Object.keys(tableCounts) as CitingTable[])
    .filter((table) => entry.citedBy[table].length)
    .map((table) => {
      const list = entry.citedBy[table];
      const items = list
        .slice(0, backlinksShown)
        .map((c) => `<li>${maybeLinkHtml(citationHref(c, to), escapeHtml(citationLabel(c, figures)))}</li>`);
      const left = list.length - items.length;
      const rest = left
        ? `<p class="more">${escapeHtml(t("sources.firstShown", { shown: items.length, total: list.length, left, where: t(listedWhere[table]) }))}</p>`
        : "";
      return `<div class="backlinks-group"><h4>${escapeHtml(t(tableCounts[table], { count: list.length }))}</h4><ul>${items.join("")}</ul>${rest}</div>`;
    });
  return `<details class="backlinks"><summary>${escapeHtml(t("sources.citedBy", { count: entry.citations }))}</summary>${groups.join("")}</details>`;
}

function entryHtml(entry: SourceEntry, to: PageLinks, figures: ReadonlyMap<string, Figure>): string {
  const s = entry.source;
  const date = s.published ? dateHtml(s.published) : escapeHtml(t("sources.noDate"));
  // Without a recorded title the heading is the outlet and date, and the line below says so.
  const heading = s.title
    ? `<cite dir="auto">${escapeHtml(s.title)}</cite>`
    : `${escapeHtml(s.outlet)}${s.published ? `, ${date}` : ""}`;
  const meta = [
    ...(s.title ? [escapeHtml(s.outlet), date] : s.published ? [] : [date]),
    s.kind ? escapeHtml(s.kind) : "",
    s.title ? "" : escapeHtml(t("cite.noTitle")),
    s.accessed ? escapeHtml(t("source.accessed", { date: formatPartialDate(s.accessed) })) : "",
  ].filter(Boolean);
  const link = externalLinkHtml(s.url, escapeHtml(s.url ?? ""));
  const archive = archiveHtml(s);
  return [
    `<li class="source-entry${entry.citations ? "" : " uncited"}" id="${escapeHtml(s.id)}">`,
    `<h3 class="source-title">${heading}</h3>`,
    `<p class="source-meta">${meta.join(" · ")}</p>`,
    `<p class="source-link">${link ? tHtml("sources.link", { link }) : escapeHtml(t("sources.noLink"))}${archive ? ` · ${archive}` : ""}</p>`,
    correctedHtml(to.corrections("sources", s.id), to),
    s.notes
      ? `<p class="notes"><span class="notes-label">${escapeHtml(t("note.label"))}</span> ${dataText(s.notes)}</p>`
      : "",
    backlinksHtml(entry, to, figures),
    "</li>",
  ].join("");
}

/** Where a source's entry is: this page, or its numbered page when the list is split. */
export type EntryHref = (id: string) => string;

export function uncitedHtml(digest: SourcesDigest, href: EntryHref = (id) => `#${id}`): string {
  if (!digest.uncited.length) return `<p>${escapeHtml(t("sources.allCited"))}</p>`;
  const titles = new Map(digest.entries.map((e) => [e.source.id, e.source]));
  const items = digest.uncited.map((id) => {
    const s = titles.get(id);
    const name = s ? (s.title ? `${s.outlet}: ${s.title}` : outletAndDate(s)) : id;
    return `<li>${linkHtml(href(id), escapeHtml(name))}</li>`;
  });
  return `<div class="uncited-list"><p>${escapeHtml(t("sources.uncited", { count: digest.uncited.length }))}</p><ul>${items.join("")}</ul></div>`;
}

/** Every source in full; `only` keeps the entries of one numbered page, in order. */
export function sourcesListHtml(
  digest: SourcesDigest,
  to: PageLinks,
  figures: readonly Figure[],
  only?: readonly string[],
): string {
  if (!digest.entries.length) return `<p class="empty">${escapeHtml(t("sources.empty"))}</p>`;
  const byId = new Map(figures.map((f) => [f.id, f]));
  const keep = only ? new Set(only) : undefined;
  const entries = keep ? digest.entries.filter((e) => keep.has(e.source.id)) : digest.entries;
  return `<ol class="sources-list">${entries.map((e) => entryHtml(e, to, byId)).join("")}</ol>`;
}

/**
 * The index of a split list: one line per source (outlet, title, date, how many rows cite it),
 * keeping the source's id as its anchor, linked to the full entry on its numbered page.
 */
export function sourcesIndexHtml(digest: SourcesDigest, href: EntryHref): string {
  const items = digest.entries.map((e) => {
    const s = e.source;
    const date = s.published ? `, ${escapeHtml(formatPartialDate(s.published))}` : "";
    const cited = escapeHtml(
      e.citations ? t("sources.citedByShort", { count: e.citations }) : t("sources.uncitedShort"),
    );
    const name = s.title
      ? `${linkHtml(href(s.id), `<cite dir="auto">${escapeHtml(s.title)}</cite>`)} — ${escapeHtml(s.outlet)}${date}`
      : `${linkHtml(href(s.id), escapeHtml(s.outlet))}${date}`;
    return `<li id="${escapeHtml(s.id)}">${name}; ${cited}</li>`;
  });
  return `<ol class="sources-index">${items.join("")}</ol>`;
}

/**
 * The numbered pages of a split list, each named by its first and last outlet; where an outlet
 * fills several pages, those pages add the dates they span, so no two links read the same.
 */
export function sourcePagesNavHtml(digest: SourcesDigest, split: Split, current?: number): string {
  const sources = new Map(digest.entries.map((e) => [e.source.id, e.source]));
  const range = (a: string, b: string) => (a === b ? a : t("timeline.span", { from: a, to: b }));
  const named = split.parts.map((ids) => {
    const [first, last] = [sources.get(ids[0] ?? ""), sources.get(ids.at(-1) ?? "")];
    const published = (s: typeof first) =>
      s?.published ? formatPartialDate(s.published) : t("sources.undated");
    return {
      outlets: range(first?.outlet ?? "", last?.outlet ?? ""),
      dates: range(published(first), published(last)),
      count: t("sources.count", { count: ids.length }),
    };
  });
  const repeated = (outlets: string) => named.filter((n) => n.outlets === outlets).length > 1;
  const parts = named.map((n, i) => ({
    path: split.paths[i] as string,
    name: repeated(n.outlets) ? `${n.outlets}, ${n.dates} (${n.count})` : `${n.outlets} (${n.count})`,
  }));
  return partsNavHtml(t("nav.sourcePages"), parts, current);
}
