// The sources page's HTML: every source with outlet, title, date and link, and backlinks to the
// events, statements, claims and figures that cite it. A source nothing cites says so.

import type { Citation, CitingTable, SourceEntry, SourcesDigest } from "../compile/sources.ts";
import { formatQuantity } from "../format/number.ts";
import { formatPartialDate } from "../format/partial-date.ts";
import type { Figure } from "../model.ts";
import {
  attr,
  dateHtml,
  excerpt,
  externalLinkHtml,
  linkHtml,
  maybeLinkHtml,
  type PageLinks,
  text,
} from "./evidence-html.ts";

const tableNames: Record<CitingTable, [one: string, many: string]> = {
  events: ["event", "events"],
  statements: ["statement", "statements"],
  claims: ["claim", "claims"],
  figures: ["figure", "figures"],
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

function backlinksHtml(entry: SourceEntry, to: PageLinks, figures: ReadonlyMap<string, Figure>): string {
  if (entry.citations === 0)
    return `<p class="uncited-note"><strong>Not cited</strong> by any event, statement, claim or figure.</p>`;
  const groups = (Object.keys(tableNames) as CitingTable[])
    .filter((table) => entry.citedBy[table].length)
    .map((table) => {
      const list = entry.citedBy[table];
      const [one, many] = tableNames[table];
      const items = list.map(
        (c) => `<li>${maybeLinkHtml(citationHref(c, to), text(citationLabel(c, figures)))}</li>`,
      );
      return `<div class="backlinks-group"><h4>${list.length} ${list.length === 1 ? one : many}</h4><ul>${items.join("")}</ul></div>`;
    });
  return `<details class="backlinks"><summary>Cited by ${entry.citations} ${entry.citations === 1 ? "row" : "rows"}</summary>${groups.join("")}</details>`;
}

function entryHtml(entry: SourceEntry, to: PageLinks, figures: ReadonlyMap<string, Figure>): string {
  const s = entry.source;
  const meta = [
    text(s.outlet),
    s.published ? dateHtml(s.published) : "no date recorded",
    s.kind ? text(s.kind) : "",
  ].filter(Boolean);
  const link = externalLinkHtml(s.url, text(s.url ?? ""));
  return [
    `<li class="source-entry${entry.citations ? "" : " uncited"}" id="${attr(s.id)}">`,
    `<h3 class="source-title"><cite>${text(s.title)}</cite></h3>`,
    `<p class="source-meta">${meta.join(" · ")}</p>`,
    `<p class="source-link">${link ? `Link: ${link}` : "No link recorded."}</p>`,
    s.notes ? `<p class="notes"><span class="notes-label">Note:</span> ${text(s.notes)}</p>` : "",
    backlinksHtml(entry, to, figures),
    "</li>",
  ].join("");
}

export function uncitedHtml(digest: SourcesDigest): string {
  if (!digest.uncited.length)
    return `<p>Every source is cited by at least one event, statement, claim or figure.</p>`;
  const titles = new Map(digest.entries.map((e) => [e.source.id, e.source]));
  const items = digest.uncited.map((id) => {
    const s = titles.get(id);
    return `<li>${linkHtml(`#${id}`, `${text(s?.outlet ?? id)}: ${text(s?.title ?? "")}`)}</li>`;
  });
  return `<div class="uncited-list"><p>${digest.uncited.length} ${digest.uncited.length === 1 ? "source is" : "sources are"} cited by nothing in the evidence (data:check warns about ${digest.uncited.length === 1 ? "it" : "them"}):</p><ul>${items.join("")}</ul></div>`;
}

export function sourcesListHtml(digest: SourcesDigest, to: PageLinks, figures: readonly Figure[]): string {
  if (!digest.entries.length) return `<p class="empty">The evidence has no sources yet.</p>`;
  const byId = new Map(figures.map((f) => [f.id, f]));
  return `<ol class="sources-list">${digest.entries.map((e) => entryHtml(e, to, byId)).join("")}</ol>`;
}
