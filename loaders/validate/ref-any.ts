// Row rules that look beyond one cell: a reference that may name a row of several tables, and
// a column whose values must differ from row to row.
import { closest } from "../closest.ts";
import * as message from "../messages.ts";
import type { Column } from "../schema/types.ts";
import { Invalid } from "./cell.ts";
import type { Table } from "./table.ts";

/** "Did you mean" costs O(ids): offered among at most this many. */
export const suggestAmongAtMost = 5_000;

/**
 * The id as the one of `targets` that has it spells it, or why not: no table has it, or more
 * than one does (it could name either row; nothing picks one for the journalist). When a table
 * it may be in could not be read, the id is taken as it is (that table's problems are reported).
 */
export function findInAny(column: Column, targets: readonly Table[], id: string): string | Invalid {
  if (column.type !== "ref-any" || targets.length < column.tables.length) return id;
  let found: string | undefined;
  const rows: string[] = [];
  for (const target of targets) {
    const at = target.ids.find(id);
    if (at < 0) continue;
    found = target.ids.key(at);
    rows.push(`${target.file}:${target.lines[at]}`);
  }
  if (rows.length > 1) return new Invalid(message.ambiguousTarget(column.name, id, rows));
  if (found !== undefined) return found;
  const few = targets.reduce((sum, t) => sum + t.ids.size, 0) <= suggestAmongAtMost;
  const near = few
    ? closest(
        id,
        targets.flatMap((t) => t.ids.all()),
      )
    : undefined;
  const files = targets.map((t) => t.file);
  return new Invalid(message.unknownTarget(column.name, id, files, near, column.required));
}

/** The line a value was first seen on, or undefined (and it is remembered at `line`). */
export function firstSeen(seen: Map<string, number>, value: string, line: number): number | undefined {
  const first = seen.get(value);
  if (first === undefined) seen.set(value, line);
  return first;
}
