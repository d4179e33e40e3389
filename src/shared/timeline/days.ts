// Day numbers: days since 1970-01-01 (UTC), so there is no time zone anywhere in the timeline.
import type { ViewItem } from "./view.js";

const msPerDay = 86_400_000;

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD), in UTC. */
export function dayNumber(iso: string): number {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The Date at the start of a day number (for d3's time scales). */
export function dayDate(day: number): Date {
  return new Date(day * msPerDay);
}

/** The first day of any item and the day after the last ([Infinity, -Infinity] for none). */
export function daySpan(items: readonly ViewItem[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.start < first) first = item.start;
    if (item.end > last) last = item.end;
  }
  return [first, last];
}

/** Every item's days, with a margin of 2% (at least a day) on each side. */
export function fullDomain(items: readonly ViewItem[], span = daySpan(items)): [number, number] {
  if (!items.length) return [0, 1];
  const [first, last] = span;
  const margin = Math.max(1, Math.round((last - first) * 0.02));
  return [first - margin, last + margin];
}

/** The year an item is listed under (as loaders/charts/timeline/pages.ts groups them). */
export function yearOf(item: Pick<ViewItem, "start">): string {
  return isoDay(item.start).slice(0, 4);
}
