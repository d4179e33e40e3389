// Evidence from plain rows, as tests write them: the events as an array (wrapped in a table as
// the loader's own table of rows), any table left out empty.
import { eventTable } from "../../loaders/events/rows-table.ts";
import type { EventTable, Evidence, EvidenceEvent } from "../../loaders/model.ts";
import { emptyEvidence } from "../../loaders/validate.ts";

export type PlainEvidence = Partial<Omit<Evidence, "events">> & {
  events?: readonly EvidenceEvent[] | EventTable;
};

export function evidenceFrom(tables: PlainEvidence): Evidence {
  const { events = [], ...rest } = tables;
  return { ...emptyEvidence(), ...rest, events: "rows" in events ? events : eventTable(events) };
}
