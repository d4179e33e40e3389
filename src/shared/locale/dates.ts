// Dates at the precision the evidence gives, in the locale's words and order: "Aug 6, 2018",
// "6 Aug 2018" (en-GB), "6. Aug. 2018", "6 août 2018"; a month stays a month ("August 2018",
// "août 2018"), a year a year. Never a made-up day. Every date is a calendar date: UTC throughout.
export type DatePrecision = "year" | "month" | "day";
/** The shape of loaders/model.ts's PartialDate: the ISO text and its precision. */
export interface DateAtPrecision {
  iso: string;
  precision: DatePrecision;
}

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
function precisionOf({ iso, precision }: DateAtPrecision): DatePrecision {
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

export function dateFormats(tag: string): DateFormats {
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
  const date = (value: DateAtPrecision): string => formats[precisionOf(value)].format(utc(value.iso));
  const range = (start: DateAtPrecision, end?: DateAtPrecision): string => {
    if (!end || end.iso === start.iso) return date(start);
    const precision = precisionOf(start);
    if (precision === precisionOf(end)) return formats[precision].formatRange(utc(start.iso), utc(end.iso));
    return `${date(start)} – ${date(end)}`;
  };
  return {
    date,
    range,
    day: (iso) => formats.day.format(utc(iso)),
    moment: (value) => momentFormat.format(value),
  };
}
