// The overview strip's density: how many shown items fall in each two pixels of the whole span.
import type { TimelineView, ViewItem } from "../../shared/timeline/view.js";

/** Per pixel column of the overview, how many shown items start there. */
export function overviewPath(
  view: TimelineView,
  shown: (item: ViewItem, index: number) => boolean,
  domain: readonly [number, number],
  width: number,
  height: number,
): string {
  const bins = Math.max(1, Math.floor(width / 2));
  const counts = new Uint32Array(bins);
  const span = domain[1] - domain[0];
  view.items.forEach((item, i) => {
    if (!shown(item, i)) return;
    const middle = (item.start + item.end) / 2;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(((middle - domain[0]) / span) * bins)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  });
  let max = 1;
  for (const count of counts) if (count > max) max = count;
  let d = "";
  counts.forEach((count, bin) => {
    if (!count) return;
    const length = Math.max(1, Math.round(Math.sqrt(count / max) * (height - 4)));
    d += `M${bin * 2},${height}h2v${-length}h-2z`;
  });
  return d;
}
