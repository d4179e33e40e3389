// The locale as d3-format and d3-time-format definitions, built from Intl so that a chart's axis
// (vega formats with d3) writes numbers and dates exactly as the prose beside it does.
// Vega reads them from a spec's `config.locale` ({number, time}), at build time and live.
export interface NumberLocaleDefinition {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
  percent: string;
}

export interface TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: Week;
  shortDays: Week;
  months: Year;
  shortMonths: Year;
}

type Week = [string, string, string, string, string, string, string];
type Year = [string, string, string, string, string, string, string, string, string, string, string, string];

function part(parts: Intl.NumberFormatPart[], type: string, fallback: string): string {
  return parts.find((p) => p.type === type)?.value ?? fallback;
}

export function d3NumberLocale(tag: string): NumberLocaleDefinition {
  const parts = new Intl.NumberFormat(tag).formatToParts(-1234567.5);
  const percentParts = new Intl.NumberFormat(tag, { style: "percent" }).formatToParts(0.5);
  // "%" with the space the locale puts before it ("50 %" in German and French).
  const percentIndex = percentParts.findIndex((p) => p.type === "percentSign");
  const before = percentParts[percentIndex - 1];
  const percent = `${before?.type === "literal" ? before.value : ""}${percentParts[percentIndex]?.value ?? "%"}`;
  const group = part(parts, "group", "");
  // Indian grouping writes 12,34,567: the last group of three, then twos.
  const integers = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
  const grouping = integers.length > 2 && integers[1] === 2 ? [3, 2] : [3];
  return {
    decimal: part(parts, "decimal", "."),
    thousands: group,
    grouping,
    currency: ["", ""],
    minus: part(parts, "minusSign", "-"),
    percent,
  };
}

const utcDay = (month: number, day = 1) => new Date(Date.UTC(2021, month, day));

function names(tag: string, options: Intl.DateTimeFormatOptions, dates: Date[]): string[] {
  const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
  return dates.map((date) => format.format(date));
}

/** The locale's numeric date as a d3 pattern: "%m/%d/%Y", "%d.%m.%Y", "%d/%m/%Y". */
function numericDate(tag: string): string {
  const directive: Record<string, string> = { day: "%d", month: "%m", year: "%Y" };
  return new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
    .formatToParts(utcDay(0, 3))
    .map((p) => directive[p.type] ?? p.value.replace(/%/g, "%%"))
    .join("");
}

export function d3TimeLocale(tag: string): TimeLocaleDefinition {
  const months = Array.from({ length: 12 }, (_, m) => utcDay(m));
  // 3 January 2021 was a Sunday: d3 lists days from Sunday.
  const week = Array.from({ length: 7 }, (_, d) => utcDay(0, 3 + d));
  const monthNames = (month: "long" | "short") =>
    // "month" alone gives the standalone name (nominative where a language declines it).
    names(tag, { month }, months);
  const periods = names(tag, { hour: "numeric", hour12: true }, [
    utcDay(0),
    new Date(Date.UTC(2021, 0, 1, 13)),
  ]).map((text) => text.replace(/[\d\s\u200e\u200f]/g, "") || "AM");
  return {
    dateTime: "%x, %X",
    date: numericDate(tag),
    time: "%H:%M:%S",
    periods: [periods[0] ?? "AM", periods[1] ?? "PM"],
    days: names(tag, { weekday: "long" }, week) as Week,
    shortDays: names(tag, { weekday: "short" }, week) as Week,
    months: monthNames("long") as Year,
    shortMonths: monthNames("short") as Year,
  };
}
