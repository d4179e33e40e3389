// When an archived copy was made, as far as the evidence says.
import type { PartialDate } from "../model.ts";

/** When the copy was made: the Wayback Machine's timestamp in its address, else the day the page was seen. */
export function archivedOn(source: { archiveUrl?: string; accessed?: PartialDate }): PartialDate | undefined {
  const stamp = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})?(\d{2})?/.exec(source.archiveUrl ?? "");
  if (!stamp) return source.accessed;
  const [, year, month, day] = stamp;
  if (month && day) return { iso: `${year}-${month}-${day}`, precision: "day" };
  return month ? { iso: `${year}-${month}`, precision: "month" } : { iso: year as string, precision: "year" };
}
