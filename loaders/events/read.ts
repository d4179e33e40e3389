// events.csv read straight into columns (columns.ts), when nothing in it would give a problem:
// every check validate.ts's reader makes of an events cell is made here over the character
// codes where the cell stands (trimming as String.prototype.trim, required cells, the id a slug
// used once and in no earlier table a target may name, dates as dates.ts reads them, an end not
// before its start, list items none empty and each an id of its table, the kind a slug, the
// status one of EventStatus). Anything that check would report or warn about, and anything this
// reader does not read the same way, declines the file (Declined): nothing is kept of it and
// validate.ts reads it again, for its messages. So no message is made here.

import type { Cell } from "../csv.ts";
import { endsBefore } from "../dates.ts";
import { events } from "../schema/events.ts";
import type { Column } from "../schema/types.ts";
import { Invalid, readCell } from "../validate/cell.ts";
import { checkHeader } from "../validate/header.ts";
import type { IdIndex } from "../validate/id-index.ts";
import type { Ids } from "../validate/ids.ts";
import type { Table } from "../validate/table.ts";
import { EventColumns } from "./columns.ts";
import { Declined } from "./declined.ts";
import { noDate, notPlain, packDate, packedEndsBefore } from "./packed-dates.ts";
import { fieldsAtMost, isBlank, isSpace, type RecordSink } from "./records.ts";
import { isSlugRange } from "./schema-check.ts";
import type { TextRanges } from "./text-ranges.ts";

const semicolon = 59;
/** Kinds and statuses compared one by one before their index is asked. */
const fewAtMost = 16;
const column = (name: string) => events.columns.find((c) => c.name === name) as Column;
const dateColumn = column("date");
/** The columns by number in the schema (schema-check.ts holds the schema to this order). */
const id = 0;
const date = 1;
const endDate = 2;
const dateNote = 3;
const actors = 4;
const kind = 5;
const title = 6;
const summary = 7;
const status = 8;
const sources = 9;
const notes = 10;
const statuses = (column("status") as Column & { values: Readonly<Record<string, string>> }).values;

export class EventReader implements RecordSink {
  columns: EventColumns | undefined;
  table: Table | undefined;
  /** Field number in the file of each schema column, in schema order (-1: an optional column absent). */
  private readonly at = new Int32Array(events.columns.length);
  /** Bits of the fields that are not free text: a doubled quote in one declines. */
  private notText = 0;
  private extraAt: number[] = [];
  /** The bounds of the last range trimmed. */
  private start = 0;
  private end = 0;

  constructor(
    private readonly file: string,
    private readonly actors: Table,
    private readonly sources: Table,
  ) {}

  piece(text: string): void {
    this.columns?.pieces.push(text);
  }

  header(text: string, bounds: Int32Array, fields: number): void {
    if (fields > fieldsAtMost) throw new Declined("more fields than the reader holds");
    const cells: Cell[] = [];
    for (let i = 0; i < fields; i++) {
      const value = text.slice(bounds[2 * i], bounds[2 * i + 1]);
      if (value.includes('"')) throw new Declined("a quote in the header");
      cells.push({ value: value.trim(), column: i + 1 });
    }
    const header = checkHeader(events, this.file, cells, false);
    if (header.problems.length || !header.usable) throw new Declined("the header");
    for (const [i, c] of events.columns.entries()) {
      const at = header.index.get(c.name) ?? -1;
      this.at[i] = at;
      if (at >= 0 && c.type !== "text") this.notText |= 1 << at;
    }
    this.extraAt = header.extra.map(([, at]) => at);
    const columns = new EventColumns(
      this.actors.ids,
      this.sources.ids,
      header.extra.map(([name]) => name),
    );
    columns.pieces.push(text);
    this.columns = columns;
    const idAt = this.at[id] as number;
    this.table = {
      schema: events,
      file: this.file,
      header,
      width: fields,
      ids: columns.ids,
      lines: [],
      id: events.columns[id] as Column,
      idAt,
    };
  }

  /** Trims text[start, end) as String.prototype.trim would, into this.start and this.end. */
  private trim(text: string, start: number, end: number): void {
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (start < end && first > 32 && first < 127 && last > 32 && last < 127) {
      this.start = start;
      this.end = end;
      return;
    }
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    this.start = start;
    this.end = end;
  }

  /** Field `at`'s cell, trimmed, into this.start and this.end (empty for an absent column). */
  private cell(text: string, b: Int32Array, at: number): void {
    if (at < 0) {
      this.start = this.end = 0;
      return;
    }
    this.trim(text, b[2 * at] as number, b[2 * at + 1] as number);
  }

  record(text: string, b: Int32Array, quoted: number, line: number): void {
    const c = this.columns as EventColumns;
    const at = this.at;
    if ((quoted & this.notText) !== 0) throw new Declined("doubled quotes in a cell that is not free text");
    const r = c.length;
    if (r === c.capacity) c.grow();
    this.cell(text, b, at[id] as number);
    if (!isSlugRange(text, this.start, this.end)) throw new Declined("an id that is not a slug");
    if (c.ids.add(text, this.start, this.end) >= 0) throw new Declined("an id used before");
    c.lines[r] = line;
    c.pieceOf[r] = c.pieces.length - 1;
    const start = this.date(c, text, b, at[date] as number, true);
    const end = this.date(c, text, b, at[endDate] as number, false);
    c.startDate[r] = start;
    c.endDate[r] = end;
    if (end !== noDate && this.endsBefore(c, start, end)) throw new Declined("an end before its start");
    this.text(c.dateNote, r, text, b, at[dateNote] as number, quoted, false);
    c.lists[2 * r] = c.used;
    this.refs(c, this.actors.ids, text, b, at[actors] as number);
    c.lists[2 * r + 1] = c.used;
    this.refs(c, this.sources.ids, text, b, at[sources] as number);
    c.lists[2 * r + 2] = c.used;
    c.kind[r] = this.value(c.kinds, text, b, at[kind] as number, false);
    this.text(c.title, r, text, b, at[title] as number, quoted, true);
    this.text(c.summary, r, text, b, at[summary] as number, quoted, false);
    c.status[r] = this.value(c.statuses, text, b, at[status] as number, true);
    this.text(c.notes, r, text, b, at[notes] as number, quoted, false);
    for (let k = 0; k < this.extraAt.length; k++) {
      const f = this.extraAt[k] as number;
      const extra = (c.extras[k] as [string, TextRanges])[1];
      extra.set(r, b[2 * f] as number, b[2 * f + 1] as number, (quoted & (1 << f)) !== 0);
    }
    c.length = r + 1;
  }

  /** A date cell's column value: packed, -1 - n for the n-th other date, or noDate. */
  private date(c: EventColumns, text: string, b: Int32Array, at: number, required: boolean): number {
    this.cell(text, b, at);
    const { start, end } = this;
    if (start === end) {
      if (required) throw new Declined("an empty required cell");
      return noDate;
    }
    const packed = packDate(text, start, end);
    if (packed !== notPlain) return packed;
    let n = c.otherTexts.find(text, start, end);
    if (n < 0) {
      const cell = text.slice(start, end);
      const value = readCell(dateColumn, cell);
      if (value instanceof Invalid) throw new Declined("a date dates.ts does not read");
      n = c.otherTexts.size;
      c.otherTexts.add(cell);
      c.otherDates.push(value as ReturnType<typeof c.dateOf>);
    }
    return -1 - n;
  }

  private endsBefore(c: EventColumns, start: number, end: number): boolean {
    if (start > 0 && end > 0) return packedEndsBefore(end, start);
    return endsBefore(c.dateOf(end), c.dateOf(start));
  }

  private text(
    column: TextRanges,
    r: number,
    text: string,
    b: Int32Array,
    at: number,
    quoted: number,
    required: boolean,
  ): void {
    const start = at < 0 ? 0 : (b[2 * at] as number);
    const end = at < 0 ? 0 : (b[2 * at + 1] as number);
    if (isBlank(text, start, end)) {
      if (required) throw new Declined("an empty required cell");
      column.setAbsent(r);
    } else column.set(r, start, end, (quoted & (1 << at)) !== 0);
  }

  /** A `;` list of ids of `ids`' table, into the pool: items trimmed, none empty, each found. */
  private refs(c: EventColumns, ids: Ids, text: string, b: Int32Array, at: number): void {
    this.cell(text, b, at);
    const { start, end } = this;
    if (start === end) throw new Declined("an empty required cell");
    c.reserve(end - start);
    const pool = c.pool;
    let p = start;
    for (let q = start; q <= end; q++) {
      if (q < end && text.charCodeAt(q) !== semicolon) continue;
      this.trim(text, p, q);
      if (this.start === this.end) throw new Declined("an empty list item");
      const n = ids.find(text, this.start, this.end);
      if (n < 0) throw new Declined("an unknown reference");
      pool[c.used++] = n;
      p = q + 1;
    }
  }

  /** The kind's or status's number among the values seen; each value is checked when first seen. */
  private value(values: IdIndex, text: string, b: Int32Array, at: number, isStatus: boolean): number {
    this.cell(text, b, at);
    const { start, end } = this;
    if (start === end) throw new Declined("an empty required cell");
    // A few values repeat in every row: comparing with them is cheaper than hashing the cell.
    const keys = values.keys;
    const few = Math.min(keys.length, fewAtMost);
    for (let n = 0; n < few; n++) {
      const key = keys[n] as string;
      if (key.length === end - start && text.startsWith(key, start)) return n;
    }
    const n = keys.length > fewAtMost ? values.find(text, start, end) : -1;
    if (n >= 0) return n;
    if (values.size === 255) throw new Declined("more kinds or statuses than the reader holds");
    const value = text.slice(start, end);
    const valid = isStatus ? Object.hasOwn(statuses, value) : isSlugRange(value, 0, value.length);
    if (!valid) throw new Declined(isStatus ? "a status not in the enum" : "a kind that is not a slug");
    values.add(value);
    return values.size - 1;
  }
}
