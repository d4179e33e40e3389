// The accessible table under the timeline in embeds: every item, or counts per year and lane
// when they are too many to list.

import type { Timeline } from "../../compile/timeline.ts";
import { formatDateRange } from "../../format/partial-date.ts";
import type { Evidence } from "../../model.ts";
import type { DataTable } from "../../render/figure.ts";
import { tableRowLimit } from "../../render/limits.ts";
import { countText, statusText } from "./list.ts";
import { itemYear } from "./pages.ts";

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
