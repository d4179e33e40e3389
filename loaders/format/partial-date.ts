// Dates as readers expect them, at the precision the evidence gives: "6 Aug 2018", "Aug 2018",
// "2018". Never a made-up day: a month-precision date stays a month.
import type { PartialDate } from "../model.ts";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.iso.split("-");
  const name = month ? months[Number(month) - 1] : undefined;
  if (date.precision === "year" || !name) return year ?? date.iso;
  if (date.precision === "month" || !day) return `${name} ${year}`;
  return `${Number(day)} ${name} ${year}`;
}

/** A span of dates, "Aug 2017 – Aug 2018"; one date when there is no end. */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  return end ? `${formatPartialDate(start)} – ${formatPartialDate(end)}` : formatPartialDate(start);
}
