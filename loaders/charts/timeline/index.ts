// The timeline in the chart registry: the figure (figure.ts), its table (table.ts) and its rows.
import { correctionsOf, type NamedCorrections, namedCorrections } from "../../compile/corrections.ts";
import type { Timeline } from "../../compile/timeline.ts";
import type { Evidence } from "../../model.ts";
import type { BuiltChart, ChartDefinition } from "../types.ts";
import { buildTimelineFigure, type TimelineFigure } from "./figure.ts";
import { timelineTable } from "./table.ts";

export { buildTimelineFigure, itemLabel, type TimelineFigure, timeSpanText } from "./figure.ts";
export { timelineTable, yearLaneCounts } from "./table.ts";

export const timelineChartId = "timeline";

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

/** The events, statements and key moments it draws that were corrected, by their titles and labels. */
function corrections(figure: TimelineFigure, evidence: Evidence): NamedCorrections[] {
  const of = correctionsOf(evidence);
  const items = (type: "event" | "statement") =>
    figure.timeline.items.filter((i) => i.type === type).map((i) => ({ id: i.rowId, title: i.title }));
  return [
    ...namedCorrections(of, "events", items("event"), (i) => i.title),
    ...namedCorrections(of, "statements", items("statement"), (i) => i.title),
    ...namedCorrections(of, "annotations", figure.view.annotations ?? [], (a) => a.label),
  ];
}

export const timelineChart: ChartDefinition = {
  id: timelineChartId,
  page: "/timeline",
  description:
    "Every event and statement on a time axis, one lane per actor, status shown by shape and colour, periods as bars and imprecise dates as the whole month or year.",
  needs: ["events", "statements", "actors", "sources"],
  async build(evidence: Evidence): Promise<BuiltChart> {
    const figure = buildTimelineFigure(evidence);
    const corrected = corrections(figure, evidence);
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
      ...(corrected.length ? { corrections: corrected } : {}),
    };
  },
};

export const timelineCharts: ChartDefinition[] = [timelineChart];
