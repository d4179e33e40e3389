// One table as validation reads it: its file, header and ids (each id's number and line), which
// rows in other tables refer to, and the sources nothing cites.
import * as message from "../messages.ts";
import type { Source, TableName } from "../model.ts";
import { error, type Problem, warning } from "../problem.ts";
import { schemas } from "../schema/index.ts";
import type { Column, TableSchema } from "../schema/types.ts";
import { isSlug, slugify, trim } from "./cell.ts";
import type { HeaderCheck } from "./header.ts";
import { IdIndex } from "./id-index.ts";
import type { Ids } from "./ids.ts";
import type { SharedIds } from "./shared-ids.ts";

export interface Table {
  schema: TableSchema;
  file: string;
  header: HeaderCheck;
  /** Cells in the header; a record with another count is not read (the parser reported it). */
  width: number;
  /** Each id and its number (the order it was first written). */
  ids: Ids;
  /** The line of each id's row, by number. */
  lines: ArrayLike<number>;
  /** For sources: 1 for each id (by number) that something cites; made when a citing table is read. */
  cited?: Uint8Array;
  /** The id column and its cell index. */
  id: Column;
  idAt: number;
}

/** A table read as rows (validate.ts): its ids are strings, added as each row is checked;
 *  rows that refer to an id get the index's own string, not a copy each. */
export interface RowTable extends Table {
  ids: IdIndex;
  lines: number[];
}

export function newTable(schema: TableSchema, file: string, header: HeaderCheck, width: number): RowTable {
  const id = schema.columns.find((c) => c.type === "id");
  if (!id) throw new Error(`schema ${schema.name} has no id column`);
  return {
    schema,
    file,
    header,
    width,
    ids: new IdIndex(),
    lines: [],
    id,
    idAt: header.index.get(id.name) ?? 0,
  };
}

/**
 * True when the record's id is a valid slug used for the first time (in its table, and in
 * `shared`'s tables when it is one of them); otherwise reported.
 */
export function checkId(
  table: RowTable,
  cells: readonly string[],
  line: number,
  problems: Problem[],
  shared?: SharedIds,
): boolean {
  const { schema, ids, lines, id: column, idAt: at } = table;
  const cell = cells[at];
  if (cell === undefined) return false;
  const id = trim(cell);
  let text: string;
  if (id === "") text = message.requiredEmpty(column.name, schema.singular);
  else if (!isSlug(id)) text = message.notASlug(column.name, id, slugify(id) || undefined);
  else {
    const first = ids.add(id);
    if (first >= 0) text = message.duplicateId(id, lines[first] as number);
    else {
      // Kept in its own table even when another has it, so references to it still resolve.
      lines.push(line);
      const taken = shared?.claim(table, id);
      if (taken === undefined) return true;
      text = taken;
    }
  }
  problems.push(error(table.file, line, at + 1, text));
  return false;
}

/** The tables whose rows cite sources (events, statements, claims, figures, annotations…). */
export const citingSchemas = schemas.filter((s) =>
  s.columns.some((c) => (c.type === "ref" || c.type === "list-of-refs") && c.table === "sources"),
);

/**
 * A warning for each source no row cites. `given`: the tables given, read or not. With a
 * citing table given (or required) but unreadable, every source it cites would look uncited,
 * so nothing is reported; an optional table that is absent cites nothing.
 */
export function uncitedSources(
  tables: ReadonlyMap<TableName, Table>,
  given: ReadonlySet<TableName>,
): Problem[] {
  const sources = tables.get("sources");
  const unread = citingSchemas.some((s) => (!s.optional || given.has(s.name)) && !tables.has(s.name));
  if (!sources || unread) return [];
  const at = (sources.header.index.get("id") ?? 0) + 1;
  const citing = citingSchemas.map((s) => s.singular);
  const { ids, lines, cited } = sources;
  const problems: Problem[] = [];
  for (let n = 0; n < ids.size; n++)
    if (cited?.[n] !== 1)
      problems.push(
        warning(sources.file, lines[n] as number, at, message.sourceNotCited(ids.key(n), citing)),
      );
  return problems;
}

/**
 * A warning for each source with a url and no archived copy (`--strict` makes it an error):
 * pages rot, and a reader years later needs the copy the journalist saw.
 */
export function unarchivedSources(tables: ReadonlyMap<TableName, Table>, rows: readonly Source[]): Problem[] {
  const sources = tables.get("sources");
  if (!sources) return [];
  const at = (sources.header.index.get("url") ?? 0) + 1;
  return rows.flatMap((source) => {
    if (!source.url || source.archiveUrl) return [];
    const line = sources.lines[sources.ids.find(source.id)] as number;
    return [
      {
        ...warning(sources.file, line, at, message.notArchived(source.id)),
        rule: "unarchived-source" as const,
      },
    ];
  });
}
