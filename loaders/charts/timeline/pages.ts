// Large evidence splits the timeline's list into one page per year: beyond `openListLimit` items
// /timeline keeps the chart and an index of the years, and /timeline/<year> lists that year's
// entries (what readers without JavaScript get, and where the browser's card finds the text of
// an item that is not on the page). Small evidence keeps everything on /timeline.

import { escapeHtml } from "../../../src/shared/html.ts";
import type { Timeline, TimelineItem } from "../../compile/timeline.ts";
import { openListLimit } from "../../render/limits.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { countText, entryHtml, type ListContext } from "./list.ts";

/** True when the list is too long for one page and moves to one page per year. */
export function isPaged(timeline: Pick<Timeline, "items">): boolean {
  return timeline.items.length > openListLimit;
}

/** The year an item is listed under: the year of the first day it may cover. */
export function itemYear(item: Pick<TimelineItem, "start">): string {
  return item.start.slice(0, 4);
}

/** Items grouped by year, in time order (items come sorted from compileTimeline). */
export function itemsByYear(items: readonly TimelineItem[]): Map<string, TimelineItem[]> {
  const years = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = itemYear(item);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return years;
}

/** "/timeline/2018": the page that lists a year's entries, under the page with the timeline list. */
export function yearPagePath(year: string, base = "/timeline"): string {
  return `${base === "/" ? "" : base}/${year}`;
}

/** The year pages a timeline needs (Framework's dynamicPaths): none when it fits on one page. */
export function yearPagePaths(timeline: Pick<Timeline, "items">, base = "/timeline"): string[] {
  return isPaged(timeline)
    ? [...itemsByYear(timeline.items).keys()].map((year) => yearPagePath(year, base))
    : [];
}

/** Where the entry of each item is: `#<id>` on one page, `/timeline/<year>#<id>` when paged. */
export function entryHref(
  timeline: Pick<Timeline, "items">,
  base = "/timeline",
): (item: TimelineItem) => string {
  return isPaged(timeline)
    ? (item) => `${yearPagePath(itemYear(item), base)}#${item.id}`
    : (item) => `#${item.id}`;
}

/**
 * The index of year pages on /timeline: each year with what it holds. The browser view reads
 * the links (`data-tl-year`) to know where to fetch the text of an item's card.
 */
export function yearIndexHtml(timeline: Pick<Timeline, "items">, base = "/timeline"): string {
  const years = [...itemsByYear(timeline.items)].map(
    ([year, items]) =>
      `<li><a href="${escapeHtml(yearPagePath(year, base))}" data-tl-year="${escapeHtml(year)}">${escapeHtml(year)}</a> <span class="tl-year-count">${countText(items)}</span></li>`,
  );
  return `<ol class="tl-years">${years.join("")}</ol>`;
}

/** "August 2018", or "Some time in 2018" for dates known only to the year. */
function monthLabel(item: TimelineItem): string {
  const year = itemYear(item);
  return item.precision === "year"
    ? t("timeline.someTimeIn", { year })
    : siteLocale().date({ iso: item.start.slice(0, 7), precision: "month" });
}

/**
 * One year's entries. Up to `openListLimit` they are one open list; beyond, the year is long
 * (10,000 events make 1,000 a year): entries go under closed months, so the page stays light (a
 * link to an entry still opens its month). Sources are cited by number (context.refs), listed
 * once by the caller.
 */
export function yearListHtml(items: readonly TimelineItem[], context: ListContext): string {
  const entries = (list: readonly TimelineItem[]) =>
    `<ol class="tl-entries">${list.map((item) => entryHtml(item, context)).join("")}</ol>`;
  if (items.length <= openListLimit) return entries(items);
  const months = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const label = monthLabel(item);
    const list = months.get(label);
    if (list) list.push(item);
    else months.set(label, [item]);
  }
  return [...months]
    .map(
      ([label, list]) =>
        `<details class="tl-year tl-month"><summary><h2>${escapeHtml(label)} <span class="tl-year-count">${countText(list)}</span></h2></summary>${entries(list)}</details>`,
    )
    .join("");
}

/**
 * Where other pages should link an item (`/timeline/<year>#<id>`) when the list is paged: a link
 * to `/timeline#<id>` would find no entry there without JavaScript. Empty when not paged.
 */
export function entryPaths(timeline: Pick<Timeline, "items">): Map<string, string> {
  const href = entryHref(timeline);
  return isPaged(timeline) ? new Map(timeline.items.map((item) => [item.id, href(item)])) : new Map();
}
