// What a reader compiled for one table could cost at best: events.csv of a synthetic folder read
// with no papaparse and no string per cell (reader-floor/records.ts). Records are split where
// they stand in pieces of text (64 KB unless told); ids, dates, lists of actors and references
// are looked up in place, and only what a row keeps is made. It checks nothing else (no trimming, quoting
// errors, enums or positions) and knows the synthetic column order, so it is a lower bound for
// the real reader, not a reader. docs/performance.md, "Loader pipeline".
//   papaparse        papaparse on the whole text, keeping its rows (the bench's floor)
//   rows | no-rows   a row object per record as `Evidence` holds it, kept or dropped
//   columns-strings  columns (reader-floor/columns.ts), ids and free text as strings
//   columns-text     columns, ids and free text as ranges of the kept text
//   columns-ordered  columns-text, ids arriving in increasing order not hashed (loaders/events/range-ids.ts)
//   columns-checked  the reader this became: loaders/events/ (every check today's reader makes
//                    of events.csv, declining on a problem; 256 KB pieces), no ordering
// The columns of the other modes are then put in compileEvidence's order of events
// (reader-floor/order.ts).
//
//   tsx bench/reader-floor.ts DIR MODE [KB of text per piece, 64]
//   prints {cpuMs, orderCpuMs, peakRssMb, rows} (columns-checked: and why it declined, if it did)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { readEventColumns } from "../loaders/events/read-file.ts";
import type { TableName } from "../loaders/model.ts";
import { IdIndex } from "../loaders/validate/id-index.ts";
import type { Table } from "../loaders/validate/table.ts";
import { EventColumns } from "./reader-floor/columns.ts";
import { ObjectRows } from "./reader-floor/objects.ts";
import { readRecords } from "./reader-floor/records.ts";
import { RangeColumn, RangeIds, StringColumn, StringIds } from "./reader-floor/text-columns.ts";

const modes = [
  "papaparse",
  "rows",
  "no-rows",
  "columns-strings",
  "columns-text",
  "columns-ordered",
  "columns-checked",
] as const;
const [dir, mode, kb = "64"] = process.argv.slice(2) as [string, (typeof modes)[number], string?];
const pieceBytes = Number(kb) * 1024;
if (!dir || !modes.includes(mode)) throw new Error(`usage: DIR ${modes.join("|")}`);

/** The first column of a synthetic table (ids are never quoted there). */
function ids(file: string): IdIndex {
  const index = new IdIndex();
  const lines = readFileSync(join(dir, file), "utf8").split("\n").slice(1);
  for (const line of lines) if (line) index.add(line.slice(0, line.indexOf(",")));
  return index;
}
const sources = ids("sources.csv");
const actors = ids("actors.csv");
const path = join(dir, "events.csv");

const started = process.cpuUsage();
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
let count = 0;
let unknown = 0;
/** The columns' ordering alone, included in cpuMs. */
let orderCpuMs: number | undefined;
/** columns-checked: why the reader declined the file. */
let declined: string | undefined;
/** The last row as the reader kept it (the columns: the latest), to check by eye (stderr). */
let sample: unknown;
if (mode === "papaparse") {
  const text = new TextDecoder("utf-8").decode(readFileSync(path));
  const { data } = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" });
  // Less the header, and the empty row papaparse reads after the final line break.
  count = data.length - 1 - (data.at(-1)?.join("") === "" ? 1 : 0);
  sample = data[count];
} else if (mode === "rows" || mode === "no-rows") {
  const rows = new ObjectRows(sources, actors, mode === "rows");
  readRecords(path, rows, pieceBytes);
  ({ unknown } = rows);
  count = rows.ids.size;
  sample = rows.rows[count - 1];
} else if (mode === "columns-checked") {
  // The reader asks of sources and actors only their ids (and a file name, to say why it declined).
  const table = (ids: IdIndex, file: string) => ({ ids, file }) as unknown as Table;
  const tables = new Map<TableName, Table>([
    ["sources", table(sources, "sources.csv")],
    ["actors", table(actors, "actors.csv")],
  ]);
  const read = readEventColumns(path, "events.csv", tables);
  if ("message" in read) declined = read.message;
  else {
    count = read.events.length;
    sample = read.events.row(count - 1);
  }
} else {
  const text = mode !== "columns-strings";
  const column = () => (text ? new RangeColumn() : new StringColumn());
  const ids = text ? new RangeIds(mode === "columns-ordered") : new StringIds();
  const table = new EventColumns(ids, sources, actors, column(), column(), column(), column());
  readRecords(path, table, pieceBytes);
  ({ unknown, size: count } = table);
  // What compile does with events, on columns: their order by date (a permutation of rows).
  const ordering = process.cpuUsage();
  const order = table.order();
  orderCpuMs = cpuMs(process.cpuUsage(ordering));
  sample = table.row(order[count - 1] as number);
}
const work = process.cpuUsage(started);
if (unknown) throw new Error(`${unknown} unknown references`);
process.stderr.write(`${JSON.stringify(sample)}\n`);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ cpuMs: cpuMs(work), orderCpuMs, peakRssMb, rows: count, declined })}\n`,
);
