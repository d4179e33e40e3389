// Time order of the timeline's items, and the text order used to break ties.
import type { DatePrecision } from "../../model.ts";
import type { TimelineItem } from "../timeline.ts";

const precisionRank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Time order: first day, an open start ("before …") first, less precise first, shorter first,
 * events before statements, then id (the rule of loaders/dates.ts's dateKey).
 */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    byText(a.start, b.start) ||
    Number(!a.openStart) - Number(!b.openStart) ||
    precisionRank[a.precision] - precisionRank[b.precision] ||
    byText(a.end, b.end) ||
    (a.type === b.type ? 0 : a.type === "event" ? -1 : 1) ||
    byText(a.rowId, b.rowId)
  );
}
