// Everything the timeline's page and chart need, built from the evidence:
//
//   evidence -> compileTimeline -> timelineView -> layoutTimeline (wide, narrow) -> SVG strings
import { statusPalette } from "../../../src/shared/colours.ts";
import { staticWidths, verticalTimeLength } from "../../../src/shared/timeline/geometry.ts";
import { layoutTimeline, type TimelineLayout } from "../../../src/shared/timeline/layout.ts";
import type { TimelineView } from "../../../src/shared/timeline/view.ts";
import { compileTimeline, type Timeline, type TimelineItem } from "../../compile/timeline.ts";
import { formatDateRange, formatPartialDate } from "../../format/partial-date.ts";
import type { Evidence } from "../../model.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { countText, statusText } from "./list.ts";
import { entryHref, isPaged } from "./pages.ts";
import { timelineSvg } from "./svg.ts";
import { timelineView } from "./view.ts";

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
  return from === to ? from : t("timeline.span", { from, to });
}

function takeaway(timeline: Timeline): string {
  if (!timeline.items.length) return t("timeline.empty");
  const lane = busiestLane(timeline);
  const values = { counts: countText(timeline.items), span: timeSpanText(timeline) };
  return lane && timeline.lanes.length > 1
    ? t("timeline.takeawayBusiest", { ...values, lane: lane.name, busiest: lane.count })
    : t("timeline.takeaway", values);
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
  const ranked = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], siteLocale().tag))
    .map(([o]) => o);
  if (!ranked.length) return { ids: [], line: "" };
  const named = ranked.slice(0, 3);
  const others = ranked.length - named.length;
  const list = others
    ? t("timeline.otherOutlets", { names: named.join(", "), count: others })
    : siteLocale().list(named);
  return { ids: [...ids].sort(), line: t("timeline.sourceLine", { list }) };
}

/**
 * Everything the chart needs. With `links`, each mark of the static SVGs links to its entry in
 * the list (`#<id>`, or `/timeline/<year>#<id>` when the list has a page per year): only for the
 * timeline page, where those links resolve.
 */
export function buildTimelineFigure(
  evidence: Evidence,
  { links = false, listPage = "/timeline", listHere = true } = {},
): TimelineFigure {
  const timeline = compileTimeline(evidence);
  const view = timelineView(timeline, evidence.annotations);
  const palette = statusPalette();
  const label = (i: number) => itemLabel(timeline.items[i] as TimelineItem);
  // Marks link to their entries: on this page, on the page with the list, or on its year pages.
  const onPage = entryHref(timeline, listPage);
  const entry = listHere || isPaged(timeline) ? onPage : (item: TimelineItem) => `${listPage}${onPage(item)}`;
  const href = links ? (i: number) => entry(timeline.items[i] as TimelineItem) : undefined;
  const language = { direction: siteLocale().dir, locale: siteLocale().tag };
  const wideLayout = layoutTimeline(view, {
    width: staticWidths.wide,
    orientation: "horizontal",
    ...language,
  });
  const narrowLayout = layoutTimeline(view, {
    width: staticWidths.narrow,
    orientation: "vertical",
    ...language,
    timeLength: verticalTimeLength(view.items.length),
  });
  const { ids, line } = sourceLine(timeline, evidence);
  return {
    timeline,
    view,
    title: t("timeline.title"),
    takeaway: takeaway(timeline),
    description: timeline.items.length
      ? `${t("timeline.description", { counts: countText(timeline.items), count: timeline.lanes.length, span: timeSpanText(timeline) })} ${t(isPaged(timeline) ? "timeline.listedPaged" : "timeline.listedBelow")}`
      : t("timeline.emptyChart"),
    wide: {
      layout: wideLayout,
      svg: timelineSvg(view, wideLayout, {
        idPrefix: "tl-wide",
        label,
        palette,
        ...(href ? { href } : {}),
      }),
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
