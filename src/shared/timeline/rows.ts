// Rows within a band of the timeline: each mark goes in the first row free at its start, else
// a new row, else the row that frees up first (beyond maxRows marks overlap).
import type { Band } from "./bands.js";
import { geometry } from "./geometry.js";

/** Each drawn item's time extent in px (by view index): its box and its symbol's centre. */
export interface TimeExtents {
  boxStart: Float64Array;
  boxEnd: Float64Array;
  centre: Float64Array;
}

/** Each item's row (by view index) and each band's number of rows (at least 1), at most `rowsFit`. */
export function packRows(
  laneBands: readonly Band[],
  { boxStart, boxEnd, centre }: TimeExtents,
  rowsFit: number,
): { row: Int32Array; bandRows: number[] } {
  const g = geometry;
  const half = g.symbolSize / 2;
  const row = new Int32Array(boxStart.length);
  const bandRows: number[] = [];
  const ends = new Float64Array(g.maxRows);
  for (const band of laneBands) {
    let used = 0;
    for (const i of band.items) {
      const c = centre[i] as number;
      const from = Math.min(boxStart[i] as number, c - half);
      const to = Math.max(boxEnd[i] as number, c + half) + 2;
      let chosen = -1;
      for (let r = 0; r < used; r++) {
        if ((ends[r] as number) <= from) {
          chosen = r;
          break;
        }
      }
      if (chosen < 0 && used < rowsFit) chosen = used++;
      if (chosen < 0) {
        chosen = 0;
        for (let r = 1; r < used; r++) if ((ends[r] as number) < (ends[chosen] as number)) chosen = r;
      }
      ends[chosen] = Math.max(ends[chosen] as number, to);
      row[i] = chosen;
    }
    ends.fill(0);
    bandRows.push(Math.max(1, used));
  }
  return { row, bandRows };
}
