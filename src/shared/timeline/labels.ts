// The timeline's labels: every annotated item that is drawn, and every span of time (an era)
// on screen, gets its label, placed by the label placer (../labels/place.ts) so that no label
// covers another, a mark it does not belong to, a lane label or the chart's edge.
//
// Time across: labels sit in a strip below the lanes, as near below their mark as they fit,
// with a leader line up to it. Time down: in a column right of the lanes, level with their mark.
// When not every label fits, steps of the guided story come first, in story order, then the
// other annotations in the order of annotations.csv; the rest are left to the card and list.
import { grown } from "../labels/box.js";
import { type Box, type LabelRequest, type Obstacle, placeLabels } from "../labels/place.js";
import { storyPriority } from "../labels/priority.js";
import { labelBox } from "../labels/text.js";
import { geometry } from "./geometry.js";
import type { PlacedMarks } from "./marks.js";
import { placeInTime } from "./time-extent.js";
import type { TimelineView, ViewAnnotation, ViewItem } from "./view.js";

export const labelFont = { size: 11, line: 13 } as const;
const stripDepth = 60;
const radius = 320;

export interface TimelineLabel {
  /** Index into view.annotations. */
  annotation: number;
  lines: string[];
  box: Box;
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineEra {
  annotation: number;
  box: Box;
}

export interface LabelsInput {
  vertical: boolean;
  width: number;
  /** The chart's height before labels. */
  height: number;
  plot: Box;
  marks: PlacedMarks;
  /** Time to px along the time axis. */
  at: (day: number) => number;
  /** Boxes of the lane labels. */
  laneLabels: readonly Box[];
}

export interface TimelineLabels {
  labels: TimelineLabel[];
  eras: TimelineEra[];
  /** Annotations drawn but left without a label, by index. */
  unlabelled: number[];
  /** The chart's height with its labels. */
  height: number;
}

/** How wide the column for labels is when time runs down: none without annotations. */
export function labelColumnWidth(view: TimelineView, width: number): number {
  return view.annotations?.length ? Math.round(Math.min(240, Math.max(112, width * 0.38))) : 0;
}

/** The placer's rule (../labels/priority.ts): steps first, in story order, then the others in file order. */
export function labelPriority(annotation: ViewAnnotation, index: number): number {
  return storyPriority(annotation, index);
}

/**
 * A mark's box: its symbol and its bar; of an open date's bar ("before …") only the part from
 * the symbol to the known side, since the rest fades out and a label may stand over it.
 */
function markBox(marks: PlacedMarks, m: number, vertical: boolean, item?: ViewItem): Box {
  const half = geometry.symbolSize / 2;
  const cx = marks.cx[m] as number;
  const cy = marks.cy[m] as number;
  const start = vertical ? (marks.y[m] as number) : (marks.x[m] as number);
  const length = vertical ? (marks.h[m] as number) : (marks.w[m] as number);
  const centre = vertical ? cy : cx;
  const from = item?.openStart && !item.openEnd ? centre : start;
  const to = item?.openEnd && !item.openStart ? centre : start + length;
  const [x, xEnd] = vertical
    ? [marks.x[m] as number, (marks.x[m] as number) + (marks.w[m] as number)]
    : [from, to];
  const [y, yEnd] = vertical
    ? [from, to]
    : [marks.y[m] as number, (marks.y[m] as number) + (marks.h[m] as number)];
  const x0 = Math.min(x, cx - half);
  const y0 = Math.min(y, cy - half);
  return { x: x0, y: y0, width: Math.max(xEnd, cx + half) - x0, height: Math.max(yEnd, cy + half) - y0 };
}

/** Offsets around an anchor, nearest first (made once: the same for every label). */
let offsets: { ox: number; oy: number }[] | undefined;
function aroundOffsets(): { ox: number; oy: number }[] {
  if (offsets) return offsets;
  const list: { ox: number; oy: number; cost: number }[] = [];
  for (let oy = -radius; oy <= radius; oy += 7)
    for (let ox = -radius; ox <= radius; ox += 8)
      list.push({ ox, oy, cost: Math.hypot(ox, oy * 1.5) + (ox < 0 ? 4 : 0) });
  offsets = list
    .sort((a, b) => a.cost - b.cost || a.oy - b.oy || a.ox - b.ox)
    .map(({ ox, oy }) => ({ ox, oy }));
  return offsets;
}

/**
 * Candidate corners, nearest first. Across: beside the mark in its own row when that is free,
 * else anywhere within `radius` (over the lanes or below them). Down: in the column right of
 * the lanes, level with the mark, else above or below.
 */
function* candidates(
  input: LabelsInput,
  anchor: Box,
  w: number,
  h: number,
): Generator<{ x: number; y: number }> {
  const { plot, vertical } = input;
  if (vertical) {
    const x = plot.x + plot.width + 6;
    const y0 = anchor.y + anchor.height / 2 - h / 2;
    for (let d = 0; d <= 900; d += 4) {
      yield { x, y: y0 + d };
      if (d) yield { x, y: y0 - d };
    }
    return;
  }
  const cy = anchor.y + anchor.height / 2;
  for (const { ox, oy } of aroundOffsets())
    yield { x: ox >= 0 ? anchor.x + anchor.width + 4 + ox : anchor.x - 4 - w + ox, y: cy - h / 2 + oy };
}

function reachOf(input: LabelsInput, anchor: Box, w: number, h: number): Box {
  if (input.vertical) {
    const x = input.plot.x + input.plot.width + 6;
    return { x, y: anchor.y - 900 - h, width: w, height: anchor.height + 1800 + 2 * h };
  }
  return grown(anchor, radius + w + h + 8);
}

/**
 * Where an era's band lies along the time axis, placed as a period of the same dates would be
 * (time-extent.ts: an open side reaches `openFade` px past its known bound, into any range it
 * may fall in); undefined when the band is out of view.
 */
function eraSpan(era: ViewAnnotation, input: LabelsInput): [number, number] | undefined {
  const { plot, vertical } = input;
  const [lo, hi] = vertical ? [plot.y, plot.y + plot.height] : [plot.x, plot.x + plot.width];
  const a = input.at(era.start ?? 0);
  const b = input.at(era.end ?? 0);
  if ((!era.openStart && a >= hi) || (!era.openEnd && b <= lo)) return undefined;
  const extent = new Float64Array(3);
  placeInTime({ ...era, form: "period" }, a, b, lo, hi, extent);
  return [extent[0] as number, extent[1] as number];
}

/** A box around every request's reach, with room for the placer's gap; none without requests. */
function reachOfAll(requests: readonly LabelRequest[]): Box | undefined {
  if (!requests.length) return undefined;
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1e9, -1e9];
  for (const { reach } of requests) {
    if (!reach) return { x: -1e9, y: -1e9, width: 2e9, height: 2e9 };
    x0 = Math.min(x0, reach.x);
    y0 = Math.min(y0, reach.y);
    x1 = Math.max(x1, reach.x + reach.width);
    y1 = Math.max(y1, reach.y + reach.height);
  }
  return grown({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, 8);
}

/** Whether mark `m`'s bar or symbol (a box around what markBox gives) meets `box`. */
function nearMark(marks: PlacedMarks, m: number, box: Box): boolean {
  const half = geometry.symbolSize / 2;
  const x0 = Math.min(marks.x[m] as number, (marks.cx[m] as number) - half);
  const y0 = Math.min(marks.y[m] as number, (marks.cy[m] as number) - half);
  const x1 = Math.max((marks.x[m] as number) + (marks.w[m] as number), (marks.cx[m] as number) + half);
  const y1 = Math.max((marks.y[m] as number) + (marks.h[m] as number), (marks.cy[m] as number) + half);
  return x0 < box.x + box.width && x1 > box.x && y0 < box.y + box.height && y1 > box.y;
}

export function labelTimeline(view: TimelineView, input: LabelsInput): TimelineLabels {
  const annotations = view.annotations ?? [];
  const { plot, marks, vertical } = input;
  const maxWidth = vertical ? labelColumnWidth(view, input.width) - 8 : Math.min(170, plot.width / 2);
  const requests: LabelRequest[] = [];
  const linesOf = new Map<string, string[]>();
  /** The label whose mark each annotated mark is (the last annotation naming it). */
  const owners = new Map<number, string>();
  const eras: TimelineEra[] = [];
  annotations.forEach((annotation, index) => {
    let anchor: Box;
    if (annotation.item !== undefined) {
      const m = marks.find(annotation.item);
      if (m < 0) return;
      anchor = markBox(marks, m, vertical, view.items[annotation.item]);
      owners.set(m, annotation.id);
    } else {
      const span = eraSpan(annotation, input);
      if (!span) return;
      const [from, to] = span;
      const band = vertical
        ? { x: plot.x, y: from, width: plot.width, height: to - from }
        : { x: from, y: plot.y, width: to - from, height: plot.height };
      eras.push({ annotation: index, box: band });
      anchor = vertical
        ? { x: plot.x + plot.width - 1, y: from, width: 1, height: to - from }
        : { x: from, y: plot.y + plot.height - 1, width: to - from, height: 1 };
    }
    const { lines, width, height } = labelBox(annotation.label, Math.max(40, maxWidth), labelFont);
    linesOf.set(annotation.id, lines);
    requests.push({
      id: annotation.id,
      width,
      height,
      priority: labelPriority(annotation, index),
      anchor,
      candidates: { [Symbol.iterator]: () => candidates(input, anchor, width, height) },
      reach: reachOf(input, anchor, width, height),
    });
  });
  const obstacles: Obstacle[] = input.laneLabels.map((box) => ({ ...box }));
  // Only marks some label's candidates can reach are obstacles to it (the placer tests no
  // other): 10,000 boxes a render cost more than the whole placement of a few labels.
  const reach = reachOfAll(requests);
  for (let m = 0; reach && m < marks.length; m++) {
    if (!nearMark(marks, m, reach)) continue;
    const box: Obstacle = markBox(marks, m, vertical, view.items[marks.index[m] as number]);
    const owner = owners.get(m);
    if (owner !== undefined) box.owner = owner;
    obstacles.push(box);
  }
  const bounds = vertical
    ? { x: 0, y: plot.y, width: input.width, height: input.height - plot.y + 200 }
    : { x: 0, y: 0, width: input.width, height: plot.y + plot.height + stripDepth };
  // Across: the tick labels' header is off limits too.
  if (!vertical) obstacles.push({ x: 0, y: 0, width: input.width, height: plot.y - 2 });
  const { placed, dropped } = placeLabels(requests, { bounds, obstacles });
  const indexOf = new Map(annotations.map((a, i) => [a.id, i]));
  let bottom = input.height;
  const labels = placed.map((p): TimelineLabel => {
    bottom = Math.max(bottom, Math.ceil(p.box.y + p.box.height + 4));
    const label = { annotation: indexOf.get(p.id) as number, lines: linesOf.get(p.id) ?? [], box: p.box };
    return p.leader ? { ...label, leader: p.leader } : label;
  });
  return { labels, eras, unlabelled: dropped.map((id) => indexOf.get(id) as number), height: bottom };
}
