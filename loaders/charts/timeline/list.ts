// Every timeline item as a semantic, dated, sourced list, built at build time: what readers
// without JavaScript get, the accessible alternative to the chart, and the text the browser
// view copies into its card. One block of HTML with no blank lines; every value escaped. Each
// entry cites its sources by number (../../render/citations.ts), each number a link to the
// source's entry; the list's references follow it, folded. A statement's quote links to its own
// words at each source (../../render/archive-html.ts), as on the statements page.

import { escapeHtml } from "../../../src/shared/html.ts";
import { itemClass, itemSymbol } from "../../../src/shared/timeline/symbols.ts";
import { type SourceRef, sourceRefs } from "../../compile/sources.ts";
import { statementItemId, statementKind, type Timeline, type TimelineItem } from "../../compile/timeline.ts";
import type { Annotation, Evidence } from "../../model.ts";
import { quoteLinksHtml } from "../../render/archive-html.ts";
import { type Citations, citations } from "../../render/citations.ts";
import { correctedHtml } from "../../render/corrections-html.ts";
import { dateHtml, maybeLinkHtml, type PageLinks, quoteHtml } from "../../render/evidence-html.ts";
import { openListLimit } from "../../render/limits.ts";
import { siteLocale, t } from "../../site/locale.ts";

export interface ListContext {
  actorName(id: string): string;
  sources(ids: readonly string[]): SourceRef[];
  /** Links into the site's other pages (statements, sources). */
  to: PageLinks;
  /** The list's numbered references: every entry of one list (one page) shares them. */
  refs: Citations;
  /**
   * The annotations on an item (by item id), in file order: each one's label and text are in
   * its entry, since the chart is hidden from screen readers, may have no room for a label and
   * draws no text, and a story step is only one of them.
   */
  moments?(itemId: string): readonly Pick<Annotation, "id" | "label" | "text">[];
}

export function listContext(evidence: Evidence, to: PageLinks): ListContext {
  const actors = new Map(evidence.actors.map((a) => [a.id, a.name]));
  const moments = new Map<string, Annotation[]>();
  const add = (itemId: string, a: Annotation) => {
    const list = moments.get(itemId);
    if (list) list.push(a);
    else moments.set(itemId, [a]);
  };
  for (const a of evidence.annotations) {
    if (a.target === undefined) continue;
    add(a.target, a);
    add(statementItemId(a.target), a);
  }
  return {
    actorName: (id) => actors.get(id) ?? id,
    sources: sourceRefs(evidence),
    to,
    refs: citations(to, "timeline"),
    moments: (itemId) => moments.get(itemId) ?? [],
  };
}

/**
 * How precise the date is, when its words do not say it: "date known to the month"; "some time
 * in this span" for an interval or a decade (EDTF); nothing for a day or an open date ("before …").
 */
function precisionNote(item: TimelineItem): string {
  const edtf = item.endDate ? undefined : item.date.edtf;
  if (item.openStart || item.openEnd) return "";
  if (edtf?.interval || (edtf?.start?.years ?? 1) > 1) return t("timeline.precision.span");
  return item.precision === "day" ? "" : t(`timeline.precision.${item.precision}`);
}

/** "Aug 2017 – Aug 2018 (date known to the month)". */
export function whenHtml(item: TimelineItem): string {
  const range = item.endDate ? `${dateHtml(item.date)} – ${dateHtml(item.endDate)}` : dateHtml(item.date);
  const note = precisionNote(item);
  return `${range}${note ? ` <span class="tl-precision">(${note})</span>` : ""}`;
}

/** The words a reader sees for a status or a statement, beside its symbol. */
export function statusText(item: Pick<TimelineItem, "status">): string {
  return item.status ? t(`status.${item.status}`) : t("timeline.statement");
}

export function statusIconHtml(item: Pick<TimelineItem, "type" | "status">): string {
  const symbol = itemSymbol(item);
  return `<span class="tl-icon tl-icon-${symbol} ${itemClass(item)}" aria-hidden="true"></span>`;
}

/** A key moment on the entry: "Key moment: <label>", then its text, if any. */
function momentHtml(moment: Pick<Annotation, "label" | "text">): string {
  const label = `<p class="tl-entry-moment">${escapeHtml(t("timeline.keyMoment", { label: moment.label }))}</p>`;
  return moment.text
    ? `${label}<p class="tl-entry-moment-text" dir="auto">${escapeHtml(moment.text)}</p>`
    : label;
}

export function entryHtml(item: TimelineItem, context: ListContext): string {
  const kind = item.type === "statement" ? "" : ` · ${escapeHtml(item.kind)}`;
  const statementLink = item.type === "statement" ? context.to.statement(item.rowId) : undefined;
  const body =
    item.quote !== undefined
      ? `${quoteHtml(item.rowId, item.quote)}${quoteLinksHtml(item.quote, context.sources(item.sources))}`
      : item.summary
        ? `<p class="tl-summary" dir="auto">${escapeHtml(item.summary)}</p>`
        : "";
  const actors = item.actors.map((id) => context.actorName(id)).join(", ");
  const moments = context.moments?.(item.id) ?? [];
  return [
    `<li id="${escapeHtml(item.id)}" class="tl-entry">`,
    `<p class="tl-when">${whenHtml(item)}</p>`,
    `<p class="tl-what">${statusIconHtml(item)}<span class="tl-status-text">${escapeHtml(statusText(item))}</span>${kind}</p>`,
    `<p class="tl-title" dir="auto">${maybeLinkHtml(statementLink, escapeHtml(item.title))}</p>`,
    item.dateNote
      ? `<p class="tl-note">${escapeHtml(t("timeline.dateNote", { note: item.dateNote }))}</p>`
      : "",
    body,
    moments.map(momentHtml).join(""),
    correctedHtml(
      [
        ...context.to.corrections(item.type === "statement" ? "statements" : "events", item.rowId),
        ...moments.flatMap((moment) => context.to.corrections("annotations", moment.id)),
      ],
      context.to,
    ),
    `<p class="tl-actors">${escapeHtml(t(item.type === "statement" ? "timeline.saidBy" : "timeline.actors", { names: actors }))}</p>`,
    context.refs.cite(context.sources(item.sources)),
    "</li>",
  ].join("");
}

/** "3 events and 1 statement". */
/** A kind as readers see it: an event's kind as the evidence names it, a statement in the kit's word. */
export function kindText(kind: string): string {
  return kind === statementKind ? t("timeline.statement") : kind;
}

export function countText(items: readonly TimelineItem[]): string {
  const events = items.filter((i) => i.type === "event").length;
  const statements = items.length - events;
  const parts = [
    events ? t("timeline.events", { count: events }) : "",
    statements ? t("timeline.statements", { count: statements }) : "",
  ].filter(Boolean);
  return parts.length ? siteLocale().list(parts) : t("timeline.nothing");
}

/** Items grouped by the year they start in, in time order, one <details> per year, then the references. */
export function timelineListHtml(timeline: Timeline, context: ListContext): string {
  const years = new Map<string, TimelineItem[]>();
  for (const item of timeline.items) {
    const year = item.start.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  const long = timeline.items.length > openListLimit;
  const open = long ? "" : " open";
  const groups = [...years].map(
    ([year, items]) =>
      `<details class="tl-year"${open}><summary><h3>${escapeHtml(year)} <span class="tl-year-count">${countText(items)}</span></h3></summary><ol class="tl-entries">${items.map((item) => entryHtml(item, context)).join("")}</ol></details>`,
  );
  return `<div class="tl-list">${groups.join("")}</div>${context.refs.listHtml()}`;
}
