// The `columns-checked` mode of bench/reader-floor.ts: EventColumns (columns.ts) plus every
// check today's reader makes of an events.csv cell (loaders/validate/cell.ts, rows.ts,
// table.ts), done over the character codes where the cell stands: non-text cells trimmed as
// String.prototype.trim would, required cells, the id's slug form and uniqueness, kind a slug,
// status one of EventStatus, dates (plain ISO packed from their digits, anything else once per
// distinct text by loaders/dates.ts), an end not before its start, list items trimmed, none
// empty, each an id of its table; then which sources nothing cites. No string is made for a
// valid cell; a problem's message is made by today's readCell on the cell's string. After a
// problem the columns are not to be trusted: a real reader would read the file again with
// today's reader for its exact messages. Synthetic column order only (the header is checked).
import { endsBefore } from "../../loaders/dates.ts";
import { isoOf } from "../../loaders/events/packed-dates.ts";
import { isBlank as blank, isSpace } from "../../loaders/events/records.ts";
import { isSlugRange } from "../../loaders/events/schema-check.ts";
import * as message from "../../loaders/messages.ts";
import type { PartialDate } from "../../loaders/model.ts";
import { events } from "../../loaders/schema/events.ts";
import type { Column } from "../../loaders/schema/types.ts";
import { Invalid, readCell } from "../../loaders/validate/cell.ts";
import type { IdIndex } from "../../loaders/validate/id-index.ts";
import type { CheckedRecords, CheckedSink } from "./checked-records.ts";
import { EventColumns } from "./columns.ts";

const names = events.columns.map((c) => c.name);
const column = (name: string) => events.columns.find((c) => c.name === name) as Column;
const date = column("date");
const endDate = column("end_date");
const kindColumn = column("kind");
const statusColumn = column("status");
/** Cells that must not be empty, by field number. */
const required = events.columns.flatMap((c, i) => (c.required && c.type !== "id" ? [i] : []));
/** Fields trimmed in place before the columns read them (lists are trimmed item by item). */
const trimmed = [0, 1, 2, 5, 8];

/** The last day of a packed date (columns' dates.ts), as a packed day. */
function lastOf(packed: number): number {
  return (packed & (15 << 5)) === 0 ? packed + 12 * 32 + 31 : (packed & 31) === 0 ? packed + 31 : packed;
}

export class CheckedEvents extends EventColumns implements CheckedSink {
  /** Set before reading: where problems go. */
  reader!: CheckedRecords;
  private line = 0;
  /** Each id's line, by number (for the duplicate message). */
  private lines = new Int32Array(1 << 12);
  /** Per distinct kind and status: 0 not checked yet, 1 valid, 2 not. */
  private kindOk = new Uint8Array(256);
  private statusOk = new Uint8Array(256);
  /** Dates that are not plain ISO, by number in otherDates: parsed, or undefined when invalid. */
  private parsed: (PartialDate | undefined)[] = [];

  header(text: string, b: Int32Array, fields: number): void {
    const found = Array.from({ length: fields }, (_, i) => text.slice(b[2 * i], b[2 * i + 1]).trim());
    if (found.join() !== names.join()) throw new Error(`not the synthetic header: ${found.join()}`);
  }

  private report(field: number, text: string): void {
    this.reader.report(this.line, field + 1, text);
  }

  /** Narrows field i's bounds in `b` as String.prototype.trim would. */
  private static trim(text: string, b: Int32Array, i: number): void {
    let start = b[2 * i] as number;
    let end = b[2 * i + 1] as number;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (first > 32 && first < 127 && last > 32 && last < 127) return;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    b[2 * i] = start;
    b[2 * i + 1] = end;
  }

  override record(text: string, b: Int32Array, quoted: number, line?: number): void {
    this.line = line as number;
    for (const i of trimmed) CheckedEvents.trim(text, b, i);
    const r = this.size;
    const id0 = b[0] as number;
    const id1 = b[1] as number;
    if (id0 === id1) {
      this.report(0, message.requiredEmpty("id", events.singular));
      return;
    }
    if (!isSlugRange(text, id0, id1)) {
      this.report(0, (readCell(column("id"), text.slice(id0, id1)) as Invalid).message);
      return;
    }
    for (const i of required)
      if (blank(text, b[2 * i] as number, b[2 * i + 1] as number))
        this.report(i, message.requiredEmpty(names[i] as string, events.singular));
    if (r === this.lines.length) {
      const lines = new Int32Array(2 * r);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.lines[r] = this.line;
    super.record(text, b, quoted);
    this.checkValue(this.kind[r] as number, this.kinds, this.kindOk, kindColumn, 5, b, text);
    this.checkValue(this.status[r] as number, this.statuses, this.statusOk, statusColumn, 8, b, text);
    const start = this.checkDate(this.date[r] as number, date, 1, b, text);
    const end = this.checkDate(this.endDate[r] as number, endDate, 2, b, text);
    if (start === 0 || end === 0 || start === -1 || end === -1) return;
    if (start > 0 && end > 0 ? lastOf(end) < start : this.endsBeforeParsed(start, end))
      this.endsBefore(b, text);
  }

  /** For dates not both plain: loaders/dates.ts's endsBefore on the parsed dates. */
  private endsBeforeParsed(start: number, end: number): boolean {
    const [s, e] = [this.partial(start), this.partial(end)];
    return s !== undefined && e !== undefined && endsBefore(e, s);
  }

  private partial(value: number): PartialDate | undefined {
    if (value < 0) return this.dateAt(value);
    const cell = readCell(date, isoOf(value));
    return cell instanceof Invalid ? undefined : (cell as PartialDate);
  }

  private endsBefore(b: Int32Array, text: string): void {
    const [start, end] = [1, 2].map((i) => text.slice(b[2 * i], b[2 * i + 1]));
    this.report(2, message.endsBeforeStart("end_date", end as string, "date", start as string));
  }

  /** A kind or status: checked once per distinct value, reported on every row that has it. */
  private checkValue(
    n: number,
    values: IdIndex,
    ok: Uint8Array,
    col: Column,
    i: number,
    b: Int32Array,
    text: string,
  ) {
    if (ok[n] === 0) ok[n] = readCell(col, values.keys[n] as string) instanceof Invalid ? 2 : 1;
    if (ok[n] === 2 && b[2 * i] !== b[2 * i + 1]) {
      this.report(i, (readCell(col, text.slice(b[2 * i], b[2 * i + 1])) as Invalid).message);
    }
  }

  /** -1 for a date that is not valid (reported), else the column's value. */
  private checkDate(value: number, col: Column, i: number, b: Int32Array, text: string): number {
    if (value >= 0) return value;
    if (this.dateAt(value) !== undefined) return value;
    this.report(i, (readCell(col, text.slice(b[2 * i], b[2 * i + 1])) as Invalid).message);
    return -1;
  }

  /** The parsed date of an otherDates value (-2 - n), parsed once per distinct text. */
  private dateAt(value: number): PartialDate | undefined {
    const n = -2 - value;
    while (this.parsed.length <= n) {
      const cell = readCell(date, this.otherDates.keys[this.parsed.length] as string);
      this.parsed.push(cell instanceof Invalid ? undefined : (cell as PartialDate));
    }
    return this.parsed[n];
  }

  protected override missing(index: IdIndex, text: string, start: number, end: number): number {
    const field = index === this.sources ? 9 : 4;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      // An empty cell is reported as required; an empty item of a list as such.
      if (!this.wholeCellBlank(text, start, end))
        this.report(field, message.emptyListItem(names[field] as string, this.cellAround(text, start, end)));
      return -1;
    }
    const n = index.find(text, s, e);
    if (n >= 0) return n;
    const file = index === this.sources ? "sources.csv" : "actors.csv";
    this.report(field, message.unknownReference(names[field] as string, text.slice(s, e), file));
    return -1;
  }

  /** Whether the list the item [start, end) belongs to is blank as a whole. */
  private wholeCellBlank(text: string, start: number, end: number): boolean {
    const [from, to] = this.listAround(text, start, end);
    return blank(text, from, to);
  }

  private cellAround(text: string, start: number, end: number): string {
    const [from, to] = this.listAround(text, start, end);
    return text.slice(from, to).trim();
  }

  /** The bounds of the `;` list an item stands in: out to the field's commas or quotes. */
  private listAround(text: string, start: number, end: number): [number, number] {
    let from = start;
    let to = end;
    const stop = (c: number) => c === 44 || c === 10 || c === 34;
    while (from > 0 && !stop(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !stop(text.charCodeAt(to))) to++;
    return [from, to];
  }

  /** Duplicate ids are reported; the row is read on (its columns are not to be trusted). */
  protected override duplicate(first: number, text: string, start: number, end: number): void {
    this.report(0, message.duplicateId(text.slice(start, end), this.lines[first] as number));
  }

  /** Which sources no event cites (today's reader warns of those nothing at all cites). */
  cited(): Uint8Array {
    const cited = new Uint8Array(this.sources.size);
    for (let r = 0; r < this.size; r++)
      for (let k = this.lists[2 * r + 1] as number; k < (this.lists[2 * r + 2] as number); k++) {
        const n = this.pool[k] as number;
        if (n >= 0) cited[n] = 1;
      }
    return cited;
  }
}
