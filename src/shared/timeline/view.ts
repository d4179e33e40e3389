// The compact view of a timeline that the build ships to the browser, and its packed form:
// lanes and kinds once, items with day numbers and indexes (their text stays in the page).
export interface ViewLane {
  id: string;
  name: string;
  /** Heading of the lane's group when lanes are grouped by actor kind ("Banks"). */
  group: string;
}

/**
 * How an item occupies time: `day` happened on one known day; `period` lasted from `date` to
 * `end_date`; `uncertain` happened at some point within a month, a year or an EDTF interval,
 * or on a day the evidence is not sure of (2018-08-06~).
 */
export type ItemForm = "day" | "period" | "uncertain";

/**
 * How a dated mark's edges are drawn (EDTF): soft where approximate, fading toward an open side,
 * marked where uncertain. Items and spans of time (eras) carry the same flags, drawn alike.
 */
export interface EdgeFlags {
  /** Soft at both ends: approximate. */
  vague?: boolean;
  /** One soft end (an interval's approximate side). */
  softStart?: boolean;
  softEnd?: boolean;
  /** An open side: the days given are the known side's; the mark fades away from them. */
  openStart?: boolean;
  openEnd?: boolean;
  /** Uncertain (?): marked as such. */
  doubt?: boolean;
}

/** One item as the layout needs it; `kind` and lanes are indexes into the view's lists. */
export interface ViewItem extends EdgeFlags {
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
}

/** The flags of uncertain dates, each packed as the indexes of the items that have it. */
export const dateFlags = ["softStart", "softEnd", "openStart", "openEnd", "doubt"] as const;
export type DateFlag = (typeof dateFlags)[number];

/**
 * A key moment named on the chart: a label on an item, or on a span of days (an era), whose
 * edges are drawn as an item's would be for the same dates.
 */
export interface ViewAnnotation extends EdgeFlags {
  id: string;
  /** The words drawn on the chart. */
  label: string;
  /** The item it names (index into items); absent for a span of days. */
  item?: number;
  /** A span: its first day and the day after its last. */
  start?: number;
  end?: number;
  /** Its place in the guided story. */
  step?: number;
}

/** What the page ships to the browser: items in time order. */
export interface TimelineView {
  lanes: ViewLane[];
  kinds: string[];
  items: ViewItem[];
  /** In the order of annotations.csv. */
  annotations?: ViewAnnotation[];
  /** The glyph beside an uncertain date's mark, in the site's language ("?", Arabic "؟"). */
  doubtMark?: string;
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
  /** Indexes of the items with each flag of uncertain dates; absent when none has it. */
  flags?: Partial<Record<DateFlag, number[]>>;
  /** Per linked item: its index, then the other lanes. */
  links: number[][];
  annotations?: ViewAnnotation[];
  doubtMark?: string;
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
    for (const flag of dateFlags) {
      if (!item[flag]) continue;
      const flags = packed.flags ?? {};
      packed.flags = flags;
      const list = flags[flag] ?? [];
      flags[flag] = list;
      list.push(i);
    }
    if (item.links?.length) packed.links.push([i, ...item.links]);
  });
  packed.type = type;
  packed.form = form;
  if (view.annotations?.length) packed.annotations = view.annotations;
  if (view.doubtMark) packed.doubtMark = view.doubtMark;
  return packed;
}

export function unpackView(packed: PackedView): TimelineView {
  // Every item gets every field, in one order (absent ones undefined): objects of one shape keep
  // the layout's loops over 10,000 items monomorphic, several times faster than a dozen shapes.
  const items: ViewItem[] = packed.id.map((id, i): ViewItem => {
    const start = packed.start[i] as number;
    return {
      id,
      type: packed.type[i] === "s" ? "statement" : "event",
      lane: packed.lane[i] as number,
      links: undefined,
      start,
      end: start + (packed.days[i] as number),
      form: formOfLetter[packed.form[i] as string] ?? "day",
      status: packed.statuses[packed.status[i] as number],
      kind: packed.kind[i] as number,
      vague: undefined,
      softStart: undefined,
      softEnd: undefined,
      openStart: undefined,
      openEnd: undefined,
      doubt: undefined,
    };
  });
  for (const i of packed.vague) {
    const item = items[i];
    if (item) item.vague = true;
  }
  for (const flag of dateFlags)
    for (const i of packed.flags?.[flag] ?? []) {
      const item = items[i];
      if (item) item[flag] = true;
    }
  for (const [i, ...lanes] of packed.links) {
    const item = items[i as number];
    if (item) item.links = lanes;
  }
  const view: TimelineView = { lanes: packed.lanes, kinds: packed.kinds, items };
  if (packed.annotations?.length) view.annotations = packed.annotations;
  if (packed.doubtMark) view.doubtMark = packed.doubtMark;
  return view;
}
