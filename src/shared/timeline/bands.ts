// Bands: the lanes the drawn items use, in lane order, grouped by actor kind when asked.
import type { TimelineView, ViewItem } from "./view.js";

export interface Band {
  lanes: number[];
  label: string;
  items: number[];
}

/** Bands of the lanes that drawn items use, in lane order; grouped by `group` when asked. */
export function bands(view: TimelineView, drawn: readonly number[], grouped: boolean): Band[] {
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

export function countUsedLanes(view: TimelineView, drawn: readonly number[]): number {
  const used = new Uint8Array(view.lanes.length);
  let count = 0;
  const use = (lane: number) => {
    if (used[lane]) return;
    used[lane] = 1;
    count++;
  };
  for (const i of drawn) {
    const item = view.items[i] as ViewItem;
    use(item.lane);
    for (const lane of item.links ?? []) use(lane);
  }
  return count;
}
