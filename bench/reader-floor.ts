// What a reader compiled for one table could cost at best: events.csv of a synthetic folder read
// with no papaparse and no string per cell. Records are split where they stand in 64 KB of text;
// ids, dates, lists of actors and references are hashed and compared in place (IdIndex), and only
// what a row keeps is made (its id, title and summary, its list of sources, the row object). It
// checks nothing else (no trimming, quoting errors, enums or positions) and knows the synthetic
// column order, so it is a lower bound for the real reader, not a reader. docs/performance.md.
//
//   tsx bench/reader-floor.ts DIR papaparse|rows|no-rows   prints {cpuMs, peakRssMb, rows}
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { Utf8Stream } from "../loaders/decode.ts";
import { IdIndex } from "../loaders/validate/id-index.ts";

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== "papaparse" && mode !== "rows" && mode !== "no-rows"))
  throw new Error("usage: DIR papaparse|rows|no-rows");

/** The first column of a synthetic table (ids are never quoted there). */
function ids(file: string): IdIndex {
  const index = new IdIndex();
  const lines = readFileSync(join(dir as string, file), "utf8")
    .split("\n")
    .slice(1);
  for (const line of lines) if (line) index.add(line.slice(0, line.indexOf(",")));
  return index;
}
const sources = ids("sources.csv");
const actors = ids("actors.csv");

const started = process.cpuUsage();
const keep = mode === "rows";
const rows: unknown[] = [];
const events = new IdIndex();
const dates = { texts: new IdIndex(), values: [] as unknown[] };
const lists = { texts: new IdIndex(), values: [] as string[][] };
let unknown = 0;
const noExtra = Object.freeze({});
const bounds = new Int32Array(64);

/** Each `;` item of text[start, end) as its target's own string, in an array of exactly that size. */
function refs(index: IdIndex, text: string, start: number, end: number): string[] {
  let count = 1;
  for (let i = text.indexOf(";", start); i >= 0 && i < end; i = text.indexOf(";", i + 1)) count++;
  const list = new Array<string>(count);
  for (let k = 0, p = start; k < count; k++) {
    let q = text.indexOf(";", p);
    if (q < 0 || q > end) q = end;
    const at = index.find(text, p, q);
    if (at < 0) unknown++;
    list[k] = at < 0 ? "" : (index.keys[at] as string);
    p = q + 1;
  }
  return list;
}

/** Where field `i` of the record starts and ends. */
const from = (i: number) => bounds[2 * i] as number;
const to = (i: number) => bounds[2 * i + 1] as number;

function row(text: string): void {
  const id = text.slice(from(0), to(0));
  if (events.add(id) >= 0) throw new Error(`duplicate ${id}`);
  let date = dates.texts.find(text, from(1), to(1));
  if (date < 0) {
    const iso = text.slice(from(1), to(1));
    dates.texts.add(iso);
    date =
      dates.values.push({ iso, precision: iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day" }) -
      1;
  }
  let list = lists.texts.find(text, from(4), to(4));
  if (list < 0) {
    lists.texts.add(text.slice(from(4), to(4)));
    list = lists.values.push(refs(actors, text, from(4), to(4))) - 1;
  }
  const value = {
    id,
    date: dates.values[date],
    endDate: undefined,
    dateNote: undefined,
    actors: lists.values[list],
    kind: text.slice(from(5), to(5)),
    title: text.slice(from(6), to(6)),
    summary: text.slice(from(7), to(7)),
    status: text.slice(from(8), to(8)),
    sources: refs(sources, text, from(9), to(9)),
    notes: undefined,
    extra: noExtra,
  };
  if (keep) rows.push(value);
}

/** Reads the complete records of `text`; returns where the first incomplete one starts. */
function records(text: string, header: boolean): number {
  const n = text.length;
  let pos = 0;
  let comma = -1;
  let newline = -1;
  for (let first = header; ; first = false) {
    let f = 0;
    let p = pos;
    for (let c = 0; c !== 10; p++) {
      if (text.charCodeAt(p) === 34) {
        let q = p + 1;
        for (;;) {
          q = text.indexOf('"', q);
          if (q < 0 || q + 1 >= n) return pos;
          if (text.charCodeAt(q + 1) !== 34) break;
          q += 2;
        }
        bounds[f++] = p + 1;
        bounds[f++] = q;
        p = q + 1;
      } else {
        if (comma < p) comma = text.indexOf(",", p) >>> 0;
        if (newline < p) newline = text.indexOf("\n", p) >>> 0;
        const end = Math.min(comma, newline);
        if (end >= n) return pos;
        bounds[f++] = p;
        bounds[f++] = end;
        p = end;
      }
      c = text.charCodeAt(p);
    }
    pos = p;
    if (!first) row(text);
  }
}

let count = 0;
if (mode === "papaparse") {
  const text = new TextDecoder("utf-8").decode(readFileSync(join(dir, "events.csv")));
  const { data } = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" });
  // Less the header, and the empty row papaparse reads after the final line break.
  count = data.length - 1 - (data.at(-1)?.join("") === "" ? 1 : 0);
} else {
  const decoder = new Utf8Stream();
  const chunk = new Uint8Array(1 << 16);
  const fd = openSync(join(dir, "events.csv"), "r");
  let pending = "";
  let header = true;
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    const fresh = decoder.write(chunk.subarray(0, n));
    const text = pending ? [pending, fresh].join("") : fresh;
    const at = records(text, header);
    if (at > 0) header = false;
    pending = text.slice(at);
  }
  closeSync(fd);
  count = events.size;
}
const work = process.cpuUsage(started);
if (unknown) throw new Error(`${unknown} unknown references`);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ cpuMs: (work.user + work.system) / 1000, peakRssMb, rows: count })}\n`,
);
