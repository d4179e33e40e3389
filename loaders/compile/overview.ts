// What the overview page needs, computed with arquero at build time (no table code ships to
// the browser): events per month, and the largest per-country breakdown among the figures.
import * as aq from "arquero";
import type { Evidence, Figure } from "../model.ts";

export interface MonthCount {
  month: string;
  events: number;
}

export interface Breakdown {
  subject: string;
  unit: string;
  scope: string;
  parts: { group: string; value: number; sources: string[] }[];
}

export interface Overview {
  eventsByMonth: MonthCount[];
  /** Events not counted: periods (they span months) and events dated only to a year. */
  eventsNotCounted: number;
  breakdown?: Breakdown;
}

/** Single events (not periods) per calendar month, months without events left out. */
export function eventsByMonth(evidence: Evidence): { counts: MonthCount[]; notCounted: number } {
  const dates = evidence.events.map((event) => ({
    date: event.date.iso,
    countable: event.date.precision !== "year" && !event.endDate,
  }));
  if (!dates.length) return { counts: [], notCounted: 0 };
  const table = aq.from(dates);
  const monthly = table
    .filter((d: { countable: boolean }) => d.countable)
    .derive({ month: (d: { date: string }) => aq.op.substring(d.date, 0, 7) })
    .groupby("month")
    .count({ as: "events" })
    .orderby("month");
  return {
    counts: monthly.objects() as MonthCount[],
    notCounted: table.filter((d: { countable: boolean }) => !d.countable).numRows(),
  };
}

/** The subject with the most parts in one scope other than "total", in one unit, largest first. */
export function largestBreakdown(figures: readonly Figure[]): Breakdown | undefined {
  const parts = figures.filter((f) => f.scope && f.scope !== "total" && f.group);
  if (!parts.length) return undefined;
  const [best] = aq
    .from(parts.map((f) => ({ subject: f.subject, scope: f.scope, unit: f.unit })))
    .groupby("subject", "scope", "unit")
    .count({ as: "n" })
    .orderby(aq.desc("n"), "subject")
    .objects() as { subject: string; scope: string; unit: string }[];
  if (!best) return undefined;
  return {
    subject: best.subject,
    scope: best.scope,
    unit: best.unit,
    parts: parts
      .filter((f) => f.subject === best.subject && f.scope === best.scope && f.unit === best.unit)
      .map((f) => ({ group: f.group as string, value: f.value, sources: f.sources }))
      .sort((a, b) => b.value - a.value || (a.group < b.group ? -1 : 1)),
  };
}

export function compileOverview(evidence: Evidence): Overview {
  const { counts, notCounted } = eventsByMonth(evidence);
  return {
    eventsByMonth: counts,
    eventsNotCounted: notCounted,
    breakdown: largestBreakdown(evidence.figures),
  };
}
