// The header row, checked by hand: papaparse would rename a duplicate (title -> title_1).
import { editDistance } from "../closest.ts";
import type { Cell } from "../csv.ts";
import * as message from "../messages.ts";
import { error, type Problem, warning } from "../problem.ts";
import { headerRow, type TableSchema } from "../schema/types.ts";

export interface HeaderCheck {
  /** Cell index of each named column (the first, when a name repeats). */
  index: Map<string, number>;
  /** Columns the contract does not name, passed through as `extra`: [name, cell index]. */
  extra: [string, number][];
  /** False when the rows cannot be read: no header, or required columns missing. */
  usable: boolean;
  problems: Problem[];
}

function typos(missing: readonly string[], unknown: readonly Cell[]): [string, string][] {
  const found: [string, string][] = [];
  for (const name of missing) {
    const near = unknown.find((cell) => editDistance(cell.value.toLowerCase(), name, 2) <= 2);
    if (near) found.push([near.value, name]);
  }
  return found;
}

/** `unreadable`: the parser already reported why the file has no header (e.g. UTF-16). */
export function checkHeader(
  schema: TableSchema,
  file: string,
  header: Cell[],
  unreadable: boolean,
): HeaderCheck {
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  const extra: [string, number][] = [];
  if (header.length === 0) {
    // An unreadable file (UTF-16) was reported by the parser; an empty one is reported here.
    if (!unreadable) problems.push(error(file, 1, 1, message.emptyFile(headerRow(schema))));
    return { index, extra, usable: false, problems };
  }
  const known = new Set(schema.columns.map((c) => c.name));
  const unknown: Cell[] = [];
  for (const cell of header) {
    const first = index.get(cell.value);
    if (cell.value === "") problems.push(warning(file, 1, cell.column, message.unnamedColumn()));
    else if (first !== undefined)
      problems.push(error(file, 1, cell.column, message.duplicateHeader(cell.value, first + 1)));
    else {
      index.set(cell.value, cell.column - 1);
      if (!known.has(cell.value)) {
        extra.push([cell.value, cell.column - 1]);
        unknown.push(cell);
      }
    }
  }
  const missing = schema.columns.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  if (missing.length) {
    const semicolons = header.length === 1 && header[0]?.value.includes(";");
    const hints = { semicolons, typos: typos(missing, unknown) };
    problems.push(error(file, 1, 1, message.missingColumns(missing, headerRow(schema), hints)));
  }
  return { index, extra, usable: missing.length === 0, problems };
}
