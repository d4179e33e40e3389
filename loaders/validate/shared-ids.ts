// Ids across tables. A target (an annotation's, a correction's) may name a row of several
// tables, so an id must be unique across every table a target may name, not only within its
// own: otherwise the target could mean either row. Corrections come after publication, when
// renaming a row would break links to it, so a shared id is an error even before anything
// names it. (An event and a statement with one id would also share an anchor on the timeline.)
import * as message from "../messages.ts";
import type { TableName } from "../model.ts";
import { schemas } from "../schema/index.ts";
import type { Table } from "./table.ts";

/** Every table some target may name, in schema order. */
export const targetTables: readonly TableName[] = schemas
  .filter((s) =>
    schemas.some((other) => other.columns.some((c) => c.type === "ref-any" && c.tables.includes(s.name))),
  )
  .map((s) => s.name);

/**
 * Ids across the target tables, looked up in each table's own id index: the tables are read in
 * schema order, so an earlier table's ids are all there when a row claims one (no second index
 * of every id: at a million events that would be a million more inserts).
 */
export class SharedIds {
  /** `tables`: the tables read so far; a table dropped after some rows no longer owns its ids. */
  constructor(private readonly tables: ReadonlyMap<TableName, Table>) {}

  /**
   * Why `id`, just added to `table`, may not be there: a row of another target table, the first
   * in schema order that has it, has it already. Undefined when it is free or `table` is not a
   * target table.
   */
  claim(table: Table, id: string): string | undefined {
    if (!targetTables.includes(table.schema.name)) return undefined;
    for (const name of targetTables) {
      const owner = this.tables.get(name);
      if (!owner || owner === table) continue;
      const at = owner.ids.find(id);
      if (at >= 0)
        return message.idInAnotherTable(id, owner.file, owner.lines[at] as number, files(targetTables));
    }
    return undefined;
  }
}

function files(tables: readonly TableName[]): string[] {
  return tables.map((name) => schemas.find((s) => s.name === name)?.file ?? name);
}
