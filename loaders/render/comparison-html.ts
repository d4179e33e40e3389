// The comparison table: one row per actor of the compared kind, every fact with its source, rows
// addressable as <page>#<actor-id> and events linked to the timeline. Sortable in the browser through
// data-sort-* attributes (src/components/sortable-table.ts); complete without it.

import type { EventStatus } from "../../src/shared/enums.ts";
import { escapeHtml } from "../../src/shared/html.ts";
import {
  type ComparedEvent,
  type ComparedFigure,
  type ComparedRow,
  ComparedStatus,
  type ComparisonDigest,
} from "../compile/comparison.ts";
import type { SourceRef } from "../compile/sources.ts";
import type { StatementView } from "../compile/statements.ts";
import { formatQuantity } from "../format/number.ts";
import { siteLocale, t, tHtml } from "../site/locale.ts";
import type { ComparisonColumn, ComparisonSettings } from "../site/settings.ts";
import type { Citations } from "./citations.ts";
import { correctedHtml } from "./corrections-html.ts";
import {
  dataText,
  dateHtml,
  foldedListHtml,
  maybeLinkHtml,
  type PageLinks,
  quoteHtml,
} from "./evidence-html.ts";
import { listLimits } from "./limits.ts";

function more(to: PageLinks, page: "timeline" | "statements" | "evidence") {
  const key =
    page === "evidence" || !to.has(page)
      ? "comparison.moreInEvidence"
      : page === "timeline"
        ? "comparison.moreOnTimeline"
        : "comparison.moreOnStatements";
  return (left: number) => escapeHtml(t(key, { count: left }));
}

function folded(
  items: readonly string[],
  to: PageLinks,
  page: "timeline" | "statements" | "evidence",
): string {
  return foldedListHtml(items, { visible: listLimits.visible, max: listLimits.max, rest: more(to, page) });
}

/** A status in the site's words: "Pulled out", "Responded in public"… */
export const statusLabel = (status: ComparedStatus) => t(`comparison.status.${status}`);

/** A column header word as it reads inside a sentence: lower case, but German capitalises nouns. */
function inProse(word: string): string {
  const locale = siteLocale();
  return locale.language === "de" ? word : word.toLocaleLowerCase(locale.tag);
}

const statusRank = Object.keys(ComparedStatus) as ComparedStatus[];

function eventStatusHtml(status: string): string {
  return `<span class="status-badge status-${escapeHtml(status)}">${escapeHtml(t(`status.${status as EventStatus}`))}</span>`;
}

function eventItemHtml(event: ComparedEvent, to: PageLinks, refs?: Citations): string {
  return `${maybeLinkHtml(to.event(event.id), dataText(event.title))} <span class="event-meta">(${dateHtml(event.date)}, ${eventStatusHtml(event.status)})</span>${refs ? refs.cite(event.sources) : ""}${correctedHtml(to.corrections("events", event.id), to)}`;
}

/**
 * Sources as numbers on one line while they are few; past that, the count, then the numbers
 * folded like any long cell (the first ones shown, more under a fold, the rest counted).
 */
function sourcesHtml(sources: readonly SourceRef[], to: PageLinks, refs: Citations, label?: string): string {
  const limit = listLimits.visible * 2;
  if (sources.length <= limit) return refs.cite(sources, label);
  const shown = sources.slice(0, listLimits.visible);
  const next = sources.slice(listLimits.visible, Math.max(listLimits.visible, listLimits.max));
  const left = sources.length - shown.length - next.length;
  return [
    `<p class="cites">${label ? `<span class="cites-label">${escapeHtml(label)}</span> ` : ""}${escapeHtml(t("comparison.manySources", { sources: t("sources.count", { count: sources.length }) }))}</p>`,
    refs.cite(shown, ""),
    `<details class="more"><summary>${escapeHtml(t("list.more", { count: next.length }))}</summary>${refs.cite(next, "")}</details>`,
    left > 0 ? `<p class="more">${more(to, "evidence")(left)}</p>` : "",
  ].join("");
}

function contactedHtml(row: ComparedRow, to: PageLinks, refs: Citations): string {
  const n = row.contactedPer.length;
  if (!n) return `<p>${escapeHtml(t("comparison.noContact"))}</p>`;
  const head = `<p>${escapeHtml(t("comparison.contactedPer", { count: n }))}</p>`;
  return `${head}${sourcesHtml(row.contactedPer, to, refs, "")}`;
}

function askedHtml(row: ComparedRow, to: PageLinks, refs: Citations): string {
  if (!row.requests.length) return `<p>${escapeHtml(t("comparison.nothing"))}</p>`;
  return folded(
    row.requests.map((r) => eventItemHtml(r, to, refs)),
    to,
    "timeline",
  );
}

function statusHtml(row: ComparedRow, to: PageLinks, refs: Citations): string {
  const label = `<p class="bank-status bank-status-${row.status}"><strong>${escapeHtml(statusLabel(row.status))}</strong></p>`;
  // "Responded" rests on the statements quoted in the next column: cite their sources here too.
  const said =
    row.status === "responded"
      ? sourcesHtml(
          [...new Map(row.statements.flatMap((s) => s.sources).map((r) => [r.id, r])).values()],
          to,
          refs,
          t("comparison.per"),
        )
      : "";
  if (!row.statusEvents.length) return `${label}${said}`;
  const intro = t(row.status === "responded" ? "comparison.alsoOnRecord" : "comparison.perColon");
  return `${label}${said}<p class="cell-intro">${escapeHtml(intro)}</p>${folded(
    row.statusEvents.map((e) => eventItemHtml(e, to, refs)),
    to,
    "timeline",
  )}`;
}

function statementHtml(s: StatementView, to: PageLinks, refs: Citations): string {
  const who = s.speaker.id === (s.onBehalfOf?.id ?? s.speaker.id) ? "" : `${escapeHtml(s.speaker.name)}, `;
  const medium = s.medium ? `, ${escapeHtml(s.medium)}` : "";
  return `${quoteHtml(s.id, s.text, s.context)}<p class="attribution">— ${who}${dateHtml(s.date)}${medium}${to.statement(s.id) ? ` · ${maybeLinkHtml(to.statement(s.id), escapeHtml(t("comparison.onStatementsPage")))}` : ""}</p>${refs.cite(s.sources)}${correctedHtml(to.corrections("statements", s.id), to)}`;
}

function responseHtml(row: ComparedRow, to: PageLinks, refs: Citations): string {
  if (!row.statements.length) return `<p>${escapeHtml(t("comparison.noStatement"))}</p>`;
  return folded(
    row.statements.map((s) => statementHtml(s, to, refs)),
    to,
    "statements",
  );
}

function customerHtml(f: ComparedFigure, to: PageLinks, refs: Citations): string {
  const asOf = f.asOf
    ? tHtml("comparison.asOf", { date: dateHtml(f.asOf) })
    : escapeHtml(t("comparison.noAsOf"));
  return `<strong>${escapeHtml(formatQuantity(f.value, f.unit))}</strong> <span class="figure-subject">${escapeHtml(f.subject)}, ${asOf}</span>${refs.cite(f.sources)}${correctedHtml(to.corrections("figures", f.id), to)}`;
}

function customersHtml(row: ComparedRow, to: PageLinks, refs: Citations): string {
  if (!row.customers.length) return `<p>${escapeHtml(t("comparison.noFigure"))}</p>`;
  return folded(
    row.customers.map((f) => customerHtml(f, to, refs)),
    to,
    "evidence",
  );
}

function nameHtml(row: ComparedRow, to: PageLinks): string {
  const n = row.events.length;
  const list = foldedListHtml(
    row.events.map((e) => eventItemHtml(e, to)),
    { visible: listLimits.events, max: listLimits.events, rest: more(to, "timeline") },
  );
  const events = n
    ? `<details class="bank-events"><summary>${escapeHtml(t(to.has("timeline") ? "comparison.eventsOnTimeline" : "timeline.events", { count: n }))}</summary>${list}</details>`
    : "";
  const corrected = correctedHtml(to.corrections("actors", row.id), to);
  return `<th scope="row" class="bank-name"><span class="bank-title" dir="auto">${escapeHtml(row.name)}</span>${corrected}${events}</th>`;
}

type Cell = (row: ComparedRow, to: PageLinks, refs: Citations) => string;

/** Each column: its cell, and how it sorts (none for lists of text). */
const columnCells: Record<
  ComparisonColumn,
  { cell: Cell; sort?: { key: string; type: "number"; value: (row: ComparedRow) => number | undefined } }
> = {
  contacted: {
    cell: contactedHtml,
    sort: { key: "contacted", type: "number", value: (r) => r.contactedPer.length },
  },
  asked: { cell: askedHtml },
  status: {
    cell: statusHtml,
    sort: { key: "status", type: "number", value: (r) => statusRank.indexOf(r.status) },
  },
  response: { cell: responseHtml },
  figures: {
    cell: customersHtml,
    sort: { key: "customers", type: "number", value: (r) => r.customers[0]?.value },
  },
};

function rowHtml(row: ComparedRow, to: PageLinks, refs: Citations, settings: ComparisonSettings): string {
  const sorts = settings.columns
    .map(({ column }) => columnCells[column].sort)
    .filter((sort) => sort !== undefined)
    .map((sort) => ` data-sort-${sort.key}="${sort.value(row) ?? ""}"`)
    .join("");
  return [
    `<tr id="${escapeHtml(row.id)}" data-sort-name="${escapeHtml(row.name)}"${sorts}>`,
    nameHtml(row, to),
    ...settings.columns.map(({ column }) => `<td>${columnCells[column].cell(row, to, refs)}</td>`),
    "</tr>",
  ].join("");
}

/** "3 banks", "1 bank": the count with site.json's words for the compared kind. */
export function actorCount(n: number, settings: Pick<ComparisonSettings, "one" | "many">): string {
  return `${siteLocale().number(n)} ${n === 1 ? inProse(settings.one) : settings.many}`;
}

/** The table; its cells cite through `refs`, whose list the caller places below the block. */
export function comparisonTableHtml(
  digest: ComparisonDigest,
  to: PageLinks,
  settings: ComparisonSettings,
  refs: Citations,
): string {
  if (!digest.rows.length)
    return `<p class="empty">${tHtml("comparison.empty", { kind: `<code>${escapeHtml(settings.kind)}</code>` })}</p>`;
  // A sortable header holds its label and an empty icon slot of fixed width from the build, so
  // the sort button the browser wraps around them changes no column's width (CLS 0).
  const th = (label: string, column: string, sort?: { key: string; type: string }, sorted = false) =>
    sort
      ? `<th scope="col" class="col-${column}" data-sort-key="${sort.key}" data-sort-type="${sort.type}"${sorted ? ' aria-sort="ascending"' : ""}><span class="sort-label">${escapeHtml(label)}</span><span class="sort-icon" aria-hidden="true"></span></th>`
      : `<th scope="col" class="col-${column}">${escapeHtml(label)}</th>`;
  const n = digest.rows.length;
  return [
    `<div class="banks-wrap scroll-region" role="region" aria-labelledby="banks-caption" tabindex="0">`,
    `<table class="banks-table" data-sortable>`,
    `<caption id="banks-caption">${escapeHtml(t("comparison.caption", { actors: actorCount(n, settings) }))}</caption>`,
    `<thead><tr>${th(settings.one, "name", { key: "name", type: "text" }, true)}${settings.columns.map(({ column, title }) => th(title, column, columnCells[column].sort)).join("")}</tr></thead>`,
    `<tbody>${digest.rows.map((row) => rowHtml(row, to, refs, settings)).join("")}</tbody>`,
    "</table></div>",
  ].join("");
}

/** What each status means, naming the event kind that makes an actor "pulled out". */
export function comparisonKeyHtml(settings: Pick<ComparisonSettings, "eventKinds">): string {
  const items = statusRank.map(
    (s) =>
      `<li>${tHtml(
        "comparison.keyItem",
        { status: `<strong>${escapeHtml(statusLabel(s))}</strong>` },
        { about: t(`comparison.about.${s}`, { kind: settings.eventKinds.withdrawal }) },
      )}</li>`,
  );
  return `<ul class="status-key">${items.join("")}</ul>`;
}

export function unattributedHtml(digest: ComparisonDigest, to: PageLinks, refs: Citations): string {
  if (!digest.unattributedWithdrawals.length) return "";
  return `<div class="unattributed"><p>${escapeHtml(t("comparison.unattributed"))}</p><ul class="cell-list">${digest.unattributedWithdrawals.map((e) => `<li>${eventItemHtml(e, to, refs)}</li>`).join("")}</ul></div>`;
}
