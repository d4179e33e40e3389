// The timeline in the chart registry, and everything its page needs, built from the evidence:
//
//   evidence -> compileTimeline -> timelineView -> layoutTimeline (wide, narrow) -> SVG strings
import { readFileSync } from "node:fs";
import { compileTimeline, type Timeline, type TimelineItem } from "../../compile/timeline.ts";
import { formatDateRange, formatPartialDate } from "../../format/partial-date.ts";
import type { Evidence } from "../../model.ts";
import type { DataTable } from "../../render/figure.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { layoutTimeline, type TimelineLayout, type TimelineView, verticalTimeLength } from "./layout.ts";
import { countText, openListLimit, statusText } from "./list.ts";
import { entryHref, isPaged, itemYear } from "./pages.ts";
import { timelineSvg } from "./svg.ts";
import { timelineView } from "./view.ts";

export const timelineChartId = "timeline";
/** The width of the static wide SVG, and the width of the narrow one (a phone, in CSS px). */
export const wideWidth = 960;
export const narrowWidth = 360;

/** The light-theme status colours from the site's stylesheet, for SVGs shown outside the site. */
export function statusPalette(
  css: string = readFileSync(new URL("../../../src/style.css", import.meta.url), "utf8"),
): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  const palette: Record<string, string> = {};
  for (const [, status, colour] of root.matchAll(/--status-([a-z]+)\s*:\s*([^;]+);/g))
    if (status && colour) palette[`tl-status-${status}`] = colour.trim();
  return palette;
}

export interface TimelineFigure {
  timeline: Timeline;
  view: TimelineView;
  title: string;
  takeaway: string;
  description: string;
  /** Static SVGs: time across (wide screens) and time down (narrow screens). */
  wide: { svg: string; layout: TimelineLayout };
  narrow: { svg: string; layout: TimelineLayout };
  sources: string[];
  sourceLine: string;
}

/** A tooltip for a mark: "6 Aug 2018, confirmed: WSJ reports …". */
export function itemLabel(item: TimelineItem): string {
  return `${formatDateRange(item.date, item.endDate)}, ${statusText(item)}: ${item.title}`;
}

function busiestLane(timeline: Timeline) {
  return [...timeline.lanes].sort((a, b) => b.count - a.count)[0];
}

/** "2014 to Mar 2020": the first item's date to the last date any item reaches, as precise as given. */
export function timeSpanText(timeline: Timeline): string {
  const first = timeline.items[0];
  if (!first) return "";
  let last = first;
  for (const item of timeline.items) if (item.end > last.end) last = item;
  const from = formatPartialDate(first.date);
  const to = formatPartialDate(last.endDate ?? last.date);
  return from === to ? from : `${from} to ${to}`;
}

function takeaway(timeline: Timeline): string {
  if (!timeline.items.length) return "The evidence has no events or statements yet.";
  const lane = busiestLane(timeline);
  const busiest = lane && timeline.lanes.length > 1 ? `; ${lane.name} is involved in ${lane.count}` : "";
  return `${countText(timeline.items)}, ${timeSpanText(timeline)}${busiest}.`;
}

function sourceLine(timeline: Timeline, evidence: Evidence): { ids: string[]; line: string } {
  const outlets = new Map(evidence.sources.map((s) => [s.id, s.outlet]));
  const counts = new Map<string, number>();
  const ids = new Set<string>();
  for (const item of timeline.items)
    for (const id of item.sources) {
      ids.add(id);
      const outlet = outlets.get(id) ?? id;
      counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en")).map(([o]) => o);
  if (!ranked.length) return { ids: [], line: "" };
  const named = ranked.slice(0, 3);
  const others = ranked.length - named.length;
  const list = others
    ? `${named.join(", ")} and ${others} other outlet${others === 1 ? "" : "s"}`
    : named.join(", ");
  return { ids: [...ids].sort(), line: `Sources: ${list}; every entry in the list cites its own.` };
}

/**
 * Everything the chart needs. With `links`, each mark of the static SVGs links to its entry in
 * the list (`#<id>`, or `/timeline/<year>#<id>` when the list has a page per year): only for the
 * timeline page, where those links resolve.
 */
export function buildTimelineFigure(evidence: Evidence, { links = false } = {}): TimelineFigure {
  const timeline = compileTimeline(evidence);
  const view = timelineView(timeline);
  const palette = statusPalette();
  const label = (i: number) => itemLabel(timeline.items[i] as TimelineItem);
  const entry = entryHref(timeline);
  const href = links ? (i: number) => entry(timeline.items[i] as TimelineItem) : undefined;
  const wideLayout = layoutTimeline(view, { width: wideWidth, orientation: "horizontal" });
  const narrowLayout = layoutTimeline(view, {
    width: narrowWidth,
    orientation: "vertical",
    timeLength: verticalTimeLength(view.items.length),
  });
  const { ids, line } = sourceLine(timeline, evidence);
  return {
    timeline,
    view,
    title: "Events and statements over time, by actor",
    takeaway: takeaway(timeline),
    description: timeline.items.length
      ? `Timeline chart of ${countText(timeline.items)} in ${timeline.lanes.length} lane${timeline.lanes.length === 1 ? "" : "s"}, one per actor, ${timeSpanText(timeline)}. ${isPaged(timeline) ? "The timeline's pages list every one, a page per year," : "The list below gives every one"} with its date, status and sources.`
      : "Empty timeline: the evidence has no events or statements yet.",
    wide: {
      layout: wideLayout,
      svg: timelineSvg(view, wideLayout, { idPrefix: "tl-wide", label, palette, ...(href ? { href } : {}) }),
    },
    narrow: {
      layout: narrowLayout,
      svg: timelineSvg(view, narrowLayout, {
        idPrefix: "tl-narrow",
        label,
        palette,
        ...(href ? { href } : {}),
      }),
    },
    sources: ids,
    sourceLine: line,
  };
}

/** Up to this many items the embed's table lists each one; beyond, it counts them per year and lane. */
export const tableRowLimit = openListLimit;

function itemTable(timeline: Timeline, evidence: Evidence): DataTable {
  const actors = new Map(evidence.actors.map((a) => [a.id, a.name]));
  const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.name]));
  return {
    caption: "Every event and statement on the timeline, in time order",
    columns: [
      { label: "Date" },
      { label: "Lane" },
      { label: "Kind" },
      { label: "Status" },
      { label: "Title" },
      { label: "Actors" },
    ],
    rows: timeline.items.map((item) => [
      formatDateRange(item.date, item.endDate),
      lanes.get(item.lane) ?? item.lane,
      item.kind,
      statusText(item),
      item.title,
      item.actors.map((id) => actors.get(id) ?? id).join("; "),
    ]),
  };
}

/**
 * How many items each lane has in each year (an item counts in the lane it is drawn in, as on
 * the static chart): year by year, lanes in chart order, empty cells left out.
 */
export function yearLaneCounts(
  timeline: Pick<Timeline, "items" | "lanes">,
): { year: string; lane: string; events: number; statements: number }[] {
  const counts = new Map<string, Map<string, { events: number; statements: number }>>();
  for (const item of timeline.items) {
    const year = itemYear(item);
    const lanes = counts.get(year) ?? new Map<string, { events: number; statements: number }>();
    counts.set(year, lanes);
    const cell = lanes.get(item.lane) ?? { events: 0, statements: 0 };
    lanes.set(item.lane, cell);
    if (item.type === "event") cell.events += 1;
    else cell.statements += 1;
  }
  const order = timeline.lanes.map((lane) => lane.id);
  return [...counts.keys()].sort().flatMap((year) => {
    const lanes = counts.get(year) as Map<string, { events: number; statements: number }>;
    return [...lanes.keys()]
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .map((lane) => ({ year, lane, ...(lanes.get(lane) as { events: number; statements: number }) }));
  });
}

/** Too many items to list in an embed: the counts per year and lane, saying where every row is. */
function countTable(timeline: Timeline): DataTable {
  const names = new Map(timeline.lanes.map((lane) => [lane.id, lane.name]));
  const number = (n: number) => n.toLocaleString("en-US");
  return {
    caption: `Events and statements per year and lane: ${countText(timeline.items)} are too many to list here, so this table counts them; the CSV download has every row, and the timeline page lists each one with its sources`,
    columns: [
      { label: "Year" },
      { label: "Lane" },
      { label: "Events", numeric: true },
      { label: "Statements", numeric: true },
    ],
    rows: yearLaneCounts(timeline).map((row) => [
      row.year,
      names.get(row.lane) ?? row.lane,
      number(row.events),
      number(row.statements),
    ]),
  };
}

/** The accessible table under the chart in embeds: every item, or counts when they are too many. */
export function timelineTable(timeline: Timeline, evidence: Evidence): DataTable {
  return timeline.items.length > tableRowLimit ? countTable(timeline) : itemTable(timeline, evidence);
}

function rows(timeline: Timeline): BuiltChart["rows"] {
  return timeline.items.map((item) => ({
    id: item.id,
    type: item.type,
    date: item.date.iso,
    end_date: item.endDate?.iso ?? null,
    precision: item.precision,
    first_day: item.start,
    last_day: item.end,
    date_note: item.dateNote ?? null,
    lane: item.lane,
    actors: item.actors.join(";"),
    kind: item.kind,
    status: item.status ?? null,
    title: item.title,
    sources: item.sources.join(";"),
  }));
}

export const timelineChart: ChartDefinition = {
  id: timelineChartId,
  page: "/timeline",
  description:
    "Every event and statement on a time axis, one lane per actor, status shown by shape and colour, periods as bars and imprecise dates as the whole month or year.",
  needs: ["events", "statements", "actors", "sources"],
  async build(evidence: Evidence): Promise<BuiltChart> {
    const figure = buildTimelineFigure(evidence);
    return {
      id: timelineChartId,
      title: figure.title,
      takeaway: figure.takeaway,
      description: figure.description,
      svg: figure.wide.svg,
      width: figure.wide.layout.width,
      height: figure.wide.layout.height,
      rows: rows(figure.timeline),
      table: timelineTable(figure.timeline, evidence),
      sources: figure.sources,
      sourceLine: figure.sourceLine,
      empty: figure.timeline.items.length === 0,
    };
  },
};

export const timelineCharts: ChartDefinition[] = [timelineChart];
