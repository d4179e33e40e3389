// The accessible table under the timeline in embeds: every item, or counts per year and lane
// when they are too many to list.

import type { Timeline } from "../../compile/timeline.ts";
import { formatDateRange } from "../../format/partial-date.ts";
import type { Evidence } from "../../model.ts";
import type { DataTable } from "../../render/figure.ts";
import { tableRowLimit } from "../../render/limits.ts";
import { siteLocale, t } from "../../site/locale.ts";
import { countText, kindText, statusText } from "./list.ts";
import { itemYear } from "./pages.ts";

function itemTable(timeline: Timeline, evidence: Evidence): DataTable {
  const actors = new Map(evidence.actors.map((a) => [a.id, a.name]));
  const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.name]));
  return {
    caption: t("timeline.tableCaption"),
    columns: (["date", "lane", "kind", "status", "title", "actors"] as const).map((column) => ({
      label: t(`timeline.column.${column}`),
    })),
    rows: timeline.items.map((item) => [
      formatDateRange(item.date, item.endDate),
      lanes.get(item.lane) ?? item.lane,
      kindText(item.kind),
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
  const number = (n: number) => siteLocale().number(n);
  return {
    caption: t("timeline.countCaption", { counts: countText(timeline.items) }),
    columns: [
      { label: t("timeline.column.year") },
      { label: t("timeline.column.lane") },
      { label: t("timeline.column.events"), numeric: true },
      { label: t("timeline.column.statements"), numeric: true },
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
