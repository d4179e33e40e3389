// The timeline's geometry, shared by the build-time SVG (loaders/charts/timeline/) and the
// browser view (timeline.ts): pure functions from a compact view of the timeline to positions.
// It lives under src/ because Framework only bundles modules inside its root; the loaders
// re-export it from loaders/charts/timeline/layout.ts.
//
// Horizontal: time runs left to right, one band per lane, lane names in the left margin.
// Vertical (narrow screens): time runs top to bottom, one column per lane; when the columns
// would be narrower than `minColumn`, lanes are grouped by actor kind (one column per kind).
// Within a band, overlapping marks are packed into rows (at most `maxRows`; beyond that they
// overlap). Day numbers count days since 1970-01-01 (UTC), so there is no time zone anywhere.
import { scaleUtc } from "d3-scale";

export interface ViewLane {
  id: string;
  name: string;
  /** Heading of the lane's group when lanes are grouped by actor kind ("Banks"). */
  group: string;
}

export type ItemForm = "day" | "period" | "uncertain";

/** One item as the layout needs it; `kind` and lanes are indexes into the view's lists. */
export interface ViewItem {
  id: string;
  type: "event" | "statement";
  lane: number;
  /** The other lanes the item involves (cross-lane links). */
  links?: number[];
  /** First day (day number) and the day after the last day. */
  start: number;
  end: number;
  form: ItemForm;
  status?: string;
  kind: number;
  vague?: boolean;
}

/** What the page ships to the browser: items in time order. */
export interface TimelineView {
  lanes: ViewLane[];
  kinds: string[];
  items: ViewItem[];
}

/**
 * The view as the page ships it: one array per field instead of one object per item, about a
 * third of the bytes for 10,000 items. `packView` and `unpackView` are exact inverses.
 */
export interface PackedView {
  lanes: ViewLane[];
  kinds: string[];
  statuses: string[];
  id: string[];
  /** One letter per item: e(vent) or s(tatement). */
  type: string;
  /** One letter per item: d(ay), p(eriod) or u(ncertain). */
  form: string;
  lane: number[];
  start: number[];
  /** end - start */
  days: number[];
  kind: number[];
  /** Index into `statuses`, -1 for none. */
  status: number[];
  /** Indexes of the vague items. */
  vague: number[];
  /** Per linked item: its index, then the other lanes. */
  links: number[][];
}

const formLetters: Record<ItemForm, string> = { day: "d", period: "p", uncertain: "u" };
const formOfLetter: Record<string, ItemForm> = { d: "day", p: "period", u: "uncertain" };

export function packView(view: TimelineView): PackedView {
  const statuses = [...new Set(view.items.flatMap((item) => (item.status ? [item.status] : [])))].sort();
  const packed: PackedView = {
    lanes: view.lanes,
    kinds: view.kinds,
    statuses,
    id: [],
    type: "",
    form: "",
    lane: [],
    start: [],
    days: [],
    kind: [],
    status: [],
    vague: [],
    links: [],
  };
  let type = "";
  let form = "";
  view.items.forEach((item, i) => {
    packed.id.push(item.id);
    type += item.type === "statement" ? "s" : "e";
    form += formLetters[item.form];
    packed.lane.push(item.lane);
    packed.start.push(item.start);
    packed.days.push(item.end - item.start);
    packed.kind.push(item.kind);
    packed.status.push(item.status ? statuses.indexOf(item.status) : -1);
    if (item.vague) packed.vague.push(i);
    if (item.links?.length) packed.links.push([i, ...item.links]);
  });
  packed.type = type;
  packed.form = form;
  return packed;
}

export function unpackView(packed: PackedView): TimelineView {
  const items: ViewItem[] = packed.id.map((id, i) => {
    const start = packed.start[i] as number;
    const item: ViewItem = {
      id,
      type: packed.type[i] === "s" ? "statement" : "event",
      lane: packed.lane[i] as number,
      start,
      end: start + (packed.days[i] as number),
      form: formOfLetter[packed.form[i] as string] ?? "day",
      kind: packed.kind[i] as number,
    };
    const status = packed.statuses[packed.status[i] as number];
    if (status) item.status = status;
    return item;
  });
  for (const i of packed.vague) {
    const item = items[i];
    if (item) item.vague = true;
  }
  for (const [i, ...lanes] of packed.links) {
    const item = items[i as number];
    if (item) item.links = lanes;
  }
  return { lanes: packed.lanes, kinds: packed.kinds, items };
}

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
}

export interface PlacedLane {
  /** Indexes of the view's lanes in this band (several when grouped by kind). */
  lanes: number[];
  label: string;
  /** Start of the band along the lane axis (y when horizontal, x when vertical) and its size. */
  start: number;
  size: number;
}

export interface PlacedMark {
  /** Index of the item in the view. */
  index: number;
  /** Box of the mark's extent in time (a bar for periods and imprecise dates). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Centre of the status symbol. */
  cx: number;
  cy: number;
}

/**
 * Every drawn mark, in time order, as parallel arrays: no object per mark, because tens of
 * thousands are laid out again on every filter change. `at(m)` gives one mark as an object.
 */
export class PlacedMarks implements Iterable<PlacedMark> {
  readonly index: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly h: Float64Array;
  readonly cx: Float64Array;
  readonly cy: Float64Array;

  constructor(readonly length: number) {
    this.index = new Int32Array(length);
    this.x = new Float64Array(length);
    this.y = new Float64Array(length);
    this.w = new Float64Array(length);
    this.h = new Float64Array(length);
    this.cx = new Float64Array(length);
    this.cy = new Float64Array(length);
  }

  at(m: number): PlacedMark | undefined {
    if (m < 0 || m >= this.length) return undefined;
    return {
      index: this.index[m] as number,
      x: this.x[m] as number,
      y: this.y[m] as number,
      w: this.w[m] as number,
      h: this.h[m] as number,
      cx: this.cx[m] as number,
      cy: this.cy[m] as number,
    };
  }

  /** The position of the mark of item `index` (view index), or -1: marks are in item order. */
  find(index: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.index[middle] as number;
      if (at === index) return middle;
      if (at < index) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  *[Symbol.iterator](): Iterator<PlacedMark> {
    for (let m = 0; m < this.length; m++) yield this.at(m) as PlacedMark;
  }
}

export interface PlacedLink {
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the link meets the other lanes. */
  dots: { x: number; y: number }[];
}

export interface Tick {
  /** Position along the time axis (x when horizontal, y when vertical). */
  at: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  orientation: Orientation;
  /** The area the marks are drawn in. */
  plot: { x: number; y: number; width: number; height: number };
  domain: [number, number];
  /** True when lanes were grouped by actor kind to fit. */
  grouped: boolean;
  lanes: PlacedLane[];
  /** One mark per drawn item, in time order. */
  marks: PlacedMarks;
  links: PlacedLink[];
  ticks: Tick[];
  /** Beyond `denseThreshold` marks, renderers draw on canvas or aggregate. */
  dense: boolean;
}

export const geometry = {
  symbolSize: 10,
  barSize: 8,
  rowSize: 14,
  lanePadding: 3,
  maxRows: 6,
  minColumn: 26,
  axisSize: 26,
  verticalAxis: 52,
  verticalHeader: 112,
  marginEnd: 14,
} as const;

/** Beyond this many items, one DOM node per mark is too slow: draw on canvas, or aggregate. */
export const denseThreshold = 1500;

const msPerDay = 86_400_000;

/** How long the time axis of a vertical layout is: longer with more items, within limits. */
export function verticalTimeLength(items: number): number {
  return Math.round(Math.min(2400, Math.max(640, items * 9)));
}

/** Days since 1970-01-01 of an ISO day (YYYY-MM-DD), in UTC. */
export function dayNumber(iso: string): number {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Every item's days, with a margin of 2% (at least a day) on each side. */
export function fullDomain(items: readonly ViewItem[]): [number, number] {
  if (!items.length) return [0, 1];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.start < first) first = item.start;
    if (item.end > last) last = item.end;
  }
  const margin = Math.max(1, Math.round((last - first) * 0.02));
  return [first - margin, last + margin];
}

interface Band {
  lanes: number[];
  label: string;
  items: number[];
}

/** Bands of the lanes that drawn items use, in lane order; grouped by `group` when asked. */
function bands(view: TimelineView, drawn: readonly number[], grouped: boolean): Band[] {
  const used = new Uint8Array(view.lanes.length);
  for (const i of drawn) {
    const item = view.items[i] as ViewItem;
    used[item.lane] = 1;
    for (const lane of item.links ?? []) used[lane] = 1;
  }
  const result: Band[] = [];
  const byKey = new Map<string, Band>();
  view.lanes.forEach((lane, index) => {
    if (!used[index]) return;
    const key = grouped ? lane.group : lane.id;
    const band = byKey.get(key);
    if (band) band.lanes.push(index);
    else {
      const created = { lanes: [index], label: grouped ? lane.group : lane.name, items: [] };
      byKey.set(key, created);
      result.push(created);
    }
  });
  return result;
}

function countUsedLanes(view: TimelineView, drawn: readonly number[]): number {
  const used = new Set<number>();
  for (const i of drawn) {
    const item = view.items[i] as ViewItem;
    used.add(item.lane);
    for (const lane of item.links ?? []) used.add(lane);
  }
  return used.size;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function layoutTimeline(view: TimelineView, options: LayoutOptions): TimelineLayout {
  // Plain loops and typed arrays: this runs on every filter change, often before the engine
  // has optimised it, over up to tens of thousands of items.
  const g = geometry;
  const items = view.items;
  const count = items.length;
  const orientation = options.orientation ?? "horizontal";
  const vertical = orientation === "vertical";
  const width = Math.max(200, Math.floor(options.width));
  const domain: [number, number] = options.domain
    ? [options.domain[0], options.domain[1]]
    : fullDomain(items);
  if (domain[1] <= domain[0]) domain[1] = domain[0] + 1;

  const drawn: number[] = [];
  const shown = options.shown;
  for (let i = 0; i < count; i++) {
    const item = items[i] as ViewItem;
    if (item.end > domain[0] && item.start < domain[1] && (!shown || shown(item, i))) drawn.push(i);
  }

  // The lane axis: bands of lanes (grouped by kind when narrow columns would not fit).
  const laneAxisStart = vertical ? g.verticalAxis : g.axisSize;
  let grouped = false;
  if (vertical) {
    const available = width - g.verticalAxis - g.marginEnd;
    grouped = countUsedLanes(view, drawn) * g.minColumn > available;
  }
  const laneBands = bands(view, drawn, grouped);
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

  // Time extent of every drawn item: box start, box end, symbol centre.
  const half = g.symbolSize / 2;
  const boxStart = new Float64Array(count);
  const boxEnd = new Float64Array(count);
  const centre = new Float64Array(count);
  const markBand = new Int32Array(count).fill(-1);
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k] as number;
    const item = items[i] as ViewItem;
    const band = bandOf[item.lane] as number;
    if (band < 0) continue;
    markBand[i] = band;
    (laneBands[band] as Band).items.push(i);
    const a = timeStart + (item.start - day0) * pxPerDay;
    const b = timeStart + (item.end - day0) * pxPerDay;
    if (item.form === "day") {
      const c = Math.min(timeEnd, Math.max(timeStart, (a + b) / 2));
      boxStart[i] = c - half;
      boxEnd[i] = c + half;
      centre[i] = c;
    } else {
      const from = Math.max(a, timeStart);
      const to = Math.max(Math.min(b, timeEnd), from + 2);
      boxStart[i] = from;
      boxEnd[i] = to;
      // A period's symbol marks where it began; an imprecise date's, the middle of its range.
      centre[i] = item.form === "period" ? from : (from + to) / 2;
    }
  }

  // Rows within each band: first row free at the item's start, else a new row, else the row
  // that frees up first (beyond maxRows marks overlap).
  const columnSize =
    vertical && laneBands.length ? (width - g.verticalAxis - g.marginEnd) / laneBands.length : 0;
  const rowsFit = vertical ? Math.max(1, Math.min(g.maxRows, Math.floor((columnSize - 4) / 12))) : g.maxRows;
  const row = new Int32Array(count);
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
  const links: PlacedLink[] = [];
  const barHalf = g.barSize / 2;
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k] as number;
    const band = markBand[i] as number;
    const item = items[i] as ViewItem;
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
    const other = item.links;
    if (!other?.length) continue;
    let low = laneCentre;
    let high = laneCentre;
    const dots: { x: number; y: number }[] = [];
    const seen: number[] = [];
    for (const linked of other) {
      const ob = bandOf[linked] as number;
      if (ob < 0 || ob === band || seen.includes(ob)) continue;
      seen.push(ob);
      const at = bandCentre[ob] as number;
      if (at < low) low = at;
      if (at > high) high = at;
      dots.push(vertical ? { x: at, y: c } : { x: c, y: at });
    }
    if (dots.length)
      links.push(
        vertical
          ? { index: i, x1: low, y1: c, x2: high, y2: c, dots }
          : { index: i, x1: c, y1: low, x2: c, y2: high, dots },
      );
  }

  const scale = scaleUtc()
    .domain([new Date(domain[0] * msPerDay), new Date(domain[1] * msPerDay)])
    .range([timeStart, timeEnd]);
  const tickCount = Math.max(2, Math.floor(timeLength / (vertical ? 80 : 90)));
  const format = scale.tickFormat(tickCount);
  const ticks = scale.ticks(tickCount).map((date) => ({ at: scale(date), label: format(date) }));

  const laneExtent = Math.max(laneAxisEnd - laneAxisStart, g.rowSize);
  const height = vertical
    ? Math.ceil(timeEnd + g.marginEnd)
    : Math.ceil(laneAxisStart + laneExtent + g.lanePadding);
  return {
    width,
    height,
    orientation,
    plot: vertical
      ? { x: laneAxisStart, y: timeStart, width: laneExtent, height: timeLength }
      : { x: timeStart, y: laneAxisStart, width: timeLength, height: laneExtent },
    domain,
    grouped,
    lanes: placedLanes,
    marks,
    links,
    ticks,
    dense: marks.length > denseThreshold,
  };
}

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

// Status is drawn as a shape as well as a colour, so it reads without colour vision.
export type SymbolName = "circle" | "diamond" | "triangle" | "cross" | "square";

export const statusSymbols: Readonly<Record<string, SymbolName>> = {
  confirmed: "circle",
  reported: "diamond",
  disputed: "triangle",
  denied: "cross",
};

/** Statements carry no status; they are drawn as squares. */
export const statementSymbol: SymbolName = "square";

export function itemSymbol(item: Pick<ViewItem, "type" | "status">): SymbolName {
  if (item.type === "statement" || !item.status) return statementSymbol;
  return statusSymbols[item.status] ?? "circle";
}

/** The CSS class that colours an item: its status, or `tl-statement`. */
export function itemClass(item: Pick<ViewItem, "type" | "status">): string {
  return item.type === "statement" || !item.status ? "tl-statement" : `tl-status-${item.status}`;
}

const crossPoints: [number, number][] = (() => {
  const arm = 0.17;
  const plus: [number, number][] = [
    [arm, -0.5],
    [arm, -arm],
    [0.5, -arm],
    [0.5, arm],
    [arm, arm],
    [arm, 0.5],
    [-arm, 0.5],
    [-arm, arm],
    [-0.5, arm],
    [-0.5, -arm],
    [-arm, -arm],
    [-arm, -0.5],
  ];
  const k = Math.SQRT1_2 * 1.25;
  return plus.map(([x, y]) => [(x - y) * k, (x + y) * k]);
})();

/** A symbol's outline as points around its centre, for a symbol `size` px across (circles: none). */
export function symbolPoints(symbol: SymbolName, size: number): [number, number][] {
  const r = size / 2;
  switch (symbol) {
    case "diamond":
      return [
        [0, -r * 1.25],
        [r * 1.25, 0],
        [0, r * 1.25],
        [-r * 1.25, 0],
      ];
    case "triangle":
      return [
        [0, -r * 1.2],
        [r * 1.15, r * 0.85],
        [-r * 1.15, r * 0.85],
      ];
    case "square":
      return [
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ];
    case "cross":
      return crossPoints.map(([x, y]) => [x * size, y * size]);
    default:
      return [];
  }
}

/** SVG path data of a symbol centred on (cx, cy). */
export function symbolPath(symbol: SymbolName, cx: number, cy: number, size: number): string {
  if (symbol === "circle") {
    const r = size / 2;
    return `M${round(cx + r)},${round(cy)}A${r},${r} 0 1,1 ${round(cx - r)},${round(cy)}A${r},${r} 0 1,1 ${round(cx + r)},${round(cy)}Z`;
  }
  const points = symbolPoints(symbol, size);
  return `M${points.map(([x, y]) => `${round(cx + x)},${round(cy + y)}`).join("L")}Z`;
}
