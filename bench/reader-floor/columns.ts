// The `columns-text` and `columns-strings` modes of bench/reader-floor.ts: events.csv kept as
// columns, with no object per row. A row is a number; its id is its number in the id column,
// its dates packed integers (dates.ts), its kind and status indexes into the values seen, its
// actors and sources runs of one Int32Array pool of id numbers, its free text a TextColumn.
// Every array is grown by doubling. Synthetic column order (id, date, end_date, date_note,
// actors, kind, title, summary, status, sources, notes).

import { grownInt32, grownUint8 } from "../../loaders/events/grown.ts";
import { isoOf, notPlain, packDate } from "../../loaders/events/packed-dates.ts";
import { IdIndex } from "../../loaders/validate/id-index.ts";
import { orderByDate } from "./order.ts";
import type { RecordSink } from "./records.ts";
import type { IdColumn, TextColumn } from "./text-columns.ts";

const semicolon = 59;

export class EventColumns implements RecordSink {
  size = 0;
  unknown = 0;
  /** The pieces of text rows were read from; `pieceOf[r]` is row r's. */
  readonly pieces: string[] = [];
  protected capacity = 1 << 12;
  private pieceOf = new Int32Array(this.capacity);
  protected date = new Int32Array(this.capacity);
  protected endDate = new Int32Array(this.capacity);
  /** Dates that are not plain ISO (EDTF), by text: a date column holds -2 - their number. */
  protected otherDates = new IdIndex();
  protected kind = new Uint8Array(this.capacity);
  protected status = new Uint8Array(this.capacity);
  protected kinds = new IdIndex();
  protected statuses = new IdIndex();
  /** Row r's actors are pool[lists[2r], lists[2r + 1]), its sources pool[lists[2r + 1], lists[2r + 2]). */
  protected lists = new Int32Array(2 * this.capacity + 1);
  protected pool = new Int32Array(4 * this.capacity);
  protected used = 0;

  constructor(
    readonly ids: IdColumn,
    protected readonly sources: IdIndex,
    protected readonly actors: IdIndex,
    private readonly dateNote: TextColumn,
    private readonly title: TextColumn,
    private readonly summary: TextColumn,
    private readonly notes: TextColumn,
  ) {
    for (const column of [dateNote, title, summary, notes]) column.grow(this.capacity);
  }

  piece(text: string): void {
    this.pieces.push(text);
    this.ids.piece(text);
  }

  private dateOf(text: string, start: number, end: number): number {
    const packed = packDate(text, start, end);
    if (packed !== notPlain) return packed;
    let n = this.otherDates.find(text, start, end);
    if (n < 0) {
      n = this.otherDates.size;
      this.otherDates.add(text.slice(start, end));
    }
    return -2 - n;
  }

  private static valueOf(values: IdIndex, text: string, start: number, end: number): number {
    const n = values.find(text, start, end);
    if (n >= 0) return n;
    values.add(text.slice(start, end));
    return values.size - 1;
  }

  /** Appends the id numbers of text[start, end)'s `;` items to the pool. */
  private refs(index: IdIndex, text: string, start: number, end: number): void {
    if (this.used + (end - start) / 2 + 1 > this.pool.length)
      this.pool = grownInt32(this.pool, 2 * this.pool.length + (end - start));
    const pool = this.pool;
    let p = start;
    for (let q = start; q <= end; q++) {
      if (q < end && text.charCodeAt(q) !== semicolon) continue;
      const n = index.find(text, p, q);
      pool[this.used++] = n < 0 ? this.missing(index, text, p, q) : n;
      p = q + 1;
    }
  }

  /** An item of a list that is no id of `index`: its number after all, or -1 (counted). */
  protected missing(_index: IdIndex, _text: string, _start: number, _end: number): number {
    this.unknown++;
    return -1;
  }

  /** A row whose id equals id number `first`'s. */
  protected duplicate(_first: number, text: string, start: number, end: number): void {
    throw new Error(`duplicate ${text.slice(start, end)}`);
  }

  private grow(): void {
    const capacity = 2 * this.capacity;
    this.pieceOf = grownInt32(this.pieceOf, capacity);
    this.date = grownInt32(this.date, capacity);
    this.endDate = grownInt32(this.endDate, capacity);
    this.lists = grownInt32(this.lists, 2 * capacity + 1);
    this.kind = grownUint8(this.kind, capacity);
    this.status = grownUint8(this.status, capacity);
    for (const column of [this.dateNote, this.title, this.summary, this.notes]) column.grow(capacity);
    this.capacity = capacity;
  }

  record(text: string, b: Int32Array, quoted: number): void {
    const r = this.size;
    if (r === this.capacity) this.grow();
    const first = this.ids.add(text, b[0] as number, b[1] as number);
    if (first >= 0) this.duplicate(first, text, b[0] as number, b[1] as number);
    this.pieceOf[r] = this.pieces.length - 1;
    this.date[r] = this.dateOf(text, b[2] as number, b[3] as number);
    this.endDate[r] = this.dateOf(text, b[4] as number, b[5] as number);
    this.dateNote.set(r, text, b[6] as number, b[7] as number, (quoted & (1 << 3)) !== 0);
    this.lists[2 * r] = this.used;
    this.refs(this.actors, text, b[8] as number, b[9] as number);
    this.kind[r] = EventColumns.valueOf(this.kinds, text, b[10] as number, b[11] as number);
    this.title.set(r, text, b[12] as number, b[13] as number, (quoted & (1 << 6)) !== 0);
    this.summary.set(r, text, b[14] as number, b[15] as number, (quoted & (1 << 7)) !== 0);
    this.status[r] = EventColumns.valueOf(this.statuses, text, b[16] as number, b[17] as number);
    this.lists[2 * r + 1] = this.used;
    this.refs(this.sources, text, b[18] as number, b[19] as number);
    this.lists[2 * r + 2] = this.used;
    this.notes.set(r, text, b[20] as number, b[21] as number, (quoted & (1 << 10)) !== 0);
    this.size = r + 1;
  }

  /** Row numbers in compileEvidence's order of events (by date, undated last, then by id). */
  order(): Int32Array {
    const text = (value: number) =>
      value === 0 ? undefined : value < 0 ? this.otherDates.keys[-2 - value] : isoOf(value);
    return orderByDate(this.date, this.size, text, this.ids.inOrder(), (r) => this.ids.key(r));
  }

  /** Row r as today's row object, made on demand (what a page loader's accessor would do). */
  row(r: number) {
    const { pieces } = this;
    const piece = this.pieceOf[r] as number;
    const date = (packed: number) =>
      packed === 0 ? undefined : packed < 0 ? this.otherDates.keys[-2 - packed] : isoOf(packed);
    const list = (index: IdIndex, from: number, to: number) =>
      Array.from(this.pool.subarray(this.lists[from], this.lists[to]), (n) => index.keys[n]);
    return {
      id: this.ids.key(r),
      date: date(this.date[r] as number),
      endDate: date(this.endDate[r] as number),
      dateNote: this.dateNote.at(r, pieces, piece),
      actors: list(this.actors, 2 * r, 2 * r + 1),
      kind: this.kinds.keys[this.kind[r] as number],
      title: this.title.at(r, pieces, piece),
      summary: this.summary.at(r, pieces, piece),
      status: this.statuses.keys[this.status[r] as number],
      sources: list(this.sources, 2 * r + 1, 2 * r + 2),
      notes: this.notes.at(r, pieces, piece),
    };
  }
}
