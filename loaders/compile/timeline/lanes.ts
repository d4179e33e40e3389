// The timeline's lanes: one per actor that some item involves, persons and apps folded into the
// organisation they belong to, ordered by actor kind, first appearance, size and name.
import { ActorKind } from "../../../src/shared/enums.ts";
import type { Actor } from "../../model.ts";
import { t } from "../../site/locale.ts";
import type { TimelineItem, TimelineLane } from "../timeline.ts";
import { byText } from "./order.ts";

/** Plural headings for lane groups ("lane.<kind>" in the catalogues: a new kind cannot be forgotten). */
export function actorKindGroup(kind: ActorKind): string {
  return t(`lane.${kind}`);
}

const foldedKinds: ReadonlySet<ActorKind> = new Set(["person", "app"]);
const kindOrder = Object.keys(ActorKind) as ActorKind[];
/** The actor whose lane `id` is drawn in: persons and apps fold into their affiliation. */
export function laneActor(id: string, actors: ReadonlyMap<string, Actor>): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const actor = actors.get(current);
    if (!actor?.affiliation || !foldedKinds.has(actor.kind) || !actors.has(actor.affiliation)) return current;
    seen.add(current);
    if (seen.has(actor.affiliation)) return current;
    current = actor.affiliation;
  }
}

export function buildLanes(
  items: readonly TimelineItem[],
  actors: ReadonlyMap<string, Actor>,
): TimelineLane[] {
  const lanes = new Map<string, TimelineLane>();
  for (const item of items) {
    for (const id of item.lanes) {
      const lane = lanes.get(id);
      if (lane) {
        lane.count += 1;
        if (item.start < lane.first) lane.first = item.start;
        continue;
      }
      const actor = actors.get(id);
      const kind = actor?.kind ?? "other";
      lanes.set(id, {
        id,
        name: actor?.name ?? id,
        kind,
        group: actorKindGroup(kind),
        members: [id],
        first: item.start,
        count: 1,
      });
    }
  }
  for (const actor of actors.values()) {
    const lane = lanes.get(laneActor(actor.id, actors));
    if (lane && lane.id !== actor.id) lane.members.push(actor.id);
  }
  return [...lanes.values()].sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      byText(a.first, b.first) ||
      b.count - a.count ||
      a.name.localeCompare(b.name, "en") ||
      byText(a.id, b.id),
  );
}
