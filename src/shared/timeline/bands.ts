// Bands: the lanes the drawn items use, in lane order, grouped by actor kind when asked.
import { type ItemColumns, itemColumns } from "./columns.js";
import type { TimelineView } from "./view.js";

export interface Band {
  lanes: number[];
  label: string;
  items: number[];
}

/** Bands of the lanes that drawn items use, in lane order; grouped by `group` when asked. */
export function bands(
  view: TimelineView,
  drawn: readonly number[],
  grouped: boolean,
  columns: ItemColumns = itemColumns(view),
): Band[] {
  const used = usedLanes(view, drawn, columns);
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

/** One byte per lane: 1 when a drawn item is in it or links to it. */
function usedLanes(view: TimelineView, drawn: readonly number[], columns: ItemColumns): Uint8Array {
  const used = new Uint8Array(view.lanes.length);
  const { lane, linkStart, linkLanes } = columns;
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k] as number;
    used[lane[i] as number] = 1;
    for (let l = linkStart[i] as number; l < (linkStart[i + 1] as number); l++)
      used[linkLanes[l] as number] = 1;
  }
  return used;
}

export function countUsedLanes(
  view: TimelineView,
  drawn: readonly number[],
  columns: ItemColumns = itemColumns(view),
): number {
  let count = 0;
  for (const used of usedLanes(view, drawn, columns)) count += used;
  return count;
}
