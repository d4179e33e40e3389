// How a source is named to readers: by its title, verbatim; one whose title was not recorded by
// its outlet and date. A placeholder or a made-up title would read as the document's own words.
import type { PartialDate } from "../model.ts";
import { formatPartialDate } from "./partial-date.ts";

export interface NamedSource {
  outlet: string;
  title?: string;
  published?: PartialDate;
}

/** "Outlet, 6 Aug 2018", or the outlet alone when no date was recorded either. */
export function outletAndDate(source: NamedSource): string {
  return source.published ? `${source.outlet}, ${formatPartialDate(source.published)}` : source.outlet;
}

/** The title when one was recorded, else outlet and date. */
export function sourceName(source: NamedSource): string {
  return source.title ? source.title : outletAndDate(source);
}
