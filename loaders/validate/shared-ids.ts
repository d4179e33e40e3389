// Ids across tables. A target (an annotation's, a correction's) may name a row of several
// tables, so an id must be unique across every table a target may name, not only within its
// own: otherwise the target could mean either row. Corrections come after publication, when
// renaming a row would break links to it, so a shared id is an error even before anything
// names it. (An event and a statement with one id would also share an anchor on the timeline.)
import * as message from "../messages.ts";
import type { TableName } from "../model.ts";
import { schemas } from "../schema/index.ts";
import { IdIndex } from "./id-index.ts";
import type { Table } from "./table.ts";

/** Every table some target may name, in schema order. */
export const targetTables: readonly TableName[] = schemas
  .filter((s) =>
    schemas.some((other) => other.columns.some((c) => c.type === "ref-any" && c.tables.includes(s.name))),
  )
  .map((s) => s.name);

/** Each id of the target tables once, and the table that first has it. */
export class SharedIds {
  private readonly index = new IdIndex();
  private readonly owners: Table[] = [];

  /** `tables`: the tables still read; a table dropped after some rows no longer owns its ids. */
  constructor(private readonly tables: ReadonlyMap<TableName, Table>) {}

  /**
   * Why `id`, just added to `table`, may not be there: an earlier row of another target table
   * has it. Undefined when it is free (and it is remembered as `table`'s) or `table` is not a
   * target table.
   */
  claim(table: Table, id: string): string | undefined {
    if (!targetTables.includes(table.schema.name)) return undefined;
    const first = this.index.add(id);
    if (first < 0) {
      this.owners.push(table);
      return undefined;
    }
    const owner = this.owners[first] as Table;
    if (owner === table || this.tables.get(owner.schema.name) !== owner) return undefined;
    const line = owner.lines[owner.ids.find(id)] as number;
    return message.idInAnotherTable(id, owner.file, line, files(targetTables));
  }
}

function files(tables: readonly TableName[]): string[] {
  return tables.map((name) => schemas.find((s) => s.name === name)?.file ?? name);
}
