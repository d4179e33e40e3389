// A plain date cell read from its characters into one integer, with no string made and nothing
// looked up: YYYY, YYYY-MM or YYYY-MM-DD (a real day of that month, year 0001 or later) as
// year * 512 + month * 32 + day, month 0 for a year, day 0 for a month, so the integers sort as
// the dates do and the precision is in the number. Anything else (EDTF's ~ ? X and intervals,
// and whatever is wrong) is the caller's, read as today's reader reads it (loaders/dates.ts).
import { daysInMonth } from "../dates.ts";

export const noDate = 0;
export const notPlain = -1;

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** text[start, end) as a packed date, `noDate` for an empty range, or `notPlain`. */
export function packDate(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 0) return noDate;
  if (length !== 4 && length !== 7 && length !== 10) return notPlain;
  const year = digits(text, start, 4);
  if (year <= 0) return notPlain;
  if (length === 4) return year * 512;
  if (text.charCodeAt(start + 4) !== 45) return notPlain;
  const month = digits(text, start + 5, 2);
  if (month < 1 || month > 12) return notPlain;
  if (length === 7) return year * 512 + month * 32;
  if (text.charCodeAt(start + 7) !== 45) return notPlain;
  const day = digits(text, start + 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return notPlain;
  return year * 512 + month * 32 + day;
}

/** The text a packed date was read from. */
export function isoOf(packed: number): string {
  const year = String(packed >> 9).padStart(4, "0");
  const month = (packed >> 5) & 15;
  const day = packed & 31;
  if (month === 0) return year;
  const mm = String(month).padStart(2, "0");
  return day === 0 ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, "0")}`;
}

/** The last day a packed date may mean, packed (a month's day 31 stands for its last day). */
export function lastDayOf(packed: number): number {
  if ((packed & (15 << 5)) === 0) return packed + 12 * 32 + 31;
  return (packed & 31) === 0 ? packed + 31 : packed;
}

/** Whether packed date `end`'s last day is before packed date `start`'s first day. */
export function packedEndsBefore(end: number, start: number): boolean {
  return lastDayOf(end) < start;
}
