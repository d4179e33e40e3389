// Axis-aligned boxes: the geometry the label placer needs.
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The space between two boxes (the larger of the horizontal and vertical gaps); negative when they overlap. */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}

/** Whether two boxes share any area (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return gapBetween(a, b) < 0;
}

export function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** Straight-line distance between the boxes' nearest points; 0 when they touch or overlap. */
export function distanceBetween(a: Box, b: Box): number {
  const [p, q] = nearestPoints(a, b);
  return Math.hypot(p.x - q.x, p.y - q.y);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A point on (or in) `a` and one on `b`, as near each other as the boxes allow. */
export function nearestPoints(a: Box, b: Box): [{ x: number; y: number }, { x: number; y: number }] {
  const overlapX = [Math.max(a.x, b.x), Math.min(a.x + a.width, b.x + b.width)] as const;
  const overlapY = [Math.max(a.y, b.y), Math.min(a.y + a.height, b.y + b.height)] as const;
  // Where the boxes overlap along an axis, both points sit in the middle of that overlap.
  const ax =
    overlapX[0] <= overlapX[1]
      ? (overlapX[0] + overlapX[1]) / 2
      : clamp(b.x + b.width / 2, a.x, a.x + a.width);
  const ay =
    overlapY[0] <= overlapY[1]
      ? (overlapY[0] + overlapY[1]) / 2
      : clamp(b.y + b.height / 2, a.y, a.y + a.height);
  const bx = overlapX[0] <= overlapX[1] ? ax : clamp(ax, b.x, b.x + b.width);
  const by = overlapY[0] <= overlapY[1] ? ay : clamp(ay, b.y, b.y + b.height);
  return [
    { x: clamp(ax, a.x, a.x + a.width), y: clamp(ay, a.y, a.y + a.height) },
    { x: bx, y: by },
  ];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a line segment passes through a box (Liang–Barsky clipping); touching does not count. */
export function crosses(segment: Segment, box: Box): boolean {
  const { x1, y1 } = segment;
  const dx = segment.x2 - x1;
  const dy = segment.y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** The box grown by `by` px on every side. */
export function grown(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}
