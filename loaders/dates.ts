// Dates with honest precision: 2018, 2018-08 or 2018-08-06, each a real calendar date, or an
// EDTF level 1 form that says how the date is uncertain (loaders/edtf.ts): 2018-08~, 2018-08?,
// 2018-08%, 201X, 2017-08/2018-08, ../2018-08-06, 2018-08-06/..
//
// One rule for order and ranges, everywhere (docs/data.md "Uncertain dates"):
// - a date covers the days from its first to its last possible day (201X: 2010-2019; an
//   interval: its start's first day to its end's last); an open side (..) has no bound, so its
//   known side stands for it in order: "before 6 Aug 2018" sorts on 6 Aug 2018, ahead of every
//   date that starts that day;
// - dates sort by first possible day, then an open start first, then less precise first, then
//   by last possible day, then by their text (dateKey); qualifiers (~ ? %) never move a date;
// - a date may fall in a range when any day it may mean does, an open side reaching without end.
import { boundDays, daysInMonth, type EdtfIssue, edtfMarks, parseEdtf } from "./edtf.ts";
import type { DateBound, PartialDate } from "./model.ts";

export { daysInMonth };

export type DateIssue =
  | EdtfIssue
  /** 2018-08-00 or 2018-00: a zero stands for "unknown"; `instead` is the honest form. */
  | { issue: "zero-for-unknown"; instead: string };

const notADate: DateIssue = { issue: "not-a-date" };
const notACalendarDate: DateIssue = { issue: "not-a-calendar-date" };

/** The number written by the digits text[from..to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The plain forms, by hand: it runs per cell. */
function parsePlain(text: string): PartialDate | DateIssue {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return notADate;
  const year = digits(text, 0, 4);
  if (year < 0) return notADate;
  if (n === 4) return { iso: text, precision: "year" };
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 7) : -1;
  if (month < 0) return notADate;
  if (n === 7) {
    if (month === 0) return { issue: "zero-for-unknown", instead: text.slice(0, 4) };
    return month > 12 ? notACalendarDate : { iso: text, precision: "month" };
  }
  const day = text.charCodeAt(7) === 45 ? digits(text, 8, 10) : -1;
  if (day < 0) return notADate;
  if (month === 0)
    return day === 0 ? { issue: "zero-for-unknown", instead: text.slice(0, 4) } : notACalendarDate;
  if (month > 12) return notACalendarDate;
  if (day === 0) return { issue: "zero-for-unknown", instead: text.slice(0, 7) };
  return day > daysInMonth(year, month) ? notACalendarDate : { iso: text, precision: "day" };
}

/**
 * What the grammar could not read, said better where the text is a plain date with marks:
 * "2018-02-30~" is not on the calendar, "2018-08-00/2019" uses 00 for unknown.
 */
function diagnose(text: string, issue: EdtfIssue): DateIssue {
  if (issue.issue !== "not-a-date") return issue;
  for (const side of text.split("/")) {
    const plain = parsePlain(side.replace(/[~?%]$/, ""));
    if ("issue" in plain && plain.issue !== "not-a-date") return plain;
  }
  return issue;
}

/** EDTF's seasons, 2018-21 (spring) to 2018-24 (winter): refused, which hemisphere is unsaid. */
const season = /^\d{4}-2[1-4]$/;

/** Parses trimmed text; returns the date or what is wrong with it. */
export function parseDate(text: string): PartialDate | DateIssue {
  const plain = parsePlain(text);
  if (season.test(text)) return { issue: "season" };
  if (!("issue" in plain) || plain.issue !== "not-a-date" || !edtfMarks.test(text)) return plain;
  const edtf = parseEdtf(text);
  return "issue" in edtf ? diagnose(text, edtf) : edtf;
}

export function isPartialDate(value: PartialDate | DateIssue): value is PartialDate {
  return "iso" in value;
}

function plainBound(date: PartialDate): DateBound {
  return { iso: date.iso, precision: date.precision };
}

/** The side a date starts with: itself, or its interval's start (undefined when open). */
function startBound(date: PartialDate): DateBound | undefined {
  return date.edtf ? date.edtf.start : plainBound(date);
}

function endBound(date: PartialDate): DateBound | undefined {
  return date.edtf ? date.edtf.end : plainBound(date);
}

/** `../2018-08-06`: an interval open at its start ("before"). */
export function isOpenStart(date: PartialDate): boolean {
  return !!date.edtf?.interval && !date.edtf.start;
}

/** `2018-08-06/..`: an interval open at its end ("after"). */
export function isOpenEnd(date: PartialDate): boolean {
  return !!date.edtf?.interval && !date.edtf.end;
}

/** The first day a date may mean, as YYYY-MM-DD; for an open start, its end's first day. */
export function firstDay(date: PartialDate): string {
  const bound = startBound(date) ?? endBound(date);
  return bound ? boundDays(bound)[0] : "";
}

/** The last day a date may mean, as YYYY-MM-DD; for an open end, its start's last day. */
export function lastDay(date: PartialDate): string {
  const bound = endBound(date) ?? startBound(date);
  return bound ? boundDays(bound)[1] : "";
}

/** An end ends before a start begins only if its last possible day precedes the start's first. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
  if (isOpenEnd(end) || isOpenStart(start)) return false;
  return lastDay(end) < firstDay(start);
}

const rank = { open: "0", year: "1", month: "2", day: "3" } as const;

/**
 * A text that sorts dates by the rule above: first possible day, an open start first, less
 * precise first, last possible day, then the text as written. Plain dates keep their text order.
 */
export function dateKey(date: PartialDate): string {
  const order = isOpenStart(date) ? rank.open : rank[date.precision];
  return `${firstDay(date)}${order}${lastDay(date)}${date.iso}`;
}

/** Whether any day the date may mean is on or after `from` (an ISO prefix: 2017, 2017-08…). */
export function mayBeFrom(date: PartialDate, from: string): boolean {
  return isOpenEnd(date) || lastDay(date) >= from;
}

/** The plain ISO dates a date is bounded by (one, or an interval's known sides). */
export function plainBounds(date: PartialDate): string[] {
  if (!date.edtf) return [date.iso];
  const { start, end } = date.edtf;
  return [
    ...new Set([start, end].flatMap((bound) => (bound && (bound.years ?? 1) === 1 ? [bound.iso] : []))),
  ];
}

/** The one calendar date an HTML `datetime` may carry, when the date is one (approximate or not). */
export function machineDate(date: PartialDate): string | undefined {
  if (!date.edtf) return date.iso;
  const { interval, start } = date.edtf;
  return !interval && start && (start.years ?? 1) === 1 ? start.iso : undefined;
}
