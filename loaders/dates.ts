// Dates with honest precision: 2018, 2018-08 or 2018-08-06, each a real calendar date.
import type { PartialDate } from "./model.ts";

export type DateIssue =
  | { issue: "not-a-date" }
  | { issue: "not-a-calendar-date" }
  /** 2018-08-00 or 2018-00: a zero stands for "unknown"; `instead` is the honest form. */
  | { issue: "zero-for-unknown"; instead: string };

const notADate: DateIssue = { issue: "not-a-date" };
const notACalendarDate: DateIssue = { issue: "not-a-calendar-date" };

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

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

/** Parses trimmed text; returns the date or what is wrong with it. By hand: it runs per cell. */
export function parseDate(text: string): PartialDate | DateIssue {
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

export function isPartialDate(value: PartialDate | DateIssue): value is PartialDate {
  return "iso" in value;
}

/** The first day a date may mean, as YYYY-MM-DD. */
export function firstDay(date: PartialDate): string {
  return date.precision === "year"
    ? `${date.iso}-01-01`
    : date.precision === "month"
      ? `${date.iso}-01`
      : date.iso;
}

/** The last day a date may mean, as YYYY-MM-DD. */
export function lastDay(date: PartialDate): string {
  if (date.precision === "day") return date.iso;
  if (date.precision === "year") return `${date.iso}-12-31`;
  const [year = 0, month = 1] = date.iso.split("-").map(Number);
  return `${date.iso}-${daysInMonth(year, month)}`;
}

/** An end ends before a start begins only if its last possible day precedes the start's first. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
  return lastDay(end) < firstDay(start);
}
