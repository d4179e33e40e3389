// Where a reader can look for an archived copy of a page the evidence has none of: the Wayback
// Machine's captures nearest a date. A look-up, never a copy: nobody has checked that one exists,
// and nothing fetches it (the reader's browser goes there only when the link is followed).
import type { PartialDate } from "../model.ts";

/**
 * `https://web.archive.org/web/<YYYYMMDD>/<url>`, at the precision the date has (`2018-08` asks
 * for August 2018); without a date, the list of every capture (`/web/*\/<url>`).
 */
export function waybackLookupUrl(url: string, date?: PartialDate): string {
  const day = date && /^\d{4}(?:-\d{2}){0,2}/.exec(date.iso)?.[0];
  return `https://web.archive.org/web/${day ? day.replaceAll("-", "") : "*"}/${url}`;
}
