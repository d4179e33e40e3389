// Dates at the precision the evidence gives, in the locale's words and order: "Aug 6, 2018",
// "6 Aug 2018" (en-GB), "6. Aug. 2018", "6 août 2018"; a month stays a month ("August 2017",
// "août 2017"), a year a year. Never a made-up day. Every date is a calendar date: UTC throughout.
// Uncertain dates (EDTF, docs/data.md) are said in the catalogue's words: "about August 2018",
// "August 2018?", "before Aug 6, 2018", "the 2010s".
import type { MessageKey } from "./catalogue.js";
import type { MessageValues } from "./message.js";

export type DatePrecision = "year" | "month" | "day";

/** One side of a date as EDTF writes it: a calendar year, month or day, perhaps qualified. */
export interface DateBound {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the plain calendar text (201X is 2010, with `years` 10). */
  iso: string;
  precision: DatePrecision;
  /** Years a year with unspecified digits spans: 10 for 201X, 100 for 20XX. */
  years?: number;
  /** `~`: the date is about right. */
  approximate?: boolean;
  /** `?`: the source is not sure of it. */
  uncertain?: boolean;
}

/**
 * An EDTF date beyond the plain three forms: one qualified date (`interval` false, `start` and
 * `end` the same bound), or an interval whose absent side is open (`../2018-08-06`: before).
 */
export interface EdtfDate {
  interval: boolean;
  start?: DateBound;
  end?: DateBound;
}

/** The shape of loaders/model.ts's PartialDate: the text as written, its precision, its EDTF parts. */
export interface DateAtPrecision {
  iso: string;
  precision: DatePrecision;
  edtf?: EdtfDate;
}

/** The catalogue's words the dates need (a Locale's `t`). */
export type DateWords = (key: MessageKey, values: MessageValues) => string;

export interface DateFormats {
  date(date: DateAtPrecision): string;
  /** A span, "Aug 6 – Oct 2, 2018"; one date when there is no end or the two are equal. */
  range(start: DateAtPrecision, end?: DateAtPrecision): string;
  /** A day from its ISO text ("2018-08-06"). */
  day(iso: string): string;
  /** A moment with its time, for "data compiled" lines: "Aug 6, 2018, 14:05 UTC". */
  moment(date: Date): string;
}

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

/** The precision the ISO text actually has (a "day" date of "2018-08" is a month). */
function precisionOf({ iso, precision }: { iso: string; precision: DatePrecision }): DatePrecision {
  const parts = iso.split("-").length;
  if (precision === "year" || parts === 1) return "year";
  if (precision === "month" || parts === 2) return "month";
  return "day";
}

function utc(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

/** A plain bound: no qualifier, no unspecified digits. */
function isPlain(bound: DateBound | undefined): bound is DateBound {
  return !!bound && !bound.approximate && !bound.uncertain && (bound.years ?? 1) === 1;
}

export function dateFormats(tag: string, words: DateWords): DateFormats {
  const formats = {
    day: new Intl.DateTimeFormat(tag, options.day),
    month: new Intl.DateTimeFormat(tag, options.month),
    year: new Intl.DateTimeFormat(tag, options.year),
  };
  const momentFormat = new Intl.DateTimeFormat(tag, {
    ...options.day,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  const plain = (value: { iso: string; precision: DatePrecision }): string =>
    formats[precisionOf(value)].format(utc(value.iso));
  const plainRange = (start: DateBound, end: DateBound): string => {
    if (start.iso === end.iso && precisionOf(start) === precisionOf(end)) return plain(start);
    const precision = precisionOf(start);
    if (precision === precisionOf(end)) return formats[precision].formatRange(utc(start.iso), utc(end.iso));
    return `${plain(start)} – ${plain(end)}`;
  };
  const bound = (value: DateBound): string => {
    const years = value.years ?? 1;
    const first = utc(value.iso);
    let text: string;
    if (years === 10) text = words("date.decade", { decade: formats.year.format(first) });
    else if (years > 1)
      text = formats.year.formatRange(first, utc(String(first.getUTCFullYear() + years - 1)));
    else text = plain(value);
    if (value.approximate) text = words(`date.about.${precisionOf(value)}`, { date: text });
    return value.uncertain ? words("date.uncertain", { date: text }) : text;
  };
  const date = (value: DateAtPrecision): string => {
    const edtf = value.edtf;
    if (!edtf) return plain(value);
    const { start, end } = edtf;
    if (!edtf.interval || !end) return start ? (edtf.interval ? after(start) : bound(start)) : "";
    if (!start) return words(`date.before.${precisionOf(end)}`, { date: bound(end) });
    return isPlain(start) && isPlain(end) ? plainRange(start, end) : `${bound(start)} – ${bound(end)}`;
  };
  const after = (start: DateBound) => words(`date.after.${precisionOf(start)}`, { date: bound(start) });
  const range = (start: DateAtPrecision, end?: DateAtPrecision): string => {
    if (!end || end.iso === start.iso) return date(start);
    if (start.edtf || end.edtf) return `${date(start)} – ${date(end)}`;
    return plainRange(start, end);
  };
  return {
    date,
    range,
    day: (iso) => formats.day.format(utc(iso)),
    moment: (value) => momentFormat.format(value),
  };
}
