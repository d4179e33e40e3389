// The compact form of a compiled timeline that the page ships to the browser: lanes and kinds
// once, items with day numbers and indexes (text stays in the page's list, not in the JSON).

import { dayNumber } from "../../../src/shared/timeline/days.ts";
import {
  dateFlags,
  packView,
  type TimelineView,
  type ViewAnnotation,
  type ViewItem,
} from "../../../src/shared/timeline/view.ts";
import { dateEdges } from "../../compile/timeline/edges.ts";
import { statementItemId, type Timeline } from "../../compile/timeline.ts";
import { firstDay, lastDay } from "../../dates.ts";
import type { Annotation } from "../../model.ts";
import { t } from "../../site/locale.ts";
import { kindText } from "./list.ts";

/** The annotations the timeline draws: those on its events and statements, and spans of time. */
export function viewAnnotations(timeline: Timeline, annotations: readonly Annotation[]): ViewAnnotation[] {
  const itemIndex = new Map(timeline.items.map((item, i) => [item.id, i]));
  return annotations.flatMap((a): ViewAnnotation[] => {
    const base: ViewAnnotation = { id: a.id, label: a.label };
    if (a.step !== undefined) base.step = a.step;
    if (a.target === undefined) {
      if (!a.date || !a.endDate) return [];
      // Its edges as an item's with the same dates: soft, fading or marked (compile/timeline/edges.ts).
      const { bothSoft, ...edges } = dateEdges(a.date, a.endDate);
      const start = dayNumber(firstDay(a.date));
      return [
        {
          ...base,
          start,
          end: dayNumber(lastDay(a.endDate)) + 1,
          ...(bothSoft ? { vague: true } : {}),
          ...edges,
        },
      ];
    }
    const item = itemIndex.get(a.target) ?? itemIndex.get(statementItemId(a.target));
    return item === undefined ? [] : [{ ...base, item }];
  });
}

/** Whether an era's dates are uncertain (?): its band is marked with the same glyph as an item's. */
function eraDoubt(annotations: readonly Annotation[]): boolean {
  return annotations.some(
    (a) => a.target === undefined && a.date && a.endDate && dateEdges(a.date, a.endDate).doubt,
  );
}

export function timelineView(timeline: Timeline, annotations: readonly Annotation[] = []): TimelineView {
  const laneIndex = new Map(timeline.lanes.map((lane, i) => [lane.id, i]));
  const kinds = timeline.kinds.map((k) => k.kind);
  const kindIndex = new Map(kinds.map((kind, i) => [kind, i]));
  return {
    lanes: timeline.lanes.map((lane) => ({ id: lane.id, name: lane.name, group: lane.group })),
    kinds: kinds.map(kindText),
    items: timeline.items.map((item) => {
      const links = item.lanes
        .slice(1)
        .map((id) => laneIndex.get(id) ?? -1)
        .filter((i) => i >= 0);
      const view: ViewItem = {
        id: item.id,
        type: item.type,
        lane: laneIndex.get(item.lane) ?? 0,
        start: dayNumber(item.start),
        end: dayNumber(item.end) + 1,
        form: item.form,
        kind: kindIndex.get(item.kind) ?? 0,
      };
      if (links.length) view.links = links;
      if (item.status) view.status = item.status;
      if (item.vague) view.vague = true;
      for (const flag of dateFlags) if (item[flag]) view[flag] = true;
      return view;
    }),
    ...(annotations.length ? { annotations: viewAnnotations(timeline, annotations) } : {}),
    ...(timeline.items.some((item) => item.doubt) || eraDoubt(annotations)
      ? { doubtMark: t("timeline.doubtMark") }
      : {}),
  };
}

/** The packed view as JSON safe inside a <script> element of a Framework page: no `<`, `$` or backtick. */
export function viewJson(view: TimelineView): string {
  return JSON.stringify(packView(view)).replace(
    /[<>$`&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
