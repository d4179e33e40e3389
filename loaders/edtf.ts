// Dates in the Extended Date/Time Format (ISO 8601-2, level 1) beyond the plain three forms,
// read by the `edtf` package's grammar and then held to the kit's rules:
//   2018-08~ about · 2018-08? uncertain · 2018-08% both · 201X a decade · 20XX a century ·
//   2018-XX some month of 2018 · 2017-08/2018-08 between · ../2018-08-06 before · 2018-08-06/.. after
// Refused, with a message saying what to write instead: seasons (2018-21: which hemisphere?),
// times of day, an empty interval side (write `..`), `../..` and XXXX (they say nothing),
// intervals that end before they begin, and days that are not on the calendar.
import { type EdtfNode, parse } from "edtf";
import type { DateBound, DatePrecision, PartialDate } from "./model.ts";

export type EdtfIssue =
  /** `at`: the 1-based character where the grammar stopped, when it says. */
  | { issue: "not-a-date"; at?: number }
  | { issue: "not-a-calendar-date" }
  | { issue: "season" }
  | { issue: "time-of-day"; instead: string }
  | { issue: "empty-side" }
  | { issue: "says-nothing" }
  | { issue: "ends-before-it-begins" };

/** Characters only an EDTF form has: the plain reader leaves other text alone. */
export const edtfMarks = /[~?%X/.]/;

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, "0");
}

/** Days in a month (1-12) of a year, leap Februaries included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** One EDTF date node as a bound, or what is wrong with it. */
function boundOf(node: EdtfNode, text: string): DateBound | EdtfIssue {
  if (node.type === "Season") return { issue: "season" };
  if (node.type !== "Date") return { issue: "not-a-date" };
  const [year, month, day, ...time] = node.values as number[];
  if (time.length) return { issue: "time-of-day", instead: text.slice(0, 10) };
  if (year === undefined || year < 0 || year > 9999) return { issue: "not-a-date" };
  const unspecified = node.unspecified ?? 0;
  const yearDigits = [8, 4, 2, 1].filter((bit) => unspecified & bit).length;
  if (yearDigits > 2) return { issue: "says-nothing" };
  let precision: DatePrecision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  if (unspecified & 192) precision = "month";
  if (unspecified & 48 || yearDigits) precision = "year";
  if (precision === "day" && (day ?? 1) > daysInMonth(year, (month ?? 0) + 1))
    return { issue: "not-a-calendar-date" };
  const iso =
    precision === "year"
      ? pad(year, 4)
      : precision === "month"
        ? `${pad(year, 4)}-${pad((month ?? 0) + 1, 2)}`
        : `${pad(year, 4)}-${pad((month ?? 0) + 1, 2)}-${pad(day ?? 1, 2)}`;
  return {
    iso,
    precision,
    ...(yearDigits ? { years: 10 ** yearDigits } : {}),
    ...(node.approximate ? { approximate: true } : {}),
    ...(node.uncertain ? { uncertain: true } : {}),
  };
}

function isIssue(value: DateBound | EdtfIssue): value is EdtfIssue {
  return "issue" in value;
}

function firstOf(bound: DateBound): string {
  return bound.precision === "day"
    ? bound.iso
    : bound.precision === "month"
      ? `${bound.iso}-01`
      : `${bound.iso}-01-01`;
}

function lastOf(bound: DateBound): string {
  if (bound.precision === "day") return bound.iso;
  const year = Number(bound.iso.slice(0, 4));
  if (bound.precision === "year") return `${pad(year + (bound.years ?? 1) - 1, 4)}-12-31`;
  return `${bound.iso}-${daysInMonth(year, Number(bound.iso.slice(5, 7)))}`;
}

/** The first and last day a bound may mean (YYYY-MM-DD); 201X runs 2010-01-01 to 2019-12-31. */
export function boundDays(bound: DateBound): [string, string] {
  return [firstOf(bound), lastOf(bound)];
}

/** The grammar's verdict, with the character it stopped at when it says ("… at line 1 col 9"). */
function grammar(text: string): EdtfNode | EdtfIssue {
  try {
    return parse(text, { level: 1 });
  } catch (error) {
    const at = /col (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    return at ? { issue: "not-a-date", at: Number(at) } : { issue: "not-a-date" };
  }
}

/** Reads an EDTF level 1 text (trimmed) that is not one of the plain three forms. */
export function parseEdtf(text: string): PartialDate | EdtfIssue {
  const node = grammar(text);
  if ("issue" in node) return node;
  if (node.type !== "Interval") {
    const bound = boundOf(node, text);
    if (isIssue(bound)) return bound;
    return { iso: text, precision: bound.precision, edtf: { interval: false, start: bound, end: bound } };
  }
  const sides = text.split("/");
  if (sides.some((side) => side === "")) return { issue: "empty-side" };
  // An open side (..) comes back as Infinity, an unknown (empty) one as null.
  const [from, to] = node.values;
  const start = typeof from === "object" && from ? boundOf(from, sides[0] ?? "") : undefined;
  const end = typeof to === "object" && to ? boundOf(to, sides[1] ?? "") : undefined;
  if (start && isIssue(start)) return start;
  if (end && isIssue(end)) return end;
  if (!start && !end) return { issue: "says-nothing" };
  if (start && end && lastOf(end) < firstOf(start)) return { issue: "ends-before-it-begins" };
  const precision = (start ?? end)?.precision ?? "year";
  return {
    iso: text,
    precision,
    edtf: { interval: true, ...(start ? { start } : {}), ...(end ? { end } : {}) },
  };
}
