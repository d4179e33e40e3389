// What the browser view derives from the view and the reader's state: indexes by id, the time
// span, which items the filters show and which days are on screen. Pure: no DOM.

import { itemColumns } from "../../shared/timeline/columns.js";
import { dayNumber, daySpan, fullDomain, isoDay } from "../../shared/timeline/days.js";
import { narrowWidth, verticalTimeLength } from "../../shared/timeline/geometry.js";
import { layoutTimeline, type TimelineLayout } from "../../shared/timeline/layout.js";
import type { TimelineView, ViewItem } from "../../shared/timeline/view.js";
import type { PageLocale } from "../locale.js";
import { readState, type TimelineState } from "./state.js";

export interface TimelineModel {
  view: TimelineView;
  /** Every item's days, with a margin: the unzoomed time axis. */
  extent: [number, number];
  /** First day of any item and the day after the last. */
  span: [number, number];
  ids: Map<string, number>;
  laneIds: Map<string, number>;
  kindIds: Map<string, number>;
}

export function timelineModel(view: TimelineView): TimelineModel {
  const span = daySpan(view.items);
  let ids: Map<string, number> | undefined;
  return {
    view,
    extent: fullDomain(view.items, span),
    span,
    // Made when first asked (an item pinned in the address, or a click): 10,000 entries.
    get ids() {
      if (!ids) {
        ids = new Map();
        for (let i = 0; i < view.items.length; i++) ids.set((view.items[i] as ViewItem).id, i);
      }
      return ids;
    },
    laneIds: new Map(view.lanes.map((lane, i) => [lane.id, i])),
    kindIds: new Map(view.kinds.map((kind, i) => [kind, i])),
  };
}

/** The state an address asks for, keeping only the actors, kinds and items this view has. */
export function urlState(model: TimelineModel, url: URL): TimelineState {
  return readState(url, {
    actors: model.view.lanes.map((lane) => lane.id),
    kinds: model.view.kinds,
    isItem: (id) => model.ids.has(id),
  });
}

/** One byte per lane or kind (by index): 1 when chosen; undefined when every one is. */
function chosen(ids: Map<string, number>, size: number, values: readonly string[] | undefined) {
  if (!values) return undefined;
  const on = new Uint8Array(size);
  for (const value of values) {
    const index = ids.get(value);
    if (index !== undefined) on[index] = 1;
  }
  return on;
}

/**
 * The items the filters show (by view index, applied once per render): one byte per item (1:
 * shown), the same as a test per item, and how many they are. An item shows when its kind is
 * chosen and its lane, or a lane it links to, is.
 */
export function shownItems(
  model: TimelineModel,
  state: TimelineState,
): { shown: (item: ViewItem, index: number) => boolean; mask: Uint8Array; count: number } {
  const { view } = model;
  const { count: total, kind, lane, linkStart, linkLanes } = itemColumns(view);
  const lanes = chosen(model.laneIds, view.lanes.length, state.actors);
  const kinds = chosen(model.kindIds, view.kinds.length, state.kinds);
  const mask = new Uint8Array(total);
  let count = 0;
  for (let i = 0; i < total; i++) {
    let show = !kinds || kinds[kind[i] as number] === 1;
    if (show && lanes && lanes[lane[i] as number] !== 1) {
      show = false;
      for (let l = linkStart[i] as number; !show && l < (linkStart[i + 1] as number); l++)
        show = lanes[linkLanes[l] as number] === 1;
    }
    if (show) {
      mask[i] = 1;
      count++;
    }
  }
  return { shown: (_item, i) => mask[i] === 1, mask, count };
}

/** The days on the time axis: the state's range, else the whole extent. */
export function visibleDays(model: TimelineModel, state: TimelineState): [number, number] {
  const from = state.from ? dayNumber(state.from) : model.extent[0];
  const to = state.to ? dayNumber(state.to) + 1 : model.extent[1];
  return to > from ? [from, to] : model.extent;
}

/** The days shown, as a reader says them: the data's own span unless zoomed in. */
export function rangeText(model: TimelineModel, state: TimelineState, locale: PageLocale): string {
  const first = state.from ? dayNumber(state.from) : model.span[0];
  const last = state.to ? dayNumber(state.to) : model.span[1] - 1;
  const { t, day } = locale;
  return t("live.timelineRange", { from: day(isoDay(first)), to: day(isoDay(last)) });
}

/** A layout of the items a state shows, made and not yet drawn. */
export interface Laid {
  layout: TimelineLayout;
  /** One byte per item: 1 when the filters show it. */
  shown: Uint8Array;
  width: number;
  resized?: boolean;
}

/** The layout of the items `state` shows at `width` (time runs down below `narrowWidth`). */
export function layoutFor(
  model: TimelineModel,
  state: TimelineState,
  width: number,
  locale: Pick<PageLocale, "dir" | "tag">,
): Laid {
  const { mask, count } = shownItems(model, state);
  const layout = layoutTimeline(model.view, {
    width,
    orientation: width < narrowWidth ? "vertical" : "horizontal",
    domain: visibleDays(model, state),
    shownMask: mask,
    timeLength: verticalTimeLength(count),
    direction: locale.dir,
    locale: locale.tag,
  });
  return { layout, shown: mask, width };
}
