// Where one item lies along the time axis, in px: the box its mark takes and its symbol's
// centre. A firm day is a symbol; a period or an uncertain date a bar over the days it may mean;
// an approximate one (soft edges) at least `softMin` long; an open side (..) a bar that fades
// over `openFade` px away from the known side, the symbol inside it. Never past the plot. A span
// of time (an era's band) is placed as a period with the same edges.
import { edge, edgeBits, formCode } from "./columns.js";
import { geometry } from "./geometry.js";
import type { EdgeFlags, ItemForm } from "./view.js";

const day = formCode.day;
const period = formCode.period;
const soft = edge.vague | edge.softStart | edge.softEnd;

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

/**
 * Writes [box start, box end, symbol centre] to `out` for an item whose days run from px `a`
 * to px `b`, on a time axis from `timeStart` to `timeEnd` (no object per item: it runs per mark).
 */
export function placeInTime(
  item: EdgeFlags & { form: ItemForm },
  a: number,
  b: number,
  timeStart: number,
  timeEnd: number,
  out: Float64Array,
): void {
  placeCodedInTime(formCode[item.form] ?? 0, edgeBits(item), a, b, timeStart, timeEnd, out);
}

/** `placeInTime` for an item given as its columns' codes (columns.ts: `formCode`, `edge` bits). */
export function placeCodedInTime(
  form: number,
  flags: number,
  a: number,
  b: number,
  timeStart: number,
  timeEnd: number,
  out: Float64Array,
): void {
  const g = geometry;
  if (form === day) {
    const c = clamp((a + b) / 2, timeStart, timeEnd);
    out[0] = c - g.symbolSize / 2;
    out[1] = c + g.symbolSize / 2;
    out[2] = c;
    return;
  }
  const openStart = (flags & edge.openStart) !== 0;
  const openEnd = (flags & edge.openEnd) !== 0;
  if (openStart || openEnd) {
    const from = openStart
      ? Math.max(timeStart, Math.min(a, timeEnd) - g.openFade)
      : clamp(a, timeStart, timeEnd);
    const to = openEnd
      ? Math.min(timeEnd, Math.max(b, timeStart) + g.openFade)
      : clamp(b, timeStart, timeEnd);
    out[0] = from;
    out[1] = Math.max(to, from + 2);
    // A period's symbol marks its start; an open date's sits inside its fade, not on the known
    // day, which it would claim as its own (and crowd that day's marks).
    out[2] = form === period && !openStart ? from : (out[0] + out[1]) / 2;
    return;
  }
  let from = Math.max(a, timeStart);
  let to = Math.max(Math.min(b, timeEnd), from + 2);
  if ((flags & soft) !== 0 && to - from < g.softMin) {
    const middle = (from + to) / 2;
    from = Math.max(timeStart, middle - g.softMin / 2);
    to = Math.min(timeEnd, middle + g.softMin / 2);
  }
  out[0] = from;
  out[1] = to;
  // A period's symbol marks where it began; an imprecise date's, the middle of its range.
  out[2] = form === period ? from : (from + to) / 2;
}
