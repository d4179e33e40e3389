// The time axis's ticks: d3 chooses where (whole years, months, days, as many as fit) and Intl
// writes them in the site's language: "2018", "February", "Feb 3" in en-US; "Februar",
// "3. Feb." in de; "فبراير" in ar.
import type { ScaleTime } from "d3-scale";

export interface Tick {
  /** Position along the time axis (x when horizontal, y when vertical). */
  at: number;
  label: string;
}

interface TickFormats {
  year: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
  hour: Intl.DateTimeFormat;
}

// Made once per language: the layout runs again on every filter change.
const made = new Map<string, TickFormats>();
function formatsFor(tag: string): TickFormats {
  const known = made.get(tag);
  if (known) return known;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
  const formats = {
    year: format({ year: "numeric" }),
    month: format({ month: "long" }),
    day: format({ month: "short", day: "numeric" }),
    hour: format({ hour: "numeric" }),
  };
  made.set(tag, formats);
  return formats;
}

/** About `count` ticks of `scale`, each written as precisely as its place needs. */
export function timeTicks(scale: ScaleTime<number, number>, count: number, tag = "en-US"): Tick[] {
  const formats = formatsFor(tag);
  return scale.ticks(count).map((date) => {
    const format =
      date.getUTCHours() !== 0
        ? formats.hour
        : date.getUTCDate() !== 1
          ? formats.day
          : date.getUTCMonth() !== 0
            ? formats.month
            : formats.year;
    return { at: scale(date), label: format.format(date) };
  });
}
