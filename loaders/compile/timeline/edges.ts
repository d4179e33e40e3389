// How a span of dates is drawn at its edges (EDTF): soft where a side is approximate (~), fading
// toward a side that is open (..), marked where one is uncertain (?). The timeline's items and
// its eras (annotations without a target) follow the same rule, so the chart says the same.
import { isOpenEnd, isOpenStart } from "../../dates.ts";
import type { PartialDate } from "../../model.ts";

export interface DateEdges {
  /** Both sides approximate: soft at both ends. */
  bothSoft: boolean;
  /** One side alone approximate: that edge is soft. */
  softStart?: true;
  softEnd?: true;
  /** An open side: nothing bounds it. */
  openStart?: true;
  openEnd?: true;
  /** Some side is uncertain. */
  doubt?: true;
}

/** The edges of the span from `date` to `last` (the same date for a single one). */
export function dateEdges(date: PartialDate, last: PartialDate = date): DateEdges {
  const softStart = !!date.edtf?.start?.approximate;
  const softEnd = !!last.edtf?.end?.approximate;
  const bothSoft = softStart && softEnd;
  const doubt = [date.edtf?.start, date.edtf?.end, last.edtf?.start, last.edtf?.end].some(
    (b) => b?.uncertain,
  );
  return {
    bothSoft,
    ...(softStart && !bothSoft ? { softStart: true as const } : {}),
    ...(softEnd && !bothSoft ? { softEnd: true as const } : {}),
    ...(isOpenStart(date) ? { openStart: true as const } : {}),
    ...(isOpenEnd(last) ? { openEnd: true as const } : {}),
    ...(doubt ? { doubt: true as const } : {}),
  };
}
