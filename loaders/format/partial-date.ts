// Dates in the site's locale at the precision the evidence gives: "Aug 6, 2018" / "6. Aug. 2018",
// "August 2018", "2018". Never a made-up day: a month-precision date stays a month.
import type { PartialDate } from "../model.ts";
import { siteLocale } from "../site/locale.ts";

export function formatPartialDate(date: PartialDate): string {
  return siteLocale().date(date);
}

/** A span of dates, "Aug 2017 – Aug 2018"; one date when there is no end. */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  return siteLocale().range(start, end);
}
