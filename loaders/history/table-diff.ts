// What changed in one table between two versions of its CSV, row by row: rows are matched by
// their `id`, cells by their column's name (a renamed column is recognised by its values), so a
// moved row or a reordered column is no change. Both versions are parsed by the kit's own reader
// (csv.ts), so a line number means what data:check means by it.
import { parseCsv } from "../csv.ts";
import { formatProblem, isError } from "../problem.ts";

export interface CellChange {
  /** The column's name now (a renamed column's new name). */
  column: string;
  before: string;
  after: string;
}

export interface RowRef {
  /** The row's id; "" for a row without one. */
  id: string;
  /** The line the row starts on, in the version that has it (now, or before for a removed row). */
  line: number;
}

export interface RowChange extends RowRef {
  cells: CellChange[];
}

export interface TableDiff {
  /** The table's file name, e.g. events.csv. */
  file: string;
  added: RowRef[];
  removed: RowRef[];
  changed: RowChange[];
  columnsAdded: string[];
  columnsRemoved: string[];
  columnsRenamed: { from: string; to: string }[];
  /** Ids more than one row holds, before or after: their rows are matched in file order. */
  duplicateIds: string[];
  /** A version the reader could not read as CSV (not UTF-8, a spreadsheet file): no rows compared. */
  unreadable?: { version: "before" | "after"; problem: string };
}

/** A version of a table: its file's bytes, or undefined when the file does not exist in it. */
export type TableVersion = Uint8Array | undefined;

interface Row {
  id: string;
  line: number;
  cells: string[];
}

/** A version of a table as read: its columns and rows, or why it could not be read. */
export type TableRead =
  | { columns: string[]; index: ReadonlyMap<string, number>; rows: Row[] }
  | { unreadable: string };

/** Reads a version of `file`; a file that is not empty but has no header could not be read. */
export function readTable(bytes: TableVersion, file: string): TableRead {
  if (!bytes) return { columns: [], index: new Map(), rows: [] };
  const parsed = parseCsv(bytes, file);
  const fatal = parsed.problems.find(isError);
  if (!parsed.header.length && fatal) return { unreadable: formatProblem(fatal) };
  const columns = parsed.header.map((cell) => cell.value);
  const idAt = columns.indexOf("id");
  const rows = parsed.records.map((record) => ({
    id: idAt >= 0 ? (record.cells[idAt] ?? "").trim() : "",
    line: record.line,
    cells: record.cells,
  }));
  return { columns, index: new Map(columns.map((name, i) => [name, i] as const)), rows };
}

/** Pairs each row before with the row after holding the same id (the n-th with the n-th). */
function matchRows(before: Row[], after: Row[]) {
  const byId = new Map<string, Row[]>();
  for (const row of after) {
    if (!row.id) continue;
    const held = byId.get(row.id);
    if (held) held.push(row);
    else byId.set(row.id, [row]);
  }
  const pairs: [Row, Row][] = [];
  const removed: Row[] = [];
  const unkeyed: Row[] = [];
  for (const row of before) {
    if (!row.id) unkeyed.push(row);
    else {
      const match = byId.get(row.id)?.shift();
      if (match) pairs.push([row, match]);
      else removed.push(row);
    }
  }
  const added = [...byId.values()].flat();
  return { pairs, removed, unkeyed, added };
}

function duplicates(rows: Row[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of rows) if (id) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** The cells of one column, before and after: its position on each side. */
interface ColumnPair {
  name: string;
  from: number;
  to: number;
}

/** A removed column whose every value reappears, row for row, under an added one was renamed. */
function renames(
  pairs: [Row, Row][],
  removed: ColumnPair[],
  added: ColumnPair[],
): [ColumnPair, ColumnPair][] {
  const renamed: [ColumnPair, ColumnPair][] = [];
  const free = [...added];
  if (!pairs.length) return renamed;
  for (const gone of removed) {
    const to = free.find((now) =>
      pairs.every(([b, a]) => (b.cells[gone.from] ?? "") === (a.cells[now.to] ?? "")),
    );
    if (!to) continue;
    renamed.push([gone, to]);
    free.splice(free.indexOf(to), 1);
  }
  return renamed;
}

const ref = (row: Row): RowRef => ({ id: row.id, line: row.line });
const byLine = (x: RowRef, y: RowRef) => x.line - y.line;

/** The difference between two versions of the table `file` (either may be absent). */
export function diffTable(file: string, beforeBytes: TableVersion, afterBytes: TableVersion): TableDiff {
  return diffTables(file, readTable(beforeBytes, file), readTable(afterBytes, file));
}

/** The difference between two versions of the table `file` as read by readTable. */
export function diffTables(file: string, before: TableRead, after: TableRead): TableDiff {
  const diff: TableDiff = {
    file,
    added: [],
    removed: [],
    changed: [],
    columnsAdded: [],
    columnsRemoved: [],
    columnsRenamed: [],
    duplicateIds: [],
  };
  if ("unreadable" in before)
    return { ...diff, unreadable: { version: "before", problem: before.unreadable } };
  if ("unreadable" in after) return { ...diff, unreadable: { version: "after", problem: after.unreadable } };
  const { pairs, removed, unkeyed, added } = matchRows(before.rows, after.rows);
  // A table that appears or disappears changes rows, not columns.
  const both = before.columns.length > 0 && after.columns.length > 0;
  const common: ColumnPair[] = after.columns.flatMap((name, to) => {
    const from = before.index.get(name);
    return from === undefined ? [] : [{ name, from, to }];
  });
  const gone = both
    ? before.columns.flatMap((name, from) => (after.index.has(name) ? [] : [{ name, from, to: -1 }]))
    : [];
  const fresh = both
    ? after.columns.flatMap((name, to) => (before.index.has(name) ? [] : [{ name, from: -1, to }]))
    : [];
  const renamed = renames(pairs, gone, fresh);
  diff.columnsRenamed = renamed.map(([b, a]) => ({ from: b.name, to: a.name }));
  diff.columnsRemoved = gone.filter((c) => !renamed.some(([b]) => b === c)).map((c) => c.name);
  diff.columnsAdded = fresh.filter((c) => !renamed.some(([, a]) => a === c)).map((c) => c.name);
  const compared = [...common, ...renamed.map(([b, a]) => ({ name: a.name, from: b.from, to: a.to }))];
  for (const [b, a] of pairs) {
    const cells: CellChange[] = [];
    for (const { name, from, to } of compared) {
      const old = b.cells[from] ?? "";
      const now = a.cells[to] ?? "";
      if (old !== now) cells.push({ column: name, before: old, after: now });
    }
    if (cells.length) diff.changed.push({ ...ref(a), cells });
  }
  // Rows without an id are the same row only when every compared cell is the same.
  const content = (row: Row, side: "from" | "to") =>
    JSON.stringify(compared.map((c) => row.cells[c[side]] ?? ""));
  const left = new Map<string, Row[]>();
  for (const row of unkeyed) left.set(content(row, "from"), [...(left.get(content(row, "from")) ?? []), row]);
  const looseAdded = after.rows.filter((row) => !row.id && !left.get(content(row, "to"))?.shift());
  diff.added = [...added, ...looseAdded].map(ref).sort(byLine);
  diff.removed = [...removed, ...[...left.values()].flat()].map(ref).sort(byLine);
  diff.duplicateIds = [...new Set([...duplicates(before.rows), ...duplicates(after.rows)])].sort();
  return diff;
}

/** Whether the diff has anything to say. */
export function tableChanged(diff: TableDiff): boolean {
  return Boolean(
    diff.unreadable ||
      diff.added.length ||
      diff.removed.length ||
      diff.changed.length ||
      diff.columnsAdded.length ||
      diff.columnsRemoved.length ||
      diff.columnsRenamed.length,
  );
}
