// An event table over rows already made: tests, small folders, a file read with problems. Its
// rows are the objects given (read-only, as every row is), so `row` and `rows` make nothing.
import type { EventTable, EvidenceEvent, PartialDate } from "../model.ts";
import { idsAscend, reorderedTable } from "./reordered.ts";

class RowsTable implements EventTable {
  private ascending: boolean | undefined;

  constructor(private readonly all: readonly EvidenceEvent[]) {}

  get length(): number {
    return this.all.length;
  }

  row(r: number): EvidenceEvent {
    return this.all[r] as EvidenceEvent;
  }

  rows(): readonly EvidenceEvent[] {
    return this.all;
  }

  id(r: number): string {
    return (this.all[r] as EvidenceEvent).id;
  }

  /** The row's own date object: rows made elsewhere may not share one per text (only a memo's hits depend on it). */
  date(r: number): PartialDate {
    return (this.all[r] as EvidenceEvent).date;
  }

  inIdOrder(): boolean {
    this.ascending ??= idsAscend(this);
    return this.ascending;
  }

  reordered(order: Int32Array): EventTable {
    return reorderedTable(this, order);
  }

  toJSON(): readonly EvidenceEvent[] {
    return this.all;
  }
}

/** A table of the rows given, in their order. */
export function eventTable(rows: readonly EvidenceEvent[]): EventTable {
  return new RowsTable(rows);
}
