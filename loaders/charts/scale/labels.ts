// Annotation labels on a scale chart, placed by the shared label placer (src/shared/labels/):
// each label as near its bar or group of squares as it fits — beside it first, else anywhere
// around it, else in a strip under the chart — never on another label, on any bar, square or
// text of the chart, nor past its edge. A label away from its mark gets a leader line. When not
// every label fits, the shared rule decides (steps first, then file order); the others stay in
// the text under the chart. The chart is an SVG scaled to its column, so what holds at its own
// width holds at every width.
import { distanceBetween } from "../../../src/shared/labels/box.ts";
import { type Box, type LabelRequest, placeLabels } from "../../../src/shared/labels/place.ts";
import { labelBox } from "../../../src/shared/labels/text.ts";
import type { SceneView } from "./scene-boxes.ts";

export const scaleLabelFont = { size: 12, line: 14 } as const;
/** Room under the chart for labels that fit nowhere else: three lines. */
export const stripDepth = 3 * scaleLabelFont.line + 8;
const maxWidth = 190;
const gap = 2;

export interface ScaleLabelRequest {
  id: string;
  label: string;
  /** The figure the label names. */
  figure: string;
  /** Lower goes first (src/shared/labels/priority.ts). */
  priority: number;
}

export interface ScaleLabel {
  id: string;
  lines: string[];
  box: Box;
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface ScaleLabels {
  labels: ScaleLabel[];
  /** Ids of the labels that did not fit, in priority order. */
  dropped: string[];
  /** How much taller the view must be for its labels (0 when none went under it). */
  extra: number;
}

function union(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Corners to try: beside the mark on its right, level with it; then every point of a grid over
 * the chart, nearest the mark first (ties: level with it, then right of it) — but a spot nearer
 * another bar or square than its own comes only after every spot that is not, so a label does
 * not read as another mark's.
 */
function* candidates(
  anchor: Box,
  others: readonly Box[],
  w: number,
  h: number,
  bounds: Box,
): Generator<{ x: number; y: number }> {
  const level = anchor.y + anchor.height / 2 - h / 2;
  yield { x: anchor.x + anchor.width + 6, y: level };
  const grid: { x: number; y: number; cost: number }[] = [];
  for (let y = bounds.y; y + h <= bounds.y + bounds.height; y += 4)
    for (let x = bounds.x; x + w <= bounds.x + bounds.width; x += 8) {
      const box = { x, y, width: w, height: h };
      const near = distanceBetween(box, anchor);
      const astray = others.some((o) => distanceBetween(box, o) < near) ? 1e6 : 0;
      grid.push({ x, y, cost: astray + near + Math.abs(y - level) / 100 + (x < anchor.x ? 0.5 : 0) });
    }
  grid.sort((a, b) => a.cost - b.cost || a.y - b.y || a.x - b.x);
  for (const { x, y } of grid) yield { x, y };
}

/** Places the labels of one view; requests whose figure the view does not draw are left out. */
export function placeScaleLabels(view: SceneView, requests: readonly ScaleLabelRequest[]): ScaleLabels {
  const bounds = { x: 0, y: 0, width: view.width, height: view.height + stripDepth };
  const linesOf = new Map<string, string[]>();
  const marks = view.boxes.filter((b) => b.kind === "mark");
  const placing: LabelRequest[] = [];
  for (const request of requests) {
    const own = marks.filter((b) => b.figure === request.figure);
    const anchor = union(own.length ? own : view.boxes.filter((b) => b.figure === request.figure));
    if (!anchor) continue;
    const others = marks.filter((b) => b.figure !== request.figure);
    const { lines, width, height } = labelBox(request.label, Math.min(maxWidth, view.width), scaleLabelFont);
    linesOf.set(request.id, lines);
    placing.push({
      id: request.id,
      width,
      height,
      priority: request.priority,
      anchor,
      candidates: { [Symbol.iterator]: () => candidates(anchor, others, width, height, bounds) },
      reach: bounds,
    });
  }
  // Every bar, square and text of the chart is an obstacle, the label's own mark too: a label
  // never hides the mark it names.
  const obstacles = view.boxes.map(({ x, y, width, height }) => ({ x, y, width, height }));
  const { placed, dropped } = placeLabels(placing, { bounds, obstacles, gap, near: 8 });
  let bottom = view.height;
  const labels = placed.map((p): ScaleLabel => {
    bottom = Math.max(bottom, Math.min(bounds.height, Math.ceil(p.box.y + p.box.height + gap)));
    const label = { id: p.id, lines: linesOf.get(p.id) ?? [], box: p.box };
    return p.leader ? { ...label, leader: p.leader } : label;
  });
  return { labels, dropped, extra: bottom - view.height };
}
