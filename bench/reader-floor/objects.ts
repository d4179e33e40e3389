// The `rows` and `no-rows` modes of bench/reader-floor.ts: each record becomes a row object as
// `Evidence` holds it today (its id, title, summary and kind as strings, a shared date object,
// a shared list of actors, its own list of sources), kept in an array or dropped.
import { IdIndex } from "../../loaders/validate/id-index.ts";
import type { RecordSink } from "./records.ts";

export class ObjectRows implements RecordSink {
  readonly rows: unknown[] = [];
  readonly ids = new IdIndex();
  unknown = 0;
  private readonly dates = { texts: new IdIndex(), values: [] as unknown[] };
  private readonly lists = { texts: new IdIndex(), values: [] as string[][] };
  private readonly noExtra = Object.freeze({});

  constructor(
    private readonly sources: IdIndex,
    private readonly actors: IdIndex,
    private readonly keep: boolean,
  ) {}

  piece(): void {}

  /** Each `;` item of text[start, end) as its target's own string, in an array of exactly that size. */
  private refs(index: IdIndex, text: string, start: number, end: number): string[] {
    let count = 1;
    for (let i = text.indexOf(";", start); i >= 0 && i < end; i = text.indexOf(";", i + 1)) count++;
    const list = new Array<string>(count);
    for (let k = 0, p = start; k < count; k++) {
      let q = text.indexOf(";", p);
      if (q < 0 || q > end) q = end;
      const at = index.find(text, p, q);
      if (at < 0) this.unknown++;
      list[k] = at < 0 ? "" : (index.keys[at] as string);
      p = q + 1;
    }
    return list;
  }

  record(text: string, b: Int32Array): void {
    const id = text.slice(b[0], b[1]);
    if (this.ids.add(id) >= 0) throw new Error(`duplicate ${id}`);
    const { dates, lists } = this;
    let date = dates.texts.find(text, b[2], b[3]);
    if (date < 0) {
      const iso = text.slice(b[2], b[3]);
      dates.texts.add(iso);
      const precision = iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
      date = dates.values.push({ iso, precision }) - 1;
    }
    let list = lists.texts.find(text, b[8], b[9]);
    if (list < 0) {
      lists.texts.add(text.slice(b[8], b[9]));
      list = lists.values.push(this.refs(this.actors, text, b[8] as number, b[9] as number)) - 1;
    }
    const value = {
      id,
      date: dates.values[date],
      endDate: undefined,
      dateNote: undefined,
      actors: lists.values[list],
      kind: text.slice(b[10], b[11]),
      title: text.slice(b[12], b[13]),
      summary: text.slice(b[14], b[15]),
      status: text.slice(b[16], b[17]),
      sources: this.refs(this.sources, text, b[18] as number, b[19] as number),
      notes: undefined,
      extra: this.noExtra,
    };
    if (this.keep) this.rows.push(value);
  }
}
