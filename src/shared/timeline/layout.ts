// The timeline's layout: pure functions from the view to positions, shared by the build-time
// SVG (loaders/charts/timeline/) and the browser view (src/components/timeline/).
//
// Horizontal: time runs left to right, one band per lane, lane names in the left margin.
// Vertical (narrow screens): time runs top to bottom, one column per lane; when the columns
// would be narrower than `minColumn`, lanes are grouped by actor kind (one column per kind).
// Within a band, overlapping marks are packed into rows (at most `maxRows`; beyond that they
// overlap). Right to left, the whole layout is mirrored (mirror.ts).
import { scaleUtc } from "d3-scale";
import type { Direction } from "../locale/locale.js";
import { type Band, bands, countUsedLanes } from "./bands.js";
import { edge, itemColumns } from "./columns.js";
import { dayDate, fullDomain } from "./days.js";
import { denseThreshold, geometry } from "./geometry.js";
import { labelColumnWidth, labelTimeline, type TimelineEra, type TimelineLabel } from "./labels.js";
import { PlacedLinks } from "./links.js";
import { PlacedMarks } from "./marks.js";
import { mirrorLayout } from "./mirror.js";
import { packRows } from "./rows.js";
import { type Tick, timeTicks } from "./ticks.js";
import { placeCodedInTime } from "./time-extent.js";
import type { TimelineView, ViewItem } from "./view.js";

export type Orientation = "horizontal" | "vertical";

export interface LayoutOptions {
  width: number;
  orientation?: Orientation;
  /** Length of the time axis of a vertical layout, in px. */
  timeLength?: number;
  /** The days shown: [first day, day after the last]; default: every item, with a margin. */
  domain?: readonly [number, number];
  /** Which items to draw (filters); default: all. */
  shown?: (item: ViewItem, index: number) => boolean;
  /** The same as `shown`, as one byte per item (1: shown); read instead of `shown` when given. */
  shownMask?: Uint8Array;
  /** `rtl`: time runs right to left, lane names on the right (default `ltr`). */
  direction?: Direction;
  /** The BCP 47 tag the axis's dates are written in (default `en-US`). */
  locale?: string;
}

export interface PlacedLane {
  /** Indexes of the view's lanes in this band (several when grouped by kind). */
  lanes: number[];
  label: string;
  /** Start of the band along the lane axis (y when horizontal, x when vertical) and its size. */
  start: number;
  size: number;
}

export type { PlacedLink } from "./links.js";

export interface TimelineLayout {
  width: number;
  height: number;
  orientation: Orientation;
  /** Which way time runs across; coordinates are always from the chart's left edge. */
  direction: Direction;
  /** The area the marks are drawn in. */
  plot: { x: number; y: number; width: number; height: number };
  domain: [number, number];
  /** True when lanes were grouped by actor kind to fit. */
  grouped: boolean;
  lanes: PlacedLane[];
  /** One mark per drawn item, in time order. */
  marks: PlacedMarks;
  links: PlacedLinks;
  ticks: Tick[];
  /** Beyond `denseThreshold` marks, renderers draw on canvas or aggregate. */
  dense: boolean;
  /** The annotations' labels (labels.ts), the spans of time drawn as bands, and those left unlabelled. */
  labels: TimelineLabel[];
  eras: TimelineEra[];
  unlabelled: number[];
}

/** Whether a link before position `l` (from `from`) goes to band `band` (each band gets one dot). */
function sameBandBefore(
  lanes: Int32Array,
  bandOf: Int32Array,
  from: number,
  l: number,
  band: number,
): boolean {
  for (let k = from; k < l; k++) if (bandOf[lanes[k] as number] === band) return true;
  return false;
}

export function layoutTimeline(view: TimelineView, options: LayoutOptions): TimelineLayout {
  // Plain loops and typed arrays: this runs on every filter change, often before the engine
  // has optimised it, over up to tens of thousands of items.
  const g = geometry;
  const items = view.items;
  const count = items.length;
  const columns = itemColumns(view);
  const { start, end, lane: laneOf, form, flags } = columns;
  const orientation = options.orientation ?? "horizontal";
  const vertical = orientation === "vertical";
  const width = Math.max(200, Math.floor(options.width));
  const domain: [number, number] = options.domain
    ? [options.domain[0], options.domain[1]]
    : fullDomain(items);
  if (domain[1] <= domain[0]) domain[1] = domain[0] + 1;

  const drawn: number[] = [];
  const shown = options.shownMask ? undefined : options.shown;
  const mask = options.shownMask;
  const [first, last] = domain;
  for (let i = 0; i < count; i++) {
    // An open side reaches without end: "before 6 Aug 2018" may fall in any earlier range.
    const f = flags[i] as number;
    const inRange =
      ((f & edge.openStart) !== 0 || (start[i] as number) < last) &&
      ((f & edge.openEnd) !== 0 || (end[i] as number) > first);
    if (inRange && (mask ? mask[i] === 1 : !shown || shown(items[i] as ViewItem, i))) drawn.push(i);
  }

  // The lane axis: bands of lanes (grouped by kind when narrow columns would not fit).
  const laneAxisStart = vertical ? g.verticalAxis : g.axisSize;
  let grouped = false;
  const labelRoom = vertical ? labelColumnWidth(view, width) : 0;
  if (vertical) {
    const available = width - g.verticalAxis - g.marginEnd - labelRoom;
    grouped = countUsedLanes(view, drawn, columns) * g.minColumn > available;
  }
  const laneBands = bands(view, drawn, grouped, columns);
  const bandOf = new Int32Array(view.lanes.length).fill(-1);
  for (let b = 0; b < laneBands.length; b++)
    for (const lane of (laneBands[b] as Band).lanes) bandOf[lane] = b;

  // The time axis. Time is linear in days, so the loops map days to px without building Dates.
  const labelMargin = Math.round(Math.min(160, Math.max(90, width * 0.22)));
  const timeStart = vertical ? g.verticalHeader : labelMargin;
  const timeLength = vertical
    ? Math.max(200, Math.round(options.timeLength ?? 640))
    : Math.max(60, width - labelMargin - g.marginEnd);
  const timeEnd = timeStart + timeLength;
  const pxPerDay = timeLength / (domain[1] - domain[0]);
  const day0 = domain[0];

  // Time extent of every drawn item: box start, box end, symbol centre (time-extent.ts).
  const boxStart = new Float64Array(count);
  const boxEnd = new Float64Array(count);
  const centre = new Float64Array(count);
  const extent = new Float64Array(3);
  const markBand = new Int32Array(count).fill(-1);
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k] as number;
    const band = bandOf[laneOf[i] as number] as number;
    if (band < 0) continue;
    markBand[i] = band;
    (laneBands[band] as Band).items.push(i);
    const a = timeStart + ((start[i] as number) - day0) * pxPerDay;
    const b = timeStart + ((end[i] as number) - day0) * pxPerDay;
    placeCodedInTime(form[i] as number, flags[i] as number, a, b, timeStart, timeEnd, extent);
    boxStart[i] = extent[0] as number;
    boxEnd[i] = extent[1] as number;
    centre[i] = extent[2] as number;
  }

  // Rows within each band (rows.ts).
  const columnSize =
    vertical && laneBands.length ? (width - g.verticalAxis - g.marginEnd - labelRoom) / laneBands.length : 0;
  const rowsFit = vertical ? Math.max(1, Math.min(g.maxRows, Math.floor((columnSize - 4) / 12))) : g.maxRows;
  const { row, bandRows } = packRows(laneBands, { boxStart, boxEnd, centre }, rowsFit);

  // Place the bands along the lane axis.
  const placedLanes: PlacedLane[] = [];
  let cursor = laneAxisStart;
  for (let b = 0; b < laneBands.length; b++) {
    const band = laneBands[b] as Band;
    const size = vertical ? columnSize : (bandRows[b] as number) * g.rowSize + 2 * g.lanePadding;
    placedLanes.push({ lanes: band.lanes, label: band.label, start: cursor, size });
    cursor += size;
  }
  const laneAxisEnd = cursor;
  const rowStep = vertical
    ? Math.min(g.rowSize, (columnSize - 2 * g.lanePadding) / Math.max(1, rowsFit))
    : g.rowSize;
  const bandCentre = placedLanes.map((lane) => lane.start + lane.size / 2);

  const marks = new PlacedMarks(drawn.length);
  const links = new PlacedLinks(Math.min(drawn.length, columns.linkLanes.length), columns.linkLanes.length);
  const barHalf = g.barSize / 2;
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k] as number;
    const band = markBand[i] as number;
    const lane = placedLanes[band] as PlacedLane;
    const rows = bandRows[band] as number;
    const laneCentre = vertical
      ? lane.start + (lane.size - rows * rowStep) / 2 + (row[i] as number) * rowStep + rowStep / 2
      : lane.start + g.lanePadding + (row[i] as number) * g.rowSize + g.rowSize / 2;
    const b0 = boxStart[i] as number;
    const b1 = boxEnd[i] as number;
    const c = centre[i] as number;
    marks.index[k] = i;
    if (vertical) {
      marks.x[k] = laneCentre - barHalf;
      marks.y[k] = b0;
      marks.w[k] = g.barSize;
      marks.h[k] = b1 - b0;
      marks.cx[k] = laneCentre;
      marks.cy[k] = c;
    } else {
      marks.x[k] = b0;
      marks.y[k] = laneCentre - barHalf;
      marks.w[k] = b1 - b0;
      marks.h[k] = g.barSize;
      marks.cx[k] = c;
      marks.cy[k] = laneCentre;
    }
    const linksFrom = columns.linkStart[i] as number;
    const linksTo = columns.linkStart[i + 1] as number;
    if (linksFrom === linksTo) continue;
    let low = laneCentre;
    let high = laneCentre;
    for (let l = linksFrom; l < linksTo; l++) {
      const ob = bandOf[columns.linkLanes[l] as number] as number;
      if (ob < 0 || ob === band || sameBandBefore(columns.linkLanes, bandOf, linksFrom, l, ob)) continue;
      const at = bandCentre[ob] as number;
      if (at < low) low = at;
      if (at > high) high = at;
      if (vertical) links.dot(at, c);
      else links.dot(c, at);
    }
    if (vertical) links.close(i, low, c, high, c);
    else links.close(i, c, low, c, high);
  }

  const scale = scaleUtc()
    .domain([dayDate(domain[0]), dayDate(domain[1])])
    .range([timeStart, timeEnd]);
  const tickCount = Math.max(2, Math.floor(timeLength / (vertical ? 80 : 90)));
  const ticks = timeTicks(scale, tickCount, options.locale);

  const laneExtent = Math.max(laneAxisEnd - laneAxisStart, g.rowSize);
  const height = vertical
    ? Math.ceil(timeEnd + g.marginEnd)
    : Math.ceil(laneAxisStart + laneExtent + g.lanePadding);
  const plot = vertical
    ? { x: laneAxisStart, y: timeStart, width: laneExtent, height: timeLength }
    : { x: timeStart, y: laneAxisStart, width: timeLength, height: laneExtent };
  const laneLabels = placedLanes.map((lane) =>
    vertical
      ? { x: lane.start, y: 0, width: lane.size, height: timeStart - 2 }
      : { x: 0, y: lane.start, width: timeStart - 2, height: lane.size },
  );
  const at = (day: number) => timeStart + (day - day0) * pxPerDay;
  const labelled = labelTimeline(view, { vertical, width, height, plot, marks, at, laneLabels });
  const layout: TimelineLayout = {
    width,
    height: labelled.height,
    orientation,
    direction: "ltr",
    plot,
    domain,
    grouped,
    lanes: placedLanes,
    marks,
    links,
    ticks,
    dense: marks.length > denseThreshold,
    labels: labelled.labels,
    eras: labelled.eras,
    unlabelled: labelled.unlabelled,
  };
  return options.direction === "rtl" ? mirrorLayout(layout) : layout;
}
