// Events as columns (EventTable): a row is a number. Its id is a range of the text it was read
// from (range-ids.ts), its dates packed integers (packed-dates.ts; other forms by number in a
// side table), kind and status small integers, actors and sources runs of one Int32Array pool
// of id numbers in their tables, free text ranges of the text (text-ranges.ts); the pieces of
// text are kept whole. read.ts fills it; a row's object is made when asked for, equal to the
// one validate.ts's reader makes of the same cells.

import type { EventStatus } from "../../src/shared/enums.ts";
import { parseDate } from "../dates.ts";
import type { EventTable, EvidenceEvent, PartialDate } from "../model.ts";
import { IdIndex } from "../validate/id-index.ts";
import type { Ids } from "../validate/ids.ts";
import { grownInt32, grownUint8 } from "./grown.ts";
import { isoOf } from "./packed-dates.ts";
import { RangeIds } from "./range-ids.ts";
import { reorderedTable } from "./reordered.ts";
import { TextRanges } from "./text-ranges.ts";

const noExtra: Record<string, string> = Object.freeze({}) as Record<string, string>;

export class EventColumns implements EventTable {
  length = 0;
  capacity = 1 << 12;
  /** The pieces of text rows were read from; `pieceOf[r]` is row r's. */
  readonly pieces: string[] = [];
  pieceOf = new Int32Array(this.capacity);
  readonly ids = new RangeIds(this.pieces);
  /** The line each row starts on. */
  lines = new Int32Array(this.capacity);
  /** Packed dates (> 0), 0 for none, or -1 - n for `otherDates[n]`. */
  startDate = new Int32Array(this.capacity);
  endDate = new Int32Array(this.capacity);
  /** Dates that are not plain, by text, and their values (the same number). */
  readonly otherTexts = new IdIndex();
  readonly otherDates: PartialDate[] = [];
  /** One object per plain date, made when a row's date is first asked for. */
  private readonly plainDates = new Map<number, PartialDate>();
  kind = new Uint8Array(this.capacity);
  status = new Uint8Array(this.capacity);
  readonly kinds = new IdIndex();
  readonly statuses = new IdIndex();
  /** Row r's actors are pool[lists[2r], lists[2r + 1]), its sources pool[lists[2r + 1], lists[2r + 2]). */
  lists = new Int32Array(2 * this.capacity + 1);
  pool = new Int32Array(4 * this.capacity);
  used = 0;
  readonly dateNote = new TextRanges();
  readonly title = new TextRanges();
  readonly summary = new TextRanges();
  readonly notes = new TextRanges();
  /** Columns the contract does not name, by name, kept verbatim. */
  readonly extras: [string, TextRanges][];
  private made: readonly EvidenceEvent[] | undefined;

  constructor(
    private readonly actors: Ids,
    private readonly sources: Ids,
    extraNames: readonly string[],
  ) {
    this.extras = extraNames.map((name) => [name, new TextRanges()]);
    for (const column of this.texts()) column.grow(this.capacity);
  }

  private texts(): TextRanges[] {
    return [this.dateNote, this.title, this.summary, this.notes, ...this.extras.map(([, c]) => c)];
  }

  grow(): void {
    const capacity = 2 * this.capacity;
    this.pieceOf = grownInt32(this.pieceOf, capacity);
    this.lines = grownInt32(this.lines, capacity);
    this.startDate = grownInt32(this.startDate, capacity);
    this.endDate = grownInt32(this.endDate, capacity);
    this.lists = grownInt32(this.lists, 2 * capacity + 1);
    this.kind = grownUint8(this.kind, capacity);
    this.status = grownUint8(this.status, capacity);
    for (const column of this.texts()) column.grow(capacity);
    this.capacity = capacity;
  }

  /** Room in the pool for `more` id numbers. */
  reserve(more: number): void {
    if (this.used + more > this.pool.length) this.pool = grownInt32(this.pool, 2 * this.pool.length + more);
  }

  /** A date column's value as the date it stands for. */
  dateOf(value: number): PartialDate {
    if (value < 0) return this.otherDates[-1 - value] as PartialDate;
    let date = this.plainDates.get(value);
    if (date === undefined) {
      date = parseDate(isoOf(value)) as PartialDate;
      this.plainDates.set(value, date);
    }
    return date;
  }

  row(r: number): EvidenceEvent {
    if (!(r >= 0 && r < this.length)) throw new RangeError(`row ${r} of ${this.length}`);
    const piece = this.pieces[this.pieceOf[r] as number] as string;
    const end = this.endDate[r] as number;
    return {
      id: this.ids.key(r),
      date: this.dateOf(this.startDate[r] as number),
      endDate: end === 0 ? undefined : this.dateOf(end),
      dateNote: this.dateNote.at(r, piece),
      actors: this.list(this.actors, 2 * r),
      kind: this.kinds.key(this.kind[r] as number),
      title: this.title.at(r, piece) as string,
      summary: this.summary.at(r, piece),
      status: this.statuses.key(this.status[r] as number) as EventStatus,
      sources: this.list(this.sources, 2 * r + 1),
      notes: this.notes.at(r, piece),
      extra: this.extra(r, piece),
    };
  }

  private list(ids: Ids, at: number): string[] {
    const from = this.lists[at] as number;
    const list = new Array<string>((this.lists[at + 1] as number) - from);
    for (let k = 0; k < list.length; k++) list[k] = ids.key(this.pool[from + k] as number);
    return list;
  }

  /** As validate.ts's reader makes it: one shared frozen {} when the file has no extra column. */
  private extra(r: number, piece: string): Record<string, string> {
    if (this.extras.length === 0) return noExtra;
    const extra: Record<string, string> = {};
    for (const [name, column] of this.extras) extra[name] = column.at(r, piece) as string;
    return extra;
  }

  rows(): readonly EvidenceEvent[] {
    this.made ??= Array.from({ length: this.length }, (_, r) => this.row(r));
    return this.made;
  }

  id(r: number): string {
    return this.ids.key(r);
  }

  date(r: number): PartialDate {
    return this.dateOf(this.startDate[r] as number);
  }

  inIdOrder(): boolean {
    return this.ids.inOrder();
  }

  reordered(order: Int32Array): EventTable {
    return reorderedTable(this, order);
  }

  toJSON(): readonly EvidenceEvent[] {
    return this.rows();
  }
}
