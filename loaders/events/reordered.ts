// The rows of an event table in another order, as a view: nothing is copied but the order, and
// each answer is the underlying table's for row order[r]. Any table's `reordered` may return it.
import type { EventTable, EvidenceEvent, PartialDate } from "../model.ts";

/** Whether the table's ids ascend (`<=`, plain string comparison) in its order. */
export function idsAscend(table: Pick<EventTable, "length" | "id">): boolean {
  let before = table.length ? table.id(0) : "";
  for (let r = 1; r < table.length; r++) {
    const id = table.id(r);
    if (before > id) return false;
    before = id;
  }
  return true;
}

class ReorderedTable implements EventTable {
  private made: readonly EvidenceEvent[] | undefined;
  private ascending: boolean | undefined;

  constructor(
    private readonly base: EventTable,
    private readonly order: Int32Array,
  ) {}

  get length(): number {
    return this.order.length;
  }

  row(r: number): EvidenceEvent {
    return this.base.row(this.at(r));
  }

  /** Made from `row`, not from the underlying table's kept rows, so reading it in this order keeps one set of objects. */
  rows(): readonly EvidenceEvent[] {
    this.made ??= Array.from(this.order, (r) => this.base.row(r));
    return this.made;
  }

  id(r: number): string {
    return this.base.id(this.at(r));
  }

  date(r: number): PartialDate {
    return this.base.date(this.at(r));
  }

  inIdOrder(): boolean {
    this.ascending ??= idsAscend(this);
    return this.ascending;
  }

  /** One view over the underlying table, not a view of a view. */
  reordered(order: Int32Array): EventTable {
    return new ReorderedTable(
      this.base,
      order.map((r) => this.at(r)),
    );
  }

  toJSON(): readonly EvidenceEvent[] {
    return this.rows();
  }

  private at(r: number): number {
    if (!(r >= 0 && r < this.order.length)) throw new RangeError(`row ${r} of ${this.order.length}`);
    return this.order[r] as number;
  }
}

/** The table's rows in `order`: row i of the result is row order[i] of `table`. */
export function reorderedTable(table: EventTable, order: Int32Array): EventTable {
  return new ReorderedTable(table, order);
}
