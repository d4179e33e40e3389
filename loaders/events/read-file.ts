// The fast path of readEvidence for events.csv: the file read into columns (read.ts), or handed
// back, untouched, to be read as rows by validate.ts. Nothing is changed outside what it returns
// (the sources its events cite are marked by the caller, and only when it accepts).
import type { TableName } from "../model.ts";
import { targetTables } from "../validate/shared-ids.ts";
import type { Table } from "../validate/table.ts";
import type { EventColumns } from "./columns.ts";
import { Declined } from "./declined.ts";
import { EventReader } from "./read.ts";
import { Records } from "./records.ts";
import { schemaReadable } from "./schema-check.ts";

/** Bytes read at a time: pieces of text of about this size are kept (256 KB: large-object space, not scavenged). */
export const pieceBytes = 1 << 18;

export interface ColumnsRead {
  /** The events' table as validation sees it, for the tables after it. */
  table: Table;
  events: EventColumns;
  /** 1 for each source (by number) some event cites. */
  cited: Uint8Array;
}

/**
 * events.csv at `path` as columns, or why not (Declined): anything today's reader would report
 * or warn about, or read otherwise. `tables`: the tables read before it (sources and actors);
 * `bytes`: read at a time (tests cut records across pieces with a few).
 */
export function readEventColumns(
  path: string,
  file: string,
  tables: ReadonlyMap<TableName, Table>,
  bytes = pieceBytes,
): ColumnsRead | Declined {
  const actors = tables.get("actors");
  const sources = tables.get("sources");
  if (!schemaReadable) return new Declined("the events schema is not the one read.ts reads");
  if (!actors || !sources) return new Declined("actors or sources could not be read");
  const reader = new EventReader(file, actors, sources);
  try {
    new Records(reader).read(path, bytes);
  } catch (e) {
    if (e instanceof Declined) return e;
    if ((e as NodeJS.ErrnoException).code) return new Declined(`the file: ${(e as Error).message}`);
    throw e;
  }
  const { columns, table } = reader;
  if (!columns || !table) return new Declined("no header");
  // An id of an earlier table a target may name is reported on the event's row (shared-ids.ts).
  for (const name of targetTables) {
    const other = tables.get(name);
    if (!other || name === "events") continue;
    for (let n = 0; n < other.ids.size; n++)
      if (columns.ids.find(other.ids.key(n)) >= 0) return new Declined(`an id also in ${other.file}`);
  }
  table.lines = columns.lines.subarray(0, columns.length);
  const cited = new Uint8Array(sources.ids.size);
  const { lists, pool } = columns;
  for (let r = 0; r < columns.length; r++)
    for (let k = lists[2 * r + 1] as number; k < (lists[2 * r + 2] as number); k++)
      cited[pool[k] as number] = 1;
  return { table, events: columns, cited };
}
