// The overview strip's geometry: where a day falls on it (time runs right to left under `rtl`,
// as in the chart below it) and the density of the shown items, two pixels to a bar.
import type { Direction } from "../../shared/locale/locale.js";
import { itemColumns } from "../../shared/timeline/columns.js";
import type { TimelineView } from "../../shared/timeline/view.js";

export interface OverviewScale {
  /** A day's position, in px from the strip's left edge. */
  x(day: number): number;
  /** The day at `x` px from the left edge. */
  day(x: number): number;
}

export function overviewScale(
  domain: readonly [number, number],
  width: number,
  dir: Direction,
): OverviewScale {
  const span = domain[1] - domain[0];
  const along = (x: number) => (dir === "rtl" ? width - x : x);
  return {
    x: (day) => along(((day - domain[0]) / span) * width),
    day: (x) => domain[0] + (along(x) / width) * span,
  };
}

/** Per two pixels of the overview, a bar as high as how many shown items (`shown[i]` 1) fall there. */
export function overviewPath(
  view: TimelineView,
  shown: Uint8Array,
  domain: readonly [number, number],
  width: number,
  height: number,
  dir: Direction = "ltr",
): string {
  const bins = Math.max(1, Math.floor(width / 2));
  const counts = new Uint32Array(bins);
  const span = domain[1] - domain[0];
  const { start, end } = itemColumns(view);
  for (let i = 0; i < view.items.length; i++) {
    if (shown[i] !== 1) continue;
    const middle = ((start[i] as number) + (end[i] as number)) / 2;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(((middle - domain[0]) / span) * bins)));
    counts[bin] = (counts[bin] as number) + 1;
  }
  let max = 1;
  for (const count of counts) if (count > max) max = count;
  let d = "";
  counts.forEach((count, bin) => {
    if (!count) return;
    const length = Math.max(1, Math.round(Math.sqrt(count / max) * (height - 4)));
    const x = dir === "rtl" ? 2 * (bins - 1 - bin) : bin * 2;
    d += `M${x},${height}h2v${-length}h-2z`;
  });
  return d;
}
