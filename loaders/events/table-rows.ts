// Any table of the evidence read the same way, for code that walks every table by name: the
// events are a table (made into objects on request), the others arrays of rows.
import type { Evidence, EvidenceEvent, TableName } from "../model.ts";

/** The row type of a table of the evidence. */
export type TableRow<N extends TableName> = N extends "events"
  ? EvidenceEvent
  : Evidence[N] extends readonly (infer R)[]
    ? R
    : never;

/** The table's rows as objects, in its order. */
export function tableRows<N extends TableName>(evidence: Evidence, name: N): readonly TableRow<N>[] {
  return (name === "events" ? evidence.events.rows() : evidence[name]) as readonly TableRow<N>[];
}

/** The table's ids, in its order; the events' without making their objects. */
export function tableIds(evidence: Evidence, name: TableName): string[] {
  if (name !== "events") return (evidence[name] as readonly { id: string }[]).map((row) => row.id);
  const events = evidence.events;
  return Array.from({ length: events.length }, (_, r) => events.id(r));
}
