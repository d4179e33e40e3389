// The time axis's ticks: d3 chooses where (whole years, months, days, as many as fit) and Intl
// writes them in the site's language: "2018", "February", "Feb 3" in en-US; "Februar",
// "3. Feb." in de; "فبراير" in ar.
import type { ScaleTime } from "d3-scale";
import { once } from "../once.js";

export interface Tick {
  /** Position along the time axis (x when horizontal, y when vertical). */
  at: number;
  label: string;
}

interface TickFormat {
  format(date: Date): string;
}

interface TickFormats {
  year: TickFormat;
  month: TickFormat;
  day: TickFormat;
  hour: TickFormat;
}

// Made once per language: the layout runs again on every filter change.
const made = new Map<string, TickFormats>();
function formatsFor(tag: string): TickFormats {
  const known = made.get(tag);
  if (known) return known;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
  // Each made when first needed: making an Intl format costs milliseconds on a phone, and an
  // axis of years needs one.
  const lazy = (options: Intl.DateTimeFormatOptions) => {
    const made = once(() => format(options));
    return { format: (date: Date) => made().format(date) };
  };
  const formats = {
    year: lazy({ year: "numeric" }),
    month: lazy({ month: "long" }),
    day: lazy({ month: "short", day: "numeric" }),
    hour: lazy({ hour: "numeric" }),
  };
  made.set(tag, formats);
  return formats;
}

// The last ticks made: a filter change lays the timeline out again over the same days and
// width, and d3's choice of ticks is a good part of a layout's time on a phone.
let last: { key: string; ticks: Tick[] } | undefined;

/** About `count` ticks of `scale`, each written as precisely as its place needs. */
export function timeTicks(scale: ScaleTime<number, number>, count: number, tag = "en-US"): Tick[] {
  const key = [...scale.domain().map(Number), ...scale.range(), count, tag].join();
  if (last?.key === key) return last.ticks;
  const formats = formatsFor(tag);
  const ticks = scale.ticks(count).map((date) => {
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
  last = { key, ticks };
  return ticks;
}
