// Counts for a front page's large numbers, computed from the evidence. Which actors and events
// to count is the page's choice (story words live in page prose), not this module's.
import type { ActorKind } from "../../src/shared/enums.ts";
import { dateKey, mayBeFrom } from "../dates.ts";
import type { Actor, Evidence, EvidenceEvent } from "../model.ts";

export interface ActorsInEvents {
  actors: Actor[];
  events: EvidenceEvent[];
}

/** Actors of one kind that take part in events of one kind, from a date on (any day an event may mean on or after it). */
export function actorsInEvents(
  evidence: Evidence,
  { actorKind, eventKind, from }: { actorKind: ActorKind; eventKind: string; from?: string },
): ActorsInEvents {
  const events = evidence.events
    .rows()
    .filter((event) => event.kind === eventKind && (from === undefined || mayBeFrom(event.date, from)));
  const ids = new Set(events.flatMap((event) => event.actors));
  const actors = evidence.actors.filter((actor) => actor.kind === actorKind && ids.has(actor.id));
  return { actors, events };
}

/** Events of one kind, oldest first. */
export function eventsOfKind(evidence: Evidence, kind: string): EvidenceEvent[] {
  return evidence.events
    .rows()
    .filter((event) => event.kind === kind)
    .sort((a, b) => {
      const [ka, kb] = [dateKey(a.date), dateKey(b.date)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
