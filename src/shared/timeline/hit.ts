// Hit testing: which mark is under the pointer.
import { geometry } from "./geometry.js";
import type { TimelineLayout } from "./layout.js";

/** The mark under a point (within `slop` px), preferring the closest symbol; -1 if none. */
export function markAt(layout: TimelineLayout, x: number, y: number, slop = 3): number {
  const { marks } = layout;
  const half = geometry.symbolSize / 2;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let m = 0; m < marks.length; m++) {
    const cx = marks.cx[m] as number;
    const cy = marks.cy[m] as number;
    const mx = marks.x[m] as number;
    const my = marks.y[m] as number;
    if (x < Math.min(mx, cx - half) - slop || x > Math.max(mx + (marks.w[m] as number), cx + half) + slop)
      continue;
    if (y < Math.min(my, cy - half) - slop || y > Math.max(my + (marks.h[m] as number), cy + half) + slop)
      continue;
    const distance = Math.hypot(x - cx, y - cy);
    if (distance <= bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
