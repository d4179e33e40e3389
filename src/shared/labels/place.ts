// Label placement: each label takes the first of its candidate positions that keeps it inside
// the chart and clear of every obstacle but its own mark and of every label placed before it.
// Labels are placed in priority order (lower first; ties keep their input order), so a label
// is left out only when each of its candidates collides with the chart's edge, an obstacle or
// a label that came first. A label that stands away from its anchor gets a leader line, and
// no leader crosses a label (a candidate whose leader would, or whose box a placed leader
// would cross, is passed over). Pure and deterministic: the same input gives the same output.
import {
  type Box,
  crosses,
  distanceBetween,
  gapBetween,
  grown,
  inside,
  nearestPoints,
  type Segment,
} from "./box.js";

export type { Box } from "./box.js";

export interface Obstacle extends Box {
  /** The label this box belongs to (its mark): that label may cover it. */
  owner?: string;
}

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  /** Lower goes first. */
  priority: number;
  /** What the label names; a leader line joins them when the label is not beside it. */
  anchor: Box;
  /** Top-left corners to try, best first (read lazily: the first that fits ends the search). */
  candidates: Iterable<{ x: number; y: number }>;
  /** A box every candidate lies within, when known (saves a pass over the candidates). */
  reach?: Box;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** From the anchor's edge to the label's, when the label stands away from its anchor. */
  leader?: Segment;
}

export interface PlaceOptions {
  bounds: Box;
  obstacles: readonly Obstacle[];
  /** Least space between two labels, and between a label and an obstacle, in px. */
  gap?: number;
  /** A label further than this from its anchor gets a leader line, in px. */
  near?: number;
}

export interface Placement {
  /** In priority order. */
  placed: PlacedLabel[];
  /** Ids of the labels no candidate fitted, in priority order. */
  dropped: string[];
}

export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Placement {
  const { bounds, gap = 2, near = 3 } = options;
  const obstacles = options.obstacles.filter((o) => gapBetween(o, bounds) < 0);
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = (requests[a] as LabelRequest).priority;
      const pb = (requests[b] as LabelRequest).priority;
      return pa - pb || a - b;
    });
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const i of order) {
    const request = requests[i] as LabelRequest;
    const label = firstFit(request, bounds, obstacles, placed, gap, near);
    if (label) placed.push(label);
    else dropped.push(request.id);
  }
  return { placed, dropped };
}

/** The leader from `anchor` to a label at `box`, or undefined when the label is beside it. */
export function leaderLine(anchor: Box, box: Box, near: number): Segment | undefined {
  if (distanceBetween(box, anchor) <= near) return undefined;
  const [from, to] = nearestPoints(anchor, box);
  return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
}

function firstFit(
  request: LabelRequest,
  bounds: Box,
  obstacles: readonly Obstacle[],
  placed: readonly PlacedLabel[],
  gap: number,
  nearAnchor: number,
): PlacedLabel | undefined {
  const { width, height } = request;
  // Only obstacles the candidates can reach are worth testing, candidate after candidate.
  const reach = grown(request.reach ?? reachOf(request), gap);
  const near = obstacles.filter((o) => o.owner !== request.id && gapBetween(o, reach) < 0);
  for (const { x, y } of request.candidates) {
    const box = { x, y, width, height };
    if (!inside(box, bounds)) continue;
    if (placed.some((p) => gapBetween(p.box, box) < gap)) continue;
    if (near.some((o) => gapBetween(o, box) < gap)) continue;
    const leader = leaderLine(request.anchor, box, nearAnchor);
    const clear = grown(box, gap / 2);
    if (
      placed.some(
        (p) => (p.leader && crosses(p.leader, clear)) || (leader && crosses(leader, grown(p.box, gap / 2))),
      )
    )
      continue;
    return leader ? { id: request.id, box, leader } : { id: request.id, box };
  }
  return undefined;
}

function reachOf(request: LabelRequest): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of request.candidates) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + request.width);
    y1 = Math.max(y1, y + request.height);
  }
  return x0 > x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
